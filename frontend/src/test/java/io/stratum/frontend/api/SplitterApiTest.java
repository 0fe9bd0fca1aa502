package io.stratum.frontend.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.ir.diagnostics.StratumError;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A splitter object passed to make_grid_search from Java builds the plan of the script that does the same. */
class SplitterApiTest {
    private static final String SCRIPT = """
            import pandas as pd
            import skrub
            from sklearn.linear_model import Lasso
            from sklearn.model_selection import TimeSeriesSplit

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["temp_max"].skb.mark_as_y()
            X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X()
            pred = X.skb.apply(Lasso(alpha=0.1), y=y)
            search = pred.skb.make_grid_search(cv=TimeSeriesSplit(n_splits=3, gap=2), scoring="neg_mean_absolute_error")
            """;

    private static DataOp prediction(Path root) {
        DataOp data = DataOps.var("data", DataOps.readCsv("examples/data/seattle-weather.csv", root));
        DataOp y = data.get("temp_max").skb().markAsY();
        DataOp X = data.drop(List.of("temp_max", "date", "weather")).skb().markAsX();
        return X.skb().apply(DataOps.estimator("sklearn.linear_model.Lasso", Map.of("alpha", 0.1)), y, null);
    }

    @Test
    void javaSplitterBuildsTheScriptsPlan() {
        Path root = ExampleScripts.repoRoot();
        DataOp splitter = DataOps.estimator("sklearn.model_selection.TimeSeriesSplit", Map.of("n_splits", 3L, "gap", 2L));
        DataOp fromJava = prediction(root).skb().makeGridSearch(splitter, "neg_mean_absolute_error", false);
        DataOp fromScript = ScriptBinder.bind(SCRIPT, "s.py", root).mainSearch();
        assertEquals(fromScript.node().fingerprint(), fromJava.node().fingerprint());
    }

    @Test
    void onlySplittersAreAccepted() {
        DataOp notASplitter = DataOps.estimator("sklearn.linear_model.Ridge", Map.of());
        StratumError e = assertThrows(StratumError.class,
                () -> prediction(ExampleScripts.repoRoot()).skb().makeGridSearch(notASplitter, "r2", false));
        assertTrue(e.getMessage().contains("cv must be an int or a splitter"), e.getMessage());
    }
}
