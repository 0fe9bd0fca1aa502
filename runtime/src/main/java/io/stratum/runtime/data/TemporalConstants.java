package io.stratum.runtime.data;

import io.stratum.ir.value.Const;

/**
 * The plan constants of pandas' {@code Timestamp} and {@code Timedelta}, with the text pandas gives them: the one
 * place that turns ticks into those constants and back, for the frontends and for values computed from the data.
 */
public final class TemporalConstants {
    private TemporalConstants() {
    }

    /** A Timestamp of {@code ticks} of {@code unit}: a UTC instant in {@code zone}, or a wall clock when it is null. */
    public static Const.TimestampConst timestamp(long ticks, DatetimeUnit unit, String zone) {
        return new Const.TimestampConst(ticks, unit.text(), zone, TimestampColumn.formatInstant(ticks, unit, zone));
    }

    /** A Timedelta of {@code ticks} of {@code unit}, with pandas' {@code str()} ({@code 7 days 00:00:00}). */
    public static Const.TimedeltaConst timedelta(long ticks, DatetimeUnit unit) {
        return new Const.TimedeltaConst(ticks, unit.text(), TimedeltaText.one(ticks, unit, false));
    }

    /** The unit a constant names ({@code s}, {@code ms}, {@code us} or {@code ns}). */
    public static DatetimeUnit unit(String text) {
        DatetimeUnit u = DatetimeUnit.ofText(text);
        if (u == null) {
            throw new IllegalArgumentException("not a datetime unit: " + text);
        }
        return u;
    }
}
