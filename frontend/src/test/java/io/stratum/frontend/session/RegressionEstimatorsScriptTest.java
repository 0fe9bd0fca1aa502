package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import org.junit.jupiter.api.Test;

/** The regression-side estimators as scripts write them: np.nan parameters, kernels chosen, unsupported values named. */
class RegressionEstimatorsScriptTest {
    private static final String SCRIPT = """
            import numpy as np
            import pandas as pd
            import skrub
            from sklearn.impute import SimpleImputer
            from sklearn.neighbors import KNeighborsRegressor
            from sklearn.preprocessing import MaxAbsScaler, OrdinalEncoder, RobustScaler

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["temp_max"].skb.mark_as_y()
            X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
            X = X.skb.apply(OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=np.nan), cols=["weather"])
            X = X.skb.apply(SimpleImputer(strategy="constant", fill_value=-1), cols=["weather"])
            X = X.skb.apply(SCALER, cols=["precipitation", "temp_min", "wind"])
            pred = X.skb.apply(KNeighborsRegressor(n_neighbors=10), y=y)
            search = pred.skb.make_grid_search(cv=3, scoring="neg_median_absolute_error")
            """;

    private static DataOp search(String scaler) {
        return ScriptBinder.bind(SCRIPT.replace("SCALER", scaler), "r.py", ExampleScripts.repoRoot()).mainSearch();
    }

    @Test
    void bindsLowersAndRuns() {
        DataOp op = search("RobustScaler(quantile_range=(10.0, 90.0))");
        String plan = new Session().compile(op).searchPlan().explain();
        for (String kernel : new String[] {"ordinal_encoder", "simple_imputer", "robust_scaler", "knn_brute"}) {
            assertTrue(plan.contains("kernel='" + kernel + "'"), kernel + " in\n" + plan);
        }
        assertTrue(plan.contains("unknown_value=nan"), plan);
        SearchResults results = new Session().run(op);
        assertEquals(3, results.folds());
        for (double s : results.rows().get(0).foldScores()) {
            assertTrue(Double.isFinite(s) && s <= 0, "neg_median_absolute_error fold score " + s);
        }
    }

    @Test
    void validButUnsupportedValuesAreNamedAtTheirLine() {
        ScriptError e = assertThrows(ScriptError.class, () -> search("RobustScaler(unit_variance=True)"));
        assertTrue(e.getMessage().contains("not supported"), e.getMessage());
        assertEquals(13, e.line());
        ScriptError tuple = assertThrows(ScriptError.class, () -> search("MaxAbsScaler(copy=1)"));
        assertTrue(tuple.getMessage().contains("copy"), tuple.getMessage());
    }
}
