package io.stratum.runtime.kernels.element;

import io.stratum.ir.logical.DatetimePart;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.TimedeltaColumn;

/**
 * pandas' {@code .dt} components of durations: {@code days} (floored, so {@code -1 days +23:00:00} has -1),
 * {@code seconds} (0 to 86399 past those days), {@code microseconds} (0 to 999999 past those seconds) as int64, or
 * float64 with NaN when the column has NaT, as pandas gives them; {@code total_seconds()} as float64, the ticks divided
 * by the ticks per second.
 */
final class TimedeltaFields {
    private TimedeltaFields() {
    }

    static Column field(MemoryContext ctx, Column column, DatetimePart part) {
        String call = ".dt." + part.pandasName() + (part.isMethod() ? "()" : "");
        if (!(column instanceof TimedeltaColumn d)) {
            throw new DataException(call + " needs a duration (timedelta64) column, but '" + column.name() + "' is "
                    + column.dtypeName() + "; subtract two datetime columns to get one");
        }
        int n = d.length();
        long[] ticks = d.toTicksArray();
        boolean[] nat = d.nullFlags();
        long perSecond = d.unit().perSecond();
        if (part == DatetimePart.TOTAL_SECONDS) {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = nat != null && nat[i] ? Double.NaN : (double) ticks[i] / (double) perSecond;
            }
            return Float64Column.of(ctx, column.name(), out);
        }
        long perDay = 86_400L * perSecond;
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long t = ticks[i];
            out[i] = switch (part) {
                case DAYS -> Math.floorDiv(t, perDay);
                case SECONDS -> Math.floorMod(t, perDay) / perSecond;
                case MICROSECONDS -> Math.floorMod(t, perSecond) * 1_000_000L / perSecond;
                default -> throw new IllegalArgumentException(part + " is not a component of durations");
            };
        }
        if (nat == null) {
            return Int64Column.of(ctx, column.name(), out);
        }
        double[] withNaN = new double[n];
        for (int i = 0; i < n; i++) {
            withNaN[i] = nat[i] ? Double.NaN : out[i];
        }
        return Float64Column.of(ctx, column.name(), withNaN);
    }
}
