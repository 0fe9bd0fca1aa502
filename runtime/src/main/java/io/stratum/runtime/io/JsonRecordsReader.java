package io.stratum.runtime.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stratum.ir.value.PyFormat;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
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
 * that all read as numbers become float64 (int64 when they all read as integers and none is missing). Columns whose
 * names pandas treats as dates ({@code date}, {@code *_at}, {@code *_time}, {@code timestamp*}, ...) are refused unless
 * {@code convert_dates=False}, since Stratum has no datetime columns yet.
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
     * {@code convertDates} is pandas' {@code convert_dates}.
     */
    public static Table read(MemoryContext ctx, Path file, List<String> columns, boolean convertDates) {
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
    public static Table readString(MemoryContext ctx, String source, String json, List<String> columns, boolean convertDates) {
        return parse(ctx, source, json.getBytes(StandardCharsets.UTF_8), columns, convertDates);
    }

    private static Table parse(MemoryContext ctx, String source, byte[] bytes, List<String> columns, boolean convertDates) {
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
            if (convertDates && isDateName(c.name)) {
                throw new DataException(source + ": pandas would convert column '" + c.name + "' to datetime (its name"
                        + " looks like a date), and Stratum has no datetime columns yet; pass convert_dates=False to"
                        + " read it as it is written");
            }
            c.ensure(rows);
            out.add(build(ctx, c, rows));
        }
        return out.isEmpty() ? Table.empty(rows) : Table.of(out);
    }

    /** pandas' {@code keep_default_dates} rule for which column names are converted to dates. */
    static boolean isDateName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("_at") || lower.endsWith("_time") || lower.equals("modified") || lower.equals("date")
                || lower.equals("datetime") || lower.startsWith("timestamp");
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
        return StringColumn.of(ctx, c.name, v);
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
}
