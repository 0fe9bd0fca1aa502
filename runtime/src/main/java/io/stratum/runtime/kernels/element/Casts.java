package io.stratum.runtime.kernels.element;

import io.stratum.ir.value.PyFormat;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.CategoryEncoding;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DatetimeText;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;

/**
 * pandas' {@code astype} to int64, float64, float32, str, bool and category (of str columns). A float32 column is held
 * as float64 values rounded to float32 precision (the numbers pandas holds; the plan types the column float32).
 */
final class Casts {
    private Casts() {
    }

    static Column cast(MemoryContext ctx, Column column, String dtype) {
        if (column.dtypeName().equals(dtype) || column.type().pandasName().equals(dtype) && !(column instanceof TimestampColumn)) {
            return column;
        }
        return switch (dtype) {
            case "int64" -> toInt(ctx, column);
            case "float64" -> toFloat(ctx, column);
            case "float32" -> toFloat32(ctx, column);
            case "str" -> toStr(ctx, column);
            case "bool" -> toBool(ctx, column);
            case "category" -> toCategory(column);
            case "datetime64[s]", "datetime64[ms]", "datetime64[us]", "datetime64[ns]" -> toUnit(column, dtype);
            default -> throw new DataException("astype('" + dtype + "') is not supported (column '" + column.name()
                    + "'); Stratum converts to int, float, str, bool and category");
        };
    }

    /** float64 truncates toward zero and refuses NaN and inf, as pandas does; strings must be integer literals. */
    private static Column toInt(MemoryContext ctx, Column column) {
        int n = column.length();
        long[] out = new long[n];
        switch (column) {
            case Float64Column f -> {
                double[] v = f.toDoubleArray();
                for (int i = 0; i < n; i++) {
                    if (!Double.isFinite(v[i])) {
                        throw new DataException("astype(int): column '" + column.name() + "' has a non-finite value ("
                                + PyFormat.floatRepr(v[i]) + ") in row " + i + "; pandas cannot convert NA or inf to"
                                + " integer either: fill or drop those rows first (fillna / dropna)");
                    }
                    out[i] = (long) v[i];
                }
            }
            case BoolColumn b -> {
                requireNoNulls(column, "int");
                for (int i = 0; i < n; i++) {
                    out[i] = b.getBoolean(i) ? 1 : 0;
                }
            }
            case Int64Column l -> {
                requireNoNulls(column, "int");
                for (int i = 0; i < n; i++) {
                    out[i] = l.getLong(i);
                }
            }
            case StringColumn s -> {
                String[] v = s.toStringArray();
                for (int i = 0; i < n; i++) {
                    if (v[i] == null) {
                        throw new DataException("astype(int): column '" + column.name() + "' has a missing value in row "
                                + i + "; fill or drop it first (fillna / dropna)");
                    }
                    out[i] = parseInt(v[i], column, i);
                }
            }
            case TimestampColumn t -> {
                requireNoNulls(column, "int");
                for (int i = 0; i < n; i++) {
                    // pandas gives the stored value: ticks of the column's unit since the epoch.
                    out[i] = t.getTicks(i);
                }
            }
            case TimedeltaColumn t -> {
                requireNoNulls(column, "int");
                for (int i = 0; i < n; i++) {
                    out[i] = t.getTicks(i); // pandas gives the stored ticks of the unit
                }
            }
        }
        return Int64Column.of(ctx, column.name(), out);
    }

    private static long parseInt(String s, Column column, int row) {
        String t = s.strip().replace("_", "");
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            throw new DataException("astype(int): invalid literal for int() with base 10: '" + s + "' in row " + row
                    + " of column '" + column.name() + "'; clean the column or convert with astype(float) first");
        }
    }

    private static Column toFloat(MemoryContext ctx, Column column) {
        int n = column.length();
        return switch (column) {
            case StringColumn s -> {
                String[] v = s.toStringArray();
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] == null ? Double.NaN : parseFloat(v[i], column, i);
                }
                yield Float64Column.of(ctx, column.name(), out);
            }
            case TimestampColumn t -> throw new DataException("astype(float) of the datetime column '" + column.name()
                    + "' is not supported; extract numbers with .dt.year, .dt.hour, ...");
            case TimedeltaColumn t -> throw new DataException("astype(float) of the duration column '" + column.name()
                    + "' is not supported; take numbers with .dt.total_seconds() or .dt.days");
            default -> Float64Column.of(ctx, column.name(), column.toDoubleArray());
        };
    }

    /**
     * Each value rounded to the nearest float32 (ties to even, beyond its range infinite, as numpy casts): int64 values
     * in one rounding, as numpy converts them, the others through float64 as pandas converts text and bools.
     */
    private static Column toFloat32(MemoryContext ctx, Column column) {
        int n = column.length();
        double[] out = new double[n];
        if (column instanceof Int64Column l) {
            for (int i = 0; i < n; i++) {
                out[i] = l.isNull(i) ? Double.NaN : (double) (float) l.getLong(i);
            }
        } else {
            double[] v = column instanceof StringColumn || column.type().isTemporal()
                    ? ((Float64Column) toFloat(ctx, column)).toDoubleArray() : column.toDoubleArray();
            for (int i = 0; i < n; i++) {
                out[i] = (double) (float) v[i];
            }
        }
        return Float64Column.of(ctx, column.name(), out);
    }

    /** Python's {@code float(s)}: decimal and exponent forms, inf, nan, surrounding whitespace. */
    private static double parseFloat(String s, Column column, int row) {
        String t = s.strip().replace("_", "").toLowerCase(java.util.Locale.ROOT);
        String body = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        double sign = t.startsWith("-") ? -1.0 : 1.0;
        if (body.equals("inf") || body.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (!body.isEmpty() && body.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == 'e'
                || ch == '+' || ch == '-')) {
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                // fall through to the error
            }
        }
        throw new DataException("astype(float): could not convert string to float: '" + s + "' in row " + row
                + " of column '" + column.name() + "'; clean the column first");
    }

    /** Python's {@code str()} of each value; missing values stay missing, as pandas 3's str dtype keeps them. */
    private static Column toStr(MemoryContext ctx, Column column) {
        int n = column.length();
        String[] out = new String[n];
        switch (column) {
            case Float64Column f -> {
                double[] v = f.toDoubleArray();
                for (int i = 0; i < n; i++) {
                    out[i] = Double.isNaN(v[i]) ? null : PyFormat.floatRepr(v[i]);
                }
            }
            case Int64Column l -> {
                for (int i = 0; i < n; i++) {
                    out[i] = l.isNull(i) ? null : Long.toString(l.getLong(i));
                }
            }
            case BoolColumn b -> {
                for (int i = 0; i < n; i++) {
                    out[i] = b.isNull(i) ? null : (b.getBoolean(i) ? "True" : "False");
                }
            }
            case TimestampColumn t -> {
                // pandas formats the column as a whole (dates only, or one number of fraction digits for all).
                String[] text = DatetimeText.of(t.toTicksArray(), t.nullFlags(), t.unit(), t.zone());
                System.arraycopy(text, 0, out, 0, n);
            }
            case TimedeltaColumn t -> {
                boolean[] missing = t.nullFlags();
                String[] text = io.stratum.runtime.data.TimedeltaText.of(t.toTicksArray(),
                        missing == null ? new boolean[n] : missing, t.unit());
                System.arraycopy(text, 0, out, 0, n);
            }
            case StringColumn s -> {
                return s.asPlainStrings();
            }
        }
        return StringColumn.of(ctx, column.name(), out);
    }

    /** str categories only: pandas would keep numbers, booleans or datetimes as categories of their own type. */
    private static Column toCategory(Column column) {
        if (column instanceof StringColumn s) {
            return CategoryEncoding.of(s);
        }
        throw new DataException("astype('category') of the " + column.type().pandasName() + " column '" + column.name()
                + "' is not supported: Stratum's category columns hold str categories, and pandas would keep "
                + column.type().pandasName() + " ones; leave the column " + column.type().pandasName()
                + " (encoders take it as it is)");
    }

    /** Python's truth of each value: non-zero numbers and NaN are True, as are non-empty and missing strings. */
    private static Column toBool(MemoryContext ctx, Column column) {
        int n = column.length();
        boolean[] out = new boolean[n];
        switch (column) {
            case StringColumn s -> {
                String[] v = s.toStringArray();
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] == null || !v[i].isEmpty();
                }
            }
            case TimedeltaColumn t -> throw new DataException("astype(bool) of the duration column '" + column.name()
                    + "' is not supported; compare it instead, e.g. df['" + column.name() + "'].dt.days > 0");
            case TimestampColumn t -> throw new DataException("astype(bool) of the datetime column '" + column.name()
                    + "' is not supported; compare a field instead, e.g. df['" + column.name() + "'].dt.year > 2011");
            default -> {
                double[] v = column.toDoubleArray();
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] != 0.0;
                }
            }
        }
        return BoolColumn.of(ctx, column.name(), out);
    }

    private static void requireNoNulls(Column column, String target) {
        if (column.nullCount() > 0) {
            throw new DataException("astype(" + target + "): column '" + column.name() + "' has missing values; fill or"
                    + " drop them first (fillna / dropna)");
        }
    }

    /**
     * {@code astype("datetime64[unit]")} of a naive datetime column: to a finer unit the ticks are multiplied (a value
     * out of its range is an error, pandas' OutOfBoundsDatetime), to a coarser one floored, as pandas does.
     */
    private static Column toUnit(Column column, String dtype) {
        if (!(column instanceof TimestampColumn t) || t.zone() != null) {
            throw new DataException("astype('" + dtype + "') of the " + column.dtypeName() + " column '" + column.name()
                    + "' is not supported; Stratum changes the unit of naive datetime columns only");
        }
        io.stratum.runtime.data.DatetimeUnit to = io.stratum.runtime.data.DatetimeUnit.ofText(
                dtype.substring("datetime64[".length(), dtype.length() - 1));
        if (to.perSecond() >= t.unit().perSecond()) {
            return t.toUnit(to);
        }
        long[] ticks = t.toTicksArray();
        long factor = t.unit().perSecond() / to.perSecond();
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = Math.floorDiv(ticks[i], factor);
        }
        return TimestampColumn.of(t.context(), t.name(), ticks, t.nullFlags(), to);
    }
}
