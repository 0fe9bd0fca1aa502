package io.stratum.runtime.kernels.frame;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;

/**
 * Arithmetic of datetime and duration columns with pandas 3's rules: {@code datetime - datetime} is a duration
 * ({@code timedelta64}) in the finer of the two units, {@code datetime ± duration} a datetime of the finer unit (an
 * aware one keeps its zone: the duration moves the instant), {@code duration ± duration} a duration,
 * {@code duration / duration} a float64 ratio; NaT on either side gives NaT (NaN for the ratio). A naive and an aware
 * datetime do not subtract, as in pandas; other pairs are refused naming the columns.
 */
final class DatetimeArithmetic {
    private DatetimeArithmetic() {
    }

    static boolean involves(Column c) {
        return c instanceof TimestampColumn || c instanceof TimedeltaColumn;
    }

    static Column binary(MemoryContext ctx, ArithmeticOp op, Column left, Column right) {
        String name = left.name();
        return switch (left) {
            case TimestampColumn a when right instanceof TimestampColumn b && op == ArithmeticOp.SUB -> {
                if ((a.zone() == null) != (b.zone() == null)) {
                    throw new DataException("Cannot subtract tz-naive and tz-aware datetime-like objects (columns '"
                            + a.name() + "', " + a.dtypeName() + ", and '" + b.name() + "', " + b.dtypeName() + "), as"
                            + " in pandas; give both a zone with .dt.tz_localize(...) or drop it with .dt.tz_localize(None)");
                }
                DatetimeUnit unit = DatetimeUnit.finer(a.unit(), b.unit());
                yield TimedeltaColumn.of(ctx, name, combine(a.toTicksArray(), a.unit(), b.toTicksArray(), b.unit(),
                        unit, -1, name), nulls(left, right), unit);
            }
            case TimestampColumn a when right instanceof TimedeltaColumn d
                    && (op == ArithmeticOp.ADD || op == ArithmeticOp.SUB) -> shifted(ctx, a, d, op == ArithmeticOp.SUB ? -1 : 1, name);
            case TimedeltaColumn d when right instanceof TimestampColumn a && op == ArithmeticOp.ADD ->
                    shifted(ctx, a, d, 1, name);
            case TimedeltaColumn a when right instanceof TimedeltaColumn b
                    && (op == ArithmeticOp.ADD || op == ArithmeticOp.SUB) -> {
                DatetimeUnit unit = DatetimeUnit.finer(a.unit(), b.unit());
                yield TimedeltaColumn.of(ctx, name, combine(a.toTicksArray(), a.unit(), b.toTicksArray(), b.unit(), unit,
                        op == ArithmeticOp.SUB ? -1 : 1, name), nulls(left, right), unit);
            }
            case TimedeltaColumn a when right instanceof TimedeltaColumn b && op == ArithmeticOp.TRUE_DIV -> {
                DatetimeUnit unit = DatetimeUnit.finer(a.unit(), b.unit());
                long[] x = finer(a.toTicksArray(), a.unit(), unit, a.name());
                long[] y = finer(b.toTicksArray(), b.unit(), unit, b.name());
                int n = x.length;
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = a.isNull(i) || b.isNull(i) ? Double.NaN : (double) x[i] / (double) y[i];
                }
                yield Float64Column.of(ctx, name, out);
            }
            case TimedeltaColumn a when right instanceof TimedeltaColumn b && op == ArithmeticOp.FLOOR_DIV ->
                    flooredRatio(ctx, a, b, name);
            case TimedeltaColumn a when right instanceof TimedeltaColumn b && op == ArithmeticOp.MOD -> {
                DatetimeUnit unit = DatetimeUnit.finer(a.unit(), b.unit());
                long[] x = finer(a.toTicksArray(), a.unit(), unit, a.name());
                long[] y = finer(b.toTicksArray(), b.unit(), unit, b.name());
                boolean[] nulls = new boolean[x.length];
                long[] out = new long[x.length];
                for (int i = 0; i < x.length; i++) {
                    nulls[i] = a.isNull(i) || b.isNull(i);
                    // pandas (numpy) leaves the dividend when the divisor is zero
                    out[i] = nulls[i] ? 0 : y[i] == 0 ? x[i] : Math.floorMod(x[i], y[i]);
                }
                yield TimedeltaColumn.of(ctx, name, out, nulls, unit);
            }
            case TimedeltaColumn d when isNumber(right) && (op == ArithmeticOp.MUL || op == ArithmeticOp.TRUE_DIV
                    || op == ArithmeticOp.FLOOR_DIV) -> scaled(ctx, d, right, op, name);
            case Column number when isNumber(number) && right instanceof TimedeltaColumn d && op == ArithmeticOp.MUL ->
                    scaled(ctx, d, number, op, d.name());
            default -> throw new DataException("'" + op.symbol() + "' between the " + left.dtypeName() + " column '"
                    + left.name() + "' and the " + right.dtypeName() + " column '" + right.name() + "' is not supported"
                    + " (pandas refuses most such pairs too); Stratum subtracts datetimes (giving durations), adds or"
                    + " subtracts durations to datetimes and to each other, divides durations by durations, and"
                    + " multiplies or divides durations by numbers");
        };
    }

    /**
     * A datetime or duration column with a constant ({@code pd.Timestamp}, {@code pd.Timedelta} or a number), computed
     * as with a column holding the constant on every row; {@code constantFirst} when the constant is the left operand.
     */
    static Column withConstant(MemoryContext ctx, ArithmeticOp op, Column column, Scalar constant, boolean constantFirst) {
        Column c = broadcast(ctx, op, constant, column);
        Column out = constantFirst ? binary(ctx, op, c, column) : binary(ctx, op, column, c);
        return out.name().equals(column.name()) ? out : out.rename(column.name());
    }

    /** Whether the constant is a {@code pd.Timestamp} or {@code pd.Timedelta}. */
    static boolean temporal(Scalar s) {
        return s instanceof Scalar.DatetimeScalar || s instanceof Scalar.DurationScalar;
    }

    /** Unary minus of a duration column: each length negated, NaT kept. */
    static Column negate(MemoryContext ctx, TimedeltaColumn d) {
        long[] ticks = d.toTicksArray();
        long[] out = new long[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            out[i] = -ticks[i];
        }
        return TimedeltaColumn.of(ctx, d.name(), out, d.nullCount() == 0 ? null : d.nullFlags(), d.unit());
    }

    private static Column broadcast(MemoryContext ctx, ArithmeticOp op, Scalar constant, Column like) {
        int n = like.length();
        String name = like.name();
        return switch (constant) {
            case Scalar.DatetimeScalar t -> TimestampColumn.of(ctx, name, filled(n, t.ticks()), null, t.unit(), t.zone());
            case Scalar.DurationScalar d -> TimedeltaColumn.of(ctx, name, filled(n, d.ticks()), null, d.unit());
            case Scalar.IntScalar i -> io.stratum.runtime.data.Int64Column.of(ctx, name, filled(n, i.value()));
            case Scalar.FloatScalar f -> {
                double[] v = new double[n];
                java.util.Arrays.fill(v, f.value());
                yield Float64Column.of(ctx, name, v);
            }
            case Scalar.BoolScalar b -> throw new DataException("unsupported operand type(s) for " + op.symbol()
                    + ": the " + like.dtypeName() + " column '" + name + "' and a bool, as in pandas; write an int"
                    + " (1 or 0) instead");
            case Scalar.StringScalar t -> throw new DataException("unsupported operand type(s) for " + op.symbol()
                    + ": the " + like.dtypeName() + " column '" + name + "' and the str '" + t.value() + "', as in"
                    + " pandas; write pd.Timestamp('" + t.value() + "') for a date or pd.Timedelta(...) for a duration");
        };
    }

    private static long[] filled(int n, long v) {
        long[] out = new long[n];
        java.util.Arrays.fill(out, v);
        return out;
    }

    private static boolean isNumber(Column c) {
        return c instanceof io.stratum.runtime.data.Int64Column || c instanceof Float64Column;
    }

    /**
     * A duration times or divided by numbers, as numpy computes {@code timedelta64} with a number: the exact product
     * or quotient truncated toward zero into the duration's unit; a NaN or a division by zero gives NaT, as in pandas.
     */
    private static Column scaled(MemoryContext ctx, TimedeltaColumn d, Column number, ArithmeticOp op, String name) {
        long[] ticks = d.toTicksArray();
        int n = ticks.length;
        long[] out = new long[n];
        boolean[] nulls = new boolean[n];
        boolean integers = number instanceof io.stratum.runtime.data.Int64Column;
        long[] ints = integers ? ((io.stratum.runtime.data.Int64Column) number).toLongArray() : null;
        double[] floats = integers ? null : ((Float64Column) number).toDoubleArray();
        try {
            for (int i = 0; i < n; i++) {
                if (d.isNull(i) || number.isNull(i)) {
                    nulls[i] = true;
                    continue;
                }
                if (integers) {
                    long k = ints[i];
                    if (op == ArithmeticOp.MUL) {
                        out[i] = Math.multiplyExact(ticks[i], k);
                    } else if (k == 0) {
                        nulls[i] = true;
                    } else {
                        out[i] = ticks[i] / k; // numpy truncates timedelta64 // int and / int toward zero
                    }
                    continue;
                }
                double f = floats[i];
                double v = op == ArithmeticOp.MUL ? ticks[i] * f : ticks[i] / f;
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    nulls[i] = true;
                } else if (op == ArithmeticOp.FLOOR_DIV) {
                    out[i] = (long) Math.floor(v);
                } else {
                    out[i] = (long) v;
                }
            }
        } catch (ArithmeticException e) {
            throw new DataException("column '" + name + "': a result is outside the range of " + d.unit().text()
                    + " ticks (pandas raises OverflowError here too)");
        }
        return TimedeltaColumn.of(ctx, name, out, nulls, d.unit());
    }

    /**
     * {@code duration // duration}: how many whole times the divisor fits, floored, as pandas gives it (int64, or
     * float64 with NaN when a row is NaT; a zero divisor gives 0, as numpy's floor division of timedelta64 does).
     */
    private static Column flooredRatio(MemoryContext ctx, TimedeltaColumn a, TimedeltaColumn b, String name) {
        DatetimeUnit unit = DatetimeUnit.finer(a.unit(), b.unit());
        long[] x = finer(a.toTicksArray(), a.unit(), unit, a.name());
        long[] y = finer(b.toTicksArray(), b.unit(), unit, b.name());
        int n = x.length;
        boolean missing = false;
        for (int i = 0; i < n && !missing; i++) {
            missing = a.isNull(i) || b.isNull(i);
        }
        if (!missing) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = y[i] == 0 ? 0 : Math.floorDiv(x[i], y[i]);
            }
            return io.stratum.runtime.data.Int64Column.of(ctx, name, out);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = a.isNull(i) || b.isNull(i) ? Double.NaN : y[i] == 0 ? 0 : Math.floorDiv(x[i], y[i]);
        }
        return Float64Column.of(ctx, name, out);
    }

    private static Column shifted(MemoryContext ctx, TimestampColumn a, TimedeltaColumn d, int sign, String name) {
        DatetimeUnit unit = DatetimeUnit.finer(a.unit(), d.unit());
        long[] ticks = combine(a.toTicksArray(), a.unit(), d.toTicksArray(), d.unit(), unit, sign, name);
        return TimestampColumn.of(ctx, name, ticks, nulls(a, d), unit, a.zone());
    }

    /** {@code x + sign * y}, both first in {@code unit}; overflow is pandas' OutOfBounds error. */
    private static long[] combine(long[] x, DatetimeUnit xu, long[] y, DatetimeUnit yu, DatetimeUnit unit, int sign,
                                  String name) {
        long[] a = finer(x, xu, unit, name);
        long[] b = finer(y, yu, unit, name);
        long[] out = new long[a.length];
        try {
            for (int i = 0; i < a.length; i++) {
                out[i] = sign < 0 ? Math.subtractExact(a[i], b[i]) : Math.addExact(a[i], b[i]);
            }
        } catch (ArithmeticException e) {
            throw new DataException("column '" + name + "': a result is outside the range of " + unit.text()
                    + " ticks (pandas raises OutOfBoundsDatetime or OverflowError here too)");
        }
        return out;
    }

    private static long[] finer(long[] ticks, DatetimeUnit from, DatetimeUnit to, String name) {
        if (from == to) {
            return ticks;
        }
        long[] out = new long[ticks.length];
        try {
            for (int i = 0; i < ticks.length; i++) {
                out[i] = from.toFiner(ticks[i], to);
            }
        } catch (ArithmeticException e) {
            throw new DataException("column '" + name + "': a value is outside the range of " + to.text()
                    + " ticks (pandas raises OutOfBoundsDatetime converting it)");
        }
        return out;
    }

    private static boolean[] nulls(Column a, Column b) {
        if (a.nullCount() == 0 && b.nullCount() == 0) {
            return null;
        }
        int n = a.length();
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = a.isNull(i) || b.isNull(i);
        }
        return out;
    }
}
