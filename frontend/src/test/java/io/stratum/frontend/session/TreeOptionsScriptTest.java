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
 * The tree learners' options as scripts write them: HistGradientBoosting's {@code categorical_features} as indices,
 * names or a boolean mask (the same scores for the same features named three ways), the forests' {@code max_leaf_nodes}
 * and {@code class_weight}, HistGradientBoostingClassifier's {@code class_weight}, and bad values named at the
 * learner's line. The numbers are held to scikit-learn by the runtime's parity tests and by
 * examples/employee_salaries/hgb_categorical.py, examples/forests/seattle_weather_balanced.py and
 * examples/boosting/seattle_hgb_balanced.py.
 */
class TreeOptionsScriptTest {
    private static final String SCRIPT = """
            import pandas as pd
            import skrub
            from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
            from sklearn.preprocessing import OrdinalEncoder

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["weather"].skb.mark_as_y()
            X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
            X = X.assign(wet=(X["precipitation"] > 0).astype("int64"))
            pred = X.skb.apply(LEARNER, y=y)
            search = pred.skb.make_grid_search(cv=3, scoring="accuracy")
            """;

    private static DataOp search(String learner) {
        return ScriptBinder.bind(SCRIPT.replace("LEARNER", learner), "s.py", ExampleScripts.repoRoot()).mainSearch();
    }

    private static double[] scores(String learner) {
        return new Session().run(search(learner)).rows().get(0).foldScores();
    }

    @Test
    void categoricalFeaturesNamedThreeWaysGiveTheSameScores() {
        double[] byIndex = scores("HistGradientBoostingClassifier(max_iter=10, categorical_features=[4])");
        double[] byName = scores("HistGradientBoostingClassifier(max_iter=10, categorical_features=['wet'])");
        double[] byMask = scores("HistGradientBoostingClassifier(max_iter=10,"
                + " categorical_features=[False, False, False, False, True])");
        double[] none = scores("HistGradientBoostingClassifier(max_iter=10, categorical_features=None)");
        assertTrue(java.util.Arrays.equals(byIndex, byName) && java.util.Arrays.equals(byIndex, byMask),
                java.util.Arrays.toString(byIndex) + " " + java.util.Arrays.toString(byName) + " "
                        + java.util.Arrays.toString(byMask));
        for (double s : none) {
            assertTrue(Double.isFinite(s), "score " + s);
        }
    }

    @Test
    void forestOptionsRunFromScripts() {
        for (String forest : new String[] {
                "RandomForestClassifier(n_estimators=5, max_leaf_nodes=8, random_state=0)",
                "RandomForestClassifier(n_estimators=5, class_weight='balanced_subsample', random_state=0)",
                "RandomForestClassifier(n_estimators=5, class_weight={'sun': 1.0, 'rain': 2.0}, random_state=0)"}) {
            for (double s : scores(forest)) {
                assertTrue(s > 0.3 && s <= 1.0, forest + ": accuracy " + s);
            }
        }
        // log_loss is scikit-learn's other name of the entropy criterion: the same trees.
        double[] entropy = scores("RandomForestClassifier(n_estimators=5, criterion='entropy', random_state=0)");
        assertTrue(java.util.Arrays.equals(entropy,
                scores("RandomForestClassifier(n_estimators=5, criterion='log_loss', random_state=0)")));
        for (double s : entropy) {
            assertTrue(s > 0.3 && s <= 1.0, "entropy: accuracy " + s);
        }
    }

    @Test
    void forestsTakeMissingValuesAsScikitLearn19Does() {
        // The wind set missing where it is below 2: scikit-learn 1.9's trees route NaN (held bit for bit to it by
        // the runtime's RandomForestParityTest); the same scores with the optimizer off.
        String script = SCRIPT.replace("X = X.assign(wet=(X[\"precipitation\"] > 0).astype(\"int64\"))",
                "X = X.assign(wet=(X[\"precipitation\"] > 0).astype(\"int64\"),"
                        + " wind=X[\"wind\"].where(X[\"wind\"] > 2))");
        assertTrue(!script.equals(SCRIPT));
        for (String forest : new String[] {"RandomForestClassifier(n_estimators=5, random_state=0)",
                "RandomForestClassifier(n_estimators=5, criterion='entropy', max_leaf_nodes=12, random_state=0)"}) {
            String text = script.replace("LEARNER", forest);
            double[] on = new Session(new SessionConfig(true, 2)).run(ScriptBinder.bind(text, "s.py",
                    ExampleScripts.repoRoot()).mainSearch()).rows().get(0).foldScores();
            double[] off = new Session(new SessionConfig(false, 2)).run(ScriptBinder.bind(text, "s.py",
                    ExampleScripts.repoRoot()).mainSearch()).rows().get(0).foldScores();
            assertTrue(java.util.Arrays.equals(on, off), forest);
            for (double s : on) {
                assertTrue(s > 0.3 && s <= 1.0, forest + ": accuracy " + s);
            }
        }
    }

    @Test
    void badValuesAreNamedAtTheLearnersLine() {
        StratumError name = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("HistGradientBoostingClassifier(categorical_features=['nope'])")));
        assertTrue(name.getMessage().contains("'nope'"), name.getMessage());
        assertEquals(10, name.origin().line());
        StratumError kind = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("HistGradientBoostingClassifier(categorical_features=[1.5])")));
        assertTrue(kind.getMessage().contains("categorical_features"), kind.getMessage());
        assertEquals(10, kind.origin().line());
        StratumError many = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("HistGradientBoostingClassifier(categorical_features=['temp_max'], max_bins=50)")));
        assertTrue(many.getMessage().contains("'temp_max'") && many.getMessage().contains("max_bins"),
                many.getMessage());
        StratumError weight = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("RandomForestClassifier(class_weight={'hail': 2.0})")));
        assertTrue(weight.getMessage().contains("hail"), weight.getMessage());
        ScriptError leaves = assertThrows(ScriptError.class,
                () -> search("RandomForestClassifier(max_leaf_nodes=1)"));
        assertTrue(leaves.getMessage().contains("max_leaf_nodes"), leaves.getMessage());
    }

    @Test
    void histGradientBoostingClassWeightsRunInBothFrontendsAndLabelKeysAreRefusedAtTheLearnersLine() {
        // The scores are held to scikit-learn by examples/boosting/seattle_hgb_balanced.py; here: both frontends
        // build the same plan, the optimizer changes no score, and weights change the fit.
        String balanced = "HistGradientBoostingClassifier(max_iter=10, class_weight='balanced')";
        String byPosition = "HistGradientBoostingClassifier(max_iter=10, class_weight={1: 3.0, 3: 3.0})";
        double[] plain = scores("HistGradientBoostingClassifier(max_iter=10)");
        for (String learner : new String[] {balanced, byPosition}) {
            DataOp graalpy = io.stratum.frontend.graalpy.GraalPyFrontend.bind(SCRIPT.replace("LEARNER", learner),
                    "s.py", ExampleScripts.repoRoot()).mainSearch();
            assertEquals(search(learner).node().fingerprint(), graalpy.node().fingerprint(), learner);
            double[] on = new Session(new SessionConfig(true, 2)).run(graalpy).rows().get(0).foldScores();
            double[] off = new Session(new SessionConfig(false, 2)).run(search(learner)).rows().get(0).foldScores();
            assertTrue(java.util.Arrays.equals(on, off), learner);
            assertTrue(!java.util.Arrays.equals(on, plain), learner + " scored as without weights");
        }
        // scikit-learn looks the keys up among the encoded classes and fails on labels; Stratum names the positions.
        String byLabel = "HistGradientBoostingClassifier(max_iter=10, class_weight={'fog': 3.0})";
        for (DataOp op : new DataOp[] {search(byLabel), io.stratum.frontend.graalpy.GraalPyFrontend.bind(
                SCRIPT.replace("LEARNER", byLabel), "s.py", ExampleScripts.repoRoot()).mainSearch()}) {
            StratumError e = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1)).run(op));
            assertTrue(e.getMessage().contains("1 for fog") && e.getMessage().contains("class positions"),
                    e.getMessage());
            assertEquals(10, e.origin().line());
        }
    }

    @Test
    void oobScoreRunsInBothFrontendsWithTheFitsItDoesNotChange() {
        // oob_score=True adds the out-of-bag estimate to each fitted forest (held to scikit-learn by the runtime's
        // OutOfBagParityTest; scripts cannot read fitted attributes) and changes neither trees nor scores.
        double[] plain = scores("RandomForestClassifier(n_estimators=10, random_state=0)");
        String oob = "RandomForestClassifier(n_estimators=10, oob_score=True, random_state=0)";
        DataOp graalpy = io.stratum.frontend.graalpy.GraalPyFrontend.bind(SCRIPT.replace("LEARNER", oob), "s.py",
                ExampleScripts.repoRoot()).mainSearch();
        assertEquals(search(oob).node().fingerprint(), graalpy.node().fingerprint());
        for (boolean optimize : new boolean[] {true, false}) {
            for (DataOp op : new DataOp[] {search(oob), graalpy}) {
                assertTrue(java.util.Arrays.equals(plain, new Session(new SessionConfig(optimize, 2)).run(op).rows()
                        .get(0).foldScores()), "optimizer " + optimize);
            }
        }
        // scikit-learn's refusal without the bootstrap, at the learner's line, in both frontends.
        String noBootstrap = "RandomForestClassifier(n_estimators=3, oob_score=True, bootstrap=False)";
        for (DataOp op : new DataOp[] {search(noBootstrap), io.stratum.frontend.graalpy.GraalPyFrontend.bind(
                SCRIPT.replace("LEARNER", noBootstrap), "s.py", ExampleScripts.repoRoot()).mainSearch()}) {
            StratumError e = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1)).run(op));
            assertTrue(e.getMessage().contains("bootstrap=True"), e.getMessage());
            assertEquals(10, e.origin().line());
        }
    }

    private static final String CATEGORY_SCRIPT = """
            import pandas as pd
            import skrub
            from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
            from sklearn.linear_model import Ridge
            from sklearn.preprocessing import OrdinalEncoder
            from lightgbm import LGBMRegressor
            from xgboost import XGBRegressor

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["temp_max"].skb.mark_as_y()
            X = data[["precipitation", "weather", "temp_min", "wind"]]
            X = X.assign(weather=X["weather"].astype("category")).skb.mark_as_X()
            STEP
            pred = X.skb.apply(LEARNER, y=y)
            search = pred.skb.make_grid_search(cv=3, scoring="r2")
            """;

    private static double[] categoryScores(String step, String learner, boolean optimize) {
        DataOp search = ScriptBinder.bind(CATEGORY_SCRIPT.replace("STEP", step).replace("LEARNER", learner), "c.py",
                ExampleScripts.repoRoot()).mainSearch();
        return new Session(new SessionConfig(optimize, 2)).run(search).rows().get(0).foldScores();
    }

    /** The wind (never negative) from the other weather columns, with {@code learner}. */
    private static double[] windScores(String learner, boolean optimize) {
        String script = CATEGORY_SCRIPT.replace("STEP", "X = X.drop(columns=['weather', 'wind'])")
                .replace("LEARNER", learner)
                .replace("data[\"temp_max\"].skb.mark_as_y()", "data[\"wind\"].skb.mark_as_y()")
                .replace("data[[\"precipitation\", \"weather\", \"temp_min\", \"wind\"]]",
                        "data[[\"precipitation\", \"weather\", \"temp_min\", \"temp_max\", \"wind\"]]");
        return new Session(new SessionConfig(optimize, 2)).run(ScriptBinder.bind(script, "c.py",
                ExampleScripts.repoRoot()).mainSearch()).rows().get(0).foldScores();
    }

    @Test
    void regressionCriteriaRunFromScripts() {
        String poisson = "RandomForestRegressor(n_estimators=5, criterion='poisson', random_state=0)";
        double[] scores = windScores(poisson, true);
        assertTrue(java.util.Arrays.equals(scores, windScores(poisson, false)));
        for (double s : scores) {
            assertTrue(Double.isFinite(s) && s <= 1.0, "poisson: r2 " + s);
        }
        // friedman_mse is scikit-learn 1.9's deprecated alias of squared_error.
        assertTrue(java.util.Arrays.equals(
                windScores("RandomForestRegressor(n_estimators=5, criterion='friedman_mse', random_state=0)", true),
                windScores("RandomForestRegressor(n_estimators=5, random_state=0)", true)));
        // scikit-learn refuses a negative target for the Poisson criterion; so does Stratum, at the learner's line.
        StratumError negative = assertThrows(StratumError.class, () -> categoryScores(
                "X = X.drop(columns=['weather'])", poisson, true));
        assertTrue(negative.getMessage().contains("negative"), negative.getMessage());
        assertEquals(14, negative.origin().line(), negative.getMessage());
        String mae = "RandomForestRegressor(n_estimators=3, criterion='absolute_error', max_samples=0.5,"
                + " random_state=0)";
        double[] median = windScores(mae, true);
        assertTrue(java.util.Arrays.equals(median, windScores(mae, false)));
        for (double s : median) {
            assertTrue(Double.isFinite(s) && s <= 1.0, "absolute_error: r2 " + s);
        }
    }

    @Test
    void categoryColumnsAreCategoricalFeaturesFromTheirDtype() {
        // The default "from_dtype" splits on the category column as naming its ordinal codes does: same bits.
        double[] fromDtype = categoryScores("", "HistGradientBoostingRegressor(max_iter=20)", true);
        assertTrue(java.util.Arrays.equals(fromDtype,
                categoryScores("", "HistGradientBoostingRegressor(max_iter=20)", false)));
        double[] coded = categoryScores("X = X.skb.apply(OrdinalEncoder(handle_unknown='use_encoded_value',"
                + " unknown_value=-1), cols=['weather'])",
                "HistGradientBoostingRegressor(max_iter=20, categorical_features=['weather'])", true);
        assertTrue(java.util.Arrays.equals(fromDtype, coded),
                java.util.Arrays.toString(fromDtype) + " " + java.util.Arrays.toString(coded));
    }

    @Test
    void boostersSplitOnCategoryColumnsTheSameWithTheOptimizerOnAndOff() {
        double[] on = categoryScores("", "LGBMRegressor(n_estimators=20, verbose=-1)", true);
        assertTrue(java.util.Arrays.equals(on, categoryScores("", "LGBMRegressor(n_estimators=20, verbose=-1)", false)));
        // Splitting on the five weather kinds is not the same model as splitting on their codes as numbers.
        double[] numeric = categoryScores("X = X.skb.apply(OrdinalEncoder(), cols=['weather'])",
                "LGBMRegressor(n_estimators=20, verbose=-1)", true);
        assertTrue(!java.util.Arrays.equals(on, numeric), java.util.Arrays.toString(on));
        for (double s : on) {
            assertTrue(s > 0.5 && s <= 1.0, "r2 " + s);
        }
        // XGBoost with enable_categorical=True: the same on both settings too, and not the codes-as-numbers model.
        String xgb = "XGBRegressor(n_estimators=20, enable_categorical=True)";
        double[] xgbOn = categoryScores("", xgb, true);
        assertTrue(java.util.Arrays.equals(xgbOn, categoryScores("", xgb, false)));
        assertTrue(!java.util.Arrays.equals(xgbOn, categoryScores("X = X.skb.apply(OrdinalEncoder(), cols=['weather'])",
                "XGBRegressor(n_estimators=20)", true)), java.util.Arrays.toString(xgbOn));
    }

    @Test
    void categoryColumnsReachingOtherLearnersAreRefusedAtTheirLine() {
        for (String[] c : new String[][] {
                {"Ridge()", "Ridge in scikit-learn fails converting"},
                {"XGBRegressor(n_estimators=5)", "enable_categorical=True"},
                {"HistGradientBoostingRegressor(categorical_features=None)", "not among categorical_features"}}) {
            StratumError e = assertThrows(StratumError.class, () -> categoryScores("", c[0], true));
            assertTrue(e.getMessage().contains("'weather' has pandas' category dtype")
                    && e.getMessage().contains(c[1]), e.getMessage());
            assertEquals(14, e.origin().line(), e.getMessage());
        }
    }

    @Test
    void earlyStoppingScoringRunsFromScriptsAndUnsupportedScorersAreLocated() {
        for (double s : scores("HistGradientBoostingClassifier(max_iter=30, early_stopping=True,"
                + " validation_fraction=None, n_iter_no_change=3, scoring='accuracy')")) {
            assertTrue(s > 0.3 && s <= 1.0, "accuracy " + s);
        }
        StratumError f1 = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("HistGradientBoostingClassifier(early_stopping=True, scoring='f1_macro')")));
        assertTrue(f1.getMessage().contains("'f1_macro'"), f1.getMessage());
        assertEquals(10, f1.origin().line());
    }
}
