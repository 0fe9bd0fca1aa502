package io.stratum.runtime.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a CSV file into a {@link Table} with the column types pandas' {@code read_csv} infers by default, so that
 * everything downstream sees the dtypes a Python user would.
 *
 * <p>Rules, checked against pandas 3: a column is int64 when every value is an integer and none is missing
 * (pandas turns an integer column with missing values into float64); float64 when every non-missing value is a
 * number (including {@code inf}, {@code -Infinity}; {@code nan} is a missing-value marker) or when every value is
 * missing; bool when every non-missing value is one of True/False/TRUE/FALSE/true/false; otherwise string. Blank
 * lines are skipped; a row with fewer fields than the header is padded with missing values, one with more is an
 * error, both as pandas does.
 *
 * <p>Known differences from pandas: a boolean column with missing values is bool with nulls here (pandas makes
 * it {@code object}); integers beyond the int64 range become float64 (pandas makes them uint64 or object).
 */
public final class CsvReader {

    /** pandas' default {@code na_values}; a field equal to one of these (exactly, untrimmed) is missing. */
    public static final Set<String> DEFAULT_NA_VALUES = Set.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND",
            "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a",
            "nan", "null");

    private static final Set<String> BOOL_TRUE = Set.of("True", "TRUE", "true");
    private static final Set<String> BOOL_FALSE = Set.of("False", "FALSE", "false");

    private CsvReader() {
    }

    /** Reads {@code file}; its memory is owned by {@code ctx}. */
    public static Table read(MemoryContext ctx, Path file) {
        return read(ctx, file, null);
    }

    /**
     * Reads only the columns of {@code file} named in {@code keep} (all when null), in the file's order, as pandas'
     * {@code usecols} does; every row is still checked, and each kept column is typed as in a full read.
     */
    public static Table read(MemoryContext ctx, Path file, Set<String> keep) {
        Reader reader;
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DataException("cannot read CSV file '" + file + "': the file does not exist. Check the path"
                    + " (a relative path is resolved against " + Path.of("").toAbsolutePath() + ").");
        } catch (IOException e) {
            throw new DataException("cannot read CSV file '" + file + "': " + e.getMessage()
                    + ". Check that the file is readable.", e);
        }
        try (reader) {
            return read(ctx, file.toString(), reader, keep);
        } catch (IOException e) {
            throw new DataException("cannot read CSV file '" + file + "': " + e.getMessage(), e);
        }
    }

    /** Reads CSV text; {@code sourceName} is used in error messages. */
    public static Table readString(MemoryContext ctx, String sourceName, String csv) {
        return read(ctx, sourceName, new StringReader(csv));
    }

    /** Reads CSV from {@code reader} (not closed here); {@code sourceName} is used in error messages. */
    public static Table read(MemoryContext ctx, String sourceName, Reader reader) {
        return read(ctx, sourceName, reader, null);
    }

    /** Reads CSV from {@code reader} keeping only the columns in {@code keep} (all when null). */
    public static Table read(MemoryContext ctx, String sourceName, Reader reader, Set<String> keep) {
        List<String> header = null;
        boolean[] kept = null;
        List<List<String>> values = new ArrayList<>();
        var csv = de.siegmar.fastcsv.reader.CsvReader.builder()
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .detectBomHeader(true)
                .ofCsvRecord(reader);
        int rows = 0;
        try {
            for (CsvRecord record : csv) {
                if (header == null) {
                    header = headerNames(record);
                    kept = new boolean[header.size()];
                    for (int j = 0; j < header.size(); j++) {
                        kept[j] = keep == null || keep.contains(header.get(j));
                        values.add(kept[j] ? new ArrayList<>() : null);
                    }
                    continue;
                }
                int fields = record.getFieldCount();
                if (fields > header.size()) {
                    throw new DataException(sourceName + ": line " + record.getStartingLineNumber() + ", column "
                            + (header.size() + 1) + ": expected " + header.size() + " fields as in the header, saw "
                            + fields + ". Quote fields that contain the separator, or fix the row.");
                }
                for (int j = 0; j < header.size(); j++) {
                    if (kept[j]) {
                        values.get(j).add(j < fields ? record.getField(j) : "");
                    }
                }
                rows++;
            }
        } catch (CsvParseException e) {
            throw new DataException(sourceName + ": malformed CSV: " + e.getMessage()
                    + ". Check the quoting near that line.", e);
        } catch (UncheckedIOException e) {
            throw new DataException(sourceName + ": cannot read CSV: " + e.getCause().getMessage(), e);
        }
        if (header == null) {
            throw new DataException(sourceName + ": the CSV file is empty; a header row with column names is needed.");
        }
        List<Column> columns = new ArrayList<>(header.size());
        for (int j = 0; j < header.size(); j++) {
            if (kept[j]) {
                columns.add(buildColumn(ctx, header.get(j), values.get(j), rows));
            }
        }
        return columns.isEmpty() ? Table.empty(rows) : Table.of(columns);
    }

    /** Header names with pandas' handling of empty ({@code Unnamed: j}) and duplicate ({@code a.1}) names. */
    private static List<String> headerNames(CsvRecord record) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < record.getFieldCount(); j++) {
            String name = record.getField(j);
            if (name.isEmpty()) {
                name = "Unnamed: " + j;
            }
            String unique = name;
            for (int k = 1; seen.contains(unique); k++) {
                unique = name + "." + k;
            }
            seen.add(unique);
            names.add(unique);
        }
        return names;
    }

    /** The type pandas would infer for these raw fields. */
    static DataType inferType(List<String> raw) {
        if (raw.isEmpty()) {
            return DataType.STRING; // pandas gives an empty column dtype object
        }
        boolean allInt = true;
        boolean allNumber = true;
        boolean allBool = true;
        boolean anyMissing = false;
        for (String s : raw) {
            if (DEFAULT_NA_VALUES.contains(s)) {
                anyMissing = true;
                continue;
            }
            if (allInt && !isInteger(s)) {
                allInt = false;
            }
            if (allNumber && !allInt && Double.isNaN(parseNumber(s))) {
                allNumber = false;
            }
            if (allBool && !BOOL_TRUE.contains(s) && !BOOL_FALSE.contains(s)) {
                allBool = false;
            }
            if (!allNumber && !allBool) {
                return DataType.STRING;
            }
        }
        if (allInt) {
            return anyMissing ? DataType.FLOAT64 : DataType.INT64; // also: all missing -> float64, as pandas
        }
        if (allNumber) {
            return DataType.FLOAT64;
        }
        return allBool ? DataType.BOOL : DataType.STRING;
    }

    private static Column buildColumn(MemoryContext ctx, String name, List<String> raw, int rows) {
        DataType type = inferType(raw);
        boolean[] nulls = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            nulls[i] = DEFAULT_NA_VALUES.contains(raw.get(i));
        }
        switch (type) {
            case INT64 -> {
                long[] v = new long[rows];
                for (int i = 0; i < rows; i++) {
                    v[i] = Long.parseLong(stripSign(raw.get(i).strip()));
                }
                return Int64Column.of(ctx, name, v);
            }
            case FLOAT64 -> {
                double[] v = new double[rows];
                for (int i = 0; i < rows; i++) {
                    v[i] = nulls[i] ? Double.NaN : parseNumber(raw.get(i));
                }
                return Float64Column.of(ctx, name, v, nulls);
            }
            case BOOL -> {
                boolean[] v = new boolean[rows];
                for (int i = 0; i < rows; i++) {
                    v[i] = !nulls[i] && BOOL_TRUE.contains(raw.get(i));
                }
                return BoolColumn.of(ctx, name, v, nulls);
            }
            case STRING -> {
                String[] v = new String[rows];
                for (int i = 0; i < rows; i++) {
                    v[i] = nulls[i] ? null : raw.get(i);
                }
                return StringColumn.of(ctx, name, v);
            }
        }
        throw new AssertionError(type);
    }

    private static String stripSign(String s) {
        return s.startsWith("+") ? s.substring(1) : s;
    }

    /** Optional surrounding whitespace, optional sign, digits only, within the int64 range. */
    static boolean isInteger(String field) {
        String s = field.strip();
        int start = (s.startsWith("+") || s.startsWith("-")) ? 1 : 0;
        if (start == s.length()) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        try {
            Long.parseLong(stripSign(s));
            return true;
        } catch (NumberFormatException e) {
            return false; // beyond int64: read as float64
        }
    }

    /**
     * The number pandas' C parser reads from {@code field}, or NaN when it is not a number. Java's own parser is
     * only used after checking the syntax, because it also accepts forms pandas rejects ({@code 1d}, hex floats).
     */
    static double parseNumber(String field) {
        String s = field.strip();
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
        }
        if (i != n) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
