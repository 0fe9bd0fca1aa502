package io.stratum.runtime.kernels.element;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimestampColumn;

/**
 * pandas' {@code to_datetime} of a str column into {@code datetime64[us]}: ISO 8601 text without a format
 * ({@code 2011-01-01}, {@code 2011-01-01 00:00:00}, {@code 2011-01-01T00:00:00.5}), or strptime directives with one
 * ({@code %Y %m %d %H %M %S %f %y %b %B %I %p %j %%}). A value that does not parse is an error naming its row
 * ({@code errors="raise"}) or NaT ({@code errors="coerce"}); missing strings are NaT.
 */
public final class DatetimeParsing {
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};

    private DatetimeParsing() {
    }

    static Column toDatetime(MemoryContext ctx, Column column, String format, String errors) {
        if (column instanceof TimestampColumn) {
            return column;
        }
        if (!(column instanceof StringColumn s)) {
            throw new DataException("pd.to_datetime of the " + column.type().pandasName() + " column '" + column.name()
                    + "' is not supported; Stratum parses text columns (str) into datetimes");
        }
        boolean coerce = errors.equals("coerce");
        int n = s.length();
        String[] text = s.toStringArray();
        long[] micros = new long[n];
        boolean[] nulls = new boolean[n];
        Parser parser = new Parser();
        for (int i = 0; i < n; i++) {
            String v = text[i];
            if (v == null) {
                nulls[i] = true;
                continue;
            }
            boolean ok = format == null ? parser.iso(v) : parser.strptime(v, format);
            if (ok) {
                micros[i] = parser.micros();
            } else if (coerce) {
                nulls[i] = true;
            } else {
                throw new DataException("pd.to_datetime: '" + v + "' in row " + i + " of column '" + column.name()
                        + "' does not match " + (format == null ? "ISO 8601 (YYYY-MM-DD[ HH:MM[:SS[.ffffff]]])"
                        : "format '" + format + "'") + "; pass format=... for other layouts, or errors='coerce' to make"
                        + " such values NaT");
            }
        }
        return TimestampColumn.of(ctx, column.name(), micros, nulls);
    }

    /** Parses one value at a time into reusable fields, so the row loop allocates nothing. */
    private static final class Parser {
        private long year;
        private int month;
        private int day;
        private int hour;
        private int minute;
        private int second;
        private int micro;
        private int dayOfYear;
        private int pos;
        private String s;

        long micros() {
            long days = dayOfYear > 0 ? DatetimeFields.daysFromCivil(year, 1, 1) + dayOfYear - 1
                    : DatetimeFields.daysFromCivil(year, month, day);
            return ((days * 24 + hour) * 60 + minute) * 60_000_000L + second * 1_000_000L + micro;
        }

        private void reset(String value) {
            s = value;
            pos = 0;
            year = 1900;
            month = 1;
            day = 1;
            hour = 0;
            minute = 0;
            second = 0;
            micro = 0;
            dayOfYear = 0;
        }

        boolean iso(String value) {
            reset(value.strip());
            long y = digits(4, 4);
            if (y < 0 || !literal('-')) {
                return false;
            }
            year = y;
            int m = (int) digits(1, 2);
            if (m < 0 || !literal('-')) {
                return false;
            }
            month = m;
            int d = (int) digits(1, 2);
            if (d < 0) {
                return false;
            }
            day = d;
            if (pos < s.length()) {
                char sep = s.charAt(pos);
                if (sep != 'T' && sep != ' ') {
                    return false;
                }
                pos++;
                int h = (int) digits(2, 2);
                if (h < 0 || !literal(':')) {
                    return false;
                }
                hour = h;
                int mi = (int) digits(2, 2);
                if (mi < 0) {
                    return false;
                }
                minute = mi;
                if (literal(':')) {
                    int sec = (int) digits(2, 2);
                    if (sec < 0) {
                        return false;
                    }
                    second = sec;
                    if (literal('.')) {
                        if (!fraction()) {
                            return false;
                        }
                    }
                }
            }
            return pos == s.length() && valid();
        }

        boolean strptime(String value, String format) {
            reset(value);
            boolean pm = false;
            boolean twelveHour = false;
            for (int f = 0; f < format.length(); f++) {
                char c = format.charAt(f);
                if (c != '%') {
                    if (!literal(c)) {
                        return false;
                    }
                    continue;
                }
                if (++f >= format.length()) {
                    throw badFormat(format, "it ends with a lone %");
                }
                char directive = format.charAt(f);
                long v;
                switch (directive) {
                    case 'Y' -> v = year = digits(4, 4);
                    case 'y' -> {
                        v = digits(2, 2);
                        year = v < 69 ? 2000 + v : 1900 + v;
                    }
                    case 'm' -> v = month = (int) digits(1, 2);
                    case 'd' -> v = day = (int) digits(1, 2);
                    case 'H' -> v = hour = (int) digits(1, 2);
                    case 'I' -> {
                        v = hour = (int) digits(1, 2);
                        twelveHour = true;
                    }
                    case 'M' -> v = minute = (int) digits(1, 2);
                    case 'S' -> v = second = (int) digits(1, 2);
                    case 'j' -> v = dayOfYear = (int) digits(1, 3);
                    case 'f' -> v = fraction() ? 0 : -1;
                    case 'b', 'B' -> v = month = monthName(directive == 'b');
                    case 'p' -> {
                        if (s.regionMatches(true, pos, "AM", 0, 2)) {
                            v = 0;
                        } else if (s.regionMatches(true, pos, "PM", 0, 2)) {
                            v = 0;
                            pm = true;
                        } else {
                            v = -1;
                        }
                        pos += 2;
                    }
                    case '%' -> v = literal('%') ? 0 : -1;
                    default -> throw badFormat(format, "Stratum does not know the directive %" + directive);
                }
                if (v < 0) {
                    return false;
                }
            }
            if (twelveHour) {
                if (hour < 1 || hour > 12) {
                    return false;
                }
                hour = hour % 12 + (pm ? 12 : 0);
            }
            return pos == s.length() && valid();
        }

        private boolean valid() {
            if (hour > 23 || minute > 59 || second > 59) {
                return false;
            }
            if (dayOfYear > 0) {
                return dayOfYear <= (isLeap(year) ? 366 : 365);
            }
            if (month < 1 || month > 12 || day < 1) {
                return false;
            }
            int[] lengths = {31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            return day <= lengths[month - 1];
        }

        private static boolean isLeap(long y) {
            return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        }

        /** Between {@code min} and {@code max} ASCII digits as a number, or -1. */
        private long digits(int min, int max) {
            long v = 0;
            int count = 0;
            while (count < max && pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                v = v * 10 + (s.charAt(pos) - '0');
                pos++;
                count++;
            }
            return count < min ? -1 : v;
        }

        /** One to nine fraction digits, kept to microseconds as pandas keeps them at this resolution. */
        private boolean fraction() {
            int start = pos;
            long v = digits(1, 9);
            if (v < 0) {
                return false;
            }
            int count = pos - start;
            for (int k = count; k < 6; k++) {
                v *= 10;
            }
            for (int k = 6; k < count; k++) {
                v /= 10;
            }
            micro = (int) v;
            return true;
        }

        private boolean literal(char c) {
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private int monthName(boolean abbreviated) {
            for (int m = 0; m < 12; m++) {
                String name = abbreviated ? MONTHS[m].substring(0, 3) : MONTHS[m];
                if (s.regionMatches(true, pos, name, 0, name.length())) {
                    pos += name.length();
                    return m + 1;
                }
            }
            return -1;
        }

        private static DataException badFormat(String format, String why) {
            return new DataException("pd.to_datetime: format '" + format + "' cannot be used: " + why
                    + "; supported directives: %Y %y %m %d %H %I %p %M %S %f %j %b %B %%");
        }
    }
}
