package io.stratum.ir.physical;

/**
 * The ways a {@code Ridge} fit on shared Gram statistics is solved, as the lowering names them in
 * {@link FitPredict#kernel()}, and the cost rule that picks indicator elimination: the lowering applies it to
 * estimated columns and cardinalities, the runtime to a fold's statistics when the plan left the choice to it.
 */
public final class RidgeSolvers {
    /** One Cholesky factorization of {@code Gram + alpha I} per alpha. */
    public static final String CHOLESKY = "ridge_cholesky";
    /** Mutually exclusive one-hot indicators eliminated first, then a Cholesky of the small remaining system. */
    public static final String ELIMINATE_INDICATORS = "ridge_eliminate_indicators";
    /** More columns than rows: scikit-learn's dual system {@code X X^T}, fitted on X (decided per fold by shape). */
    public static final String DUAL = "ridge_dual_cholesky";
    /** Columns or cardinalities not estimated: each fold's statistics decide between the two Gram solvers. */
    public static final String PER_FOLD = "ridge_solver_per_fold";
    /** {@code solver='svd'} written in the script: the SVD of the centered X. */
    public static final String SVD = "ridge_svd";
    /**
     * scikit-learn's {@code sparse_cg} (its {@code solver='auto'} on sparse input with an intercept): conjugate
     * gradient on the implicitly centered X to the script's {@code tol}; written in the script, or chosen for a CSR
     * feature matrix too wide for a factorization ({@link #sparseCgWorthIt}).
     */
    public static final String SPARSE_CG = "ridge_sparse_cg";

    /**
     * Iterations a conjugate gradient solve is assumed to take when costing it: scikit-learn's runs to
     * {@code tol=1e-4} took 20-150 iterations on one-hot designs of up to 10^4 indicators (the reference fixtures and
     * the bench), so this errs on the slow side.
     */
    public static final int CG_ITERATIONS = 300;

    /** Below this many eliminated columns the dense factorization is kept (it is exact to the direct kernel). */
    public static final int MIN_ELIMINATED = 64;

    private RidgeSolvers() {
    }

    /**
     * Arithmetic of one solve after eliminating {@code eliminated} columns, leaving {@code remaining} unknowns (the
     * intercept included when there is one): {@code |S| r^2 / 2 + r^3 / 3}.
     */
    public static double eliminationCost(long eliminated, long remaining) {
        double r = remaining;
        return eliminated * r * r / 2.0 + r * r * r / 3.0;
    }

    /** Arithmetic of one dense Cholesky factorization of a p x p system: {@code p^3 / 3}. */
    public static double choleskyCost(long columns) {
        double p = columns;
        return p * p * p / 3.0;
    }

    /**
     * Arithmetic of one conjugate gradient solve on a matrix of {@code storedEntries} non-zeros: per iteration one
     * product with X and one with its transpose (two flops per entry each) and the centering and vector updates.
     */
    public static double sparseCgCost(long storedEntries, long rows, long columns) {
        return CG_ITERATIONS * (4.0 * storedEntries + 6.0 * (rows + columns));
    }

    /**
     * True when the conjugate gradient is clearly cheaper than the best factorization, costing {@code directCost} per
     * alpha: under a quarter of it, since it converges only to {@code tol} where the factorization is exact.
     */
    public static boolean sparseCgWorthIt(long storedEntries, long rows, long columns, double directCost) {
        return sparseCgCost(storedEntries, rows, columns) < directCost / 4.0;
    }

    /**
     * True when eliminating is clearly cheaper than the dense factorization of all {@code columns}: at least
     * {@link #MIN_ELIMINATED} columns are eliminated and the remaining system costs under a quarter of the dense one.
     */
    public static boolean eliminationWorthIt(long eliminated, long remaining, long columns) {
        return eliminated >= MIN_ELIMINATED && eliminationCost(eliminated, remaining) < choleskyCost(columns) / 4.0;
    }
}
