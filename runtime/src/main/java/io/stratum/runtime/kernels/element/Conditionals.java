package io.stratum.runtime.kernels.element;

import io.stratum.ir.value.Const;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;

/** pandas' {@code Series.where(cond, other)} with a constant {@code other}. */
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
            default -> throw new DataException("where(..., " + other.repr() + ") on the " + value.type().pandasName()
                    + " column '" + value.name() + "' would give pandas' object dtype, which Stratum does not have;"
                    + " pass an 'other' of the column's type");
        }
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
}
