package io.stratum.frontend.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.ir.diagnostics.StratumError;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Java program written against the DataOps API builds the same plan as the script saying the same thing,
 * and the API rejects the same mistakes the binder reports.
 */
class DataOpsApiTest {

    /** examples/quickstart.py, written in Java. */
    private static DataOp quickstart(Path workingDirectory) {
        DataOp data = DataOps.var("data", DataOps.readCsv("examples/data/seattle-weather.csv", workingDirectory));
        DataOp y = data.get("temp_max").skb().markAsY();
        DataOp X = data.drop(List.of("temp_max", "date")).skb().markAsX();
        Map<String, Object> wetWind = new LinkedHashMap<>();
        wetWind.put("wet_wind", X.get("wind").times(X.get("precipitation")));
        X = X.assign(wetWind);
        Map<String, Object> encoder = new LinkedHashMap<>();
        encoder.put("handle_unknown", "ignore");
        encoder.put("sparse_output", false);
        X = X.skb().apply(DataOps.estimator("sklearn.preprocessing.OneHotEncoder", encoder), null, List.of("weather"));
        X = X.skb().apply(DataOps.estimator("sklearn.preprocessing.StandardScaler", Map.of()), null,
                List.of("precipitation", "temp_min", "wind", "wet_wind"));
        DataOp ridge = DataOps.estimator("sklearn.linear_model.Ridge",
                Map.of("alpha", DataOps.chooseFrom(List.of(0.1, 1.0, 10.0), "alpha")));
        DataOp pred = X.skb().apply(ridge, y, null);
        return pred.skb().makeGridSearch(5, "r2", true);
    }

    @Test
    void javaProgramBuildsTheSamePlanAsTheScript() {
        Path root = ExampleScripts.repoRoot();
        DataOp fromScript = ExampleScripts.bind("examples/quickstart.py").mainSearch();
        DataOp fromJava = quickstart(root);
        assertEquals(fromScript.node().fingerprint(), fromJava.node().fingerprint());
        assertEquals(fromScript.node(), fromJava.node());
    }

    @Test
    void scriptWithOtherChoicesDiffersFromTheJavaProgram() {
        Path root = ExampleScripts.repoRoot();
        String script = ExampleScripts.source("examples/quickstart.py").replace("[0.1, 1.0, 10.0]", "[0.1, 1.0]");
        DataOp changed = ScriptBinder.bind(script, "examples/quickstart.py", root).mainSearch();
        assertNotEquals(quickstart(root).node().fingerprint(), changed.node().fingerprint());
    }

    @Test
    void misspelledParameterIsRejectedWithASuggestion() {
        StratumError e = assertThrows(StratumError.class,
                () -> DataOps.estimator("sklearn.linear_model.Ridge", Map.of("alpah", 1.0)));
        assertEquals("did you mean 'alpha'?", e.hint());
    }

    @Test
    void unknownEstimatorIsRejectedWithASuggestion() {
        StratumError e = assertThrows(StratumError.class,
                () -> DataOps.estimator("sklearn.linear_model.Rigde", Map.of()));
        assertTrue(e.hint().contains("Ridge"), e.hint());
    }

    @Test
    void wrongParameterTypeIsRejected() {
        StratumError e = assertThrows(StratumError.class,
                () -> DataOps.estimator("sklearn.linear_model.Ridge", Map.of("alpha", "x")));
        assertTrue(e.getMessage().contains("alpha"), e.getMessage());
    }

    @Test
    void applyNeedsAnEstimator() {
        DataOp X = DataOps.var("X");
        assertThrows(StratumError.class, () -> X.skb().apply(DataOps.value(io.stratum.ir.value.Const.of(1L))));
    }

    @Test
    void gridSearchNeedsAtLeastTwoFolds() {
        DataOp pred = DataOps.var("X").skb().apply(DataOps.estimator("sklearn.linear_model.Ridge", Map.of()), DataOps.var("y"), null);
        StratumError e = assertThrows(StratumError.class, () -> pred.skb().makeGridSearch(1, "r2", true));
        assertTrue(e.getMessage().contains("cv must be at least 2"), e.getMessage());
    }

    @Test
    void chooseFromNeedsAnOutcome() {
        assertThrows(StratumError.class, () -> DataOps.chooseFrom(List.of(), "empty"));
    }
}
