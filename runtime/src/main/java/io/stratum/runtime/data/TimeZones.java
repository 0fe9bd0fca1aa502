package io.stratum.runtime.data;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * pandas' time zones on java.time's rules: a time-zone-aware column holds instants (ticks since the epoch in UTC) and
 * shows, and takes its {@code .dt} fields from, the local time of its zone ({@code UTC}, a region such as
 * {@code Europe/Paris} with its daylight-saving rules, or a fixed offset pandas names {@code UTC+02:00}).
 */
public final class TimeZones {
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private TimeZones() {
    }

    /** The zone pandas names {@code name}; a {@link DataException} saying so for a name java.time does not know. */
    public static ZoneId zone(String name) {
        try {
            return name.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new DataException("unknown time zone '" + name + "'; use an IANA name such as 'UTC' or 'Europe/Paris'");
        }
    }

    /** The local time of the UTC instant {@code utcMicros} in {@code rules}, as microseconds since 1970-01-01T00:00. */
    public static long toLocal(ZoneRules rules, long utcMicros) {
        return utcMicros + offsetSeconds(rules, utcMicros) * MICROS_PER_SECOND;
    }

    /** The UTC offset of {@code rules} at the instant {@code utcMicros}, in seconds. */
    public static int offsetSeconds(ZoneRules rules, long utcMicros) {
        if (rules.isFixedOffset()) {
            return rules.getOffset(Instant.EPOCH).getTotalSeconds();
        }
        return rules.getOffset(Instant.ofEpochSecond(Math.floorDiv(utcMicros, MICROS_PER_SECOND))).getTotalSeconds();
    }

    /** pandas' text of a UTC offset: {@code +01:00}, {@code -03:30}, {@code +00:00}. */
    public static String offsetText(int seconds) {
        int a = Math.abs(seconds);
        return (seconds < 0 ? "-" : "+") + String.format("%02d:%02d", a / 3600, a / 60 % 60);
    }

    /**
     * The UTC instant of the local time {@code localMicros} in {@code rules}, as pandas' {@code tz_localize} with
     * {@code ambiguous="raise"} and {@code nonexistent="raise"} finds it; a {@link DataException} with pandas' reason
     * for a time the clocks skip or pass twice.
     */
    public static long fromLocal(ZoneRules rules, long localMicros, String column, int row) {
        if (rules.isFixedOffset()) {
            return localMicros - rules.getOffset(Instant.EPOCH).getTotalSeconds() * MICROS_PER_SECOND;
        }
        long seconds = Math.floorDiv(localMicros, MICROS_PER_SECOND);
        java.time.LocalDateTime local = java.time.LocalDateTime.ofEpochSecond(seconds,
                (int) Math.floorMod(localMicros, MICROS_PER_SECOND) * 1000, ZoneOffset.UTC);
        java.util.List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.size() == 1) {
            return localMicros - offsets.getFirst().getTotalSeconds() * MICROS_PER_SECOND;
        }
        ZoneOffsetTransition t = rules.getTransition(local);
        String text = TimestampColumn.formatMicros(localMicros);
        if (offsets.isEmpty()) {
            throw new DataException("tz_localize: " + text + " (row " + row + " of column '" + column + "') is a"
                    + " nonexistent time due to daylight savings time" + (t == null ? "" : " (clocks moved at "
                    + t.getDateTimeBefore() + ")") + "; pandas raises here too, unless nonexistent= says what to do");
        }
        throw new DataException("tz_localize: cannot infer dst time from " + text + " (row " + row + " of column '"
                + column + "'), which happens twice as clocks go back; pandas raises here too, unless ambiguous= says"
                + " which");
    }
}
