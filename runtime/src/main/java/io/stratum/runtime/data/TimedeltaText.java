package io.stratum.runtime.data;

/**
 * pandas' text of durations ({@code timedelta64}) as {@code print} and {@code astype(str)} write a column of them: when
 * every value is a whole number of days, {@code 3 days}; otherwise each value as {@code 1 days 02:00:00}, its fraction
 * (six digits, nine when it has nanoseconds) only when not zero, and a negative value as whole days down plus a
 * positive time ({@code -1 days +23:59:59.500000}).
 */
public final class TimedeltaText {
    private static final long NANOS_PER_DAY = 86_400L * 1_000_000_000L;

    private TimedeltaText() {
    }

    /** The text of every value ({@code missing} rows get null), formatted together as pandas formats a column. */
    public static String[] of(long[] ticks, boolean[] missing, DatetimeUnit unit) {
        long perDay = 86_400L * unit.perSecond();
        boolean wholeDays = true;
        for (int i = 0; i < ticks.length && wholeDays; i++) {
            wholeDays = missing[i] || Math.floorMod(ticks[i], perDay) == 0;
        }
        String[] out = new String[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            out[i] = missing[i] ? null : one(ticks[i], unit, wholeDays);
        }
        return out;
    }

    /** One value's text; {@code daysOnly} for pandas' short form of a column of whole days. */
    public static String one(long ticks, DatetimeUnit unit, boolean daysOnly) {
        long perDay = 86_400L * unit.perSecond();
        long days = Math.floorDiv(ticks, perDay);
        if (daysOnly) {
            return days + " days";
        }
        long rest = Math.floorMod(ticks, perDay); // ticks past the (floored) day, so always positive
        long nanos = Math.multiplyExact(rest, DatetimeUnit.NS.perSecond() / unit.perSecond());
        long seconds = nanos / 1_000_000_000L;
        long fraction = nanos % 1_000_000_000L;
        StringBuilder sb = new StringBuilder();
        sb.append(days).append(" days ").append(days < 0 ? "+" : "");
        sb.append(String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60));
        if (fraction != 0) {
            sb.append(fraction % 1000 == 0 ? String.format(".%06d", fraction / 1000) : String.format(".%09d", fraction));
        }
        assert nanos < NANOS_PER_DAY;
        return sb.toString();
    }
}
