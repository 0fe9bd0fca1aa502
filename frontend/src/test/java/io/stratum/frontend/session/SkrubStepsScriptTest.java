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
    void applyToColsWithAllowRejectPassesTheRejectedColumnsThrough() {
        // ToDatetime parses 'date' and rejects the number columns, which pass through: the same model as parsing
        // 'date' alone, with the optimizer on and off.
        String rejecting = "skrub.ApplyToCols(skrub.ToDatetime(), allow_reject=True)";
        double[] on = new Session(new SessionConfig(true, 1)).run(search(rejecting)).rows().get(0).foldScores();
        double[] off = new Session(new SessionConfig(false, 1)).run(search(rejecting)).rows().get(0).foldScores();
        double[] alone = new Session(new SessionConfig(true, 1)).run(search("skrub.ApplyToCols(skrub.ToDatetime(),"
                + " cols=['date'])")).rows().get(0).foldScores();
        assertTrue(java.util.Arrays.equals(on, off) && java.util.Arrays.equals(on, alone),
                java.util.Arrays.toString(on) + " " + java.util.Arrays.toString(off) + " " + java.util.Arrays.toString(alone));
        // Without allow_reject the first number column fails the step, as in skrub.
        StratumError e = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("skrub.ApplyToCols(skrub.ToDatetime())")));
        assertTrue(e.getMessage().contains("does not contain strings"), e.getMessage());
    }

    @Test
    void applyWithAllowRejectIsSkrubsApplyToColsInBothFrontends() {
        // skrub's _wrap_estimator: .skb.apply(t, cols=..., exclude_cols=..., allow_reject=True) on a frame applies
        // ApplyToCols(t, cols=..., exclude_cols=..., allow_reject=True) to the whole frame; the same plan here.
        String[][] pairs = {
                {"skrub.ToDatetime(), allow_reject=True", "skrub.ApplyToCols(skrub.ToDatetime(), allow_reject=True)"},
                {"skrub.ToDatetime(), cols=s.string(), exclude_cols=['weather'], allow_reject=1",
                        "skrub.ApplyToCols(skrub.ToDatetime(), cols=s.string(), exclude_cols=['weather'], allow_reject=True)"},
                {"skrub.choose_from([skrub.ToDatetime(), skrub.ToDatetime(format='%Y-%m-%d')], name='t'), cols=['date',"
                        + " 'wind'], allow_reject=True", "skrub.ApplyToCols(skrub.choose_from([skrub.ToDatetime(),"
                        + " skrub.ToDatetime(format='%Y-%m-%d')], name='t'), cols=['date', 'wind'], allow_reject=True)"},
                // allow_reject=False is the default: the plain step
                {"skrub.SquashingScaler(), cols=s.numeric(), allow_reject=False", "skrub.SquashingScaler(), cols=s.numeric()"}};
        for (String[] pair : pairs) {
            String flagged = SCRIPT.replace("STEP", pair[0]);
            String wrapped = SCRIPT.replace("STEP", pair[1]);
            var expected = ScriptBinder.bind(wrapped, "s.py", ExampleScripts.repoRoot()).mainSearch().node().fingerprint();
            assertEquals(expected, ScriptBinder.bind(flagged, "s.py", ExampleScripts.repoRoot()).mainSearch().node()
                    .fingerprint(), pair[0]);
            assertEquals(expected, io.stratum.frontend.graalpy.GraalPyFrontend.bind(flagged, "s.py",
                    ExampleScripts.repoRoot()).mainSearch().node().fingerprint(), "GraalPy: " + pair[0]);
        }
        // Rejected columns pass through with the optimizer on and off alike.
        double[] on = new Session(new SessionConfig(true, 1)).run(search("skrub.ToDatetime(), allow_reject=True"))
                .rows().get(0).foldScores();
        double[] off = new Session(new SessionConfig(false, 1)).run(search("skrub.ToDatetime(), allow_reject=True"))
                .rows().get(0).foldScores();
        assertTrue(java.util.Arrays.equals(on, off), java.util.Arrays.toString(on) + " " + java.util.Arrays.toString(off));
    }

    private static final String FUNCTIONS = """
            import numpy as np
            import pandas as pd
            import skrub
            from sklearn.linear_model import Ridge
            from sklearn.preprocessing import FunctionTransformer, StandardScaler

            def chill(df):
                return df.assign(chill=df["temp_min"] - df["wind"])

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["temp_max"].skb.mark_as_y()
            X = data[["temp_min", "wind", "precipitation"]].skb.mark_as_X()
            STEP
            pred = X.skb.apply(Ridge(), y=y)
            search = pred.skb.make_grid_search(cv=3, scoring="r2")
            """;

    @Test
    void aChoiceOfScriptFunctionsIsAChoiceOfTheDataOpsTheyGiveInBothFrontends() {
        // choose_from([FunctionTransformer(f), ...]) applied = choose_from([X.skb.apply(FunctionTransformer(f)), ...])
        // with the choice's labels; a list labels a script function FunctionTransformer(func=<function f>).
        String chosen = FUNCTIONS.replace("STEP", "X = X.skb.apply(skrub.choose_from([FunctionTransformer(chill),"
                + " StandardScaler(), FunctionTransformer(lambda df: df * 2.0), 'passthrough'], name='f'),"
                + " cols=['temp_min', 'wind'])");
        String spelled = FUNCTIONS.replace("STEP", "X = skrub.choose_from({"
                + "'FunctionTransformer(func=<function chill>)': X.skb.apply(FunctionTransformer(chill), cols=['temp_min', 'wind']),"
                + " 'StandardScaler()': X.skb.apply(StandardScaler(), cols=['temp_min', 'wind']),"
                + " 'FunctionTransformer(func=<function <lambda>>)': X.skb.apply(FunctionTransformer(lambda df: df * 2.0),"
                + " cols=['temp_min', 'wind']), 'passthrough': X.skb.apply(FunctionTransformer(lambda df: df),"
                + " cols=['temp_min', 'wind'])}, name='f')");
        var expected = ScriptBinder.bind(spelled, "s.py", ExampleScripts.repoRoot()).mainSearch().node().fingerprint();
        DataOp subset = ScriptBinder.bind(chosen, "s.py", ExampleScripts.repoRoot()).mainSearch();
        assertEquals(expected, subset.node().fingerprint());
        assertEquals(expected, io.stratum.frontend.graalpy.GraalPyFrontend.bind(chosen, "s.py", ExampleScripts.repoRoot())
                .mainSearch().node().fingerprint());
        SearchResults on = new Session(new SessionConfig(true, 1)).run(subset);
        SearchResults off = new Session(new SessionConfig(false, 1)).run(subset);
        assertEquals(4, on.rows().size());
        for (int r = 0; r < 4; r++) {
            assertTrue(java.util.Arrays.equals(on.rows().get(r).foldScores(), off.rows().get(r).foldScores()), "row " + r);
        }
        // Elsewhere than where .skb.apply applies it, the choice is refused at its line, in both frontends.
        String misplaced = FUNCTIONS.replace("STEP", "X = X.skb.apply(skrub.optional(skrub.choose_from("
                + "[FunctionTransformer(chill)], name='f')))");
        ScriptError e = assertThrows(ScriptError.class, () -> ScriptBinder.bind(misplaced, "s.py", ExampleScripts.repoRoot()));
        assertTrue(e.getMessage().contains("cannot be a value here"), e.getMessage());
        assertEquals(13, e.line());
        ScriptError g = assertThrows(ScriptError.class, () -> io.stratum.frontend.graalpy.GraalPyFrontend.bind(misplaced,
                "s.py", ExampleScripts.repoRoot()));
        assertTrue(g.getMessage().contains("cannot be a value here"), g.getMessage());
        assertEquals(13, g.line());
    }

    @Test
    void allowRejectWhereSkrubRefusesItIsNamedAtItsLineInBothFrontends() {
        String[][] cases = {
                {"X = X.skb.apply(Ridge(), y=y, allow_reject=True)", "is a predictor (not a transformer)"},
                {"X = X.skb.apply(skrub.choose_from([skrub.ToDatetime(), Ridge()], name='m'), y=y, allow_reject=True)",
                        "is a predictor (not a transformer)"},
                {"X = X['wind'].skb.apply(skrub.SquashingScaler(), allow_reject=True)", "the input is not a DataFrame"},
                {"X = X.skb.apply(skrub.ToDatetime(), how='cols')", "'how' is not supported"}};
        for (String[] c : cases) {
            String source = SCRIPT.replace("X = X.skb.apply(STEP)", c[0]);
            ScriptError e = assertThrows(ScriptError.class, () -> ScriptBinder.bind(source, "s.py",
                    ExampleScripts.repoRoot()), c[0]);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
            assertEquals(9, e.line(), c[0]);
            ScriptError g = assertThrows(ScriptError.class, () -> io.stratum.frontend.graalpy.GraalPyFrontend.bind(source,
                    "s.py", ExampleScripts.repoRoot()), "GraalPy: " + c[0]);
            assertTrue(g.getMessage().contains(c[1]), g.getMessage());
            assertEquals(9, g.line(), "GraalPy: " + c[0]);
        }
    }

    @Test
    void applyToColsTakesAnEstimatorWithChoicesInsideAndRunsTheSameWithoutTheOptimizer() {
        DataOp s = ScriptBinder.bind(SCRIPT.replace("STEP", "skrub.ApplyToCols(skrub.SquashingScaler("
                + "max_absolute_value=skrub.choose_from([2.0, 4.0], name='m')), cols=s.numeric(), keep_original=True,"
                + " rename_columns='sq_{}')").replace("import skrub.selectors as s", "import skrub.selectors as s\n"
                + "from sklearn.preprocessing import StandardScaler"), "s.py", ExampleScripts.repoRoot()).mainSearch();
        String plan = new Session().compile(s).searchPlan().explain();
        assertTrue(plan.contains("kernel='apply_to_cols'"), plan);
        assertTrue(plan.contains("transformer=SquashingScaler(max_absolute_value=2.0)"), plan);
        SearchResults on = new Session(new SessionConfig(true, 2)).run(s);
        SearchResults off = new Session(new SessionConfig(false, 1)).run(s);
        assertEquals(2, on.rows().size());
        for (int r = 0; r < 2; r++) {
            double[] a = on.rows().get(r).foldScores();
            double[] b = off.rows().get(r).foldScores();
            for (int i = 0; i < a.length; i++) {
                assertTrue(Double.isFinite(a[i]), "fold score " + a[i]);
                assertEquals(a[i], b[i], 0.0, "candidate " + r + " fold " + i);
            }
        }
    }

    @Test
    void anEstimatorWhereNoneBelongsOrALearnerInApplyToColsIsNamedAtItsLine() {
        ScriptError e = assertThrows(ScriptError.class, () -> search("skrub.Cleaner(null_strings=skrub.Cleaner())"));
        assertTrue(e.getMessage().contains("null_strings") && e.getMessage().contains("Cleaner()"), e.getMessage());
        assertEquals(9, e.line());
        StratumError learner = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("skrub.ApplyToCols(Ridge())")));
        assertTrue(learner.getMessage().contains("Ridge"), learner.getMessage());
        assertEquals(9, learner.origin().line());
    }

    @Test
    void cleanerCastToStrTurnsBoolsIntoText() {
        DataOp s = ScriptBinder.bind(SCRIPT.replace("X = X.skb.apply(STEP)", "X = X.assign(windy=X['wind'] > 4.0)\n"
                + "X = X.skb.apply(skrub.Cleaner(cast_to_str=True))\n"
                + "X = X.skb.apply(skrub.ApplyToCols(OneHotEncoder(sparse_output=False), cols=s.string()))")
                .replace("import skrub.selectors as s", "import skrub.selectors as s\n"
                + "from sklearn.preprocessing import OneHotEncoder"), "s.py", ExampleScripts.repoRoot()).mainSearch();
        // the values are held to skrub by CleanerTest and examples/skrub_steps/apply_to_cols.py
        for (double score : new Session().run(s).rows().get(0).foldScores()) {
            assertTrue(Double.isFinite(score), "r2 fold score " + score);
        }
    }

    @Test
    void tableVectorizerTakesOtherEncodersAndSpecificTransformers() {
        DataOp s = ScriptBinder.bind(SCRIPT.replace("X = data.drop(columns=[\"temp_max\", \"weather\"])",
                "X = data.drop(columns=[\"temp_max\"])").replace("STEP", "skrub.TableVectorizer(cardinality_threshold=3,"
                + " high_cardinality=skrub.MinHashEncoder(n_components=3, hashing='murmur'), datetime='drop',"
                + " specific_transformers=[(skrub.MinHashEncoder(n_components=2), ['date'])])"), "s.py",
                ExampleScripts.repoRoot()).mainSearch();
        String plan = new Session().compile(s).searchPlan().explain();
        assertTrue(plan.contains("high_cardinality=MinHashEncoder(n_components=3, hashing='murmur')"), plan);
        double[] on = new Session(new SessionConfig(true, 2)).run(s).rows().get(0).foldScores();
        double[] off = new Session(new SessionConfig(false, 1)).run(s).rows().get(0).foldScores();
        for (int i = 0; i < on.length; i++) {
            assertTrue(Double.isFinite(on[i]), "fold score " + on[i]);
            assertEquals(on[i], off[i], 0.0, "fold " + i);
        }
        ScriptError bad = assertThrows(ScriptError.class, () -> search("skrub.TableVectorizer(numeric='scale')"));
        assertTrue(bad.getMessage().contains("numeric") && bad.getMessage().contains("estimator"), bad.getMessage());
        assertEquals(9, bad.line());
        StratumError learner = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("skrub.TableVectorizer(numeric=Ridge())")));
        assertTrue(learner.getMessage().contains("Ridge"), learner.getMessage());
        assertEquals(9, learner.origin().line());
    }
}
