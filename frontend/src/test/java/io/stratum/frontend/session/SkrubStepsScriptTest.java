package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import org.junit.jupiter.api.Test;

/** skrub's column steps as scripts write them: their kernels in the plan, and bad uses named at their script line. */
class SkrubStepsScriptTest {
    private static final String SCRIPT = """
            import pandas as pd
            import skrub
            import skrub.selectors as s
            from sklearn.linear_model import Ridge

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["temp_max"].skb.mark_as_y()
            X = data.drop(columns=["temp_max", "weather"]).skb.mark_as_X()
            X = X.skb.apply(STEP)
            X = X.skb.apply(skrub.SelectCols(s.numeric()))
            pred = X.skb.apply(Ridge(), y=y)
            search = pred.skb.make_grid_search(cv=3, scoring="r2")
            """;

    private static DataOp search(String step) {
        return ScriptBinder.bind(SCRIPT.replace("STEP", step), "s.py", ExampleScripts.repoRoot()).mainSearch();
    }

    @Test
    void stepsGetTheirKernels() {
        String plan = new Session().compile(search("skrub.Cleaner()")).searchPlan().explain();
        for (String kernel : new String[] {"cleaner", "select_cols"}) {
            assertTrue(plan.contains("kernel='" + kernel + "'"), kernel + " in\n" + plan);
        }
        SearchResults results = new Session().run(search("skrub.SquashingScaler(max_absolute_value=2.0), cols=s.numeric()"));
        for (double score : results.rows().get(0).foldScores()) {
            assertTrue(Double.isFinite(score), "r2 fold score " + score);
        }
    }

    @Test
    void aMissingColumnIsNamedAtTheStepsLine() {
        StratumError e = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("skrub.DropCols(['wind', 'snow'])")));
        assertTrue(e.getMessage().contains("'snow'") || e.getMessage().contains("snow"), e.getMessage());
        assertEquals(9, e.origin().line());
    }

    @Test
    void toDatetimeOnNumbersIsNamedAtTheStepsLine() {
        StratumError e = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("skrub.ToDatetime()")));
        assertTrue(e.getMessage().contains("does not contain strings"), e.getMessage());
        assertEquals(9, e.origin().line());
    }

    @Test
    void unsupportedValuesAreRefusedAtBinding() {
        ScriptError e = assertThrows(ScriptError.class, () -> search("skrub.Cleaner(cast_to_str=True)"));
        assertTrue(e.getMessage().contains("cast_to_str"), e.getMessage());
        assertEquals(9, e.line());
    }
}
