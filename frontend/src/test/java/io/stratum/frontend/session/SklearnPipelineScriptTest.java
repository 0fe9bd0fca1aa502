package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import org.junit.jupiter.api.Test;

/**
 * scikit-learn pipelines in {@code .skb.apply}: the steps applied in turn give the plan of the same steps written one by
 * one (so the same scores, optimizer on and off), in both frontends; the forms Stratum does not take are errors at
 * their line in both. Printed results are held to skrub by {@code skb_ops/eval_sklearn_pipeline.py} (EvalCliTest).
 */
class SklearnPipelineScriptTest {
    private static final String SCRIPT = """
            import pandas as pd
            import skrub
            from sklearn.impute import SimpleImputer
            from sklearn.linear_model import Ridge
            from sklearn.pipeline import Pipeline, make_pipeline
            from sklearn.preprocessing import StandardScaler
            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["temp_max"].skb.mark_as_y()
            X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
            pred = STEP
            search = pred.skb.make_grid_search(cv=3, scoring="r2")
            """;

    private static DataOp bind(String step) {
        return ScriptBinder.bind(SCRIPT.replace("STEP", step), "p.py", ExampleScripts.repoRoot()).mainSearch();
    }

    @Test
    void aPipelineIsItsStepsAppliedInTurnInBothFrontends() {
        String steps = "X.skb.apply(SimpleImputer()).skb.apply(StandardScaler()).skb.apply(Ridge("
                + "alpha=skrub.choose_from([1.0, 30.0], name='a')), y=y)";
        DataOp written = bind(steps);
        for (String form : new String[] {
                "X.skb.apply(make_pipeline(SimpleImputer(), StandardScaler(), Ridge(alpha=skrub.choose_from([1.0, 30.0],"
                        + " name='a'))), y=y)",
                "X.skb.apply(Pipeline([('impute', SimpleImputer()), ('skip', None), ('scale', StandardScaler()),"
                        + " ('model', Ridge(alpha=skrub.choose_from([1.0, 30.0], name='a')))]), y=y)"}) {
            DataOp piped = bind(form);
            assertEquals(written.node().fingerprint(), piped.node().fingerprint(), form);
            DataOp graal = io.stratum.frontend.graalpy.GraalPyFrontend.bind(SCRIPT.replace("STEP", form), "p.py",
                    ExampleScripts.repoRoot()).mainSearch();
            assertEquals(written.node().fingerprint(), graal.node().fingerprint(), "GraalPy: " + form);
        }
        SearchResults on = new Session(new SessionConfig(true, 2)).run(bind("X.skb.apply(make_pipeline(StandardScaler(),"
                + " Ridge(alpha=skrub.choose_from([1.0, 30.0], name='a'))), y=y)"));
        SearchResults off = new Session(new SessionConfig(false, 1)).run(bind("X.skb.apply(make_pipeline(StandardScaler(),"
                + " Ridge(alpha=skrub.choose_from([1.0, 30.0], name='a'))), y=y)"));
        for (int r = 0; r < 2; r++) {
            assertArrayEquals(on.rows().get(r).foldScores(), off.rows().get(r).foldScores(), 1e-12);
        }
    }

    @Test
    void formsStratumDoesNotTakeAreErrorsAtTheirLineInBothFrontends() {
        String[][] cases = {
                {"X.skb.apply(make_pipeline(StandardScaler(), Ridge()), y=y, cols=['wind'])", "takes y only"},
                {"X.skb.apply(skrub.TableVectorizer(specific_transformers=[(make_pipeline(StandardScaler()), ['wind'])]))"
                        + ".skb.apply(Ridge(), y=y)", "Pipeline is taken by .skb.apply only"},
                {"X.skb.apply(make_pipeline(StandardScaler(), Ridge(), memory='cache'), y=y)", "memory"},
                {"X.skb.apply(Pipeline([('a', StandardScaler()), ('a', Ridge())]), y=y)", "used twice"},
                {"X.skb.apply(make_pipeline(StandardScaler(), 3), y=y)", "must be an estimator"}};
        for (String[] c : cases) {
            io.stratum.frontend.bind.BothFrontends.assertErrorAt(SCRIPT.replace("STEP", c[0]), 10, c[1]);
        }
        // FeatureUnion may be imported (Python imports it); its use is the error, at the use
        ScriptError unknown = assertThrows(ScriptError.class, () -> ScriptBinder.bind(SCRIPT.replace(
                "from sklearn.pipeline import Pipeline, make_pipeline", "from sklearn.pipeline import FeatureUnion")
                .replace("STEP", "X.skb.apply(FeatureUnion([]))"), "p.py", ExampleScripts.repoRoot()));
        assertTrue(unknown.getMessage().contains("sklearn.pipeline.FeatureUnion"), unknown.getMessage());
        assertEquals(10, unknown.line());
    }
}
