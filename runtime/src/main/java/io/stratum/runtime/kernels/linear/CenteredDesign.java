package io.stratum.runtime.kernels.linear;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;

/**
 * The design matrix and target after scikit-learn's {@code _preprocess_data}: with {@code fit_intercept} both are
 * centered on their means, and the intercept is recovered afterwards as {@code y_mean - x_mean . coef}.
 */
record CenteredDesign(int rows, int cols, double[] x, double[] y, double[] xMean, double yMean) {

    static CenteredDesign of(FeatureMatrix matrix, double[] target, boolean fitIntercept, String learner) {
        int n = matrix.rows();
        int p = matrix.cols();
        checkTarget(n, target, learner);
        double[] x = matrix.toColumnMajorArray();
        double[] y = target.clone();
        double[] xMean = new double[p];
        double yMean = 0.0;
        if (fitIntercept) {
            for (int j = 0; j < p; j++) {
                double s = 0.0;
                int base = j * n;
                for (int i = 0; i < n; i++) {
                    s += x[base + i];
                }
                double m = s / n;
                xMean[j] = m;
                for (int i = 0; i < n; i++) {
                    x[base + i] -= m;
                }
            }
            double s = 0.0;
            for (double v : y) {
                s += v;
            }
            yMean = s / n;
            for (int i = 0; i < n; i++) {
                y[i] -= yMean;
            }
        }
        return new CenteredDesign(n, p, x, y, xMean, yMean);
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
