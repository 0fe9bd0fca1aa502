package io.stratum.optimizer.lower;

import io.stratum.optimizer.metadata.ColumnStats;
import java.util.List;
import java.util.Optional;

/**
 * Says how a {@code OneHotEncoder}'s output is laid out and why, from the cardinalities of the encoded columns. The
 * runtime has one one-hot writer, dense Arrow float64 indicator columns (no sparse matrix reaches the learners yet);
 * what cardinality changes is downstream: indicators of a column with more than
 * {@value RidgeSolverChoice#SPARSE_ABOVE_CATEGORIES} categories are mostly zeros, which a Ridge's Gram statistics keep
 * as row lists and may eliminate ({@link RidgeSolverChoice}).
 */
final class OneHotLayout {
    /** The one kernel: indicator columns written densely from per-row category codes. */
    static final String DENSE = "onehot_dense";

    private OneHotLayout() {
    }

    /** The layout for the encoded columns' statistics, or its reason when they are unknown. */
    static KernelChoice choose(Optional<List<ColumnStats>> encoded) {
        if (encoded.isEmpty()) {
            return new KernelChoice(DENSE, "dense indicator columns; categories not estimated");
        }
        ColumnStats widest = null;
        long widestCount = -1;
        for (ColumnStats c : encoded.get()) {
            long count = c.categories().map(l -> (long) l.size()).orElse(c.distinct().orElse(-1));
            if (count < 0) {
                return new KernelChoice(DENSE, "dense indicator columns; categories of " + c.name() + " not estimated");
            }
            if (count > widestCount) {
                widest = c;
                widestCount = count;
            }
        }
        if (widest == null) {
            return new KernelChoice(DENSE, "dense indicator columns; no column to encode");
        }
        if (widestCount <= RidgeSolverChoice.SPARSE_ABOVE_CATEGORIES) {
            return new KernelChoice(DENSE, "dense indicator columns: at most " + widestCount + " categories per column ("
                    + widest.name() + "), so indicators are dense enough");
        }
        return new KernelChoice(DENSE, "dense indicator columns, though " + widest.name() + " has " + widestCount
                + " categories (sparse by cardinality): no sparse matrix reaches learners yet; a Ridge's Gram keeps such"
                + " indicators as row lists and can eliminate them");
    }
}
