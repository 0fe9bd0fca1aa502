package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.SearchPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Selectors resolved against the real columns: a pipeline that picks columns with {@code skrub.selectors} gives
 * bit for bit the fold scores of the same pipeline with the names written out, with the optimizer on and off;
 * a selector that picks nothing or names a missing column is a located error.
 */
class SelectorPipelineTest {
    private static final String HEAD = """
            import pandas as pd
            import skrub
            import skrub.selectors as s
            from sklearn.linear_model import Ridge
            from sklearn.preprocessing import OneHotEncoder, StandardScaler

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["temp_max"].skb.mark_as_y()
            X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
            """;
    private static final String TAIL = """
            pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)
            search = pred.skb.make_grid_search(cv=5, scoring="r2")
            """;

    private static DataOp search(String body) {
        return ScriptBinder.bind(HEAD + body + "\n" + TAIL, "sel.py", ExampleScripts.repoRoot()).mainSearch();
    }

    private static List<double[]> folds(String body, boolean optimizer) {
        List<double[]> out = new ArrayList<>();
        for (SearchResults.Row row : new Session(new SessionConfig(optimizer, 2)).run(search(body)).rows()) {
            out.add(row.foldScores());
        }
        return out;
    }

    private static void assertSameScores(String withSelectors, String withNames) {
        for (boolean optimizer : new boolean[] {true, false}) {
            List<double[]> expected = folds(withNames, optimizer);
            List<double[]> actual = folds(withSelectors, optimizer);
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                // To rounding: a transformer with named columns made row by row from the split is fitted from
                // per-partition statistics (fold algebra), one with a selector directly on each training set.
                assertArrayEquals(expected.get(i), actual.get(i), 1e-12, "candidate " + i + ", optimizer " + optimizer);
            }
        }
    }

    @Test
    void applyWithTypeSelectorsEqualsApplyWithNames() {
        assertSameScores("""
                X = X.skb.apply(OneHotEncoder(sparse_output=False), cols=s.string())
                X = X.skb.apply(StandardScaler(), cols=s.numeric() - s.glob("weather_*"))
                X = X.assign(w2=X["wind"] * 2.0)""", """
                X = X.skb.apply(OneHotEncoder(sparse_output=False), cols=["weather"])
                X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind"])
                X = X.assign(w2=X["wind"] * 2.0)""");
    }

    @Test
    void selectAndDropWithSelectorsEqualTheirListForms() {
        assertSameScores("""
                X = X.skb.drop(s.string() | "temp_min")
                X = X.skb.select(~s.cols("precipitation"))""", """
                X = X.drop(columns=["weather", "temp_min"])
                X = X[["wind"]]""");
        assertSameScores("""
                X = X.skb.select(s.glob("*i*") & s.numeric())""", """
                X = X.skb.select(["precipitation", "temp_min", "wind"])""");
    }

    @Test
    void aLearnerCanTakeItsFeaturesBySelector() {
        String bySelector = "pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name='alpha')), y=y, cols=s.numeric())\n";
        String byNames = "pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name='alpha')), y=y, cols=['precipitation', 'temp_min', 'wind'])\n";
        for (boolean optimizer : new boolean[] {true, false}) {
            Session session = new Session(new SessionConfig(optimizer, 1));
            List<SearchResults.Row> a = session.run(bind(bySelector)).rows();
            List<SearchResults.Row> b = session.run(bind(byNames)).rows();
            for (int i = 0; i < a.size(); i++) {
                assertArrayEquals(b.get(i).foldScores(), a.get(i).foldScores());
            }
        }
    }

    private static DataOp bind(String predLine) {
        return ScriptBinder.bind(HEAD + predLine + "search = pred.skb.make_grid_search(cv=5)\n", "sel.py",
                ExampleScripts.repoRoot()).mainSearch();
    }

    @Test
    void explainShowsTheSelectorAsSkrubWritesIt() {
        SearchPlan plan = new Session(new SessionConfig(true, 1)).compile(search(
                "X = X.skb.apply(StandardScaler(), cols=s.numeric() - s.glob('weather_*'))")).searchPlan();
        assertTrue(plan.explain().contains("FitTransform estimator=StandardScaler(), cols=\"(numeric() - glob('weather_*'))\""),
                plan.explain());
    }

    @Test
    void aSelectorThatMatchesNothingIsALocatedError() {
        DataOp s = search("X = X.skb.apply(StandardScaler(), cols=s.glob('nothing_*'))");
        StratumError e = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1)).run(s));
        assertTrue(e.getMessage().contains("the selector glob('nothing_*') matches no column"), e.getMessage());
        assertEquals("sel.py", e.origin().file());
        assertEquals(10, e.origin().line());
    }

    @Test
    void scriptMistakesWithSelectorsAreLocated() {
        ScriptError e = assertThrows(ScriptError.class, () -> search("X = X.skb.select(s.numerc())"));
        assertTrue(e.hint().contains("numeric"), e.hint());
        e = assertThrows(ScriptError.class, () -> search("X = X.skb.select(s.numeric() * 2)"));
        assertTrue(e.problem().contains("does not combine selectors"), e.problem());
        e = assertThrows(ScriptError.class, () -> search("X = X.skb.apply(StandardScaler(), cols=3)"));
        assertTrue(e.problem().contains("cols must be a column name, a list of names or a skrub selector"), e.problem());
        assertEquals(10, e.line());
    }

    @Test
    void fromSkrubImportSelectorsWorksToo() {
        String body = "X = X.skb.select(s.numeric())";
        DataOp a = search(body);
        DataOp b = ScriptBinder.bind(HEAD.replace("import skrub.selectors as s", "from skrub import selectors as s") + body
                + "\n" + TAIL, "sel.py", ExampleScripts.repoRoot()).mainSearch();
        assertEquals(a.node().fingerprint(), b.node().fingerprint());
    }
}
