package io.stratum.runtime.search;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.exec.RuntimeValue;
import io.stratum.runtime.kernels.metrics.RegressionScores;
import java.util.List;

/** A scikit-learn scoring name bound to its metric: greater is better, as scikit-learn's scorers are. */
record Scorer(String name) {
    static final List<String> SUPPORTED = List.of("r2", "neg_mean_squared_error",
            // regression scorers of issue 7
            "neg_root_mean_squared_error", "neg_mean_absolute_error", "explained_variance",
            "neg_mean_squared_log_error", "neg_median_absolute_error", "neg_max_error",
            // classification scorers of issue 7
            "accuracy", "balanced_accuracy", "f1", "f1_macro", "precision", "recall", "roc_auc", "roc_auc_ovr",
            "neg_log_loss");

    static Scorer named(String name) {
        if (!SUPPORTED.contains(name)) {
            throw new StratumError(io.stratum.ir.node.Origin.NONE, "unknown scoring '" + name + "'", "supported: " + String.join(", ", SUPPORTED));
        }
        return new Scorer(name);
    }

    /**
     * The score of {@code predicted} against {@code truth} on the test rows of {@code fold}. A missing target
     * value is refused with the same message as when a fit meets it: which fold's test rows it falls in decides
     * whether scoring or fitting sees it first, and the user should not have to care.
     */
    double score(PhysicalOp predictions, int fold, RuntimeValue truth, RuntimeValue predicted) {
        if (ClassificationScoring.NAMES.contains(name)) {
            return classification(predictions, fold, truth, predicted);
        }
        double[] y = values(truth);
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i])) {
                throw new StratumError(predictions.origin(), "the target column '" + columnName(truth)
                        + "' has a missing value (row " + i + " of the test rows of fold " + fold + ")",
                        "drop rows with a missing target before mark_as_y");
            }
        }
        try {
            return RegressionScores.score(name, y, values(predicted));
        } catch (DataException e) {
            StratumError error = new StratumError(predictions.origin(), "scoring '" + name + "' on fold " + fold
                    + ": " + e.getMessage(), null);
            error.initCause(e);
            throw error;
        }
    }

    private double classification(PhysicalOp predictions, int fold, RuntimeValue truth, RuntimeValue predicted) {
        io.stratum.runtime.data.Column y = switch (truth) {
            case RuntimeValue.Series s -> s.column();
            case RuntimeValue.Frame f when f.table().columnCount() == 1 -> f.table().column(0);
            case RuntimeValue.Frame f -> throw new StratumError("a score needs one column of labels, got a frame of "
                    + f.table().columnCount() + " columns");
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
        for (int i = 0; i < y.length(); i++) {
            if (y.isMissing(i)) {
                throw new StratumError(predictions.origin(), "the target column '" + y.name()
                        + "' has a missing value (row " + i + " of the test rows of fold " + fold + ")",
                        "drop rows with a missing target before mark_as_y");
            }
        }
        try {
            return ClassificationScoring.score(name, y, predicted);
        } catch (DataException e) {
            StratumError error = new StratumError(predictions.origin(), "scoring '" + name + "' on fold " + fold
                    + ": " + e.getMessage(), "choose a scoring that fits the target, or a cv whose test folds hold"
                    + " every class");
            error.initCause(e);
            throw error;
        }
    }

    private static String columnName(RuntimeValue v) {
        return switch (v) {
            case RuntimeValue.Series s -> s.column().name();
            case RuntimeValue.Frame f -> f.table().column(0).name();
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
    }

    private static double[] values(RuntimeValue v) {
        return switch (v) {
            case RuntimeValue.Series s -> s.column().toDoubleArray();
            case RuntimeValue.Frame f when f.table().columnCount() == 1 -> f.table().column(0).toDoubleArray();
            case RuntimeValue.Frame f -> throw new StratumError("a score needs one column of values, got a frame of "
                    + f.table().columnCount() + " columns");
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
    }
}
