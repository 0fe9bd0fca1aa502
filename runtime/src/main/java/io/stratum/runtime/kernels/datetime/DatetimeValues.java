package io.stratum.runtime.kernels.datetime;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A column of naive datetimes as microseconds since 1970-01-01 (pandas' {@code datetime64[us]}), with missing
 * values marked; what {@link DatetimeParser} produces and {@link DatetimeEncoderKernel} reads.
 */
public record DatetimeValues(String name, long[] micros, boolean[] missing) {

    /** The values of a datetime column. */
    public static DatetimeValues of(io.stratum.runtime.data.TimestampColumn column) {
        int n = column.length();
        long[] micros = new long[n];
        boolean[] missing = new boolean[n];
        for (int i = 0; i < n; i++) {
            missing[i] = column.isNull(i);
            micros[i] = missing[i] ? 0L : column.getMicros(i);
        }
        return new DatetimeValues(column.name(), micros, missing);
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
