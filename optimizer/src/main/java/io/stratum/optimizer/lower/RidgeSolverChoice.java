package io.stratum.optimizer.lower;

import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.physical.RidgeSolvers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Chooses how a {@code Ridge} is solved from the estimated shape of its features: scikit-learn's dual system when
 * there are more columns than rows, indicator elimination when a one-hot block of a high-cardinality column makes the
 * dense factorization several times more expensive ({@link RidgeSolvers#eliminationWorthIt}), else one Cholesky of the
 * Gram matrix. The solvers agree up to rounding; the choice is about speed. Without estimates the choice is left to
 * each fold's statistics ({@link RidgeSolvers#PER_FOLD}), and the reason says so.
 */
final class RidgeSolverChoice {
    /**
     * An indicator block counts as sparse when an average indicator is non-zero in under a tenth of the rows, the
     * density below which the runtime's Gram statistics keep a column as a row list (GramStatistics'
     * DEFAULT_SPARSE_DENSITY): a column with more than ten categories.
     */
    static final int SPARSE_ABOVE_CATEGORIES = 10;

    private RidgeSolverChoice() {
    }

    /**
     * The solver for {@code spec} on features of {@code columns} columns (empty when unknown) and {@code rows} rows,
     * with the one-hot {@code blocks} that reach it (empty when unknown).
     */
    static KernelChoice choose(EstimatorSpec spec, Optional<Integer> columns, OptionalLong rows,
                               Optional<List<IndicatorBlocks.Block>> blocks) {
        return choose(spec, columns, rows, blocks, false);
    }

    /**
     * As above; {@code csr} says the features are a one-hot encoder's output laid out as a CSR block, where a
     * factorization too expensive for the shape gives way to scikit-learn's conjugate gradient, what its
     * {@code solver='auto'} runs on sparse input.
     */
    static KernelChoice choose(EstimatorSpec spec, Optional<Integer> columns, OptionalLong rows,
                               Optional<List<IndicatorBlocks.Block>> blocks, boolean csr) {
        if ("svd".equals(spec.stringParam("solver"))) {
            return new KernelChoice(RidgeSolvers.SVD, "solver='svd' in the script");
        }
        if ("sparse_cg".equals(spec.stringParam("solver"))) {
            return new KernelChoice(RidgeSolvers.SPARSE_CG, "solver='sparse_cg' in the script: conjugate gradient to"
                    + " tol=" + spec.param("tol").repr());
        }
        KernelChoice direct = chooseDirect(spec, columns, rows, blocks);
        if (!csr || columns.isEmpty() || rows.isEmpty() || blocks.isEmpty()) {
            return direct;
        }
        int p = columns.get();
        long n = rows.getAsLong();
        long encodedIndicators = 0;
        for (IndicatorBlocks.Block b : blocks.get()) {
            encodedIndicators += b.indicators();
        }
        // A row stores one entry per dense column and at most one per encoded column.
        long stored = n * (p - encodedIndicators + blocks.get().size());
        double directCost = switch (direct.kernel()) {
            case RidgeSolvers.DUAL -> RidgeSolvers.choleskyCost(n);
            case RidgeSolvers.ELIMINATE_INDICATORS -> eliminationCost(spec, p, blocks.get());
            default -> RidgeSolvers.choleskyCost(p);
        };
        if (!RidgeSolvers.sparseCgWorthIt(stored, n, p, directCost)) {
            return direct;
        }
        return new KernelChoice(RidgeSolvers.SPARSE_CG, String.format(Locale.ROOT,
                "estimated %d columns, %d rows, a CSR block of about %d stored entries: scikit-learn's sparse_cg (its"
                        + " solver='auto' on sparse input) to tol=%s, about %s flops per alpha against %s for %s",
                p, n, stored, spec.param("tol").repr(), flops(RidgeSolvers.sparseCgCost(stored, n, p)),
                flops(directCost), direct.kernel()));
    }

    private static double eliminationCost(EstimatorSpec spec, int p, List<IndicatorBlocks.Block> blocks) {
        int largest = 0;
        for (IndicatorBlocks.Block b : blocks) {
            largest = Math.max(largest, b.indicators());
        }
        boolean intercept = !(spec.param("fit_intercept") instanceof io.stratum.ir.value.Const.BoolConst b) || b.value();
        return RidgeSolvers.eliminationCost(largest, p - largest + (intercept ? 1 : 0));
    }

    /** The factorization for the estimated shape: the dual, indicator elimination or the Cholesky of the Gram. */
    private static KernelChoice chooseDirect(EstimatorSpec spec, Optional<Integer> columns, OptionalLong rows,
                                             Optional<List<IndicatorBlocks.Block>> blocks) {
        if (columns.isEmpty() || rows.isEmpty()) {
            return new KernelChoice(RidgeSolvers.PER_FOLD, "features' "
                    + (columns.isEmpty() ? "columns" : "rows") + " not estimated: each fold's Gram statistics choose"
                    + " between a Cholesky and eliminating one-hot indicators first");
        }
        int p = columns.get();
        long n = rows.getAsLong();
        if (p > n) {
            return new KernelChoice(RidgeSolvers.DUAL, String.format(Locale.ROOT,
                    "estimated %d columns > %d rows: scikit-learn's dual system (each fold's shape confirms it)", p, n));
        }
        if (blocks.isEmpty()) {
            return new KernelChoice(RidgeSolvers.PER_FOLD, String.format(Locale.ROOT, "estimated %d columns, %d rows;"
                    + " one-hot cardinalities not estimated: each fold's Gram statistics choose between a Cholesky and"
                    + " eliminating one-hot indicators first", p, n));
        }
        IndicatorBlocks.Block largest = null;
        for (IndicatorBlocks.Block b : blocks.get()) {
            if (largest == null || b.indicators() > largest.indicators()) {
                largest = b;
            }
        }
        if (largest == null) {
            return new KernelChoice(RidgeSolvers.CHOLESKY, String.format(Locale.ROOT,
                    "estimated %d columns, %d rows, no one-hot indicators reach it: Cholesky of the %dx%d Gram", p, n, p, p));
        }
        boolean intercept = !(spec.param("fit_intercept") instanceof io.stratum.ir.value.Const.BoolConst b) || b.value();
        int eliminated = largest.indicators() > SPARSE_ABOVE_CATEGORIES ? largest.indicators() : 0;
        long remaining = p - eliminated + (intercept ? 1 : 0);
        String block = largest.column() + ": " + largest.indicators() + " indicators";
        if (RidgeSolvers.eliminationWorthIt(eliminated, remaining, p)) {
            return new KernelChoice(RidgeSolvers.ELIMINATE_INDICATORS, String.format(Locale.ROOT,
                    "estimated %d columns, %d rows; one-hot block %s, sparse (over %d categories), eliminated first:"
                            + " about %s flops per alpha against %s for a Cholesky of the Gram",
                    p, n, block, SPARSE_ABOVE_CATEGORIES, flops(RidgeSolvers.eliminationCost(eliminated, remaining)),
                    flops(RidgeSolvers.choleskyCost(p))));
        }
        String why = eliminated < RidgeSolvers.MIN_ELIMINATED
                ? "under the " + RidgeSolvers.MIN_ELIMINATED + " sparse indicators worth eliminating"
                : "eliminating it would leave over a quarter of the dense cost";
        return new KernelChoice(RidgeSolvers.CHOLESKY, String.format(Locale.ROOT,
                "estimated %d columns, %d rows; largest one-hot block %s, %s: Cholesky of the %dx%d Gram",
                p, n, block, why, p, p));
    }

    private static String flops(double f) {
        return String.format(Locale.ROOT, "%.3g", f);
    }
}
