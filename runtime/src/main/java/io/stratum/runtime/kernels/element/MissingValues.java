package io.stratum.runtime.kernels.element;

import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormat;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.TimestampColumn;
import java.util.List;

/** pandas' {@code isna}/{@code notna}, {@code fillna} with a constant, and the row mask of {@code dropna}. */
public final class MissingValues {
    private MissingValues() {
    }

    /** {@code isna()}, or {@code notna()} when {@code negated}: NaN, None and NaT are missing. */
    static BoolColumn isNa(MemoryContext ctx, Column column, boolean negated) {
        int n = column.length();
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = column.isMissing(i) != negated;
        }
        return BoolColumn.of(ctx, column.name(), out);
    }

    /**
     * {@code fillna(value)}. A column without missing values is returned as it is, whatever the value (pandas keeps
     * its dtype). Otherwise the value must fit the column's type: a number for float64 (an int64 column with nulls
     * becomes float64 for a float value), a str for str, a bool for bool; anything else would be pandas' object dtype.
     */
    static Column fillNa(MemoryContext ctx, Column column, Const value) {
        if (column.missingCount() == 0) {
            return column;
        }
        int n = column.length();
        return switch (column) {
            case Float64Column f when value instanceof Const.IntConst || value instanceof Const.FloatConst -> {
                double fill = value instanceof Const.IntConst i ? i.value() : ((Const.FloatConst) value).value();
                double[] v = f.toDoubleArray();
                for (int i = 0; i < n; i++) {
                    if (Double.isNaN(v[i])) {
                        v[i] = fill;
                    }
                }
                yield Float64Column.of(ctx, column.name(), v);
            }
            case Int64Column l when value instanceof Const.IntConst c -> {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = l.isNull(i) ? c.value() : l.getLong(i);
                }
                yield Int64Column.of(ctx, column.name(), v);
            }
            case Int64Column l when value instanceof Const.FloatConst c -> {
                double[] v = l.toDoubleArray();
                for (int i = 0; i < n; i++) {
                    if (l.isNull(i)) {
                        v[i] = c.value();
                    }
                }
                yield Float64Column.of(ctx, column.name(), v);
            }
            case StringColumn s when s.isCategorical() && value instanceof Const.StrConst c -> fillCategory(ctx, s, c.value());
            case StringColumn s when value instanceof Const.StrConst c -> {
                String[] v = s.toStringArray();
                for (int i = 0; i < n; i++) {
                    if (v[i] == null) {
                        v[i] = c.value();
                    }
                }
                yield StringColumn.of(ctx, column.name(), v);
            }
            case BoolColumn b when value instanceof Const.BoolConst c -> {
                boolean[] v = new boolean[n];
                for (int i = 0; i < n; i++) {
                    v[i] = b.isNull(i) ? c.value() : b.getBoolean(i);
                }
                yield BoolColumn.of(ctx, column.name(), v);
            }
            default -> throw new DataException("fillna(" + value.repr() + ") on the " + column.type().pandasName()
                    + " column '" + column.name() + "', which has " + column.missingCount() + " missing values, would"
                    + " give pandas' object dtype, which Stratum does not have; fill it with a value of its own type"
                    + (column.type() == io.stratum.runtime.data.DataType.DATETIME
                    || column.type() == io.stratum.runtime.data.DataType.TIMEDELTA ? "" : " (" + expected(column) + ")"));
        };
    }

    /** pandas fills a category column only with one of its categories (else "Cannot setitem on a Categorical"). */
    private static Column fillCategory(MemoryContext ctx, StringColumn s, String fill) {
        StringCodes codes = s.codes();
        int code = java.util.Arrays.asList(codes.values()).indexOf(fill);
        if (code < 0) {
            throw new DataException("fillna('" + fill + "') on the category column '" + s.name() + "': '" + fill
                    + "' is not one of its categories " + categoryList(codes.values()) + ", and pandas refuses a new"
                    + " category here; fill it with one of them, or convert it first with .astype(str)");
        }
        String[] v = s.toStringArray();
        int[] filled = codes.codes().clone();
        for (int i = 0; i < v.length; i++) {
            if (v[i] == null) {
                v[i] = fill;
                filled[i] = code;
            }
        }
        return StringColumn.of(ctx, s.name(), v).asCategorical(new StringCodes(filled, codes.values()));
    }

    private static String categoryList(String[] categories) {
        java.util.StringJoiner j = new java.util.StringJoiner(", ", "[", "]");
        for (int k = 0; k < Math.min(categories.length, 10); k++) {
            j.add(PyFormat.strRepr(categories[k]));
        }
        if (categories.length > 10) {
            j.add("...");
        }
        return j.toString();
    }

    private static String expected(Column column) {
        return switch (column.type()) {
            case FLOAT64, INT64 -> "a number";
            case STRING -> "a str";
            case CATEGORY -> "one of its categories";
            case BOOL -> "True or False";
            case DATETIME -> "a datetime";
            case TIMEDELTA -> "a duration";
        };
    }

    /**
     * The rows {@code dropna} keeps: those where not any ({@code all} false) or not all ({@code all} true) of the
     * {@code subset} columns are missing (every column when {@code subset} is empty).
     */
    public static int[] keptRows(Table table, List<String> subset, boolean all) {
        List<Column> checked = subset.isEmpty() ? table.columns() : table.select(subset).columns();
        int n = table.rowCount();
        int k = checked.size();
        int[] missing = new int[n];
        for (Column c : checked) {
            if (c.missingCount() == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                if (c.isMissing(i)) {
                    missing[i]++;
                }
            }
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (keeps(missing[i], k, all)) {
                kept++;
            }
        }
        int[] rows = new int[kept];
        int at = 0;
        for (int i = 0; i < n; i++) {
            if (keeps(missing[i], k, all)) {
                rows[at++] = i;
            }
        }
        return rows;
    }

    private static boolean keeps(int missing, int columns, boolean all) {
        // how="all" over no columns keeps every row, as pandas does; how="any" keeps rows with nothing missing.
        return all ? (columns == 0 || missing < columns) : missing == 0;
    }
}
