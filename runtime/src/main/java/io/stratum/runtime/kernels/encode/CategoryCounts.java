package io.stratum.runtime.kernels.encode;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each value of one column occurs in one set of rows, and how often it is missing. Category sets and
 * counts of disjoint row sets add up to those of their union, so an encoder's categories (and its infrequent
 * groups) for a fold's training rows follow from counts taken once per cross-validation partition: fold algebra
 * for {@code OneHotEncoder} and {@code OrdinalEncoder}. Keys are the column's values as {@link ColumnCategories}
 * compares them: strings, longs (booleans as 0/1), doubles with {@code -0.0} as {@code 0.0}.
 */
public final class CategoryCounts {
    private final String column;
    private final DataType type;
    private final Map<Object, Long> counts;
    private final long missing;
    private final long rows;

    private CategoryCounts(String column, DataType type, Map<Object, Long> counts, long missing, long rows) {
        this.column = column;
        this.type = type == DataType.CATEGORY ? DataType.STRING : type; // encoders read a category column's values
        this.counts = counts;
        this.missing = missing;
        this.rows = rows;
    }

    /** The counts of {@code c}'s values; a datetime column is refused as {@link ColumnCategories#of} refuses it. */
    public static CategoryCounts of(Column c) {
        int n = c.length();
        Map<Object, Long> counts = new HashMap<>();
        long missing = 0;
        switch (c) {
            case TimestampColumn t -> throw ColumnCategories.datetimeRefused(c);
            case TimedeltaColumn t -> throw ColumnCategories.datetimeRefused(c);
            case StringColumn s when s.codes() != null -> {
                // Dictionary-encoded: count codes, then key the counts by value once per value.
                long[] perCode = new long[s.codes().values().length];
                for (int code : s.codes().codes()) {
                    if (code < 0) {
                        missing++;
                    } else {
                        perCode[code]++;
                    }
                }
                for (int v = 0; v < perCode.length; v++) {
                    if (perCode[v] > 0) {
                        counts.merge(s.codes().values()[v], perCode[v], Long::sum);
                    }
                }
            }
            case StringColumn s -> {
                for (int i = 0; i < n; i++) {
                    String v = s.getString(i);
                    if (v == null) {
                        missing++;
                    } else {
                        counts.merge(v, 1L, Long::sum);
                    }
                }
            }
            case Int64Column l -> {
                for (int i = 0; i < n; i++) {
                    if (l.isNull(i)) {
                        missing++;
                    } else {
                        counts.merge(l.getLong(i), 1L, Long::sum);
                    }
                }
            }
            case Float64Column f -> {
                for (int i = 0; i < n; i++) {
                    double x = f.getDouble(i);
                    if (Double.isNaN(x)) {
                        missing++;
                    } else {
                        counts.merge(x == 0.0 ? 0.0 : x, 1L, Long::sum);
                    }
                }
            }
            case BoolColumn b -> {
                for (int i = 0; i < n; i++) {
                    if (b.isNull(i)) {
                        missing++;
                    } else {
                        counts.merge(b.getBoolean(i) ? 1L : 0L, 1L, Long::sum);
                    }
                }
            }
        }
        return new CategoryCounts(c.name(), c.type(), counts, missing, n);
    }

    /**
     * Whether per-partition counts (outer list: partitions; inner: columns) describe the same columns with the same
     * types. A step whose output type depends on the rows (an int column that becomes float where a partition has
     * missing values) can make them disagree; the encoder is then fitted on the training rows directly.
     */
    public static boolean combinable(List<List<CategoryCounts>> parts) {
        List<CategoryCounts> first = parts.get(0);
        for (List<CategoryCounts> part : parts) {
            if (part.size() != first.size()) {
                return false;
            }
            for (int j = 0; j < part.size(); j++) {
                if (!part.get(j).column.equals(first.get(j).column) || part.get(j).type != first.get(j).type) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The counts of the union of disjoint row sets of one column. */
    public static CategoryCounts merge(List<CategoryCounts> parts) {
        CategoryCounts first = parts.get(0);
        Map<Object, Long> counts = new HashMap<>(first.counts);
        long missing = first.missing;
        long rows = first.rows;
        for (CategoryCounts part : parts.subList(1, parts.size())) {
            if (!part.column.equals(first.column) || part.type != first.type) {
                throw new IllegalArgumentException("counts of column '" + part.column + "' (" + part.type
                        + ") merged with those of '" + first.column + "' (" + first.type + ")");
            }
            part.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
            missing += part.missing;
            rows += part.rows;
        }
        return new CategoryCounts(first.column, first.type, counts, missing, rows);
    }

    /** The sorted categories, as {@link ColumnCategories#of} finds them in the rows counted. */
    public ColumnCategories categories() {
        return ColumnCategories.fromValues(column, type, counts.keySet(), missing > 0);
    }

    /** How often each of {@code cats}' categories occurs, in their order (the missing one last). */
    long[] countsOf(ColumnCategories cats) {
        List<Object> values = cats.values();
        long[] out = new long[cats.size()];
        for (int k = 0; k < values.size(); k++) {
            out[k] = counts.get(values.get(k));
        }
        if (cats.hasMissing()) {
            out[cats.size() - 1] = missing;
        }
        return out;
    }

    /** The rows counted. */
    public long rows() {
        return rows;
    }
}
