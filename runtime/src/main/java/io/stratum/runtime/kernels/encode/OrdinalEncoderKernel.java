package io.stratum.runtime.kernels.encode;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits scikit-learn's {@code OrdinalEncoder(categories="auto")}: the sorted distinct values of each column, the
 * missing value last; as scikit-learn checks at fit, an {@code unknown_value} or {@code encoded_missing_value} that
 * is also the code of a seen category is refused, since it would make two inputs indistinguishable.
 */
public final class OrdinalEncoderKernel {
    private OrdinalEncoderKernel() {
    }

    public static FittedOrdinal fit(Table input, OrdinalParams params) {
        List<ColumnCategories> cats = new ArrayList<>(input.columnCount());
        for (int j = 0; j < input.columnCount(); j++) {
            cats.add(ColumnCategories.of(input.column(j)));
        }
        return fitted(cats, params);
    }

    /**
     * The encoder {@link #fit} gives on the union of disjoint row sets, from each set's {@link CategoryCounts} per
     * column (outer list: row sets; inner: columns in order): the category sets are exact, so the result is the same.
     */
    public static FittedOrdinal fromPartitions(List<List<CategoryCounts>> parts, OrdinalParams params) {
        List<ColumnCategories> cats = new ArrayList<>();
        for (int j = 0; j < parts.get(0).size(); j++) {
            List<CategoryCounts> column = new ArrayList<>(parts.size());
            for (List<CategoryCounts> part : parts) {
                column.add(part.get(j));
            }
            cats.add(CategoryCounts.merge(column).categories());
        }
        return fitted(cats, params);
    }

    private static FittedOrdinal fitted(List<ColumnCategories> cats, OrdinalParams params) {
        int fewestCategories = Integer.MAX_VALUE;
        for (ColumnCategories c : cats) {
            int known = c.size() - (c.hasMissing() ? 1 : 0);
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
        return new FittedOrdinal(cats, params);
    }

    private static boolean inRange(double code, int categories) {
        return !Double.isNaN(code) && code >= 0 && code < categories;
    }

    private static String format(double v) {
        return Double.isNaN(v) ? "nan" : Long.toString((long) v);
    }
}
