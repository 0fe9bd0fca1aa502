package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.GridSearch;
import io.stratum.ir.physical.SplitterSpec;
import io.stratum.ir.value.Const;
import org.junit.jupiter.api.Test;

/** cv=KFold(...)/ShuffleSplit(...)/TimeSeriesSplit(...) objects in make_grid_search, from script to folds. */
class SplitterSearchTest {
    private static final String PIPELINE = """
            import pandas as pd
            import skrub
            from sklearn.linear_model import Ridge
            from sklearn.model_selection import KFold, ShuffleSplit, TimeSeriesSplit

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["temp_max"].skb.mark_as_y()
            X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
            pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)
            """;

    private static DataOp search(String cv) {
        return ScriptBinder.bind(PIPELINE + "search = pred.skb.make_grid_search(cv=" + cv + ", fitted=True)\n",
                "test.py", ExampleScripts.repoRoot()).mainSearch();
    }

    @Test
    void aSplitterIsKeptInThePlanAndLoweredToItsSpec() {
        DataOp op = search("KFold(5, shuffle=True, random_state=0)");
        GridSearch grid = assertInstanceOf(GridSearch.class, op.node());
        assertEquals("{'splitter': 'KFold', 'n_splits': 5, 'shuffle': True, 'random_state': 0}", grid.cv().repr());
        assertEquals(new SplitterSpec.KFold(5, true, 0), new Session().compile(op).searchPlan().splitter());
        // cv=5 stays what it was: unshuffled KFold.
        assertEquals(SplitterSpec.KFold.consecutive(5), new Session().compile(search("5")).searchPlan().splitter());
    }

    @Test
    void shuffleSplitAndTimeSeriesSplitRunTheirFolds() {
        SearchResults shuffled = new Session().run(search("ShuffleSplit(n_splits=3, test_size=0.2, random_state=1)"));
        assertEquals(3, shuffled.folds());
        assertEquals(2, shuffled.rows().size());
        SearchResults forward = new Session().run(search("TimeSeriesSplit(n_splits=4, gap=7)"));
        assertEquals(4, forward.folds());
        for (SearchResults.Row row : forward.rows()) {
            assertEquals(4, row.foldScores().length);
            for (double s : row.foldScores()) {
                assertTrue(Double.isFinite(s), "fold score " + s);
            }
        }
        // Different splitters, different folds: the scores must differ from plain KFold's.
        SearchResults plain = new Session().run(search("4"));
        assertTrue(plain.rows().get(0).meanTestScore() != forward.rows().get(0).meanTestScore());
    }

    @Test
    void anUnseededShuffleIsAnErrorAtTheSearchLine() {
        StratumError e = assertThrows(StratumError.class,
                () -> new Session().compile(search("KFold(5, shuffle=True)")));
        assertTrue(e.getMessage().contains("random_state is None"), e.getMessage());
        assertEquals(10, e.origin().line(), e.origin().toString());
        assertTrue(e.hint().contains("random_state=0"), e.hint());
    }

    @Test
    void cvMustBeAnIntOrASplitter() {
        ScriptError e = assertThrows(ScriptError.class, () -> search("'five'"));
        assertTrue(e.getMessage().contains("cv must be an int"), e.getMessage());
        ScriptError notSplitter = assertThrows(ScriptError.class, () -> search("Ridge()"));
        assertTrue(notSplitter.getMessage().contains("splitter"), notSplitter.getMessage());
        assertEquals(Const.of(5L), ((GridSearch) search("5").node()).cv());
    }
}
