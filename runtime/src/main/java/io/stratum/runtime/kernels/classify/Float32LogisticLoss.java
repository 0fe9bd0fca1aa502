package io.stratum.runtime.kernels.classify;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.NumpySums;
import io.stratum.runtime.kernels.optimize.Lbfgs;
import io.stratum.runtime.kernels.parallel.RowChunks;

/**
 * scikit-learn 1.9's logistic loss and gradient when X is float32 (every column of the frame float32, as a skrub
 * TableVectorizer outputs it): {@code _logistic_regression_path} keeps X's dtype, so the L-BFGS point reaches the loss
 * rounded to float32 (scipy's {@code ScalarFunction} casts it to the dtype of the float32 start), {@code X @ w} and
 * {@code X.T @ g} accumulate in float32 (BLAS {@code sgemv}/{@code sgemm}), the per-row loss and gradient are computed
 * in double from float32 inputs but stored as float32 (its Cython losses), the per-row sums are numpy's float32
 * pairwise sums, and the penalty and its gradient are float32. scipy's L-BFGS-B itself runs in float64.
 *
 * <p>That precision decides where the fit stops: the loss changes by less than a float32 ulp long before the float64
 * fit converges when a feature is large (a datetime's total seconds, about 1.5e9), and scikit-learn then stops after a
 * few iterations with tiny coefficients. The order of the products differs from OpenBLAS's, so the bits differ, but
 * the precision of every step is scikit-learn's.
 *
 * <p>Rows that repeat (the kernel's distinct-rows path) share {@code X @ w} and the products of {@code X.T @ g} (the
 * gradients of a distinct row's repeats are summed in float32 first); the per-row values and their sums still run
 * over every original row in order, as scikit-learn's do.
 */
final class Float32LogisticLoss {
    /** Rows per parallel block of {@code X @ w}. */
    private static final int BLOCK = 4096;

    private Float32LogisticLoss() {
    }

    /**
     * The float32 inputs scikit-learn builds from the labels and weights: {@code sw} is {@code sample_weight *
     * class_weight[y]} in float32 per original row (null when both are None), {@code swSum} their float32 sum (or the
     * number of rows).
     */
    record Rows(FeatureMatrix design, int[] rowOf, int n, int[] codes, float[] sw, float swSum) {
        int row(int i) {
            return rowOf == null ? i : rowOf[i];
        }
    }

    /** {@code X @ w + b} of the design's rows, in float32 ({@code sgemv}, then the intercept added in float32). */
    private static float[] rawPrediction(FeatureMatrix x, float[] w, float b) {
        int d = x.rows();
        float[] z = new float[d];
        RowChunks.forEach(d, BLOCK, (block, from, to) -> {
            x.multiplyRowsFloat32(w, z, from, to);
            for (int i = from; i < to; i++) {
                z[i] += b;
            }
        });
        return z;
    }

    /**
     * {@code grad[offset + j] = (X.T @ g)[j] + l2 * w[j]} in float32 ({@code l2} rounded to float32 as numpy multiplies a
     * float32 array by a Python float), over the design's rows: {@code g} per original row is first summed per distinct
     * row.
     */
    private static void featureGradient(Rows rows, float[] g, float[] w, double l2, double[] grad, int offset) {
        FeatureMatrix x = rows.design();
        float[] r = g;
        if (rows.rowOf() != null) {
            r = new float[x.rows()];
            for (int i = 0; i < rows.n(); i++) {
                r[rows.rowOf()[i]] += g[i];
            }
        }
        float[] rr = r;
        float l2f = (float) l2;
        RowChunks.forEach(w.length, 64, (block, from, to) -> {
            for (int j = from; j < to; j++) {
                grad[offset + j] = x.dotColumnFloat32(j, rr) + l2f * w[j];
            }
        });
    }

    /** {@code float(0.5 * l2 * (w @ w))} as numpy evaluates it for float32 weights. */
    private static float penalty(float[] w, double l2) {
        float norm = 0f;
        for (float v : w) {
            norm = Math.fma(v, v, norm);
        }
        return (float) (0.5 * l2) * norm;
    }

    /** The coefficients {@code theta[from, from + p)} as scikit-learn's loss sees them: rounded to float32. */
    private static float[] float32(double[] theta, int from, int p) {
        float[] w = new float[p];
        for (int j = 0; j < p; j++) {
            w[j] = (float) theta[from + j];
        }
        return w;
    }

    /** scikit-learn's {@code HalfBinomialLoss} with one coefficient row. */
    record Binomial(Rows rows, int p, boolean intercept, double l2) implements Lbfgs.Objective {
        @Override
        public double valueAndGradient(double[] theta, double[] grad) {
            float[] w = float32(theta, 0, p);
            float[] z = rawPrediction(rows.design(), w, intercept ? (float) theta[p] : 0f);
            int n = rows.n();
            float[] loss = new float[n];
            float[] g = new float[n];
            float[] sw = rows.sw();
            float swSum = rows.swSum();
            for (int i = 0; i < n; i++) {
                double raw = z[rows.row(i)];
                double y = rows.codes()[i];
                double l;
                double d;
                // scikit-learn's closs_grad_half_binomial, in double, with its four ranges
                if (raw <= -37) {
                    double e = Math.exp(raw);
                    l = e - y * raw;
                    d = e - y;
                } else if (raw <= -2) {
                    double e = Math.exp(raw);
                    l = Math.log1p(e) - y * raw;
                    d = ((1 - y) * e - y) / (1 + e);
                } else if (raw <= 18) {
                    double e = Math.exp(-raw);
                    l = Math.log1p(e) + (1 - y) * raw;
                    d = ((1 - y) - y * e) / (1 + e);
                } else {
                    double e = Math.exp(-raw);
                    l = e + (1 - y) * raw;
                    d = ((1 - y) - y * e) / (1 + e);
                }
                loss[i] = (float) (sw == null ? l : sw[i] * l);
                g[i] = (float) (sw == null ? d : sw[i] * d) / swSum;
            }
            featureGradient(rows, g, w, l2, grad, 0);
            if (intercept) {
                grad[p] = NumpySums.sum(g);
            }
            return (double) (NumpySums.sum(loss) / swSum) + penalty(w, l2);
        }
    }

    /**
     * scikit-learn's {@code HalfMultinomialLoss}: its Cython loop keeps the exponentials, their sum and the
     * probabilities in float32 when X is float32; coefficients are one row per class at {@code c * width}.
     */
    record Multinomial(Rows rows, int p, int k, boolean intercept, double l2) implements Lbfgs.Objective {
        @Override
        public double valueAndGradient(double[] theta, double[] grad) {
            int width = p + (intercept ? 1 : 0);
            float[][] w = new float[k][];
            float[][] z = new float[k][];
            for (int c = 0; c < k; c++) {
                w[c] = float32(theta, c * width, p);
                z[c] = rawPrediction(rows.design(), w[c], intercept ? (float) theta[c * width + p] : 0f);
            }
            int n = rows.n();
            float[] loss = new float[n];
            float[][] g = new float[k][n];
            float[] e = new float[k];
            float[] sw = rows.sw();
            float swSum = rows.swSum();
            for (int i = 0; i < n; i++) {
                int r = rows.row(i);
                int y = rows.codes()[i];
                float max = z[0][r];
                for (int c = 1; c < k; c++) {
                    if (max < z[c][r]) {
                        max = z[c][r];
                    }
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    e[c] = (float) Math.exp((double) z[c][r] - max);
                    sum += e[c];
                }
                float sumExps = (float) sum;
                float li = (float) (Math.log(sumExps) + max);
                li -= z[y][r];
                for (int c = 0; c < k; c++) {
                    float gc = e[c] / sumExps - (y == c ? 1f : 0f);
                    g[c][i] = (sw == null ? gc : gc * sw[i]) / swSum;
                }
                loss[i] = sw == null ? li : li * sw[i];
            }
            float norm = 0f;
            for (int c = 0; c < k; c++) {
                featureGradient(rows, g[c], w[c], l2, grad, c * width);
                if (intercept) {
                    // np.sum(axis=0) of a C-ordered (n, k) array adds the rows in order
                    float s = 0f;
                    for (int i = 0; i < n; i++) {
                        s += g[c][i];
                    }
                    grad[c * width + p] = s;
                }
                for (float v : w[c]) {
                    norm = Math.fma(v, v, norm);
                }
            }
            return (double) (NumpySums.sum(loss) / swSum) + (float) (0.5 * l2) * norm;
        }
    }
}
