package io.stratum.runtime.kernels.element;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimestampColumn;

/**
 * pandas' {@code to_datetime} of a str column into {@code datetime64[us]}, with strptime directives
 * ({@code %Y %m %d %H %M %S %f %y %b %B %I %p %j %%}). Without a format, pandas infers one from the first value and
 * holds every other value to it; Stratum does the same for the ISO 8601 layouts ({@code 2011-01-01},
 * {@code 2011-01-01 00:00}, {@code 2011-01-01 00:00:00}, with fractions, with {@code T}), so
 * {@code 1999-03-01} after {@code 2011-01-01 00:00:00} is an error or NaT, as in pandas. A value that does not
 * match is an error naming its row ({@code errors="raise"}) or NaT ({@code errors="coerce"}); missing strings are NaT.
 */
public final class DatetimeParsing {
    /** The layouts pandas' format guess finds for ISO text, most specific first. */
    private static final String[] ISO_LAYOUTS = {"%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M",
            "%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"};
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};

    private DatetimeParsing() {
    }

    /**
     * Text pandas parses into a datetime Stratum's text parsing does not give ({@code datetime64[ns]} from a fraction of
     * more than six digits; a time-zone-aware column from UTC offsets without {@code utc=True}): never a reason to leave
     * the column as text, as pandas converts it.
     */
    public static final class ConvertedByPandas extends DataException {
        ConvertedByPandas(String message) {
            super(message);
        }
    }

    /** {@code pd.to_datetime(column, format=format, errors=errors)}; {@code format} null to infer it. */
    public static Column toDatetime(MemoryContext ctx, Column column, String format, String errors) {
        return toDatetime(ctx, column, format, errors, false);
    }

    /**
     * {@code pd.to_datetime(column, format=format, errors=errors, utc=utc)}: with {@code utc}, ISO text may end in a
     * UTC offset ({@code Z}, {@code +02:00}, {@code -0500}), which is taken off to give the UTC instant, text without
     * one is read as UTC, and the column is {@code datetime64[us, UTC]}; without {@code utc}, text with an offset
     * (pandas' fixed-offset zone) is refused, naming the value.
     */
    public static Column toDatetime(MemoryContext ctx, Column column, String format, String errors, boolean utc) {
        return toDatetime(ctx, column, format, errors, utc, false);
    }

    /**
     * As {@link #toDatetime(MemoryContext, Column, String, String, boolean)}; with {@code nanoseconds}, text whose
     * fraction has more than six digits makes the column {@code datetime64[ns]}, as pandas reads it (for readers,
     * whose result type is known only from the data: {@code read_csv(parse_dates=)}), instead of being refused.
     */
    /** The format {@code pd.to_datetime(format='ISO8601')} names: every value read as ISO 8601 on its own. */
    public static final String ISO8601 = "ISO8601";

    public static Column toDatetime(MemoryContext ctx, Column column, String format, String errors, boolean utc,
                                    boolean nanoseconds) {
        if (column instanceof TimestampColumn t) {
            return utc ? TimeZoneKernels.toUtc(t) : column;
        }
        if (!(column instanceof StringColumn s)) {
            throw new DataException("pd.to_datetime of the " + column.type().pandasName() + " column '" + column.name()
                    + "' is not supported; Stratum parses text columns (str) into datetimes");
        }
        boolean coerce = errors.equals("coerce");
        int n = s.length();
        String[] text = s.toStringArray();
        String[] written = text;
        // format='ISO8601': each value read as ISO 8601 on its own (layouts may differ between rows), offsets as below
        boolean iso = ISO8601.equals(format);
        int[] offsets = format == null || iso ? takeOffsets(text = text.clone()) : null;
        String zone = utc ? "UTC" : null;
        if (offsets != null && !utc && nanoseconds) {
            // A reader (pandas' read_csv, read_json) makes one offset shared by every value a zone; other text stays.
            zone = readerZone(written, offsets);
            if (zone == null) {
                throw new DataException("pd.to_datetime: column '" + column.name() + "' mixes UTC offsets, or values"
                        + " with and without one; pandas leaves such a column as text");
            }
        } else if (offsets != null && !utc) {
            int row = 0;
            while (offsets[row] == NO_OFFSET) {
                row++;
            }
            throw new ConvertedByPandas("pd.to_datetime: '" + written[row] + "' in row " + row + " of column '"
                    + column.name() + "' has a UTC offset, which pandas turns into a time-zone-aware column that Stratum"
                    + " makes only with utc=True; pass utc=True for the UTC instants (datetime64[us, UTC])");
        }
        long[] micros = new long[n];
        int[] nanos = null;
        boolean[] nulls = new boolean[n];
        Parser parser = new Parser();
        if (format == null) {
            format = inferFormat(text, parser, column.name());
        }
        for (int i = 0; i < n; i++) {
            String v = text[i];
            if (v == null) {
                nulls[i] = true;
                continue;
            }
            boolean ok = iso ? parser.iso(v) : parser.strptime(v, format);
            if (ok && parser.moreThanMicros && nanoseconds) {
                if (nanos == null) {
                    nanos = new int[n];
                }
                nanos[i] = parser.nano;
            } else if (ok && parser.moreThanMicros) {
                throw new ConvertedByPandas("pd.to_datetime: '" + v + "' in row " + i + " of column '" + column.name()
                        + "' has a fraction of more than six digits, which pandas reads as datetime64[ns], while"
                        + " Stratum parses text into datetime64[us]; cut the fraction to six digits first"
                        + " (.str.slice) or read the column from Parquet/Arrow, which keep nanoseconds");
            }
            if (ok) {
                micros[i] = parser.micros();
            } else if (coerce) {
                nulls[i] = true;
            } else {
                throw new DataException("pd.to_datetime: '" + v + "' in row " + i + " of column '" + column.name()
                        + "' does not match the format '" + format + "'" + (iso || inferredFrom(text) == i ? ""
                        : " (pandas infers it from the first value when no format is given)") + "; pass format=..."
                        + " for other layouts, or errors='coerce' to make such values NaT");
            }
        }
        if (offsets != null) {
            for (int i = 0; i < n; i++) {
                if (!nulls[i] && offsets[i] != NO_OFFSET) {
                    micros[i] -= offsets[i] * 1_000_000L;
                }
            }
        }
        if (nanos != null) {
            long[] ticks = new long[n];
            for (int i = 0; i < n; i++) {
                ticks[i] = nulls[i] ? 0 : Math.addExact(Math.multiplyExact(micros[i], 1000L), nanos[i]);
            }
            return TimestampColumn.of(ctx, column.name(), ticks, nulls, DatetimeUnit.NS, zone);
        }
        return TimestampColumn.of(ctx, column.name(), micros, nulls, DatetimeUnit.US, zone);
    }

    private static final int NO_OFFSET = Integer.MIN_VALUE;

    /**
     * The zone pandas' readers give text whose every value ends in one and the same UTC offset: {@code UTC} for a zero
     * offset ({@code Z} or {@code +00:00}), {@code UTC+02:00} for another; null when offsets differ or some value has
     * none (pandas leaves such a column as text).
     */
    static String readerZone(String[] text, int[] offsets) {
        Integer common = null;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == null) {
                continue;
            }
            if (offsets[i] == NO_OFFSET || common != null && common != offsets[i]) {
                return null;
            }
            common = offsets[i];
        }
        if (common == null) {
            return null;
        }
        return common == 0 ? "UTC" : "UTC" + io.stratum.runtime.data.TimeZones.offsetText(common);
    }

    /**
     * For a reader: ISO text whose every value ends in one UTC offset, as pandas' readers convert it — a
     * time-zone-aware {@code datetime64[us|ns, zone]} column of its instants — or null when no value has an offset,
     * or when offsets differ or are missing from some value (pandas leaves the text as it is); a {@link DataException}
     * when the text does not parse with the layout of its first value.
     */
    public static Column readerOffsetDates(MemoryContext ctx, String name, String[] values) {
        String[] text = values.clone();
        int[] offsets = takeOffsets(text);
        if (offsets == null || readerZone(values, offsets) == null) {
            return null;
        }
        return toDatetime(ctx, StringColumn.of(ctx, name, values), null, "raise", false, true);
    }
    private static final java.util.regex.Pattern OFFSET =
            java.util.regex.Pattern.compile("(?:Z|([+-])(\\d{2}):?(\\d{2}))$");

    /**
     * Takes a trailing UTC offset off each ISO date-time of {@code text} (in place) and returns the offsets in seconds
     * ({@link #NO_OFFSET} where there was none), or null when no value had one. An offset counts only after the time
     * of day, so a date's own {@code -01} is never taken for one.
     */
    private static int[] takeOffsets(String[] text) {
        int[] offsets = null;
        for (int i = 0; i < text.length; i++) {
            String v = text[i];
            if (v == null || v.length() < 14) {
                continue;
            }
            java.util.regex.Matcher m = OFFSET.matcher(v);
            if (!m.find() || m.start() < 13 || v.indexOf(':') < 0 || v.indexOf(':') > m.start()) {
                continue;
            }
            if (offsets == null) {
                offsets = new int[text.length];
                java.util.Arrays.fill(offsets, NO_OFFSET);
            }
            offsets[i] = m.group(1) == null ? 0 : (m.group(1).equals("-") ? -1 : 1)
                    * (Integer.parseInt(m.group(2)) * 3600 + Integer.parseInt(m.group(3)) * 60);
            text[i] = v.substring(0, m.start());
        }
        return offsets;
    }

    /**
     * {@code pd.to_datetime(numbers, unit=unit)}: int or float epoch numbers as ticks of {@code unit} (nanoseconds
     * when null; days become seconds), pandas' {@code datetime64[unit]}; NaN is NaT. A fractional number (pandas rounds
     * it into {@code datetime64[ns]} through floats) and a value whose microseconds overflow a long (pandas would give
     * a date beyond year 294,000) are errors naming the row ({@code errors="coerce"} does not hide them, as pandas
     * would not make them NaT either); a datetime column is returned as it is.
     */
    public static Column fromEpoch(MemoryContext ctx, Column column, String unit, String errors, boolean utc) {
        if (column instanceof TimestampColumn t) {
            return utc ? TimeZoneKernels.toUtc(t) : column;
        }
        DatetimeUnit to = unit == null ? DatetimeUnit.NS : unit.equals("D") ? DatetimeUnit.S : DatetimeUnit.ofText(unit);
        long scale = unit != null && unit.equals("D") ? 86_400L : 1L;
        int n = column.length();
        long[] ticks = new long[n];
        boolean[] nulls = new boolean[n];
        String call = "pd.to_datetime(unit=" + (unit == null ? "None" : "'" + unit + "'") + ")";
        switch (column) {
            case Int64Column c -> {
                for (int i = 0; i < n; i++) {
                    ticks[i] = c.getLong(i);
                }
            }
            case Float64Column c -> {
                double[] v = c.toDoubleArray();
                for (int i = 0; i < n; i++) {
                    if (Double.isNaN(v[i])) {
                        nulls[i] = true;
                    } else if (v[i] != Math.rint(v[i]) || Math.abs(v[i]) >= 0x1p63) {
                        throw new DataException(call + ": " + v[i] + " in row " + i + " of column '" + column.name()
                                + "' is not a whole number; pandas reads fractional epoch numbers into datetime64[ns]"
                                + " through float rounding that Stratum does not reproduce; round them first (.round())");
                    } else {
                        ticks[i] = (long) v[i];
                    }
                }
            }
            default -> throw new DataException(call + " of the " + column.dtypeName() + " column '" + column.name()
                    + "' is not supported; Stratum reads int and float columns as epoch numbers");
        }
        for (int i = 0; i < n; i++) {
            if (nulls[i]) {
                continue;
            }
            try {
                ticks[i] = Math.multiplyExact(ticks[i], scale);
                to.toMicros(ticks[i]);
            } catch (ArithmeticException e) {
                throw new DataException(call + ": " + ticks[i] + " in row " + i + " of column '" + column.name()
                        + "' is a date beyond what Stratum holds (about 294,000 years from 1970)");
            }
        }
        return TimestampColumn.of(ctx, column.name(), ticks, nulls, to, utc ? "UTC" : null);
    }

    /**
     * Each value parsed with whichever ISO 8601 layout Stratum knows it matches, as pandas' {@code format="iso8601"}
     * does value by value, into {@code micros}; {@code null} values are skipped. Returns the first row that matches
     * none, or -1. A fraction of more than six digits does not match: pandas would keep it in nanoseconds.
     */
    public static int parseIsoEach(String[] text, long[] micros) {
        return parseIsoEach(text, micros, null);
    }

    /**
     * As {@link #parseIsoEach(String[], long[])}, and where {@code nanos} is given, a fraction of up to nine digits
     * matches, its nanoseconds past the microsecond going into {@code nanos}.
     */
    public static int parseIsoEach(String[] text, long[] micros, int[] nanos) {
        Parser parser = new Parser();
        for (int i = 0; i < text.length; i++) {
            String v = text[i];
            if (v == null) {
                continue;
            }
            int dot = v.lastIndexOf('.');
            if (dot >= 0 && v.length() - dot - 1 > (nanos == null ? 6 : 9)) {
                return i;
            }
            boolean matched = false;
            for (String layout : ISO_LAYOUTS) {
                if (parser.strptime(v, layout)) {
                    micros[i] = parser.micros();
                    if (nanos != null) {
                        nanos[i] = parser.nano;
                    }
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The layout of the first non-missing value, as pandas' {@code guess_datetime_format(value, dayfirst=False)}
     * guesses it: ISO 8601, else the numeric and month-name shapes skrub's {@code ToDatetime} guesses too
     * ({@link io.stratum.runtime.kernels.datetime.DatetimeParser#guess}: {@code 09/22/1986} is {@code %m/%d/%Y},
     * {@code 22/09/1986} {@code %d/%m/%Y}, {@code Jun 12 1998} {@code %b %d %Y}); other layouts need format=.
     */
    private static String inferFormat(String[] text, Parser parser, String column) {
        int first = inferredFrom(text);
        if (first < 0) {
            return ISO_LAYOUTS[0];
        }
        for (String layout : ISO_LAYOUTS) {
            if (parser.strptime(text[first], layout)) {
                return layout;
            }
        }
        String guessed = io.stratum.runtime.kernels.datetime.DatetimeParser.guess(text[first], false);
        if (guessed != null) {
            return guessed;
        }
        throw new DataException("pd.to_datetime: cannot infer a date format from '" + text[first] + "' (row " + first
                + " of column '" + column + "'); Stratum infers ISO 8601, numeric (09/22/1986) and month-name"
                + " (Jun 12 1998) layouts: pass format=..., e.g. '%m/%d/%Y'");
    }

    private static int inferredFrom(String[] text) {
        for (int i = 0; i < text.length; i++) {
            if (text[i] != null) {
                return i;
            }
        }
        return -1;
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
        /** The nanoseconds past {@link #micro} of a fraction of more than six digits. */
        private int nano;
        /** Set once a value had a fraction of more than six digits (pandas reads those as datetime64[ns]). */
        private boolean moreThanMicros;
        private int dayOfYear;
        private int pos;
        private String s;

        /** Reads {@code v} as ISO 8601 text ({@code pd.to_datetime(format='ISO8601')}); false when it is not. */
        boolean iso(String v) {
            io.stratum.runtime.data.IsoTimestamp t;
            try {
                t = io.stratum.runtime.data.IsoTimestamp.parse(v.strip());
            } catch (java.time.DateTimeException e) {
                return false;
            }
            if (t == null || t.offset() != null) {
                return false;
            }
            java.time.LocalDateTime l = t.local();
            year = l.getYear();
            month = l.getMonthValue();
            day = l.getDayOfMonth();
            hour = l.getHour();
            minute = l.getMinute();
            second = l.getSecond();
            micro = l.getNano() / 1000;
            nano = l.getNano() % 1000;
            dayOfYear = 0;
            moreThanMicros = t.fractionDigits() > 6;
            return true;
        }

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
            nano = 0;
            moreThanMicros = false;
            dayOfYear = 0;
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
            moreThanMicros |= count > 6;
            for (int k = count; k < 9; k++) {
                v *= 10;
            }
            micro = (int) (v / 1000);
            nano = (int) (v % 1000);
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
