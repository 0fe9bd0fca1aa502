package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.FitPredict;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataType;

/**
 * The values of a learner's {@code fit(X, y, sample_weight=w)} as scikit-learn's {@code _check_sample_weight} takes
 * them: one number per training row (booleans count as 0 and 1), finite. skrub evaluates {@code w} on the rows it
 * evaluates X and y on, so weights computed from X follow each fold; weights computed from the data before the split
 * keep every row and scikit-learn refuses them, as Stratum does here at the step's line.
 */
final class SampleWeightValues {
    private SampleWeightValues() {
    }

    static double[] of(RuntimeValue weights, int rows, FitPredict op) {
        String who = op.spec().simpleName() + ".fit(sample_weight=...)";
        Column column = switch (weights) {
            case RuntimeValue.Series s -> s.column();
            case RuntimeValue.Frame f when f.table().columnCount() == 1 -> f.table().column(0);
            case RuntimeValue.Frame f -> throw new StratumError(op.origin(), who + ": the weights must be one column,"
                    + " got a frame of " + f.table().columnCount() + " columns", "pass one column, e.g. X['weight']");
            default -> throw new StratumError(op.origin(), who + ": the weights must be a column of numbers",
                    "pass one column, e.g. X['weight']");
        };
        DataType type = column.type();
        if (type != DataType.FLOAT64 && type != DataType.INT64 && type != DataType.BOOL) {
            throw new StratumError(op.origin(), who + ": the weights column '" + column.name() + "' has dtype "
                    + column.dtypeName() + " and scikit-learn fails converting it to float", "pass a numeric column");
        }
        if (column.length() != rows) {
            throw new StratumError(op.origin(), who + ": the weights have " + column.length() + " rows but X has "
                    + rows + " (scikit-learn: sample_weight.shape == (" + column.length() + ",), expected (" + rows
                    + ",)!)", "compute the weights from X (for example X['weight']), which skrub evaluates on the"
                    + " same rows of each fold; weights taken from the data before mark_as_X keep all its rows");
        }
        double[] w = column.toDoubleArray();
        for (int i = 0; i < w.length; i++) {
            if (!Double.isFinite(w[i])) {
                throw new StratumError(op.origin(), who + ": the weight of row " + i + " of the training rows is "
                        + (Double.isNaN(w[i]) ? "missing (NaN)" : w[i]) + " and scikit-learn refuses weights that"
                        + " are NaN or infinite (Input sample_weight contains " + (Double.isNaN(w[i]) ? "NaN" : "infinity")
                        + ")", "fill or drop the rows whose weight is missing");
            }
        }
        return w;
    }
}
