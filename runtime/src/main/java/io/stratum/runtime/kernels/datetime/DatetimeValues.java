package io.stratum.runtime.kernels.datetime;

import io.stratum.runtime.data.DatetimeUnit;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A column of datetimes as microseconds of their wall-clock time since 1970-01-01 (floored from nanoseconds; the
 * local time of a time-zone-aware column), with missing values marked, and the values (UTC instants for a zone) as
 * ticks of the column's unit (pandas' {@code datetime64[s|ms|us|ns]}); what
 * {@link DatetimeParser} produces (always {@code us}) and {@link DatetimeEncoderKernel} reads.
 */
public record DatetimeValues(String name, long[] micros, boolean[] missing, long[] ticks, DatetimeUnit unit) {

    /** Values of {@code datetime64[us]}: the ticks are the microseconds. */
    public DatetimeValues(String name, long[] micros, boolean[] missing) {
        this(name, micros, missing, micros, DatetimeUnit.US);
    }

    /** The values of a datetime column. */
    public static DatetimeValues of(io.stratum.runtime.data.TimestampColumn column) {
        int n = column.length();
        long[] micros = new long[n];
        long[] ticks = new long[n];
        boolean[] missing = new boolean[n];
        for (int i = 0; i < n; i++) {
            missing[i] = column.isNull(i);
            ticks[i] = missing[i] ? 0L : column.getTicks(i);
            micros[i] = column.unit().toMicros(ticks[i]);
        }
        if (column.zone() != null) {
            // Calendar features read the local time; total_seconds stays the UTC instant's (skrub subtracts a UTC
            // epoch from a time-zone-aware column).
            micros = column.toLocalMicrosArray();
        }
        return new DatetimeValues(column.name(), micros, missing, ticks, column.unit());
    }

    /** The nanoseconds within the microsecond (pandas' {@code .dt.nanosecond}), 0 below a nanosecond unit. */
    public int nanosecond(int row) {
        return unit == DatetimeUnit.NS ? (int) Math.floorMod(ticks[row], 1000L) : 0;
    }

    /** Seconds since the epoch as pandas divides the timedelta by one second: the ticks over ticks per second. */
    public double totalSeconds(int row) {
        return ticks[row] / (double) unit.perSecond();
    }

    public int length() {
        return micros.length;
    }

    /** True when every present value is at midnight, skrub's test for a date column ({@code _is_date}). */
    public boolean allMidnight() {
        for (int i = 0; i < micros.length; i++) {
            if (!missing[i] && Math.floorMod(micros[i], 86_400_000_000L) != 0) {
                return false;
            }
        }
        return true;
    }

    /** One value as a calendar date-time (UTC, naive). */
    public LocalDateTime at(int row) {
        long seconds = Math.floorDiv(micros[row], 1_000_000L);
        int nanos = (int) Math.floorMod(micros[row], 1_000_000L) * 1000;
        return LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
    }
}
