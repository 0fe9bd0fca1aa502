package io.stratum.runtime.kernels.element;

import io.stratum.ir.value.Const;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;

/** pandas' {@code Series.where(cond, other)} with a constant {@code other} or a column of the same length. */
public final class Conditionals {
    private Conditionals() {
    }

    /**
     * The value where {@code condition} is True, else {@code other} (NaN when None or NaN). Types as pandas gives them:
     * nothing replaced leaves the column as it is; else float64 stays float64, int64 stays int64 with an int
     * {@code other} and becomes float64 with a float or NaN, str stays str with a str or missing {@code other}. Other combinations would be pandas' object
     * dtype and are refused, as is a condition that is not a bool column of the same length.
     */
    public static Column where(MemoryContext ctx, Column value, Column condition, Const other) {
        refuseCategory(value);
        if (!(condition instanceof BoolColumn cond)) {
            throw new DataException("where: the condition must be a boolean column, but '" + condition.name() + "' is "
                    + condition.type().pandasName() + "; compare it first, e.g. df['" + condition.name() + "'] > 0");
        }
        int n = value.length();
        if (cond.length() != n) {
            throw new DataException("where: the condition has " + cond.length() + " rows but column '" + value.name()
                    + "' has " + n);
        }
        boolean[] keep = new boolean[n];
        int replacedRows = 0;
        for (int i = 0; i < n; i++) {
            keep[i] = cond.getBoolean(i);
            replacedRows += keep[i] ? 0 : 1;
        }
        if (replacedRows == 0) {
            // Nothing is replaced: pandas returns the column as it is, whatever 'other' is.
            return value;
        }
        boolean missingOther = other instanceof Const.NoneConst
                || (other instanceof Const.FloatConst f && Double.isNaN(f.value()));
        switch (value) {
            case Int64Column l when other instanceof Const.IntConst -> {
                long fill = other instanceof Const.IntConst o ? o.value() : 0;
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = keep[i] ? l.getLong(i) : fill;
                }
                return Int64Column.of(ctx, value.name(), out);
            }
            case Float64Column f when missingOther || other instanceof Const.IntConst || other instanceof Const.FloatConst -> {
                return floats(ctx, value, keep, other);
            }
            case Int64Column l when missingOther || other instanceof Const.FloatConst -> {
                return floats(ctx, value, keep, other);
            }
            case StringColumn s when missingOther || other instanceof Const.StrConst -> {
                String fill = other instanceof Const.StrConst o ? o.value() : null;
                String[] v = s.toStringArray();
                for (int i = 0; i < n; i++) {
                    if (!keep[i]) {
                        v[i] = fill;
                    }
                }
                return StringColumn.of(ctx, value.name(), v);
            }
            case io.stratum.runtime.data.TimestampColumn t when missingOther -> {
                // a datetime keeps its dtype: the replaced rows are NaT
                boolean[] nat = new boolean[n];
                for (int i = 0; i < n; i++) {
                    nat[i] = !keep[i] || t.isNull(i);
                }
                return io.stratum.runtime.data.TimestampColumn.of(ctx, value.name(), t.toTicksArray(), nat, t.unit(),
                        t.zone());
            }
            case io.stratum.runtime.data.TimedeltaColumn d when missingOther -> {
                boolean[] nat = new boolean[n];
                for (int i = 0; i < n; i++) {
                    nat[i] = !keep[i] || d.isNull(i);
                }
                return io.stratum.runtime.data.TimedeltaColumn.of(ctx, value.name(), d.toTicksArray(), nat, d.unit());
            }
            default -> throw new DataException("where(..., " + other.repr() + ") on the " + value.type().pandasName()
                    + " column '" + value.name() + "' would give pandas' object dtype, which Stratum does not have;"
                    + " pass an 'other' of the column's type");
        }
    }

    /**
     * The value where {@code condition} is True, else {@code other}'s value in the same row (frames have no index, so
     * rows pair by position and the lengths must agree). Types as pandas gives them when some row is replaced: float64
     * with a numeric other stays float64; int64 with int64 stays int64; int64 with float64 stays int64 when every
     * value of {@code other} (placed or not) is a whole number and becomes float64 otherwise (pandas asks whether
     * int64 can hold the whole other array); str with
     * str and bool with bool (no missing replacing value) keep their type. Other pairs would be pandas' object dtype
     * and are refused. Nothing replaced leaves the column as it is.
     */
    public static Column where(MemoryContext ctx, Column value, Column condition, Column other) {
        refuseCategory(value);
        boolean[] keep = keep(value, condition);
        int n = keep.length;
        if (other.length() != n) {
            throw new DataException("where: 'other' (column '" + other.name() + "') has " + other.length()
                    + " rows but column '" + value.name() + "' has " + n + "; rows pair by position, so both must come from the same frame");
        }
        boolean replaced = false;
        boolean whole = true;
        boolean missingSeen = false;
        for (int i = 0; i < n; i++) {
            boolean missing = other.isMissing(i);
            if (!keep[i]) {
                replaced = true;
                missingSeen |= missing;
            }
            // pandas asks whether int64 can hold the whole of `other`, not only the values it places.
            if (other instanceof Float64Column f) {
                double d = f.getDouble(i);
                whole &= !missing && Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 0x1p63;
            }
        }
        final boolean wholeNumbers = whole;
        final boolean missingReplacement = missingSeen;
        if (!replaced) {
            return value;
        }
        switch (value) {
            case Float64Column f when other instanceof Float64Column || other instanceof Int64Column -> {
                double[] v = value.toDoubleArray();
                double[] o = other.toDoubleArray();
                for (int i = 0; i < n; i++) {
                    if (!keep[i]) {
                        v[i] = other.isMissing(i) ? Double.NaN : o[i];
                    }
                }
                return Float64Column.of(ctx, value.name(), v);
            }
            case Int64Column l when other instanceof Int64Column || (other instanceof Float64Column && wholeNumbers) -> {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = keep[i] ? l.getLong(i) : other instanceof Int64Column o ? o.getLong(i)
                            : (long) ((Float64Column) other).getDouble(i);
                }
                return Int64Column.of(ctx, value.name(), out);
            }
            case Int64Column l when other instanceof Float64Column -> {
                double[] v = value.toDoubleArray();
                double[] o = other.toDoubleArray();
                for (int i = 0; i < n; i++) {
                    if (!keep[i]) {
                        v[i] = other.isMissing(i) ? Double.NaN : o[i];
                    }
                }
                return Float64Column.of(ctx, value.name(), v);
            }
            case StringColumn s when other instanceof StringColumn o -> {
                String[] v = s.toStringArray();
                String[] w = o.toStringArray();
                for (int i = 0; i < n; i++) {
                    if (!keep[i]) {
                        v[i] = w[i];
                    }
                }
                return StringColumn.of(ctx, value.name(), v);
            }
            case BoolColumn b when other instanceof BoolColumn o && !missingReplacement -> {
                boolean[] v = new boolean[n];
                boolean[] nulls = new boolean[n];
                for (int i = 0; i < n; i++) {
                    v[i] = keep[i] ? !b.isNull(i) && b.getBoolean(i) : o.getBoolean(i);
                    nulls[i] = keep[i] && b.isNull(i);
                }
                return BoolColumn.of(ctx, value.name(), v, nulls);
            }
            default -> throw new DataException("where: replacing values of the " + value.type().pandasName() + " column '"
                    + value.name() + "' by the " + other.type().pandasName() + " column '" + other.name() + "'"
                    + (missingReplacement && value instanceof BoolColumn ? " (with missing values)" : "")
                    + " would give pandas' object dtype, which Stratum does not have; convert one with astype first");
        }
    }

    private static boolean[] keep(Column value, Column condition) {
        if (!(condition instanceof BoolColumn cond)) {
            throw new DataException("where: the condition must be a boolean column, but '" + condition.name() + "' is "
                    + condition.type().pandasName() + "; compare it first, e.g. df['" + condition.name() + "'] > 0");
        }
        int n = value.length();
        if (cond.length() != n) {
            throw new DataException("where: the condition has " + cond.length() + " rows but column '" + value.name()
                    + "' has " + n);
        }
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            keep[i] = cond.getBoolean(i);
        }
        return keep;
    }

    private static Column floats(MemoryContext ctx, Column value, boolean[] keep, Const other) {
        double fill = switch (other) {
            case Const.IntConst i -> i.value();
            case Const.FloatConst f -> f.value();
            default -> Double.NaN;
        };
        double[] v = value.toDoubleArray();
        for (int i = 0; i < v.length; i++) {
            if (!keep[i]) {
                v[i] = fill;
            }
        }
        return Float64Column.of(ctx, value.name(), v);
    }

    /** pandas keeps the category dtype only when every replacement is one of the categories; not supported yet. */
    private static void refuseCategory(Column value) {
        if (value.type() == io.stratum.runtime.data.DataType.CATEGORY) {
            throw new DataException("where/mask on the category column '" + value.name() + "' is not supported yet;"
                    + " convert it first with .astype(str)");
        }
    }
}
