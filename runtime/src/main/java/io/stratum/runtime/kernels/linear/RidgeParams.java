package io.stratum.runtime.kernels.linear;

/**
 * The supported settings of scikit-learn's {@code Ridge} (one target, no sample weights): {@code solver} as the
 * script or the lowering chose it, and the iterative solver's {@code tol} and {@code max_iter} ({@code -1} for
 * scikit-learn's {@code None}).
 */
public record RidgeParams(double alpha, boolean fitIntercept, Solver solver, double tol, int maxIter) {
    /** scikit-learn's defaults: {@code alpha=1.0}, {@code fit_intercept=True}, {@code solver="auto"}. */
    public static final RidgeParams DEFAULT = new RidgeParams(1.0, true);

    /** The solvers Stratum runs. */
    public enum Solver {
        /** scikit-learn's "auto" on dense input: Cholesky of the primal or dual system, SVD when not definite. */
        AUTO,
        /** scikit-learn's "svd": {@code V diag(s / (s^2 + alpha)) U^T y} of the centered X. */
        SVD,
        /** scikit-learn's "sparse_cg" (its "auto" on sparse input): scipy's conjugate gradient to {@code tol}. */
        SPARSE_CG;

        /** The solver a script's {@code solver=} names ("cholesky" is "auto" on dense input). */
        public static Solver parse(String name) {
            return switch (name == null ? "auto" : name) {
                case "auto", "cholesky" -> AUTO;
                case "svd" -> SVD;
                case "sparse_cg" -> SPARSE_CG;
                default -> throw new IllegalArgumentException("Ridge solver '" + name + "' is not supported");
            };
        }
    }

    public RidgeParams {
        if (!(alpha >= 0.0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("Ridge alpha must be a finite number >= 0, got " + alpha);
        }
        if (!(tol >= 0.0)) {
            throw new IllegalArgumentException("Ridge tol must be >= 0, got " + tol);
        }
    }

    /** scikit-learn's "auto" solver with its default {@code tol=1e-4} and {@code max_iter=None}. */
    public RidgeParams(double alpha, boolean fitIntercept) {
        this(alpha, fitIntercept, Solver.AUTO, 1e-4, -1);
    }
}
