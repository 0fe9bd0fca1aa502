package io.stratum.runtime.kernels.linear;

import io.stratum.runtime.data.CsrMatrix;
import io.stratum.runtime.data.FeatureMatrix;

/**
 * scikit-learn 1.9's {@code sparse_enet_coordinate_descent} ({@code sklearn/linear_model/_cd_fast.pyx}), which its
 * {@code ElasticNet} and {@code Lasso} run on a scipy sparse matrix: X is never centered. With {@code fit_intercept}
 * the column means {@code X_offset} (each column's stored entries summed in row order, over n, as
 * {@code mean_variance_axis}) enter every step instead: a column's squared norm is that of its centered entries plus
 * {@code (n - stored) * mean^2}; {@code X_j . R} is taken over the stored entries minus {@code mean_j * sum(R)}, and an
 * update of {@code w_j} subtracts {@code mean_j * dw} from every residual. y is centered; the intercept is
 * {@code y_offset - X_offset . w}. The sweeps, the stopping rule (largest update against the largest coefficient,
 * then the duality gap against {@code tol * ||y||^2}), gap safe screening, {@code positive} and
 * {@code selection="random"} are those of the dense kernel, {@link CoordinateDescentKernel}. One sweep costs a pass
 * over the stored entries plus, when centered, a pass over the rows for every coefficient that changed.
 */
final class SparseCoordinateDescent {
    private SparseCoordinateDescent() {
    }

    static CoordinateDescentFit fit(FeatureMatrix x, double[] target, ElasticNetParams params, String learner) {
        int n = x.rows();
        int p = x.cols();
        CenteredDesign.checkTarget(n, target, learner);
        // scikit-learn's CSC layout: column j's entries at [ptr[j], ptr[j+1]), rows increasing.
        CsrMatrix byColumn = x.sparseBlock().transpose();
        int[] ptr = byColumn.indptr();
        int[] rows = byColumn.indices();
        double[] vals = byColumn.data();

        double[] mean = new double[p];
        double[] y = target.clone();
        double yMean = 0.0;
        if (params.fitIntercept()) {
            for (int j = 0; j < p; j++) {
                double s = 0.0;
                for (int k = ptr[j]; k < ptr[j + 1]; k++) {
                    s += vals[k];
                }
                mean[j] = s / n;
            }
            // numpy's pairwise mean: scikit-learn's R_sum multiplies sum(y - y_offset) by the column count, so the
            // rounding of y_offset shows (a naive sum moved coefficients by 1e-11, this one by 1e-14).
            yMean = io.stratum.runtime.kernels.NumpySums.mean(y);
            for (int i = 0; i < n; i++) {
                y[i] -= yMean;
            }
        }
        boolean center = false;
        for (double m : mean) {
            if (m != 0) {
                center = true;
                break;
            }
        }
        double alpha = params.alpha() * params.l1Ratio() * n;
        double beta = params.alpha() * (1.0 - params.l1Ratio()) * n;
        boolean positive = params.positive();
        CoordinateOrder.Random order = params.coordinates();

        double[] w = new double[p];
        double[] norm2 = new double[p];
        double[] r = y.clone();
        // scikit-learn adds up the residuals once per column while it computes the norms (R does not change: w is 0),
        // so its R_sum is p times sum(R), accumulated in that order; later updates leave sum(R) unchanged.
        double rSum = 0.0;
        for (int j = 0; j < p; j++) {
            double m = mean[j];
            double normalized = 0.0;
            for (int k = ptr[j]; k < ptr[j + 1]; k++) {
                double d = vals[k] - m;
                normalized += d * d;
            }
            norm2[j] = normalized;
            if (center) {
                norm2[j] += (n - (ptr[j + 1] - ptr[j])) * (m * m);
                for (int i = 0; i < n; i++) {
                    rSum += r[i];
                }
            }
        }
        double tol = params.tol() * CoordinateDescentKernel.dot(y, 0, y, 0, n);
        double dTol = params.tol();
        Columns xs = new Columns(n, ptr, rows, vals, mean, center);
        double[] xta = new double[p];
        boolean screening = alpha != 0;
        int[] active = new int[p];
        boolean[] excluded = new boolean[p];
        int nActive = p;
        for (int j = 0; j < p; j++) {
            active[j] = j;
        }

        double[] gapAndNorm = gap(xs, w, alpha, beta, y, r, rSum, xta, positive);
        if (gapAndNorm[0] <= tol) {
            return result(x, w, mean, yMean, params, 0, gapAndNorm[0] / n);
        }
        if (screening) {
            nActive = CoordinateDescentKernel.screen(w, alpha, beta, xta, norm2, gapAndNorm, active, excluded, true,
                    (j, wj) -> xs.addScaled(j, wj, r));
        }
        int iter = 0;
        int maxIter = params.maxIter();
        for (; iter < maxIter; iter++) {
            double wMax = 0.0;
            double dwMax = 0.0;
            for (int f = 0; f < nActive; f++) {
                int j = active[order == null ? f : order.next(nActive)];
                if (norm2[j] == 0.0) {
                    continue;
                }
                double wj = w[j];
                double tmp = 0.0;
                for (int k = ptr[j]; k < ptr[j + 1]; k++) {
                    tmp += r[rows[k]] * vals[k];
                }
                tmp += wj * norm2[j];
                if (center) {
                    tmp -= rSum * mean[j];
                }
                double updated = positive && tmp < 0.0 ? 0.0
                        : Math.signum(tmp) * Math.max(Math.abs(tmp) - alpha, 0) / (norm2[j] + beta);
                w[j] = updated;
                if (updated != wj) {
                    xs.addScaled(j, wj - updated, r);
                }
                dwMax = Math.max(dwMax, Math.abs(updated - wj));
                wMax = Math.max(wMax, Math.abs(updated));
            }
            if (wMax == 0.0 || dwMax / wMax <= dTol || iter == maxIter - 1) {
                gapAndNorm = gap(xs, w, alpha, beta, y, r, rSum, xta, positive);
                if (gapAndNorm[0] <= tol) {
                    break;
                }
                if (screening) {
                    nActive = CoordinateDescentKernel.screen(w, alpha, beta, xta, norm2, gapAndNorm, active, excluded,
                            false, (j, wj) -> xs.addScaled(j, wj, r));
                }
            }
        }
        int sweeps = Math.min(iter, maxIter - 1) + 1;
        return result(x, w, mean, yMean, params, sweeps, gapAndNorm[0] / n);
    }

    private static CoordinateDescentFit result(FeatureMatrix x, double[] w, double[] mean, double yMean,
                                               ElasticNetParams params, int nIter, double dualGap) {
        double intercept = 0.0;
        if (params.fitIntercept()) {
            double dot = 0.0;
            for (int j = 0; j < w.length; j++) {
                dot += mean[j] * w[j];
            }
            intercept = yMean - dot;
        }
        return new CoordinateDescentFit(new FittedLinearModel(x.featureNames(), w, intercept, -1), nIter, dualGap);
    }

    /** The columns of X by their stored entries, with the means they are implicitly centered on. */
    private record Columns(int n, int[] ptr, int[] rows, double[] vals, double[] mean, boolean center) {
        /** {@code R += a * (X_j - mean_j)}: scikit-learn's {@code R_plus_wj_Xj}. */
        void addScaled(int j, double a, double[] r) {
            for (int k = ptr[j]; k < ptr[j + 1]; k++) {
                r[rows[k]] += vals[k] * a;
            }
            if (center) {
                double shift = mean[j] * a;
                for (int i = 0; i < n; i++) {
                    r[i] -= shift;
                }
            }
        }

        /** {@code (X_j - mean_j) . R}, with {@code sum(R)} given. */
        double dot(int j, double[] r, double rSum) {
            double s = 0.0;
            for (int k = ptr[j]; k < ptr[j + 1]; k++) {
                s += vals[k] * r[rows[k]];
            }
            if (center) {
                s -= mean[j] * rSum;
            }
            return s;
        }
    }

    /** {@code gap_enet_sparse}: the duality gap and dual norm, {@code X^T R - beta w} left in {@code xta}. */
    private static double[] gap(Columns xs, double[] w, double alpha, double beta, double[] y, double[] r,
                                double rSum, double[] xta, boolean positive) {
        int n = xs.n();
        int p = w.length;
        double wL2 = beta > 0 ? CoordinateDescentKernel.dot(w, 0, w, 0, p) : 0.0;
        double rNorm2 = CoordinateDescentKernel.dot(r, 0, r, 0, n);
        double ry = alpha == 0 && beta == 0 ? 0.0 : CoordinateDescentKernel.dot(r, 0, y, 0, n);
        if (alpha == 0) {
            double dualNorm = 0.0;
            for (int j = 0; j < p; j++) {
                xta[j] = xs.dot(j, r, rSum);
                dualNorm += xta[j] * xta[j];
            }
            if (beta == 0) {
                return new double[] {dualNorm, dualNorm};
            }
            double g = rNorm2 + 0.5 * beta * wL2 - ry;
            g += 1 / (2 * beta) * dualNorm;
            return new double[] {g, dualNorm};
        }
        double wL1 = 0.0;
        for (int j = 0; j < p; j++) {
            xta[j] = xs.dot(j, r, rSum) - beta * w[j];
            wL1 += Math.abs(w[j]);
        }
        return CoordinateDescentKernel.formulationA(alpha, beta, wL1, wL2, rNorm2, ry,
                CoordinateDescentKernel.dualNorm(xta, positive));
    }
}
