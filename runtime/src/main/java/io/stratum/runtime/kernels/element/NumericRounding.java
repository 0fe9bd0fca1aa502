package io.stratum.runtime.kernels.element;

import io.stratum.ir.value.Const;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;

/** pandas' {@code clip} and {@code round} on numeric columns. */
public final class NumericRounding {
    private NumericRounding() {
    }

    /**
     * {@code clip(lower, upper)}: int64 stays int64 for int bounds and becomes float64 for a float bound; NaN stays
     * NaN; a None bound is no bound.
     */
    static Column clip(MemoryContext ctx, Column column, Const lower, Const upper) {
        requireNumeric(column, "clip");
        boolean floatBound = lower instanceof Const.FloatConst || upper instanceof Const.FloatConst;
        int n = column.length();
        if (column instanceof Int64Column l && !floatBound) {
            long lo = lower instanceof Const.IntConst i ? i.value() : Long.MIN_VALUE;
            long hi = upper instanceof Const.IntConst i ? i.value() : Long.MAX_VALUE;
            long[] out = new long[n];
            boolean[] nulls = l.nullCount() > 0 ? new boolean[n] : null;
            for (int i = 0; i < n; i++) {
                long x = l.getLong(i);
                // numpy's clip is min(max(x, lo), hi), so hi wins when the bounds cross.
                out[i] = Math.min(Math.max(x, lo), hi);
                if (nulls != null) {
                    nulls[i] = l.isNull(i);
                }
            }
            return Int64Column.of(ctx, column.name(), out, nulls);
        }
        double lo = bound(lower, Double.NEGATIVE_INFINITY, column);
        double hi = bound(upper, Double.POSITIVE_INFINITY, column);
        double[] v = column.toDoubleArray();
        for (int i = 0; i < n; i++) {
            double x = v[i];
            if (!Double.isNaN(x)) {
                v[i] = Math.min(Math.max(x, lo), hi);
            }
        }
        return Float64Column.of(ctx, column.name(), v);
    }

    private static double bound(Const c, double none, Column column) {
        return switch (c) {
            case Const.NoneConst x -> none;
            case Const.IntConst i -> i.value();
            case Const.FloatConst f -> Double.isNaN(f.value()) ? none : f.value();
            default -> throw new DataException("clip: a bound must be a number or None, got " + c.repr()
                    + " (column '" + column.name() + "')");
        };
    }

    /**
     * {@code round(decimals)}, numpy's algorithm: scale by a power of ten, round half to even, scale back. int64
     * stays int64 (unchanged unless decimals is negative).
     */
    static Column round(MemoryContext ctx, Column column, long decimals) {
        requireNumeric(column, "round");
        int n = column.length();
        if (column instanceof Int64Column l) {
            if (decimals >= 0) {
                return l;
            }
            double scale = Math.pow(10.0, -decimals);
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = (long) (Math.rint(l.getLong(i) / scale) * scale);
            }
            return Int64Column.of(ctx, column.name(), out, nullMask(l));
        }
        return Float64Column.of(ctx, column.name(), numpyRound(column.toDoubleArray(), decimals));
    }

    /** {@code values} rounded in place as numpy rounds floats (scale by a power of ten, half to even, scale back). */
    public static double[] numpyRound(double[] values, long decimals) {
        double scale = Math.pow(10.0, Math.abs(decimals));
        for (int i = 0; i < values.length; i++) {
            values[i] = decimals >= 0 ? Math.rint(values[i] * scale) / scale : Math.rint(values[i] / scale) * scale;
        }
        return values;
    }

    private static boolean[] nullMask(Column c) {
        if (c.nullCount() == 0) {
            return null;
        }
        boolean[] out = new boolean[c.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.isNull(i);
        }
        return out;
    }

    private static void requireNumeric(Column column, String method) {
        if (column instanceof BoolColumn || !column.type().isNumeric()) {
            throw new DataException(method + " needs a numeric column, but '" + column.name() + "' is "
                    + column.type().pandasName() + (column.type().pandasName().equals("str")
                    ? "; convert it first, e.g. with .astype(float)" : ""));
        }
    }
}
