package io.stratum.runtime.data;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601 text as {@code pd.Timestamp} reads it: a year, optionally month, day, hour, minutes, seconds and up to nine
 * fraction digits, then, after a time, optionally {@code Z} or a UTC offset ({@code +01:00}, {@code +0100}, {@code +01}).
 *
 * @param local the wall-clock time written (nanoseconds included)
 * @param fractionDigits how many fraction digits the text has (pandas reads more than six as nanoseconds)
 * @param offset the offset written, or null
 */
public record IsoTimestamp(LocalDateTime local, int fractionDigits, ZoneOffset offset) {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[T ](\\d{2})(?::(\\d{2})"
            + "(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?(?: ?(Z|[+-]\\d{2}(?::?\\d{2})?))?)?)?)?");

    /**
     * The parts of {@code text}, or null when it is not in an ISO layout; a {@link DateTimeException} when it is, but
     * names no valid date or time (a 31st of April).
     */
    public static IsoTimestamp parse(String text) {
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String fraction = m.group(7);
        int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), part(m.group(2), 1), part(m.group(3), 1),
                part(m.group(4), 0), part(m.group(5), 0), part(m.group(6), 0), nanos);
        return new IsoTimestamp(local, fraction == null ? 0 : fraction.length(), offset(m.group(8)));
    }

    /** Whole seconds since 1970-01-01T00:00 of the wall clock written (the offset not applied). */
    public long localSeconds() {
        return local.toEpochSecond(ZoneOffset.UTC);
    }

    private static int part(String digits, int absent) {
        return digits == null ? absent : Integer.parseInt(digits);
    }

    private static ZoneOffset offset(String text) {
        if (text == null) {
            return null;
        }
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        int sign = text.charAt(0) == '-' ? -1 : 1;
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        return ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
    }
}
