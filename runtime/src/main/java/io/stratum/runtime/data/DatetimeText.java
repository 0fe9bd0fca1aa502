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
        return of(ticks, missing, unit, null);
    }

    /**
     * The text of each value of a column time-zone-aware in {@code zone} (its ticks are UTC instants; null for a naive
     * column): the local time followed by its UTC offset ({@code 2020-03-29 03:30:00+02:00}), never dates only.
     */
    public static String[] of(long[] utcTicks, boolean[] missing, DatetimeUnit unit, String zone) {
        long[] ticks = utcTicks;
        int[] offsets = null;
        if (zone != null) {
            java.time.zone.ZoneRules rules = TimeZones.zone(zone).getRules();
            ticks = utcTicks.clone();
            offsets = new int[ticks.length];
            for (int i = 0; i < ticks.length; i++) {
                if (missing == null || !missing[i]) {
                    offsets[i] = TimeZones.offsetSeconds(rules, unit.toMicros(utcTicks[i]));
                    ticks[i] = Math.addExact(utcTicks[i], offsets[i] * unit.perSecond());
                }
            }
        }
        long perDay = 86_400L * unit.perSecond();
        boolean datesOnly = zone == null;
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
            if (offsets != null) {
                out[i] += TimeZones.offsetText(offsets[i]);
            }
        }
        return out;
    }
}
