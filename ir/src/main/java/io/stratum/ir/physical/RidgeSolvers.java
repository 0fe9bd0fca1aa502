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
    /** {@code solver='svd'} written in the script. */
    public static final String SVD = "ridge_svd";

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
     * True when eliminating is clearly cheaper than the dense factorization of all {@code columns}: at least
     * {@link #MIN_ELIMINATED} columns are eliminated and the remaining system costs under a quarter of the dense one.
     */
    public static boolean eliminationWorthIt(long eliminated, long remaining, long columns) {
        return eliminated >= MIN_ELIMINATED && eliminationCost(eliminated, remaining) < choleskyCost(columns) / 4.0;
    }
}
