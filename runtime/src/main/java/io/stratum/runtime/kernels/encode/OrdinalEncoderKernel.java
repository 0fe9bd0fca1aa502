package io.stratum.runtime.kernels.encode;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits scikit-learn's {@code OrdinalEncoder(categories="auto")}: the sorted distinct values of each column, the
 * missing value last; as scikit-learn checks at fit, an {@code unknown_value} or {@code encoded_missing_value} that
 * is also the code of a seen category is refused, since it would make two inputs indistinguishable. With
 * {@code min_frequency}/{@code max_categories}, the infrequent categories are found as the one-hot encoder finds
 * them ({@code _identify_infrequent}) but with the missing value left out of the counts (it keeps its own code), and
 * share one code after the frequent ones; as in scikit-learn, the "seen" codes of the checks above are then the
 * categories minus the infrequent ones and the missing value.
 */
public final class OrdinalEncoderKernel {
    private OrdinalEncoderKernel() {
    }

    public static FittedOrdinal fit(Table input, OrdinalParams params) {
        List<ColumnCategories> cats = new ArrayList<>(input.columnCount());
        List<long[]> counts = new ArrayList<>(input.columnCount());
        for (int j = 0; j < input.columnCount(); j++) {
            ColumnCategories cc = ColumnCategories.of(input.column(j));
            cats.add(cc);
            counts.add(params.infrequent().enabled() ? OneHotEncoderKernel.counts(cc, input.column(j)) : null);
        }
        return fitted(cats, counts, input.rowCount(), params);
    }

    /**
     * The encoder {@link #fit} gives on the union of disjoint row sets, from each set's {@link CategoryCounts} per
     * column (outer list: row sets; inner: columns in order): the category sets are exact, so the result is the same.
     */
    public static FittedOrdinal fromPartitions(List<List<CategoryCounts>> parts, OrdinalParams params) {
        List<ColumnCategories> cats = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        long rows = 0;
        for (int j = 0; j < parts.get(0).size(); j++) {
            List<CategoryCounts> column = new ArrayList<>(parts.size());
            for (List<CategoryCounts> part : parts) {
                column.add(part.get(j));
            }
            CategoryCounts merged = CategoryCounts.merge(column);
            ColumnCategories cc = merged.categories();
            cats.add(cc);
            counts.add(params.infrequent().enabled() ? merged.countsOf(cc) : null);
            rows = merged.rows();
        }
        return fitted(cats, counts, rows, params);
    }

    /** {@code counts}: per column, how often each category occurs (needed only with infrequent settings). */
    private static FittedOrdinal fitted(List<ColumnCategories> cats, List<long[]> counts, long rows,
                                        OrdinalParams params) {
        List<boolean[]> infrequent = new ArrayList<>(cats.size());
        for (int j = 0; j < cats.size(); j++) {
            ColumnCategories c = cats.get(j);
            boolean[] rare = new boolean[c.size()];
            if (params.infrequent().enabled()) {
                int known = c.size() - (c.hasMissing() ? 1 : 0);
                long[] seen = java.util.Arrays.copyOf(counts.get(j), known);
                System.arraycopy(OneHotEncoderKernel.infrequent(seen, rows, params.infrequent()), 0, rare, 0, known);
            }
            infrequent.add(rare);
        }
        int fewestCategories = Integer.MAX_VALUE;
        for (int j = 0; j < cats.size(); j++) {
            ColumnCategories c = cats.get(j);
            int rareCount = 0;
            for (boolean r : infrequent.get(j)) {
                rareCount += r ? 1 : 0;
            }
            int known = c.size() - (c.hasMissing() ? 1 : 0) - rareCount;
            if (params.useEncodedValue() && inRange(params.unknownValue(), known)) {
                throw new DataException("The used value for unknown_value " + format(params.unknownValue())
                        + " is one of the values already used for encoding the seen categories (column '"
                        + c.column() + "'); use a negative value such as -1 or np.nan");
            }
            if (c.hasMissing()) {
                fewestCategories = Math.min(fewestCategories, known);
            }
        }
        if (fewestCategories != Integer.MAX_VALUE && inRange(params.encodedMissingValue(), fewestCategories)) {
            throw new DataException("encoded_missing_value (" + format(params.encodedMissingValue()) + ") is already"
                    + " used to encode a known category in a column with missing values; use a negative value or np.nan");
        }
        return new FittedOrdinal(cats, params, infrequent);
    }

    private static boolean inRange(double code, int categories) {
        return !Double.isNaN(code) && code >= 0 && code < categories;
    }

    private static String format(double v) {
        return Double.isNaN(v) ? "nan" : Long.toString((long) v);
    }
}
