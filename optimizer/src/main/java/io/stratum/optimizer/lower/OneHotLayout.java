package io.stratum.optimizer.lower;

import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.physical.OneHotLayouts;
import io.stratum.optimizer.metadata.ColumnStats;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses how a {@code OneHotEncoder}'s output is laid out in a learner's feature matrix, and says why
 * ({@link OneHotLayouts}). A row sets at most one indicator per encoded column, so the indicators' average density is
 * (encoded columns) / (indicators). Below {@value #SPARSE_BELOW_DENSITY} — the density under which the runtime's Gram
 * statistics keep a column as a row list — a compressed sparse row block is written instead of dense columns: it
 * holds one entry per row and encoded column instead of one value per row and indicator, and Ridge, LinearRegression
 * and LogisticRegression read it without densifying. Above it, or when the categories are not estimated, the dense
 * columns are kept (cheaper to scan, and what an unestimated plan has always run). An explicit
 * {@code sparse_output=True} in the script asks for the sparse layout whatever the cardinality. Either way the values,
 * and so the predictions, are the same: a frame consumer of the encoder always gets dense columns.
 */
final class OneHotLayout {
    /** Average indicator density below which the sparse block is written. */
    static final double SPARSE_BELOW_DENSITY = 0.1;

    private OneHotLayout() {
    }

    /** The layout for {@code spec} applied to the encoded columns' statistics (empty when unknown). */
    static KernelChoice choose(EstimatorSpec spec, Optional<List<ColumnStats>> encoded) {
        if (explicitSparseOutput(spec)) {
            return new KernelChoice(OneHotLayouts.SPARSE, "sparse_output=True in the script: CSR indicators for a"
                    + " learner reading this output");
        }
        if (encoded.isEmpty()) {
            return new KernelChoice(OneHotLayouts.DENSE, "dense indicator columns; categories not estimated");
        }
        ColumnStats widest = null;
        long widestCount = -1;
        long indicators = 0;
        for (ColumnStats c : encoded.get()) {
            long count = c.categories().map(l -> (long) l.size()).orElse(c.distinct().orElse(-1));
            if (count < 0) {
                return new KernelChoice(OneHotLayouts.DENSE, "dense indicator columns; categories of " + c.name()
                        + " not estimated");
            }
            indicators += count;
            if (count > widestCount) {
                widest = c;
                widestCount = count;
            }
        }
        if (widest == null || indicators == 0) {
            return new KernelChoice(OneHotLayouts.DENSE, "dense indicator columns; no column to encode");
        }
        double density = (double) encoded.get().size() / indicators;
        if (density >= SPARSE_BELOW_DENSITY) {
            return new KernelChoice(OneHotLayouts.DENSE, String.format(Locale.ROOT, "dense indicator columns: about %d"
                    + " indicators for %d columns (largest %s, %d categories), density %.3g >= %s",
                    indicators, encoded.get().size(), widest.name(), widestCount, density, SPARSE_BELOW_DENSITY));
        }
        return new KernelChoice(OneHotLayouts.SPARSE, String.format(Locale.ROOT, "CSR indicators for a learner reading"
                + " this output: about %d indicators for %d columns (largest %s, %d categories), density %.3g < %s",
                indicators, encoded.get().size(), widest.name(), widestCount, density, SPARSE_BELOW_DENSITY));
    }

    private static boolean explicitSparseOutput(EstimatorSpec spec) {
        int i = spec.names().indexOf("sparse_output");
        return i >= 0 && spec.explicit().get(i) && spec.boolParam("sparse_output");
    }
}
