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
import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.Call;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.optimizer.OptimizationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * numpy functions from script to scores: the binder records {@code numpy.*} calls, binding types them, the
 * simplify rules rewrite them, and the scores are the same bit for bit with the optimizer on and off.
 */
class NumpyPipelineTest {
    private static final String PREAMBLE = """
            import numpy as np
            import pandas as pd
            import skrub
            from numpy import log1p
            from sklearn.linear_model import Ridge
            from sklearn.preprocessing import OneHotEncoder, StandardScaler

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            """;

    /** A log-transformed target, features using every function, and rewrites the optimizer should make. */
    private static final String LOG_TARGET = PREAMBLE + """
            y = np.log1p(data["temp_max"] + 20.0).skb.mark_as_y()
            X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
            X = X.assign(
                rain=log1p(X["precipitation"]),
                wind=np.sqrt(np.square(X["wind"])),
                swing=np.sin(X["temp_min"]) * np.cos(X["temp_min"]) + np.abs(X["temp_min"] - 8),
                heat=np.expm1(X["temp_min"] / 20.0) * 1,
                cold=np.exp(-X["temp_min"] / 10.0) + 0,
                log_wind=np.log(X["wind"]) * np.log(2.0),
            )
            X = X.assign(temp_min=X.assign(temp_min=np.fabs(X["temp_min"]))["temp_min"])
            X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
            X = X.skb.apply(StandardScaler())
            pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)
            search = pred.skb.make_grid_search(cv=5, scoring="r2")
            """;

    private static DataOp search(String source) {
        return ScriptBinder.bind(source, "numpy_test.py", ExampleScripts.repoRoot()).mainSearch();
    }

    @Test
    void logTargetAndNumpyFeaturesGiveTheSameScoresWithTheOptimizerOnAndOff() {
        DataOp search = search(LOG_TARGET);
        SearchResults on = new Session(new SessionConfig(true, 2)).run(search);
        SearchResults off = new Session(new SessionConfig(false, 1)).run(search);
        assertEquals(2, on.rows().size());
        for (int i = 0; i < on.rows().size(); i++) {
            SearchResults.Row a = on.rows().get(i);
            SearchResults.Row b = off.rows().get(i);
            assertEquals(a.params(), b.params());
            assertArrayEquals(a.foldScores(), b.foldScores(), "fold scores of " + a.params() + " on and off");
            assertTrue(a.meanTestScore() > 0.5 && a.meanTestScore() < 1.0, "a sane R² on the log target: " + a.meanTestScore());
        }
        OptimizationResult compiled = new Session(new SessionConfig(true, 1)).compile(search);
        List<String> fired = compiled.trace().firedRules();
        for (String rule : List.of("bind_numpy_calls", "rewrite_sqrt_of_square",
                "eliminate_identity_arithmetic", "fold_assigned_column_read")) {
            assertTrue(fired.contains(rule), rule + " should fire; fired: " + fired);
        }
        String optimized = ExplainWriter.explain(compiled.optimized());
        assertTrue(optimized.contains("Numeric function='fabs'") && !optimized.contains("function='square'"), optimized);
    }

    @Test
    void numpyNamesBindToGenericCallsAndConstantsAreComputedAtOnce() {
        LogicalNode plan = search(PREAMBLE + """
                y = data["temp_max"].skb.mark_as_y()
                X = data[["wind"]].skb.mark_as_X()
                X = X.assign(w=np.absolute(X["wind"]) * np.exp(0), v=np.sqrt(4))
                search = X.skb.apply(Ridge(), y=y).skb.make_grid_search(cv=5)
                """).node();
        List<String> calls = new ArrayList<>();
        collectCalls(plan, calls);
        assertEquals(List.of("numpy.abs"), calls, "np.absolute is np.abs; np.exp(0) and np.sqrt(4) are constants");
        String text = ExplainWriter.explain(plan);
        assertTrue(text.contains("Value value=1.0") && text.contains("Value value=2.0"), text);
    }

    private static void collectCalls(LogicalNode node, List<String> out) {
        if (node instanceof Call c) {
            out.add(c.function());
        }
        for (LogicalNode in : node.inputs()) {
            collectCalls(in, out);
        }
    }

    @Test
    void numpyMistakesAreLocatedErrorsWithHints() {
        ScriptError unknown = assertThrows(ScriptError.class, () -> search(PREAMBLE + "z = np.logp1(data['wind'])\n"));
        assertTrue(unknown.getMessage().contains("numpy.logp1"), unknown.getMessage());
        assertTrue(String.valueOf(unknown.hint()).contains("log1p"), String.valueOf(unknown.hint()));
        ScriptError keyword = assertThrows(ScriptError.class, () -> search(PREAMBLE + "z = np.log(data['wind'], out=None)\n"));
        assertTrue(keyword.getMessage().contains("'out'"), keyword.getMessage());
        assertEquals(9, keyword.line());
    }

    @Test
    void numpyOfAStringColumnFailsAtItsLineWhenRun() {
        DataOp search = search(PREAMBLE + """
                y = data["temp_max"].skb.mark_as_y()
                X = data[["wind", "weather"]].skb.mark_as_X()
                X = X.assign(w=np.log(X["weather"]))
                search = X.skb.apply(Ridge(), y=y, cols=["wind"]).skb.make_grid_search(cv=5)
                """);
        StratumError e = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1)).run(search));
        assertEquals(11, e.origin().line(), e.getMessage());
        assertTrue(e.getMessage().contains("np.log") && e.getMessage().contains("'weather'"), e.getMessage());
    }
}
