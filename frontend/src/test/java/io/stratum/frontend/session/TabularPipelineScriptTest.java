package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.BothFrontends;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.graalpy.GraalPyFrontend;
import org.junit.jupiter.api.Test;

/**
 * skrub's {@code tabular_pipeline(estimator)} in {@code .skb.apply}: for each kind of learner, the plan of the steps
 * skrub's {@code make_pipeline} holds, written one by one, in both frontends; what skrub refuses is an error at its
 * line in both. Printed scores are held to skrub by {@code skb_ops/eval_tabular_pipeline.py} (EvalCliTest).
 */
class TabularPipelineScriptTest {
    private static final String SCRIPT = """
            import pandas as pd
            import skrub
            from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor, RandomForestRegressor
            from sklearn.impute import SimpleImputer
            from sklearn.linear_model import Ridge
            from sklearn.preprocessing import OrdinalEncoder, StandardScaler
            from lightgbm import LGBMRegressor
            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["temp_max"].skb.mark_as_y()
            X = data.drop(columns=["temp_max"]).skb.mark_as_X()
            pred = STEP
            search = pred.skb.make_grid_search(cv=3, scoring="r2")
            """;

    private static DataOp bind(String step) {
        return ScriptBinder.bind(SCRIPT.replace("STEP", step), "t.py", ExampleScripts.repoRoot()).mainSearch();
    }

    private static void assertSamePlan(String written, String piped) {
        DataOp expected = bind(written);
        assertEquals(expected.node().fingerprint(), bind(piped).node().fingerprint(), piped);
        DataOp graal = GraalPyFrontend.bind(SCRIPT.replace("STEP", piped), "t.py", ExampleScripts.repoRoot()).mainSearch();
        assertEquals(expected.node().fingerprint(), graal.node().fingerprint(), "GraalPy: " + piped);
    }

    @Test
    void eachKindOfLearnerGetsSkrubsStepsInBothFrontends() {
        String hgb = "HistGradientBoostingRegressor(categorical_features='from_dtype')";
        assertSamePlan("X.skb.apply(skrub.TableVectorizer(low_cardinality=skrub.ToCategorical(),"
                + " high_cardinality=skrub.StringEncoder())).skb.apply(" + hgb + ", y=y)",
                "X.skb.apply(skrub.tabular_pipeline('regression'), y=y)");
        assertSamePlan("X.skb.apply(skrub.TableVectorizer(n_jobs=2, low_cardinality=OrdinalEncoder("
                        + "handle_unknown='use_encoded_value', unknown_value=-1), high_cardinality=skrub.StringEncoder()))"
                        + ".skb.apply(RandomForestRegressor(n_estimators=5), y=y)",
                "X.skb.apply(skrub.tabular_pipeline(RandomForestRegressor(n_estimators=5), n_jobs=2), y=y)");
        assertSamePlan("X.skb.apply(skrub.TableVectorizer(datetime=skrub.DatetimeEncoder(periodic_encoding='spline')))"
                        + ".skb.apply(SimpleImputer(add_indicator=True)).skb.apply(skrub.SquashingScaler("
                        + "max_absolute_value=5)).skb.apply(Ridge(alpha=skrub.choose_from([1.0, 3.0], name='a')), y=y)",
                "X.skb.apply(skrub.tabular_pipeline(Ridge(alpha=skrub.choose_from([1.0, 3.0], name='a'))), y=y)");
        // LightGBM takes missing values (no imputer) but is no tree ensemble of scikit-learn's (scaled)
        assertSamePlan("X.skb.apply(skrub.TableVectorizer(datetime=skrub.DatetimeEncoder(periodic_encoding='spline')))"
                        + ".skb.apply(skrub.SquashingScaler(max_absolute_value=5)).skb.apply(LGBMRegressor(), y=y)",
                "X.skb.apply(skrub.tabular_pipeline(LGBMRegressor()), y=y)");
    }

    @Test
    void whatSkrubRefusesIsAnErrorAtItsLineInBothFrontends() {
        String[][] cases = {
                {"X.skb.apply(skrub.tabular_pipeline('ranker'), y=y)", "'regressor', 'regression', 'classifier'"},
                {"X.skb.apply(skrub.tabular_pipeline(StandardScaler()), y=y)", "ends with a learner"},
                {"X.skb.apply(skrub.tabular_pipeline(3), y=y)", "expects a scikit-learn estimator"},
                {"X.skb.apply(skrub.tabular_pipeline(skrub.choose_from([Ridge(), LGBMRegressor()], name='m')), y=y)",
                        "expects a scikit-learn estimator"},
                {"X.skb.apply(skrub.tabular_pipeline('regressor', n_jobs='all'), y=y)", "n_jobs"}};
        for (String[] c : cases) {
            BothFrontends.assertErrorAt(SCRIPT.replace("STEP", c[0]), 11, c[1]);
        }
    }
}
