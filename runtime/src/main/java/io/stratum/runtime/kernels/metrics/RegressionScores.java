package io.stratum.runtime.kernels.metrics;

import io.stratum.runtime.data.DataException;

/** scikit-learn's regression scorers {@code "r2"} and {@code "neg_mean_squared_error"}, without sample weights. */
public final class RegressionScores {
    private RegressionScores() {
    }

    /** The scorer for a scikit-learn scoring name. */
    public static double score(String scoring, double[] yTrue, double[] yPred) {
        return switch (scoring) {
            case "r2" -> r2(yTrue, yPred);
            case "neg_mean_squared_error" -> negMeanSquaredError(yTrue, yPred);
            default -> throw new DataException("unknown scoring '" + scoring
                    + "'; supported are 'r2' and 'neg_mean_squared_error'");
        };
    }

    /**
     * {@code r2_score}: {@code 1 - SS_res / SS_tot}. As scikit-learn (force_finite=True): with a constant
     * {@code y_true} the score is 1.0 for a perfect prediction and 0.0 otherwise; with fewer than two samples it
     * is NaN (scikit-learn warns that R^2 is not well-defined).
     */
    public static double r2(double[] yTrue, double[] yPred) {
        check(yTrue, yPred);
        int n = yTrue.length;
        if (n < 2) {
            return Double.NaN;
        }
        double sum = 0.0;
        for (double v : yTrue) {
            sum += v;
        }
        double mean = sum / n;
        double residual = 0.0;
        double total = 0.0;
        for (int i = 0; i < n; i++) {
            double r = yTrue[i] - yPred[i];
            residual += r * r;
            double t = yTrue[i] - mean;
            total += t * t;
        }
        if (total == 0.0) {
            return residual == 0.0 ? 1.0 : 0.0;
        }
        return 1.0 - residual / total;
    }

    public static double meanSquaredError(double[] yTrue, double[] yPred) {
        check(yTrue, yPred);
        double s = 0.0;
        for (int i = 0; i < yTrue.length; i++) {
            double r = yTrue[i] - yPred[i];
            s += r * r;
        }
        return s / yTrue.length;
    }

    /** The {@code neg_mean_squared_error} scorer: minus the MSE, so that greater is better. */
    public static double negMeanSquaredError(double[] yTrue, double[] yPred) {
        return -meanSquaredError(yTrue, yPred);
    }

    private static void check(double[] yTrue, double[] yPred) {
        if (yTrue.length != yPred.length) {
            throw new DataException("y_true has " + yTrue.length + " values but y_pred has " + yPred.length);
        }
        if (yTrue.length == 0) {
            throw new DataException("cannot score 0 samples");
        }
        for (int i = 0; i < yTrue.length; i++) {
            if (!Double.isFinite(yTrue[i]) || !Double.isFinite(yPred[i])) {
                throw new DataException("cannot score: " + (Double.isFinite(yTrue[i]) ? "y_pred" : "y_true")
                        + " has a missing or infinite value at row " + i
                        + "; scikit-learn rejects such input as well");
            }
        }
    }
}
