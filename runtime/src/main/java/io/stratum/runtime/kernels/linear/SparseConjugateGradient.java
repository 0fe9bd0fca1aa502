package io.stratum.runtime.kernels.linear;

import io.stratum.runtime.data.FeatureMatrix;

/**
 * scikit-learn's {@code sparse_cg} Ridge solver, which its {@code solver="auto"} runs on sparse input with an
 * intercept: scipy's conjugate gradient, unpreconditioned from zero, on {@code (Xc^T Xc + alpha I) w = Xc^T yc} when
 * there are at least as many rows as columns, else on the dual {@code (Xc Xc^T + alpha I) d = yc} with
 * {@code w = Xc^T d}. X is centered implicitly ({@code Xc v = X v - (m . v)}, {@code Xc^T r = X^T r - m sum(r)}, as
 * scikit-learn's rescaled operator does), so a feature matrix with a CSR block is never densified: one iteration
 * costs two passes over the stored entries. It stops when the residual norm falls under {@code tol * ||rhs||} or after
 * {@code max_iter} iterations (scipy's default 10 x the system size; the dual ignores {@code max_iter}, as
 * scikit-learn does), so the solution is the exact one only to about {@code tol}.
 */
public final class SparseConjugateGradient {
    private SparseConjugateGradient() {
    }

    public static FittedLinearModel fit(FeatureMatrix x, double[] y, RidgeParams params) {
        int n = x.rows();
        int p = x.cols();
        CenteredDesign.checkTarget(n, y, "Ridge");
        double[] mean = new double[p];
        double yMean = 0.0;
        double[] yc = y.clone();
        if (params.fitIntercept()) {
            double[] ones = new double[n];
            java.util.Arrays.fill(ones, 1.0);
            for (int j = 0; j < p; j++) {
                mean[j] = x.dotColumn(j, ones) / n;
            }
            double s = 0.0;
            for (double v : y) {
                s += v;
            }
            yMean = s / n;
            for (int i = 0; i < n; i++) {
                yc[i] -= yMean;
            }
        }
        Centered op = new Centered(x, mean);
        double alpha = params.alpha();
        double[] coef;
        if (p > n) {
            double[] dual = solve(v -> plus(op.times(op.transposeTimes(v)), alpha, v), yc, 10 * n, params.tol());
            coef = op.transposeTimes(dual);
        } else {
            int maxIter = params.maxIter() < 0 ? 10 * p : params.maxIter();
            coef = solve(v -> plus(op.transposeTimes(op.times(v)), alpha, v), op.transposeTimes(yc), maxIter,
                    params.tol());
        }
        double dot = 0.0;
        for (int j = 0; j < p; j++) {
            dot += mean[j] * coef[j];
        }
        return new FittedLinearModel(x.featureNames(), coef, params.fitIntercept() ? yMean - dot : 0.0, -1);
    }

    /** X centered on {@code mean} as a linear operator. */
    private record Centered(FeatureMatrix x, double[] mean) {
        double[] times(double[] v) {
            double[] z = new double[x.rows()];
            double shift = 0.0;
            for (int j = 0; j < v.length; j++) {
                x.addScaledColumn(j, v[j], z);
                shift += v[j] * mean[j];
            }
            for (int i = 0; i < z.length; i++) {
                z[i] -= shift;
            }
            return z;
        }

        double[] transposeTimes(double[] r) {
            double sum = 0.0;
            for (double v : r) {
                sum += v;
            }
            double[] out = new double[x.cols()];
            for (int j = 0; j < out.length; j++) {
                out[j] = x.dotColumn(j, r) - mean[j] * sum;
            }
            return out;
        }
    }

    private static double[] plus(double[] a, double alpha, double[] v) {
        for (int i = 0; i < a.length; i++) {
            a[i] += alpha * v[i];
        }
        return a;
    }

    /** scipy's {@code cg(A, b, rtol=tol)} from x0 = 0 without a preconditioner. */
    static double[] solve(java.util.function.UnaryOperator<double[]> a, double[] b, int maxIter, double tol) {
        int m = b.length;
        double[] x = new double[m];
        double bNorm = norm(b);
        if (bNorm == 0.0) {
            return x;
        }
        double atol = tol * bNorm;
        double[] r = b.clone();
        double[] dir = null;
        double rhoPrev = 0.0;
        for (int it = 0; it < maxIter; it++) {
            if (norm(r) < atol) {
                break;
            }
            double rho = dot(r, r);
            if (it == 0) {
                dir = r.clone();
            } else {
                double beta = rho / rhoPrev;
                for (int i = 0; i < m; i++) {
                    dir[i] = dir[i] * beta + r[i];
                }
            }
            double[] q = a.apply(dir);
            double step = rho / dot(dir, q);
            for (int i = 0; i < m; i++) {
                x[i] += step * dir[i];
                r[i] -= step * q[i];
            }
            rhoPrev = rho;
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }
}
