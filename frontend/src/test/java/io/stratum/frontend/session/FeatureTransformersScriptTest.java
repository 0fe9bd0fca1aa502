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

/**
 * PolynomialFeatures, SplineTransformer, KBinsDiscretizer and FunctionTransformer as scripts write them: their
 * kernels in the plan, and bad uses named at their script line (the numbers are held to scikit-learn by the runtime's
 * FeatureTransformersTest and examples/feature_expansion).
 */
class FeatureTransformersScriptTest {
    private static final String SCRIPT = """
            import numpy as np
            import pandas as pd
            import skrub
            from sklearn.linear_model import Ridge
            from sklearn.preprocessing import FunctionTransformer, KBinsDiscretizer, PolynomialFeatures, SplineTransformer

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["temp_max"].skb.mark_as_y()
            X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
            X = X.skb.apply(STEP)
            pred = X.skb.apply(Ridge(), y=y)
            search = pred.skb.make_grid_search(cv=3, scoring="r2")
            """;

    private static DataOp search(String step) {
        return ScriptBinder.bind(SCRIPT.replace("STEP", step), "s.py", ExampleScripts.repoRoot()).mainSearch();
    }

    @Test
    void stepsGetTheirKernelsAndRun() {
        String[][] cases = {
                {"PolynomialFeatures(degree=(1, 2))", "polynomial_features"},
                {"SplineTransformer(knots='quantile', extrapolation='continue')", "spline_transformer"},
                {"KBinsDiscretizer(n_bins=4, encode='ordinal', strategy='kmeans')", "kbins_discretizer"},
                {"FunctionTransformer(np.sqrt)", "function_transformer"},
        };
        for (String[] c : cases) {
            DataOp s = search(c[0] + ", cols=['precipitation', 'temp_min', 'wind']");
            String plan = new Session().compile(s).searchPlan().explain();
            assertTrue(plan.contains("kernel='" + c[1] + "'"), c[1] + " in\n" + plan);
        }
        // one-hot weather first, so every column reaching Ridge is numeric
        SearchResults results = new Session().run(ScriptBinder.bind(SCRIPT.replace("X = X.skb.apply(STEP)",
                "X = X.skb.apply(KBinsDiscretizer(), cols=['temp_min', 'wind']).drop(columns=['weather'])"),
                "s.py", ExampleScripts.repoRoot()).mainSearch());
        for (double score : results.rows().get(0).foldScores()) {
            assertTrue(Double.isFinite(score), "r2 fold score " + score);
        }
    }

    @Test
    void oneHotEncoderGroupsInfrequentCategoriesFromScripts() {
        // sparse_output=True (the default) gives the same numbers densely
        for (String step : new String[] {
                "OneHotEncoder(min_frequency=40, handle_unknown='infrequent_if_exist'), cols=['weather']",
                "OneHotEncoder(max_categories=3, sparse_output=True), cols=['weather']",
                "OneHotEncoder(min_frequency=0.05, drop='first', handle_unknown='ignore'), cols=['weather']"}) {
            SearchResults results = new Session().run(ScriptBinder.bind(SCRIPT.replace("STEP", step)
                    .replace("import FunctionTransformer,", "import OneHotEncoder, FunctionTransformer,"),
                    "s.py", ExampleScripts.repoRoot()).mainSearch());
            for (double score : results.rows().get(0).foldScores()) {
                assertTrue(Double.isFinite(score), step + ": r2 fold score " + score);
            }
        }
        ScriptError e = assertThrows(ScriptError.class, () -> ScriptBinder.bind(SCRIPT.replace("STEP",
                "OneHotEncoder(max_categories=0), cols=['weather']").replace("import FunctionTransformer,",
                "import OneHotEncoder, FunctionTransformer,"), "s.py", ExampleScripts.repoRoot()));
        assertTrue(e.getMessage().contains("max_categories"), e.getMessage());
    }

    @Test
    void ordinalEncoderGroupsInfrequentCategoriesFromScripts() {
        for (String step : new String[] {
                "OrdinalEncoder(min_frequency=40), cols=['weather']",
                "OrdinalEncoder(max_categories=3, handle_unknown='use_encoded_value', unknown_value=-1), cols=['weather']",
                "OrdinalEncoder(min_frequency=0.05, max_categories=4), cols=['weather']"}) {
            SearchResults results = new Session().run(ScriptBinder.bind(SCRIPT.replace("STEP", step)
                    .replace("import FunctionTransformer,", "import OrdinalEncoder, FunctionTransformer,"),
                    "s.py", ExampleScripts.repoRoot()).mainSearch());
            for (double score : results.rows().get(0).foldScores()) {
                assertTrue(Double.isFinite(score), step + ": r2 fold score " + score);
            }
        }
        ScriptError e = assertThrows(ScriptError.class, () -> ScriptBinder.bind(SCRIPT.replace("STEP",
                "OrdinalEncoder(max_categories=0), cols=['weather']").replace("import FunctionTransformer,",
                "import OrdinalEncoder, FunctionTransformer,"), "s.py", ExampleScripts.repoRoot()));
        assertTrue(e.getMessage().contains("max_categories"), e.getMessage());
        StratumError bad = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(ScriptBinder.bind(SCRIPT.replace("STEP", "OrdinalEncoder(min_frequency=1.5), cols=['weather']")
                        .replace("import FunctionTransformer,", "import OrdinalEncoder, FunctionTransformer,"),
                        "s.py", ExampleScripts.repoRoot()).mainSearch()));
        assertTrue(bad.getMessage().contains("min_frequency"), bad.getMessage());
        assertEquals(10, bad.origin().line());
    }

    @Test
    void aTextColumnIsNamedAtTheStepsLine() {
        StratumError e = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("KBinsDiscretizer(), cols=['weather']")));
        assertTrue(e.getMessage().contains("'weather'"), e.getMessage());
        assertEquals(10, e.origin().line());
    }

    @Test
    void aFunctionStratumCannotRunIsNamedAtTheStepsLine() {
        StratumError e = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("FunctionTransformer('log'), cols=['wind']")));
        assertTrue(e.getMessage().contains("numpy function"), e.getMessage());
        assertEquals(10, e.origin().line());
    }

    @Test
    void numpyFloatTypesAreValuesInBothFrontends() {
        for (String step : new String[] {"KBinsDiscretizer(dtype=np.float32), cols=['temp_min', 'wind']",
                "KBinsDiscretizer(dtype=skrub.choose_from([np.float32, np.float64, None], name='d'), encode='ordinal'),"
                        + " cols=['temp_min', 'wind']"}) {
            String source = SCRIPT.replace("STEP", step);
            DataOp subset = ScriptBinder.bind(source, "s.py", ExampleScripts.repoRoot()).mainSearch();
            DataOp python = io.stratum.frontend.graalpy.GraalPyFrontend.bind(source, "s.py", ExampleScripts.repoRoot())
                    .mainSearch();
            assertEquals(subset.node().fingerprint(), python.node().fingerprint(), step);
        }
        // float32 and float64 are different plans (the values the bins see differ)
        assertTrue(!search("KBinsDiscretizer(dtype=np.float32)").node().fingerprint().equals(
                search("KBinsDiscretizer(dtype=np.float64)").node().fingerprint()));
    }

    @Test
    void sparseSplinesGiveTheDenseNumbersWithTheOptimizerOnAndOffInBothFrontends() {
        String sparse = SCRIPT.replace("STEP", "SplineTransformer(n_knots=4, sparse_output=True), cols=['temp_min', 'wind']")
                .replace("X = data.drop(columns=[\"temp_max\", \"date\"])", "X = data[[\"temp_min\", \"wind\"]]");
        String dense = sparse.replace(", sparse_output=True", "");
        DataOp s = ScriptBinder.bind(sparse, "s.py", ExampleScripts.repoRoot()).mainSearch();
        assertEquals(s.node().fingerprint(), io.stratum.frontend.graalpy.GraalPyFrontend.bind(sparse, "s.py",
                ExampleScripts.repoRoot()).mainSearch().node().fingerprint());
        double[] expected = new Session(new SessionConfig(true, 1)).run(ScriptBinder.bind(dense, "s.py",
                ExampleScripts.repoRoot()).mainSearch()).rows().get(0).foldScores();
        for (boolean optimizer : new boolean[] {true, false}) {
            double[] got = new Session(new SessionConfig(optimizer, 1)).run(s).rows().get(0).foldScores();
            assertTrue(java.util.Arrays.equals(expected, got), "optimizer " + optimizer + ": "
                    + java.util.Arrays.toString(got) + " vs dense " + java.util.Arrays.toString(expected));
        }
    }

    @Test
    void invalidAndUnsupportedValuesAreRefusedAtBinding() {
        ScriptError bins = assertThrows(ScriptError.class, () -> search("KBinsDiscretizer(n_bins=1)"));
        assertTrue(bins.getMessage().contains("n_bins"), bins.getMessage());
        assertEquals(10, bins.line());
        // scikit-learn's dtype takes the type itself: the string is refused, in both frontends
        String stringDtype = SCRIPT.replace("STEP", "KBinsDiscretizer(dtype='float32')");
        ScriptError dtype = assertThrows(ScriptError.class, () -> ScriptBinder.bind(stringDtype, "s.py",
                ExampleScripts.repoRoot()));
        assertTrue(dtype.getMessage().contains("np.float32 or np.float64"), dtype.getMessage());
        assertEquals(10, dtype.line());
        ScriptError graalPy = assertThrows(ScriptError.class, () -> io.stratum.frontend.graalpy.GraalPyFrontend.bind(
                stringDtype, "s.py", ExampleScripts.repoRoot()));
        assertTrue(graalPy.getMessage().contains("np.float32 or np.float64"), graalPy.getMessage());
        assertEquals(10, graalPy.line());
        ScriptError method = assertThrows(ScriptError.class,
                () -> search("KBinsDiscretizer(quantile_method='closest_observation')"));
        assertTrue(method.getMessage().contains("closest_observation"), method.getMessage());
    }
}
