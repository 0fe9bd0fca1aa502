package io.stratum.runtime.kernels.linear;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;

/**
 * The design matrix and target after scikit-learn's {@code _preprocess_data}: with {@code fit_intercept} both are
 * centered on their means, and the intercept is recovered afterwards as {@code y_mean - x_mean . coef}. With sample
 * weights the means are weighted ({@code np.average(X, axis=0, weights=w)}) and every centered row of X and y is then
 * multiplied by {@code sqrt(w)} ({@code _rescale_data}), so that the unweighted solvers minimise the weighted loss.
 */
record CenteredDesign(int rows, int cols, double[] x, double[] y, double[] xMean, double yMean) {

    static CenteredDesign of(FeatureMatrix matrix, double[] target, boolean fitIntercept, String learner) {
        return of(matrix, target, fitIntercept, learner, null);
    }

    /** The same with {@code fit(X, y, sample_weight=w)}'s weights ({@code null}: unweighted). */
    static CenteredDesign of(FeatureMatrix matrix, double[] target, boolean fitIntercept, String learner, double[] w) {
        int n = matrix.rows();
        int p = matrix.cols();
        checkTarget(n, target, learner);
        double weightSum = w == null ? n : checkWeights(n, w, learner);
        double[] x = matrix.toColumnMajorArray();
        double[] y = target.clone();
        double[] xMean = new double[p];
        double yMean = 0.0;
        if (fitIntercept) {
            for (int j = 0; j < p; j++) {
                int base = j * n;
                double m = weightedSum(x, base, n, w) / weightSum;
                xMean[j] = m;
                for (int i = 0; i < n; i++) {
                    x[base + i] -= m;
                }
            }
            yMean = weightedSum(y, 0, n, w) / weightSum;
            for (int i = 0; i < n; i++) {
                y[i] -= yMean;
            }
        }
        if (w != null) {
            double[] root = new double[n];
            for (int i = 0; i < n; i++) {
                root[i] = Math.sqrt(w[i]);
                y[i] *= root[i];
            }
            for (int j = 0; j < p; j++) {
                int base = j * n;
                for (int i = 0; i < n; i++) {
                    x[base + i] *= root[i];
                }
            }
        }
        return new CenteredDesign(n, p, x, y, xMean, yMean);
    }

    private static double weightedSum(double[] values, int from, int n, double[] w) {
        double s = 0.0;
        if (w == null) {
            for (int i = 0; i < n; i++) {
                s += values[from + i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                s += values[from + i] * w[i];
            }
        }
        return s;
    }

    /**
     * Refuses weights that give no least-squares fit in scikit-learn, returning their sum: a negative weight (whose
     * square root is not a number: {@code LinearRegression} says "Negative values in data passed to
     * `sample_weight`", {@code Ridge} fails in its solver, {@code Lasso} and {@code ElasticNet} end with zero
     * coefficients and a warning) and weights that are all zero.
     */
    static double checkWeights(int n, double[] w, String learner) {
        if (w.length != n) {
            throw new DataException(learner + ": X has " + n + " rows but sample_weight has " + w.length);
        }
        double sum = 0.0;
        boolean nonZero = false;
        for (int i = 0; i < n; i++) {
            if (w[i] < 0.0) {
                throw new DataException(learner + ": the sample weight of training row " + i + " is " + w[i]
                        + ", and scikit-learn scales each row by the square root of its weight, which a negative one"
                        + " does not have (LinearRegression refuses it: \"Negative values in data passed to"
                        + " `sample_weight`\"; Ridge fails in its solver, Lasso returns zero coefficients);"
                        + " give every row a weight >= 0");
            }
            nonZero |= w[i] != 0.0;
            sum += w[i];
        }
        if (!nonZero) {
            throw new DataException(learner + ": sample weights must contain at least one non-zero number"
                    + " (every training row has weight 0)");
        }
        return sum;
    }

    /** Refuses a target that does not fit X the way scikit-learn's validation does: length, no rows, non-finite. */
    static void checkTarget(int n, double[] target, String learner) {
        if (target.length != n) {
            throw new DataException(learner + ": X has " + n + " rows but y has " + target.length
                    + "; X and y must describe the same samples");
        }
        if (n == 0) {
            throw new DataException(learner + ": cannot fit on 0 samples");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(target[i])) {
                throw new io.stratum.runtime.data.RejectedInput(learner + ": y has a missing or infinite value at row " + i
                        + "; drop or impute those rows before fitting");
            }
        }
    }

    double intercept(double[] coef, boolean fitIntercept) {
        if (!fitIntercept) {
            return 0.0;
        }
        double dot = 0.0;
        for (int j = 0; j < cols; j++) {
            dot += xMean[j] * coef[j];
        }
        return yMean - dot;
    }
}
