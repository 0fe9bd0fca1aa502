package io.stratum.runtime.kernels.linear;

import io.stratum.runtime.data.ScratchMemory;
import io.stratum.ir.physical.RidgeSolvers;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.vector.DotProduct;

/**
 * Fits scikit-learn's {@code Ridge} as its "auto" solver does for dense input without sample weights: on the
 * centered data, the Cholesky solution of {@code (Xc^T Xc + alpha I) w = Xc^T yc} when there are at least as many
 * rows as features, else of the dual {@code (Xc Xc^T + alpha I) d = yc} with {@code w = Xc^T d}; if the matrix is
 * not positive definite, the SVD solution, as scikit-learn falls back to. {@code solver="svd"} always takes the SVD
 * solution, and {@code "sparse_cg"} scikit-learn's conjugate gradient ({@link SparseConjugateGradient}).
 */
public final class RidgeKernel {
    private RidgeKernel() {
    }

    public static FittedLinearModel fit(FeatureMatrix x, double[] y, RidgeParams params) {
        return fit(x, y, params, null);
    }

    /** {@code Ridge(...).fit(X, y, sample_weight=w)} on dense X; {@code w == null} is the unweighted fit. */
    public static FittedLinearModel fit(FeatureMatrix x, double[] y, RidgeParams params, double[] w) {
        if (params.solver() == RidgeParams.Solver.SPARSE_CG && w == null) {
            return SparseConjugateGradient.fit(x, y, params); // works on X itself: no centered copy, no Gram
        }
        try (ScratchMemory.Reservation scratch = ScratchMemory.reserve(ScratchMemory.doubles((long) x.rows() * x.cols() + (long) Math.min(x.rows(), x.cols()) * Math.min(x.rows(), x.cols())), "Ridge's centered copy of X and its Gram matrix")) {
            return fitUnreserved(x, y, params, w);
        }
    }

    private static FittedLinearModel fitUnreserved(FeatureMatrix x, double[] y, RidgeParams params, double[] w) {
        CenteredDesign d = CenteredDesign.of(x, y, params.fitIntercept(), "Ridge", w);
        if (params.solver() == RidgeParams.Solver.SPARSE_CG) {
            // scikit-learn hands dense weighted input to the conjugate gradient already centered and rescaled.
            FittedLinearModel centered = SparseConjugateGradient.fit(
                    FeatureMatrix.ofColumnMajor(d.rows(), x.featureNames(), d.x()), d.y(),
                    new RidgeParams(params.alpha(), false, params.solver(), params.tol(), params.maxIter()));
            double[] coef = centered.coef();
            return new FittedLinearModel(x.featureNames(), coef, d.intercept(coef, params.fitIntercept()), -1);
        }
        if (params.solver() == RidgeParams.Solver.SVD) {
            double[] coef = svdSolve(d, params.alpha());
            return new FittedLinearModel(x.featureNames(), coef, d.intercept(coef, params.fitIntercept()), -1);
        }
        int n = d.rows();
        int p = d.cols();
        double[] xs = d.x();
        double[] coef = null;
        if (p <= n) {
            double[] a = new double[p * p];
            double[] b = new double[p];
            for (int j = 0; j < p; j++) {
                int cj = j * n;
                for (int k = 0; k <= j; k++) {
                    int ck = k * n;
                    double s = DotProduct.dot(xs, cj, xs, ck, n);
                    a[j * p + k] = s;
                    a[k * p + j] = s;
                }
                b[j] = DotProduct.dot(xs, cj, d.y(), 0, n);
                a[j * p + j] += params.alpha();
            }
            coef = DenseLinearAlgebra.choleskySolve(a, p, b);
        } else {
            double[] k = new double[n * n];
            for (int r = 0; r < n; r++) {
                for (int c = 0; c <= r; c++) {
                    double s = 0.0;
                    for (int j = 0; j < p; j++) {
                        s += xs[j * n + r] * xs[j * n + c];
                    }
                    k[r * n + c] = s;
                    k[c * n + r] = s;
                }
                k[r * n + r] += params.alpha();
            }
            double[] dual = DenseLinearAlgebra.choleskySolve(k, n, d.y());
            if (dual != null) {
                coef = new double[p];
                for (int j = 0; j < p; j++) {
                    double s = 0.0;
                    for (int i = 0; i < n; i++) {
                        s += xs[j * n + i] * dual[i];
                    }
                    coef[j] = s;
                }
            }
        }
        if (coef == null) {
            coef = svdSolve(d, params.alpha());
        }
        return new FittedLinearModel(x.featureNames(), coef, d.intercept(coef, params.fitIntercept()), -1);
    }

    /** Which solver a fit from shared statistics takes, as the lowering chose it ({@link RidgeSolvers}). */
    public enum GramSolver {
        /** One Cholesky factorization of the Gram per alpha. */
        CHOLESKY,
        /** Indicators eliminated first whenever the statistics have mutually exclusive sparse columns. */
        ELIMINATE_INDICATORS,
        /** The statistics decide ({@link GramStatistics#eliminatesIndicators()}): the plan had no estimates. */
        PER_FOLD;

        /** The solver a physical operator's kernel names; kernels naming no Gram solver leave it to the fold. */
        public static GramSolver of(String kernel) {
            return switch (kernel) {
                case RidgeSolvers.CHOLESKY -> CHOLESKY;
                case RidgeSolvers.ELIMINATE_INDICATORS -> ELIMINATE_INDICATORS;
                default -> PER_FOLD;
            };
        }
    }

    /** The same fit from shared statistics, each fold's statistics choosing the solver. */
    public static FittedLinearModel fit(GramSource shared, RidgeParams params) {
        return fit(shared, params, GramSolver.PER_FOLD);
    }

    /**
     * The same fit from shared statistics with {@code solver}, or null when they cannot give it (more features than
     * rows, where scikit-learn solves the dual; or a Gram + alpha I that is not numerically positive definite, where
     * it falls back to the SVD of X): the caller then fits on X. Eliminating falls back to the Cholesky when the
     * fold's statistics have no sparse columns to eliminate or the reduced system is not positive definite.
     */
    public static FittedLinearModel fit(GramSource shared, RidgeParams params, GramSolver solver) {
        if (params.solver() != RidgeParams.Solver.AUTO) {
            return null; // the SVD and the conjugate gradient work on X itself
        }
        GramStatistics s = shared.statistics();
        if (s.centered() != params.fitIntercept()) {
            throw new IllegalArgumentException("statistics centered=" + s.centered() + " for fit_intercept="
                    + params.fitIntercept());
        }
        if (s.cols() > s.rows()) {
            return null;
        }
        // One Cholesky factorization of the shared Gram per alpha rather than one eigendecomposition for all:
        // its backward error is 3-10x smaller, it gives this kernel's numbers bit for bit on dense designs, and
        // ojAlgo's decomposition costs about as much as ten factorizations (docs/benchmarks.md), more alphas than
        // most grids have. GramSpectrum.ridge remains for callers that solve longer paths.
        // A one-hot-heavy design (many indicators of one high-cardinality column) is solved by eliminating those
        // indicators first: the same solution up to rounding, at a small fraction of the dense factorization's cost.
        boolean eliminate = switch (solver) {
            case CHOLESKY -> false;
            case ELIMINATE_INDICATORS -> s.eliminatedIndicators() > 0;
            case PER_FOLD -> s.eliminatesIndicators();
        };
        if (eliminate) {
            FittedLinearModel eliminated = s.ridgeByEliminatingIndicators(params.alpha());
            if (eliminated != null) {
                return eliminated;
            }
        }
        return s.ridgeByCholesky(params.alpha());
    }

    /** scikit-learn's "svd" ridge solver: {@code w = V diag(s / (s^2 + alpha)) U^T y}, ignoring s <= 1e-15. */
    private static double[] svdSolve(CenteredDesign d, double alpha) {
        DenseLinearAlgebra.Svd svd = DenseLinearAlgebra.Svd.of(d.x(), d.rows(), d.cols());
        double[] coef = new double[d.cols()];
        for (int k = 0; k < svd.s().length; k++) {
            double s = svd.s()[k];
            if (s <= 1e-15) {
                continue;
            }
            double uty = 0.0;
            double[] u = svd.u()[k];
            for (int i = 0; i < d.rows(); i++) {
                uty += u[i] * d.y()[i];
            }
            double f = s / (s * s + alpha) * uty;
            double[] v = svd.v()[k];
            for (int j = 0; j < coef.length; j++) {
                coef[j] += v[j] * f;
            }
        }
        return coef;
    }
}
