package io.stratum.runtime.kernels.linear;

import io.stratum.runtime.data.FeatureMatrix;

/**
 * Fits scikit-learn's {@code ElasticNet} and {@code Lasso} for dense input as its {@code enet_coordinate_descent}
 * does (a scipy sparse matrix goes to {@link SparseCoordinateDescent}, as scikit-learn sends it to
 * {@code sparse_enet_coordinate_descent}): on centered data, minimize {@code 1/2 ||y - Xw||^2 + a ||w||_1 + b/2
 * ||w||^2} with {@code a = alpha * l1_ratio * n} and {@code b = alpha * (1 - l1_ratio) * n}, one coordinate at a
 * time in column order (or drawn at random, {@code selection="random"}; a coordinate whose update would be negative
 * set to 0 with {@code positive=True}). After a sweep whose largest coefficient change is at most {@code tol} times the largest
 * coefficient (or after the last sweep), the duality gap is computed, and the fit stops once it is at most {@code
 * tol * ||y||^2}; gap safe screening drops coordinates proven zero at each such check, as scikit-learn 1.9 does.
 */
public final class CoordinateDescentKernel {
    private CoordinateDescentKernel() {
    }

    public static CoordinateDescentFit fit(FeatureMatrix x, double[] target, ElasticNetParams params, String learner) {
        return fit(x, target, params, learner, null);
    }

    /**
     * The fit with {@code fit(X, y, sample_weight=sampleWeight)}'s weights ({@code null}: unweighted) on dense X, as
     * scikit-learn 1.9's {@code ElasticNet.fit}: the weights rescaled to sum to the number of rows (so that the
     * penalty's {@code alpha * n} stays the weighted objective's), X and y centered on their weighted means and every
     * row scaled by the square root of its rescaled weight ({@code _pre_fit}), then the unweighted descent on those
     * rows; its tolerance is relative to the rescaled y's squared norm.
     */
    public static CoordinateDescentFit fit(FeatureMatrix x, double[] target, ElasticNetParams params, String learner,
            double[] sampleWeight) {
        if (sampleWeight == null && x.sparseBlock() != null && x.denseColumns() == 0) {
            return SparseCoordinateDescent.fit(x, target, params, learner);
        }
        CenteredDesign d = CenteredDesign.of(x, target, params.fitIntercept(), learner,
                sampleWeight == null ? null : summingToRows(x.rows(), sampleWeight, learner));
        int n = d.rows();
        int p = d.cols();
        double[] xs = d.x();
        double[] y = d.y();
        double alpha = params.alpha() * params.l1Ratio() * n;
        double beta = params.alpha() * (1.0 - params.l1Ratio()) * n;
        double[] w = new double[p];
        double[] norm2 = new double[p];
        for (int j = 0; j < p; j++) {
            norm2[j] = dot(xs, j * n, xs, j * n, n);
        }
        double[] r = y.clone();
        double[] xta = new double[p];
        double tol = params.tol() * dot(y, 0, y, 0, n);
        double dTol = params.tol();
        boolean screening = alpha != 0;
        int[] active = new int[p];
        boolean[] excluded = new boolean[p];
        int nActive = p;
        for (int j = 0; j < p; j++) {
            active[j] = j;
        }

        boolean positive = params.positive();
        CoordinateOrder.Random order = params.coordinates();
        double[] gapAndNorm = gap(n, p, w, alpha, beta, xs, y, r, xta, positive);
        if (gapAndNorm[0] <= tol) {
            return result(x, d, w, params, 0, gapAndNorm[0] / n);
        }
        if (screening) {
            nActive = screen(w, alpha, beta, xta, norm2, gapAndNorm, active, excluded, true, (j, wj) -> addColumn(n, xs, j, wj, r));
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
                int col = j * n;
                double wj = w[j];
                double tmp = dot(xs, col, r, 0, n) + wj * norm2[j];
                double updated = positive && tmp < 0 ? 0.0
                        : Math.signum(tmp) * Math.max(Math.abs(tmp) - alpha, 0) / (norm2[j] + beta);
                w[j] = updated;
                if (updated != wj) {
                    double step = wj - updated;
                    for (int i = 0; i < n; i++) {
                        r[i] += step * xs[col + i];
                    }
                }
                dwMax = Math.max(dwMax, Math.abs(updated - wj));
                wMax = Math.max(wMax, Math.abs(updated));
            }
            if (wMax == 0.0 || dwMax / wMax <= dTol || iter == maxIter - 1) {
                gapAndNorm = gap(n, p, w, alpha, beta, xs, y, r, xta, positive);
                if (gapAndNorm[0] <= tol) {
                    break;
                }
                if (screening) {
                    nActive = screen(w, alpha, beta, xta, norm2, gapAndNorm, active, excluded, false, (j, wj) -> addColumn(n, xs, j, wj, r));
                }
            }
        }
        // scikit-learn reports the sweeps run: the index of the last one plus one, whether it broke or ran out.
        int sweeps = Math.min(iter, maxIter - 1) + 1;
        return result(x, d, w, params, sweeps, gapAndNorm[0] / n);
    }

    /** {@code sample_weight * (n_samples / np.sum(sample_weight))}, after the checks of {@link CenteredDesign}. */
    private static double[] summingToRows(int n, double[] sampleWeight, String learner) {
        CenteredDesign.checkWeights(n, sampleWeight, learner);
        double factor = n / io.stratum.runtime.kernels.NumpySums.sum(sampleWeight);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = sampleWeight[i] * factor;
        }
        return out;
    }

    private static CoordinateDescentFit result(FeatureMatrix x, CenteredDesign d, double[] w, ElasticNetParams params,
                                               int nIter, double dualGap) {
        FittedLinearModel model = new FittedLinearModel(x.featureNames(), w, d.intercept(w, params.fitIntercept()), -1);
        return new CoordinateDescentFit(model, nIter, dualGap);
    }

    /**
     * Gap safe screening (Fercoq, Gramfort and Salmon): a coordinate whose dual constraint is slack by more than the
     * gap allows is zero at the optimum, so it is set to 0 (its contribution removed from the residual) and
     * skipped until the end. On the first call, zero columns are excluded too. The dense kernel and
     * {@link SparseCoordinateDescent} share it; each removes a column from the residuals its own way.
     */
    static int screen(double[] w, double alpha, double beta, double[] xta, double[] norm2, double[] gapAndNorm,
                      int[] active, boolean[] excluded, boolean first, ColumnRemoval removal) {
        int nActive = 0;
        double radius = Math.sqrt(2 * gapAndNorm[0]) / alpha;
        double dualScale = Math.max(alpha, gapAndNorm[1]);
        for (int j = 0; j < w.length; j++) {
            if (first && norm2[j] == 0) {
                w[j] = 0;
                excluded[j] = true;
                continue;
            }
            if (!first && excluded[j]) {
                continue;
            }
            double xjTheta = xta[j] / dualScale;
            double dj = (1 - Math.abs(xjTheta)) / Math.sqrt(norm2[j] + beta);
            if (dj <= radius) {
                active[nActive++] = j;
                excluded[j] = false;
            } else {
                if (w[j] != 0) {
                    removal.remove(j, w[j]);
                    w[j] = 0;
                }
                excluded[j] = true;
            }
        }
        return nActive;
    }

    /** Takes an excluded coefficient's part out of the residuals: {@code r += wj * X_j}, for a dense or sparse X. */
    interface ColumnRemoval {
        void remove(int j, double wj);
    }

    private static void addColumn(int n, double[] xs, int j, double wj, double[] r) {
        int col = j * n;
        for (int i = 0; i < n; i++) {
            r[i] += wj * xs[col + i];
        }
    }

    /**
     * The duality gap and the dual norm of {@code X^T R - beta w} (left in {@code xta}): formulation A with the
     * residual rescaled into the dual feasible set when {@code alpha > 0}; formulation B for a pure L2 penalty;
     * the squared gradient norm without any penalty. With {@code positive} the dual norm is the largest entry, not
     * the largest magnitude.
     */
    private static double[] gap(int n, int p, double[] w, double alpha, double beta, double[] xs, double[] y,
                                double[] r, double[] xta, boolean positive) {
        double wL2 = beta > 0 ? dot(w, 0, w, 0, p) : 0.0;
        double rNorm2 = dot(r, 0, r, 0, n);
        double ry = alpha == 0 && beta == 0 ? 0.0 : dot(r, 0, y, 0, n);
        if (alpha == 0) {
            double dualNorm = 0.0;
            for (int j = 0; j < p; j++) {
                xta[j] = dot(xs, j * n, r, 0, n);
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
            xta[j] = dot(xs, j * n, r, 0, n) - beta * w[j];
            wL1 += Math.abs(w[j]);
        }
        return formulationA(alpha, beta, wL1, wL2, rNorm2, ry, dualNorm(xta, positive));
    }

    /** {@code max(XtA)} with {@code positive}, else {@code max(|XtA|)}, as {@code _cd_fast}'s {@code max}/{@code abs_max}. */
    static double dualNorm(double[] xta, boolean positive) {
        if (xta.length == 0) {
            return 0.0;
        }
        double m = positive ? xta[0] : Math.abs(xta[0]);
        for (int j = 1; j < xta.length; j++) {
            double d = positive ? xta[j] : Math.abs(xta[j]);
            if (d > m) {
                m = d;
            }
        }
        return m;
    }

    /** {@code _cd_fast.dual_gap_formulation_A}: the gap and the dual norm, the residual rescaled to be dual feasible. */
    static double[] formulationA(double alpha, double beta, double wL1, double wL2, double rNorm2, double ry,
                                 double dualNorm) {
        double primal = 0.5 * (rNorm2 + beta * wL2) + alpha * wL1;
        double scale = dualNorm > alpha ? alpha / dualNorm : 1.0;
        double dual = -0.5 * (scale * scale) * (rNorm2 + beta * wL2) + scale * ry;
        return new double[] {primal - dual, dualNorm};
    }

    static double dot(double[] a, int aOffset, double[] b, int bOffset, int length) {
        double s = 0.0;
        for (int i = 0; i < length; i++) {
            s += a[aOffset + i] * b[bOffset + i];
        }
        return s;
    }
}
