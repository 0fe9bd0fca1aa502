package io.stratum.runtime.search;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.runtime.exec.RuntimeValue;
import io.stratum.runtime.kernels.metrics.RegressionScores;
import java.util.List;

/** A scikit-learn scoring name bound to its metric: greater is better, as scikit-learn's scorers are. */
record Scorer(String name) {
    static final List<String> SUPPORTED = List.of("r2", "neg_mean_squared_error");

    static Scorer named(String name) {
        if (!SUPPORTED.contains(name)) {
            throw new StratumError(io.stratum.ir.node.Origin.NONE, "unknown scoring '" + name + "'", "supported: " + String.join(", ", SUPPORTED));
        }
        return new Scorer(name);
    }

    double score(RuntimeValue truth, RuntimeValue predicted) {
        return RegressionScores.score(name, values(truth), values(predicted));
    }

    private static double[] values(RuntimeValue v) {
        return switch (v) {
            case RuntimeValue.Series s -> s.column().toDoubleArray();
            case RuntimeValue.Frame f when f.table().columnCount() == 1 -> f.table().column(0).toDoubleArray();
            case RuntimeValue.Frame f -> throw new StratumError("a score needs one column of values, got a frame of "
                    + f.table().columnCount() + " columns");
        };
    }
}
