package io.stratum.runtime.kernels.metrics;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.kernels.NumpySums;

/**
 * scikit-learn's regression scorers ({@code "r2"}, {@code "neg_mean_squared_error"}, ...), without sample weights.
 * Their sums are numpy's ({@link NumpySums}: pairwise, as {@code np.sum} and {@code np.average} add a contiguous
 * array), so a score has scikit-learn's bits, which a printed metric shows in full.
 */
public final class RegressionScores {
    private RegressionScores() {
    }

    /** The scorer for a scikit-learn scoring name. */
    public static double score(String scoring, double[] yTrue, double[] yPred) {
        return switch (scoring) {
            case "r2" -> r2(yTrue, yPred);
            case "neg_mean_squared_error" -> negMeanSquaredError(yTrue, yPred);
            case "neg_root_mean_squared_error" -> -Math.sqrt(meanSquaredError(yTrue, yPred));
            case "neg_mean_absolute_error" -> -meanAbsoluteError(yTrue, yPred);
            case "explained_variance" -> explainedVariance(yTrue, yPred);
            case "neg_mean_squared_log_error" -> -meanSquaredLogError(yTrue, yPred);
            case "neg_median_absolute_error" -> -medianAbsoluteError(yTrue, yPred);
            case "neg_max_error" -> -maxError(yTrue, yPred);
            default -> throw new DataException("unknown scoring '" + scoring + "'; supported are " + String.join(", ", NAMES));
        };
    }

    /** Every scoring name {@link #score} knows, in scikit-learn's spelling. */
    public static final java.util.List<String> NAMES = java.util.List.of("r2", "neg_mean_squared_error",
            "neg_root_mean_squared_error", "neg_mean_absolute_error", "explained_variance",
            "neg_mean_squared_log_error", "neg_median_absolute_error", "neg_max_error");

    public static double meanAbsoluteError(double[] yTrue, double[] yPred) {
        check(yTrue, yPred);
        double[] errors = new double[yTrue.length];
        for (int i = 0; i < yTrue.length; i++) {
            errors[i] = Math.abs(yPred[i] - yTrue[i]);
        }
        return NumpySums.sum(errors) / yTrue.length;
    }

    /**
     * {@code explained_variance_score}: {@code 1 - Var(y - y_pred) / Var(y)} with population variances. As
     * scikit-learn (force_finite=True), a constant {@code y_true} scores 1.0 when the residual variance is 0 too,
     * else 0.0.
     */
    public static double explainedVariance(double[] yTrue, double[] yPred) {
        check(yTrue, yPred);
        int n = yTrue.length;
        double[] diff = new double[n];
        for (int i = 0; i < n; i++) {
            diff[i] = yTrue[i] - yPred[i];
        }
        double diffMean = NumpySums.sum(diff) / n;
        double trueMean = NumpySums.sum(yTrue) / n;
        double[] d2 = new double[n];
        double[] t2 = new double[n];
        for (int i = 0; i < n; i++) {
            double d = diff[i] - diffMean;
            d2[i] = d * d;
            double t = yTrue[i] - trueMean;
            t2[i] = t * t;
        }
        double numerator = NumpySums.sum(d2) / n;
        double denominator = NumpySums.sum(t2) / n;
        if (denominator == 0.0) {
            return numerator == 0.0 ? 1.0 : 0.0;
        }
        return 1.0 - numerator / denominator;
    }

    /** {@code mean_squared_log_error}: the MSE of {@code log1p} values; defined only above -1, as in scikit-learn. */
    public static double meanSquaredLogError(double[] yTrue, double[] yPred) {
        check(yTrue, yPred);
        double[] squares = new double[yTrue.length];
        for (int i = 0; i < yTrue.length; i++) {
            if (yTrue[i] <= -1 || yPred[i] <= -1) {
                throw new io.stratum.runtime.data.RejectedInput("Mean Squared Logarithmic Error cannot be used when targets contain values"
                        + " less than or equal to -1 (" + (yTrue[i] <= -1 ? "y_true" : "y_pred") + " is "
                        + (yTrue[i] <= -1 ? yTrue[i] : yPred[i]) + " at row " + i + "); pick another scoring");
            }
            double r = Math.log1p(yTrue[i]) - Math.log1p(yPred[i]);
            squares[i] = r * r;
        }
        return NumpySums.sum(squares) / yTrue.length;
    }

    /** {@code median_absolute_error}: numpy's median, the mean of the two middle values for an even count. */
    public static double medianAbsoluteError(double[] yTrue, double[] yPred) {
        check(yTrue, yPred);
        int n = yTrue.length;
        double[] errors = new double[n];
        for (int i = 0; i < n; i++) {
            errors[i] = Math.abs(yTrue[i] - yPred[i]);
        }
        java.util.Arrays.sort(errors);
        return n % 2 == 1 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2.0;
    }

    /** {@code max_error}: the largest absolute residual (the scorer {@code neg_max_error} negates it). */
    public static double maxError(double[] yTrue, double[] yPred) {
        check(yTrue, yPred);
        double m = 0.0;
        for (int i = 0; i < yTrue.length; i++) {
            m = Math.max(m, Math.abs(yTrue[i] - yPred[i]));
        }
        return m;
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
        double mean = NumpySums.sum(yTrue) / n;
        double[] residuals = new double[n];
        double[] totals = new double[n];
        for (int i = 0; i < n; i++) {
            double r = yTrue[i] - yPred[i];
            residuals[i] = r * r;
            double t = yTrue[i] - mean;
            totals[i] = t * t;
        }
        double residual = NumpySums.sum(residuals);
        double total = NumpySums.sum(totals);
        if (total == 0.0) {
            return residual == 0.0 ? 1.0 : 0.0;
        }
        return 1.0 - residual / total;
    }

    public static double meanSquaredError(double[] yTrue, double[] yPred) {
        check(yTrue, yPred);
        double[] squares = new double[yTrue.length];
        for (int i = 0; i < yTrue.length; i++) {
            double r = yTrue[i] - yPred[i];
            squares[i] = r * r;
        }
        return NumpySums.sum(squares) / yTrue.length;
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
