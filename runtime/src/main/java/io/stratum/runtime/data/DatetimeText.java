package io.stratum.runtime.data;

/**
 * pandas' text of a whole datetime column (its printed rows, {@code astype(str)}): dates only when every value is at
 * midnight, otherwise date and time with as many fraction digits as the finest non-zero part of any value needs (3
 * for milliseconds, 6 for microseconds, 9 for nanoseconds), whatever the column's unit.
 */
public final class DatetimeText {
    private DatetimeText() {
    }

    /** The text of each value ({@code null} where {@code missing}, which may be null). */
    public static String[] of(long[] ticks, boolean[] missing, DatetimeUnit unit) {
        long perDay = 86_400L * unit.perSecond();
        boolean datesOnly = true;
        int digits = 0;
        for (int i = 0; i < ticks.length; i++) {
            if (missing != null && missing[i]) {
                continue;
            }
            long inDay = Math.floorMod(ticks[i], perDay);
            datesOnly &= inDay == 0;
            long nanos = Math.floorMod(ticks[i], unit.perSecond()) * (1_000_000_000L / unit.perSecond());
            if (nanos % 1_000_000L != 0) {
                digits = Math.max(digits, nanos % 1000L != 0 ? 9 : 6);
            } else if (nanos != 0) {
                digits = Math.max(digits, 3);
            }
        }
        String[] out = new String[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            if (missing != null && missing[i]) {
                continue;
            }
            long seconds = Math.floorDiv(ticks[i], unit.perSecond());
            String base = TimestampColumn.formatMicros(Math.multiplyExact(seconds, 1_000_000L));
            if (datesOnly) {
                out[i] = base.substring(0, 10);
            } else if (digits == 0) {
                out[i] = base;
            } else {
                long nanos = Math.floorMod(ticks[i], unit.perSecond()) * (1_000_000_000L / unit.perSecond());
                out[i] = base + "." + String.format("%09d", nanos).substring(0, digits);
            }
        }
        return out;
    }
}
