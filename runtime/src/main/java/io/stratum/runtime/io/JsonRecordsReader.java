package io.stratum.runtime.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stratum.ir.value.PyFormat;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.DictionaryEncoding;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JSON list of records ({@code [{"a": 1, "b": "x"}, ...]}, {@code pd.read_json(path)} or with
 * {@code orient="records"}) into a {@link Table} with the dtypes pandas infers: columns in order of first appearance,
 * a key absent from a record is missing; then pandas' conversions — integers with a missing value become float64,
 * floats that are all integral become int64, booleans with a missing value become float64 (1.0/0.0/NaN), strings
 * that all read as numbers become float64 (int64 when they all read as integers and none is missing). Columns that
 * {@link JsonDates} selects are converted as pandas' {@code _try_convert_to_date} converts them: text whose every
 * value is ISO 8601 (or empty, {@code NaT}, {@code nan}) becomes {@code datetime64[us]}; text pandas cannot parse
 * (a value without digits, month names or {@code now}/{@code today}) and numbers up to one year in the epoch unit
 * stay as they are. Epoch numbers (and text of integers) take the first unit of {@code s, ms, us, ns} whose dates fit
 * pandas' nanosecond range, or {@code date_unit}: epoch microseconds become {@code datetime64[us]}, as in pandas.
 * What pandas would convert and Stratum cannot hold the same way is refused with the column's name: epoch seconds,
 * milliseconds and nanoseconds and fractional epoch numbers (pandas gives {@code datetime64[s]}, {@code [ms]} or
 * {@code [ns]}, Stratum holds only {@code [us]}), other date layouts (pandas' format guess and dateutil), time zones.
 *
 * <p>Known difference from pandas: a column mixing numbers and text (pandas' {@code object} dtype) is read as
 * strings, numbers written as Python prints them.
 */
public final class JsonRecordsReader {
    private static final JsonFactory JSON = new JsonFactory();

    private static final byte MISSING = 0;
    private static final byte INT = 1;
    private static final byte FLOAT = 2;
    private static final byte BOOL = 3;
    private static final byte TEXT = 4;

    private JsonRecordsReader() {
    }

    /** One column's cells as read: a kind per row and the value in the array of that kind. */
    private static final class Cells {
        final String name;
        byte[] kinds = new byte[64];
        long[] ints = new long[64];
        double[] floats = new double[64];
        String[] texts = new String[64];

        Cells(String name) {
            this.name = name;
        }

        void ensure(int rows) {
            if (rows > kinds.length) {
                int n = Math.max(rows, kinds.length * 2);
                kinds = Arrays.copyOf(kinds, n);
                ints = Arrays.copyOf(ints, n);
                floats = Arrays.copyOf(floats, n);
                texts = Arrays.copyOf(texts, n);
            }
        }
    }

    /**
     * Reads {@code columns} (null: all, in order of first appearance) of the records in {@code file};
     * {@code convertDates} is pandas' {@code convert_dates} and {@code keep_default_dates}.
     */
    public static Table read(MemoryContext ctx, Path file, List<String> columns, JsonDates convertDates) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException("cannot read JSON file '" + file + "': the file does not exist. Check the path.");
        } catch (IOException e) {
            throw new DataException("cannot read JSON file '" + file + "': " + e.getMessage(), e);
        }
        return parse(ctx, file.toString(), bytes, columns, convertDates);
    }

    /** Reads JSON text; {@code source} names it in errors. */
    public static Table readString(MemoryContext ctx, String source, String json, List<String> columns, JsonDates convertDates) {
        return parse(ctx, source, json.getBytes(StandardCharsets.UTF_8), columns, convertDates);
    }

    private static Table parse(MemoryContext ctx, String source, byte[] bytes, List<String> columns, JsonDates convertDates) {
        Map<String, Cells> byName = new LinkedHashMap<>();
        int rows = 0;
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new DataException(source + ": expected a JSON list of records ([{...}, ...]) at line "
                        + p.currentLocation().getLineNr() + "; other layouts (orient='columns', 'split', ...) are not"
                        + " supported yet");
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw new DataException(source + ": line " + p.currentLocation().getLineNr() + ": record " + rows
                            + " is not a JSON object; a list of records is expected");
                }
                int row = rows++;
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String key = p.currentName();
                    JsonToken t = p.nextToken();
                    Cells c = byName.computeIfAbsent(key, Cells::new);
                    c.ensure(row + 1);
                    switch (t) {
                        case VALUE_NULL -> c.kinds[row] = MISSING;
                        case VALUE_TRUE, VALUE_FALSE -> {
                            c.kinds[row] = BOOL;
                            c.ints[row] = t == JsonToken.VALUE_TRUE ? 1 : 0;
                        }
                        case VALUE_NUMBER_INT -> {
                            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                                throw new DataException(source + ": line " + p.currentLocation().getLineNr() + ", column '"
                                        + key + "': the integer " + p.getText() + " does not fit in int64");
                            }
                            c.kinds[row] = INT;
                            c.ints[row] = p.getLongValue();
                        }
                        case VALUE_NUMBER_FLOAT -> {
                            c.kinds[row] = FLOAT;
                            c.floats[row] = p.getDoubleValue();
                        }
                        case VALUE_STRING -> {
                            c.kinds[row] = TEXT;
                            c.texts[row] = p.getText();
                        }
                        default -> throw new DataException(source + ": line " + p.currentLocation().getLineNr()
                                + ", column '" + key + "': nested values (lists and objects) are not supported; only"
                                + " strings, numbers, booleans and null");
                    }
                }
            }
        } catch (JsonParseException e) {
            throw new DataException(source + ": malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DataException(source + ": cannot read JSON: " + e.getMessage(), e);
        }
        List<String> names = new ArrayList<>(byName.keySet());
        List<Column> out = new ArrayList<>();
        for (Cells c : byName.values()) {
            if (columns != null && !columns.contains(c.name)) {
                continue;
            }
            c.ensure(rows);
            Column dates = convertDates.appliesTo(c.name) ? dateColumn(ctx, source, c, rows, convertDates.dateUnit())
                    : null;
            out.add(dates != null ? dates : build(ctx, c, rows));
        }
        return out.isEmpty() ? Table.empty(rows) : Table.of(out);
    }

    /** pandas' lower bound of epoch seconds it takes for dates (one year), {@code Parser._MIN_STAMPS["s"]}. */
    private static final long MIN_STAMP_SECONDS = 31_536_000L;
    /** Nanoseconds per epoch unit, in {@link JsonDates#UNITS}' order. */
    private static final long[] NANOS_PER_UNIT = {1_000_000_000L, 1_000_000L, 1_000L, 1L};
    /** Strings pandas' {@code to_datetime} reads as NaT. */
    private static final java.util.Set<String> NAT_STRINGS = java.util.Set.of("", "NaT", "nat", "NAT", "nan", "NaN", "NAN");

    /**
     * A date column as pandas' {@code read_json} makes it from column {@code c}, or {@code null} when pandas leaves
     * the column as it is; an error when pandas converts it in a way Stratum cannot reproduce.
     */
    private static Column dateColumn(MemoryContext ctx, String source, Cells c, int rows, String dateUnit) {
        if (rows == 0) {
            return null;
        }
        boolean text = false;
        boolean numbers = false;
        boolean bools = false;
        for (int i = 0; i < rows; i++) {
            switch (c.kinds[i]) {
                case TEXT -> text = true;
                case INT, FLOAT -> numbers = true;
                case BOOL -> bools = true;
                default -> {
                }
            }
        }
        if (bools) {
            // pandas reads 0/1 as seconds before 1971, or cannot read booleans as dates: the column stays.
            return null;
        }
        if (text && numbers) {
            throw refused(source, c.name, "it mixes text and numbers, which pandas converts value by value");
        }
        if (!text) {
            double[] v = new double[rows];
            long[] exact = new long[rows];
            for (int i = 0; i < rows; i++) {
                v[i] = switch (c.kinds[i]) {
                    case INT -> c.ints[i];
                    case FLOAT -> c.floats[i];
                    default -> Double.NaN;
                };
                exact[i] = c.kinds[i] == INT ? c.ints[i] : (long) v[i];
            }
            return epochDates(ctx, source, c.name, v, exact, dateUnit);
        }
        String[] values = new String[rows];
        boolean missing = false;
        boolean allIntegers = true;
        for (int i = 0; i < rows; i++) {
            values[i] = c.kinds[i] == TEXT ? c.texts[i] : null;
            missing |= values[i] == null;
            if (values[i] != null) {
                byte[] b = values[i].getBytes(StandardCharsets.UTF_8);
                allIntegers &= FieldText.isLong(b, 0, b.length);
            }
        }
        if (allIntegers && !missing) {
            // pandas first tries the text as int64, then as epoch numbers.
            double[] v = new double[rows];
            long[] exact = new long[rows];
            for (int i = 0; i < rows; i++) {
                byte[] b = values[i].getBytes(StandardCharsets.UTF_8);
                exact[i] = FieldText.parseLong(b, 0, b.length);
                v[i] = exact[i];
            }
            return epochDates(ctx, source, c.name, v, exact, dateUnit);
        }
        String[] parsed = values.clone();
        for (int i = 0; i < rows; i++) {
            if (parsed[i] != null && NAT_STRINGS.contains(parsed[i])) {
                parsed[i] = null;
            }
        }
        if (anyOffset(parsed)) {
            // pandas: one UTC offset shared by every value makes a time-zone-aware column; mixed offsets stay text.
            try {
                return io.stratum.runtime.kernels.element.DatetimeParsing.readerOffsetDates(ctx, c.name, parsed);
            } catch (DataException e) {
                throw refused(source, c.name, "its text with UTC offsets does not parse with one ISO 8601 layout ("
                        + e.getMessage() + "), and pandas may still parse it value by value");
            }
        }
        long[] micros = new long[rows];
        int[] nanos = new int[rows];
        int failed = io.stratum.runtime.kernels.element.DatetimeParsing.parseIsoEach(parsed, micros, nanos);
        if (failed < 0) {
            boolean[] nat = new boolean[rows];
            boolean anyNanos = false;
            for (int i = 0; i < rows; i++) {
                nat[i] = parsed[i] == null;
                anyNanos |= hasNanosecondDigits(parsed[i]);
            }
            if (anyNanos) {
                // pandas reads text with a fraction of more than six digits as datetime64[ns], the whole column.
                long[] ticks = new long[rows];
                for (int i = 0; i < rows; i++) {
                    ticks[i] = nat[i] ? 0 : micros[i] * 1000L + nanos[i];
                }
                return io.stratum.runtime.data.TimestampColumn.of(ctx, c.name, ticks, nat, DatetimeUnit.NS);
            }
            return io.stratum.runtime.data.TimestampColumn.of(ctx, c.name, micros, nat);
        }
        for (int i = failed; i < rows; i++) {
            if (parsed[i] != null && cannotBeDate(parsed[i])) {
                // pandas' three attempts (its format guess, ISO 8601, value by value) all fail on this value.
                return null;
            }
        }
        throw refused(source, c.name, "its value '" + values[failed] + "' (record " + failed + ") is not ISO 8601 text"
                + " Stratum reads, and pandas may still parse it (its format guess, time zones, or dateutil value by"
                + " value)");
    }

    /**
     * Epoch numbers as pandas' {@code _try_convert_to_date} reads them ({@code v}: the values, NaN for missing ones;
     * {@code exact}: the same as longs where they are integers): left as they are ({@code null}) unless every number
     * is past one year in the unit ({@code date_unit}, else seconds); then the first unit of {@code s, ms, us, ns}
     * (or {@code date_unit}) whose dates fit pandas' nanosecond range gives {@code datetime64[unit]} of the same
     * ticks; a column of only missing values is {@code datetime64[s]}. Fractional numbers (pandas' float-rounded
     * {@code datetime64[ns]}) are refused.
     */
    private static Column epochDates(MemoryContext ctx, String source, String column, double[] v, long[] exact,
                                     String dateUnit) {
        int rows = v.length;
        int first = dateUnit == null ? 0 : JsonDates.UNITS.indexOf(dateUnit);
        double minStamp = MIN_STAMP_SECONDS * (double) (NANOS_PER_UNIT[0] / NANOS_PER_UNIT[first]);
        boolean anyNumber = false;
        for (int i = 0; i < rows; i++) {
            if (!Double.isNaN(v[i]) && !(v[i] > minStamp)) {
                return null;
            }
            anyNumber |= !Double.isNaN(v[i]);
        }
        if (!anyNumber) {
            // pandas reads a column of only missing values as datetime64[s] of NaT.
            boolean[] nat = new boolean[rows];
            java.util.Arrays.fill(nat, true);
            return io.stratum.runtime.data.TimestampColumn.of(ctx, column, new long[rows], nat, DatetimeUnit.S);
        }
        for (int i = 0; i < rows; i++) {
            if (!Double.isNaN(v[i]) && v[i] != Math.rint(v[i])) {
                throw refused(source, column, "its value " + v[i] + " (record " + i + ") has a fraction, and pandas reads"
                        + " fractional epoch numbers as datetime64[ns] through float rounding that Stratum does not reproduce");
            }
        }
        int last = dateUnit == null ? JsonDates.UNITS.size() - 1 : first;
        for (int u = first; u <= last; u++) {
            if (!fitsNanoseconds(v, NANOS_PER_UNIT[u])) {
                continue;
            }
            // pandas keeps the unit it read the numbers in: datetime64[s], [ms], [us] or [ns] of the same ticks.
            DatetimeUnit unit = DatetimeUnit.ofText(JsonDates.UNITS.get(u));
            long[] ticks = new long[rows];
            boolean[] nat = new boolean[rows];
            for (int i = 0; i < rows; i++) {
                if (Double.isNaN(v[i])) {
                    nat[i] = true;
                } else {
                    ticks[i] = exact[i];
                }
            }
            return io.stratum.runtime.data.TimestampColumn.of(ctx, column, ticks, nat, unit);
        }
        return null; // date_unit given and out of range: pandas leaves the numbers as they are
    }

    /** True when every number (NaN skipped) times {@code nanosPerUnit} is within pandas' datetime64[ns] range. */
    private static boolean fitsNanoseconds(double[] v, long nanosPerUnit) {
        double limit = (double) Long.MAX_VALUE;
        for (double x : v) {
            if (!Double.isNaN(x) && Math.abs(x * nanosPerUnit) >= limit) {
                return false;
            }
        }
        return true;
    }

    /**
     * A value none of pandas' date parsers accepts: no digit, no month name, not {@code now}/{@code today}
     * (a sufficient condition only; other values are refused rather than guessed).
     */
    private static boolean cannotBeDate(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.contains("now") || lower.contains("today")) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isDigit(lower.charAt(i))) {
                return false;
            }
        }
        for (String month : new String[] {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec"}) {
            if (lower.contains(month)) {
                return false;
            }
        }
        return true;
    }

    private static DataException refused(String source, String column, String why) {
        return new DataException(source + ": pandas would convert column '" + column + "' to datetime (convert_dates),"
                + " but " + why + "; pass convert_dates=False (or keep_default_dates=False) to read it as written, then"
                + " convert it with pd.to_datetime(..., format=...)");
    }

    private static Column build(MemoryContext ctx, Cells c, int rows) {
        boolean missing = false;
        boolean ints = false;
        boolean floats = false;
        boolean bools = false;
        boolean texts = false;
        for (int i = 0; i < rows; i++) {
            switch (c.kinds[i]) {
                case MISSING -> missing = true;
                case INT -> ints = true;
                case FLOAT -> floats = true;
                case BOOL -> bools = true;
                default -> texts = true;
            }
        }
        boolean[] nulls = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            nulls[i] = c.kinds[i] == MISSING;
        }
        if (!texts) {
            if (bools && !ints && !floats) {
                if (!missing) {
                    boolean[] v = new boolean[rows];
                    for (int i = 0; i < rows; i++) {
                        v[i] = c.ints[i] == 1;
                    }
                    return BoolColumn.of(ctx, c.name, v);
                }
            }
            // Numbers (booleans count as 1 and 0 among them); all missing is float64 NaN, as pandas gives.
            double[] d = new double[rows];
            boolean integral = !missing;
            for (int i = 0; i < rows && integral; i++) {
                integral = c.kinds[i] != FLOAT || (c.floats[i] == Math.rint(c.floats[i]) && Math.abs(c.floats[i]) < 0x1p63);
            }
            if (integral && rows > 0) {
                long[] v = new long[rows];
                for (int i = 0; i < rows; i++) {
                    v[i] = c.kinds[i] == FLOAT ? (long) c.floats[i] : c.ints[i];
                }
                return Int64Column.of(ctx, c.name, v);
            }
            for (int i = 0; i < rows; i++) {
                d[i] = switch (c.kinds[i]) {
                    case MISSING -> Double.NaN;
                    case FLOAT -> c.floats[i];
                    default -> c.ints[i];
                };
            }
            return Float64Column.of(ctx, c.name, d, nulls);
        }
        if (!ints && !floats && !bools) {
            // Only strings: pandas tries float64, then int64 when every string is an integer and none is missing.
            Column numeric = numericStrings(ctx, c, rows, missing, nulls);
            if (numeric != null) {
                return numeric;
            }
        }
        String[] v = new String[rows];
        for (int i = 0; i < rows; i++) {
            v[i] = switch (c.kinds[i]) {
                case MISSING -> null;
                case INT -> Long.toString(c.ints[i]);
                case FLOAT -> PyFormat.floatRepr(c.floats[i]);
                case BOOL -> c.ints[i] == 1 ? "True" : "False";
                default -> c.texts[i];
            };
        }
        return DictionaryEncoding.ifLowCardinality(StringColumn.of(ctx, c.name, v));
    }

    private static Column numericStrings(MemoryContext ctx, Cells c, int rows, boolean missing, boolean[] nulls) {
        double[] d = new double[rows];
        boolean allLong = !missing;
        for (int i = 0; i < rows; i++) {
            if (c.kinds[i] == MISSING) {
                d[i] = Double.NaN;
                continue;
            }
            byte[] b = c.texts[i].getBytes(StandardCharsets.UTF_8);
            double v = FieldText.parseDouble(b, 0, b.length);
            if (Double.isNaN(v)) {
                return null;
            }
            d[i] = v;
            allLong &= FieldText.isLong(b, 0, b.length);
        }
        if (allLong && rows > 0) {
            long[] v = new long[rows];
            for (int i = 0; i < rows; i++) {
                byte[] b = c.texts[i].getBytes(StandardCharsets.UTF_8);
                v[i] = FieldText.parseLong(b, 0, b.length);
            }
            return Int64Column.of(ctx, c.name, v);
        }
        return Float64Column.of(ctx, c.name, d, nulls);
    }

    /** True for text whose fraction of a second has more than six digits. */
    private static boolean hasNanosecondDigits(String text) {
        if (text == null) {
            return false;
        }
        int dot = text.lastIndexOf('.');
        int digits = 0;
        for (int i = dot + 1; dot >= 0 && i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            digits++;
        }
        return digits > 6;
    }

    /** True when some ISO date-time ends in a UTC offset ({@code Z}, {@code +02:00}, {@code -0500}). */
    private static boolean anyOffset(String[] text) {
        for (String v : text) {
            if (v != null && v.length() > 16 && v.indexOf(':') > 0
                    && (v.endsWith("Z") || v.matches(".*[T ]\\d{2}:\\d{2}.*[+-]\\d{2}:?\\d{2}"))) {
                return true;
            }
        }
        return false;
    }
}
