package io.stratum.runtime.kernels.datetime;

import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.split.LegacyRandomState;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * skrub's {@code ToDatetime} for string columns: guesses one strptime format from a sample of 30 non-null values
 * (drawn as pandas' {@code sample(n, random_state=0)} draws them), month-first unless only day-first fits all of
 * them, then parses the column with it. Fitting is strict (a value the format cannot parse rejects the column, as
 * skrub keeps it as text); transforming turns unparsable values into missing ones.
 *
 * <p>The formats recognized are those pandas' {@code guess_datetime_format} gives for numeric dates: year first
 * ({@code %Y-%m-%d}, {@code %Y/%m/%d}) or year last ({@code %m/%d/%Y}, {@code %d/%m/%Y} with {@code /}, {@code -} or
 * {@code .}), optionally followed by a time ({@code [ T]%H:%M[:%S[.%f]]}); and dates with month names
 * ({@link MonthNameDates}: {@code Jun 12 1998}, {@code 12-Jun-1998}, {@code Fri June 12, 1998}). Time zones are not
 * recognized yet: such columns stay text.
 */
public final class DatetimeParser {
    private static final int SAMPLE_SIZE = 30;
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})" + timePattern());
    private static final Pattern YEAR_LAST = Pattern.compile(
            "(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})" + timePattern());

    private DatetimeParser() {
    }

    private static String timePattern() {
        return "(?:([ T])(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,6}))?)?)?";
    }

    /** The format skrub would guess for the column, or null when it would keep the column as text. */
    public static String guessFormat(StringColumn column) {
        List<String> present = new ArrayList<>();
        for (int i = 0; i < column.length(); i++) {
            if (!column.isNull(i)) {
                present.add(column.getString(i));
            }
        }
        if (present.isEmpty()) {
            return null;
        }
        int n = Math.min(SAMPLE_SIZE, present.size());
        int[] order = new LegacyRandomState(0).permutation(present.size());
        List<String> sample = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            sample.add(present.get(order[k]));
        }
        for (boolean dayFirst : new boolean[] {false, true}) {
            Set<String> formats = new LinkedHashSet<>();
            for (String v : sample) {
                formats.add(String.valueOf(guess(v, dayFirst)));
            }
            if (formats.size() == 1 && !formats.contains("null")) {
                return formats.iterator().next();
            }
        }
        return null;
    }

    /** pandas' {@code guess_datetime_format(value, dayfirst)} for the recognized shapes; null otherwise. */
    public static String guess(String value, boolean dayFirst) {
        String named = MonthNameDates.guess(value);
        if (named != null) {
            return named;
        }
        Matcher m = YEAR_FIRST.matcher(value);
        String date;
        int timeGroup;
        if (m.matches()) {
            String sep = m.group(2);
            date = "%Y" + sep + "%m" + sep + "%d";
            timeGroup = 5;
        } else {
            m = YEAR_LAST.matcher(value);
            if (!m.matches()) {
                return null;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            String sep = m.group(2);
            boolean monthFirst = dayFirst ? !(b <= 12 && a <= 31) && a <= 12 : a <= 12 || b > 12;
            if (monthFirst ? a > 12 || b > 31 : b > 12 || a > 31) {
                return null;
            }
            date = monthFirst ? "%m" + sep + "%d" + sep + "%Y" : "%d" + sep + "%m" + sep + "%Y";
            timeGroup = 5;
        }
        if (m.group(timeGroup) == null) {
            return date;
        }
        StringBuilder f = new StringBuilder(date).append(m.group(timeGroup)).append("%H:%M");
        if (m.group(timeGroup + 3) != null) {
            f.append(":%S");
            if (m.group(timeGroup + 4) != null) {
                f.append(".%f");
            }
        }
        return f.toString();
    }

    /**
     * Parses with {@code format}; a value it cannot parse is missing when {@code strict} is false and otherwise
     * makes this return null (skrub rejects the column).
     */
    public static DatetimeValues parse(StringColumn column, String format, boolean strict) {
        int n = column.length();
        long[] micros = new long[n];
        boolean[] missing = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (column.isNull(i)) {
                missing[i] = true;
                continue;
            }
            Long v = parseOne(column.getString(i), format);
            if (v == null) {
                if (strict) {
                    return null;
                }
                missing[i] = true;
            } else {
                micros[i] = v;
            }
        }
        return new DatetimeValues(column.name(), micros, missing);
    }

    private static Long parseOne(String value, String format) {
        if (MonthNameDates.handles(format)) {
            return MonthNameDates.parse(value, format);
        }
        boolean yearFirst = format.startsWith("%Y");
        Matcher m = (yearFirst ? YEAR_FIRST : YEAR_LAST).matcher(value);
        if (!m.matches() || !String.valueOf(guessShape(m, yearFirst)).equals(shapeOf(format))) {
            return null;
        }
        int year;
        int month;
        int day;
        if (yearFirst) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(3));
            day = Integer.parseInt(m.group(4));
        } else {
            boolean monthFirst = format.startsWith("%m");
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            month = monthFirst ? a : b;
            day = monthFirst ? b : a;
            year = Integer.parseInt(m.group(4));
        }
        int hour = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        int minute = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        int second = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
        String fraction = m.group(9);
        int micro = fraction == null ? 0 : Integer.parseInt((fraction + "000000").substring(0, 6));
        try {
            LocalDateTime t = LocalDate.of(year, month, day).atTime(hour, minute, second);
            return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + micro;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The separators and time parts a value has, to check it against a format's. */
    private static String guessShape(Matcher m, boolean yearFirst) {
        StringBuilder s = new StringBuilder(m.group(2));
        if (m.group(5) != null) {
            s.append(m.group(5)).append("HM");
            if (m.group(8) != null) {
                s.append('S');
                if (m.group(9) != null) {
                    s.append('f');
                }
            }
        }
        return s.toString();
    }

    private static String shapeOf(String format) {
        StringBuilder s = new StringBuilder().append(format.charAt(2));
        int time = format.indexOf("%H");
        if (time > 0) {
            s.append(format.charAt(time - 1)).append("HM");
            if (format.contains("%S")) {
                s.append('S');
                if (format.contains("%f")) {
                    s.append('f');
                }
            }
        }
        return s.toString();
    }
}
