package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.kernels.NumpySums;
import io.stratum.runtime.kernels.vector.DotProduct;
import io.stratum.runtime.kernels.vector.Exp;

/**
 * The losses of scikit-learn's histogram gradient boosting ({@code sklearn._loss}): the baseline raw prediction,
 * the float32 gradients and hessians of each iteration (computed in float64, then rounded, as the Cython loops do)
 * and the mean loss that early stopping watches. The logistic losses' gradients take their exponentials from
 * {@link Exp} (within an ulp of glibc's, which scikit-learn calls, and the same bits on the Vector API's lanes, a
 * vector of rows at a time in {@link VectorLosses}, as in the scalar loop); rounded to float32 they are almost always
 * scikit-learn's. Targets are doubles: values, or class positions. Sample weights
 * ({@code w}, null for none) multiply each row's gradient and hessian (so squared error's hessians are the weights,
 * no longer constant) and weight the baseline's averages, as {@code np.average(..., weights=w)}.
 */
sealed interface BoostingLoss {

    /** Trees per iteration: one, or one per class for more than two classes. */
    int trees();

    /** The raw prediction of an intercept-only model, per tree; {@code w} null or the rows' weights. */
    double[] baseline(double[] y, double[] w);

    /**
     * Hessians are constant (1) for squared error without sample weights; then {@link #gradients} leaves {@code h}
     * alone.
     */
    boolean constantHessians();

    /**
     * Whether a row's gradients cost more than copying them from another thread's replica: the logistic losses, an
     * exponential per row and tree; squared error's is a subtraction.
     */
    default boolean costlyGradients() {
        return !(this instanceof SquaredError);
    }

    /** Gradients (and hessians) of rows [from, to) at {@code raw[tree][row]}, times the weights {@code w} if any. */
    void gradients(double[] y, double[] w, double[][] raw, float[][] g, float[][] h, int from, int to);

    /** {@code np.average(a, weights=w)}: numpy's sum of the products over numpy's sum of the weights. */
    static double average(double[] a, double[] w) {
        if (w == null) {
            return NumpySums.mean(a);
        }
        double[] products = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            products[i] = a[i] * w[i];
        }
        return NumpySums.sum(products) / NumpySums.sum(w);
    }

    /** The loss of one row. */
    double loss(double y, double[][] raw, int row);

    /** Half squared error, identity link. */
    record SquaredError() implements BoostingLoss {
        @Override
        public int trees() {
            return 1;
        }

        @Override
        public double[] baseline(double[] y, double[] w) {
            return new double[] {BoostingLoss.average(y, w)};
        }

        @Override
        public boolean constantHessians() {
            return true;
        }

        @Override
        public void gradients(double[] y, double[] w, double[][] raw, float[][] g, float[][] h, int from, int to) {
            double[] r = raw[0];
            float[] out = g[0];
            if (w == null) {
                for (int i = from; i < to; i++) {
                    out[i] = (float) (r[i] - y[i]);
                }
                return;
            }
            float[] hessians = h[0];
            for (int i = from; i < to; i++) {
                out[i] = (float) (w[i] * (r[i] - y[i]));
                hessians[i] = (float) w[i];
            }
        }

        @Override
        public double loss(double y, double[][] raw, int row) {
            double d = raw[0][row] - y;
            return 0.5 * d * d;
        }
    }

    /** Half binomial deviance (log loss) with the logit link, targets 0/1. */
    record Binomial() implements BoostingLoss {
        /** At or below this raw prediction the gradient is computed from {@code e^z} (scikit-learn's switch). */
        static final double SMALL_RAW = -37;

        @Override
        public int trees() {
            return 1;
        }

        @Override
        public double[] baseline(double[] y, double[] w) {
            double eps = 10 * Math.ulp(1.0);
            double p = Math.min(Math.max(BoostingLoss.average(y, w), eps), 1 - eps);
            return new double[] {logit(p)};
        }

        /** scipy's {@code logit}, which switches formula in the middle of (0, 1) for accuracy. */
        static double logit(double x) {
            if (x < 0.3 || x > 0.65) {
                return Math.log(x / (1 - x));
            }
            double s = 2 * (x - 0.5);
            return Math.log1p(s) - Math.log1p(-s);
        }

        @Override
        public boolean constantHessians() {
            return false;
        }

        @Override
        public void gradients(double[] y, double[] w, double[][] raw, float[][] g, float[][] h, int from, int to) {
            if (DotProduct.VECTOR_API) {
                VectorLosses.binomial(y, w, raw[0], g[0], h[0], from, to);
            } else {
                scalar(y, w, raw[0], g[0], h[0], from, to);
            }
        }

        /** {@link #gradients} a row at a time: what runs without the Vector API, and what its lanes must equal. */
        static void scalar(double[] y, double[] w, double[] r, float[] g, float[] h, int from, int to) {
            for (int i = from; i < to; i++) {
                double z = r[i];
                double yi = y[i];
                double gradient;
                double hessian;
                if (z > SMALL_RAW) {
                    double e = Exp.exp(-z);
                    gradient = ((1 - yi) - yi * e) / (1 + e);
                    double d = 1 + e;
                    hessian = e / (d * d);
                } else {
                    double e = Exp.exp(z);
                    gradient = e - yi;
                    hessian = e;
                }
                if (w != null) {
                    gradient *= w[i];
                    hessian *= w[i];
                }
                g[i] = (float) gradient;
                h[i] = (float) hessian;
            }
        }

        @Override
        public double loss(double y, double[][] raw, int row) {
            double z = raw[0][row];
            return log1pexp(z) - y * z;
        }

        private static double log1pexp(double x) {
            if (x <= -37) {
                return Math.exp(x);
            } else if (x <= -2) {
                return Math.log1p(Math.exp(x));
            } else if (x <= 18) {
                return Math.log(1. + Math.exp(x));
            } else if (x <= 33.3) {
                return x + Math.exp(-x);
            }
            return x;
        }
    }

    /** Half multinomial deviance with the symmetric multinomial logit link, targets 0..k-1. */
    record Multinomial(int classes) implements BoostingLoss {
        @Override
        public int trees() {
            return classes;
        }

        @Override
        public double[] baseline(double[] y, double[] w) {
            double eps = Math.ulp(1.0);
            double[] p = new double[classes];
            double[] is = new double[y.length];
            for (int k = 0; k < classes; k++) {
                for (int i = 0; i < y.length; i++) {
                    is[i] = y[i] == k ? 1 : 0;
                }
                p[k] = Math.min(Math.max(BoostingLoss.average(is, w), eps), 1 - eps);
            }
            double[] logs = new double[classes];
            for (int k = 0; k < classes; k++) {
                logs[k] = Math.log(p[k]);
            }
            double geometricMean = Math.exp(NumpySums.mean(logs));
            double[] out = new double[classes];
            for (int k = 0; k < classes; k++) {
                out[k] = Math.log(p[k] / geometricMean);
            }
            return out;
        }

        @Override
        public boolean constantHessians() {
            return false;
        }

        @Override
        public void gradients(double[] y, double[] w, double[][] raw, float[][] g, float[][] h, int from, int to) {
            if (DotProduct.VECTOR_API) {
                VectorLosses.multinomial(classes, y, w, raw, g, h, from, to);
            } else {
                scalar(classes, y, w, raw, g, h, from, to);
            }
        }

        /** {@link #gradients} a row at a time: what runs without the Vector API, and what its lanes must equal. */
        static void scalar(int classes, double[] y, double[] w, double[][] raw, float[][] g, float[][] h, int from,
                int to) {
            double[] p = new double[classes];
            for (int i = from; i < to; i++) {
                double max = raw[0][i];
                for (int k = 1; k < classes; k++) {
                    if (max < raw[k][i]) {
                        max = raw[k][i];
                    }
                }
                double sum = 0;
                for (int k = 0; k < classes; k++) {
                    p[k] = Exp.exp(raw[k][i] - max);
                    sum += p[k];
                }
                for (int k = 0; k < classes; k++) {
                    double pk = p[k] / sum;
                    if (w == null) {
                        g[k][i] = (float) (pk - (y[i] == k ? 1 : 0));
                        h[k][i] = (float) (pk * (1. - pk));
                    } else {
                        g[k][i] = (float) ((pk - (y[i] == k ? 1 : 0)) * w[i]);
                        h[k][i] = (float) ((pk * (1. - pk)) * w[i]);
                    }
                }
            }
        }

        @Override
        public double loss(double y, double[][] raw, int row) {
            double max = raw[0][row];
            for (int k = 1; k < classes; k++) {
                if (max < raw[k][row]) {
                    max = raw[k][row];
                }
            }
            double sum = 0;
            for (int k = 0; k < classes; k++) {
                sum += Math.exp(raw[k][row] - max);
            }
            return Math.log(sum) + max - raw[(int) y][row];
        }
    }
}
