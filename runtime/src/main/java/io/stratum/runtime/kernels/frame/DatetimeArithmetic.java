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
            default -> throw new DataException("'" + op.symbol() + "' between the " + left.dtypeName() + " column '"
                    + left.name() + "' and the " + right.dtypeName() + " column '" + right.name() + "' is not supported;"
                    + " Stratum subtracts datetimes (giving durations), adds or subtracts durations to datetimes and to"
                    + " each other, and divides durations by durations");
        };
    }

    /** A datetime or duration column with a constant: refused, naming the forms that work. */
    static DataException withConstant(ArithmeticOp op, Column column) {
        return new DataException("'" + op.symbol() + "' between the " + column.dtypeName() + " column '" + column.name()
                + "' and a constant is not supported yet; subtract two datetime columns (df['end'] - df['start']) and"
                + " take numbers from the duration with .dt.days or .dt.total_seconds()");
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
