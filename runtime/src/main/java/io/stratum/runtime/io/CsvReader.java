package io.stratum.runtime.io;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.element.DatetimeParsing;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * error, both as pandas does. {@link CsvOptions} adds pandas' separator, column, dtype and missing-value options.
 *
 * <p>How: the file's bytes are split at record boundaries into chunks of about a mebibyte, tokenized in parallel
 * into field offsets (no String per cell), and each column is typed and parsed from those bytes straight into
 * primitive arrays or Arrow buffers, chunks in parallel. Every cell's value depends only on its own bytes and
 * the column's type, which depends on all of them, so results do not depend on the number of threads.
 *
 * <p>Known differences from pandas: a boolean column with missing values is bool with nulls here (pandas makes
 * it {@code object}); integers beyond the int64 range become float64 (pandas makes them uint64 or object).
 */
public final class CsvReader {

    /** pandas' default {@code na_values}; a field equal to one of these (exactly, untrimmed) is missing. */
    public static final Set<String> DEFAULT_NA_VALUES = Set.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND",
            "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a",
            "nan", "null");

    /** Bytes per chunk of records tokenized by one task. */
    static final int CHUNK_BYTES = 1 << 20;

    private CsvReader() {
    }

    /** Reads {@code file} with pandas' defaults; its memory is owned by {@code ctx}. */
    public static Table read(MemoryContext ctx, Path file) {
        return read(ctx, file, CsvOptions.DEFAULT);
    }

    /**
     * Reads only the columns of {@code file} named in {@code keep} (all when null; names the file lacks are
     * ignored), in the file's order, as pandas' {@code usecols} does; each kept column is typed as in a full read.
     */
    public static Table read(MemoryContext ctx, Path file, Set<String> keep) {
        return read(ctx, file, CsvOptions.DEFAULT.withColumns(keep == null ? null : List.copyOf(keep)));
    }

    /** Reads {@code file} with {@code options}; its memory is owned by {@code ctx}. */
    public static Table read(MemoryContext ctx, Path file, CsvOptions options) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException("cannot read CSV file '" + file + "': the file does not exist. Check the path"
                    + " (a relative path is resolved against " + Path.of("").toAbsolutePath() + ").");
        } catch (IOException | OutOfMemoryError e) {
            throw new DataException("cannot read CSV file '" + file + "': " + e.getMessage()
                    + ". Check that the file is readable.", e);
        }
        return parse(ctx, file.toString(), bytes, options);
    }

    /** Reads CSV text; {@code sourceName} is used in error messages. */
    public static Table readString(MemoryContext ctx, String sourceName, String csv) {
        return readString(ctx, sourceName, csv, CsvOptions.DEFAULT);
    }

    /** Reads CSV text with {@code options}; {@code sourceName} is used in error messages. */
    public static Table readString(MemoryContext ctx, String sourceName, String csv, CsvOptions options) {
        return parse(ctx, sourceName, csv.getBytes(StandardCharsets.UTF_8), options);
    }

    /** Reads CSV from {@code reader} (not closed here); {@code sourceName} is used in error messages. */
    public static Table read(MemoryContext ctx, String sourceName, Reader reader) {
        StringWriter text = new StringWriter();
        try {
            reader.transferTo(text);
        } catch (IOException e) {
            throw new DataException(sourceName + ": cannot read CSV: " + e.getMessage(), e);
        }
        return readString(ctx, sourceName, text.toString());
    }

    /** Parses a whole file's bytes. */
    static Table parse(MemoryContext ctx, String source, byte[] a, CsvOptions options) {
        byte sep = (byte) options.separator();
        int quote = options.quoteChar();
        int start = hasBom(a) ? 3 : 0;
        int line = 1;
        // Blank lines before the header are skipped too.
        while (start < a.length && (a[start] == '\n' || a[start] == '\r')) {
            if (a[start] == '\n') {
                line++;
            } else if (start + 1 >= a.length || a[start + 1] != '\n') {
                line++;
            }
            start++;
        }
        if (start >= a.length) {
            throw new DataException(source + ": the CSV file is empty; a header row with column names is needed.");
        }
        long[] headerEnd = CsvChunk.nextBoundary(a, start, start + 1, a.length, sep, quote);
        int bodyStart = (int) headerEnd[0];
        List<String> header = headerNames(headerFields(a, start, bodyStart, sep, quote, line, source));
        int firstBodyLine = line + (int) headerEnd[1];

        int fieldCount = header.size();
        int[] slot = new int[fieldCount];
        List<String> names = new ArrayList<>();
        Set<String> wanted = options.columns() == null ? null : new HashSet<>(options.columns());
        if (options.usecols() != null) {
            List<String> missing = new ArrayList<>();
            for (String w : options.usecols()) {
                if (!header.contains(w) && !missing.contains(w)) {
                    missing.add(w);
                }
            }
            if (!missing.isEmpty()) {
                throw new DataException(source + ": usecols do not match columns, columns expected but not found: "
                        + quoted(missing) + "; the file has " + quoted(header) + ".");
            }
        }
        for (int j = 0; j < fieldCount; j++) {
            if ((wanted == null || wanted.contains(header.get(j)))
                    && (options.usecols() == null || options.usecols().contains(header.get(j)))) {
                slot[j] = names.size();
                names.add(header.get(j));
            } else {
                slot[j] = -1;
            }
        }

        // Chunk boundaries: one sequential, quote-aware scan that also counts lines for error messages.
        List<int[]> bounds = new ArrayList<>();
        int from = bodyStart;
        int fromLine = firstBodyLine;
        while (from < a.length) {
            long[] next = CsvChunk.nextBoundary(a, from, from + CHUNK_BYTES, a.length, sep, quote);
            bounds.add(new int[] {from, (int) next[0], fromLine, (int) next[1]});
            from = (int) next[0];
            fromLine += (int) next[1];
        }
        CsvChunk[] chunks = new CsvChunk[bounds.size()];
        Parallel.forEach(chunks.length, c -> {
            int[] b = bounds.get(c);
            chunks[c] = CsvChunk.tokenize(source, a, b[0], b[1], b[2], b[3] + 1, fieldCount, slot, names.size(), sep,
                    quote);
        });
        int[] rowOffset = new int[chunks.length + 1];
        for (int c = 0; c < chunks.length; c++) {
            rowOffset[c + 1] = Math.addExact(rowOffset[c], chunks[c].rows);
        }
        int rows = rowOffset[chunks.length];

        CsvColumnBuild[] builds = new CsvColumnBuild[names.size()];
        for (int s = 0; s < builds.length; s++) {
            String name = names.get(s);
            builds[s] = new CsvColumnBuild(source, name, s, a, chunks, rowOffset, new NaStrings(options.naStrings(name)),
                    quote, options.forcedType(name));
        }
        // Typing: every (column, chunk) pair summarizes its cells; a column's type is the combination.
        Parallel.forEach(builds.length * chunks.length, t -> builds[t / chunks.length].survey(t % chunks.length));
        for (CsvColumnBuild b : builds) {
            b.decideType(ctx);
        }
        // Parsing: numbers and booleans by (column, chunk) into disjoint slices; strings by column.
        Parallel.forEach(builds.length * chunks.length, t -> builds[t / chunks.length].parse(t % chunks.length));
        Column[] columns = new Column[builds.length];
        Parallel.forEach(builds.length, s -> columns[s] = builds[s].finish(ctx, rows));
        for (int s = 0; s < columns.length; s++) {
            if (options.parseDates().contains(columns[s].name()) && columns[s].type() == DataType.STRING) {
                try {
                    columns[s] = DatetimeParsing.toDatetime(ctx, columns[s], null, "raise", false, true);
                } catch (DatetimeParsing.ConvertedByPandas held) {
                    throw new DataException(source + ": parse_dates column '" + columns[s].name() + "': "
                            + held.getMessage());
                } catch (DataException notDates) {
                    // pandas leaves a column it cannot parse with one inferred layout as strings; so do we.
                }
            }
        }
        return columns.length == 0 ? Table.empty(rows) : Table.of(List.of(columns));
    }

    private static boolean hasBom(byte[] a) {
        return a.length >= 3 && (a[0] & 0xff) == 0xEF && (a[1] & 0xff) == 0xBB && (a[2] & 0xff) == 0xBF;
    }

    /** The header record's fields as strings. */
    private static List<String> headerFields(byte[] a, int from, int to, byte sep, int quote, int line, String source) {
        List<String> out = new ArrayList<>();
        for (int[] f : CsvChunk.recordFields(source, a, from, to, sep, quote, line)) {
            out.add(f[0] < -1 ? new String(CsvChunk.unescape(a, f[0], f[1], quote), StandardCharsets.UTF_8)
                    : new String(a, f[0], f[1] - f[0], StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Header names with pandas' handling of empty ({@code Unnamed: j}) and duplicate ({@code a.1}) names. */
    private static List<String> headerNames(List<String> fields) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < fields.size(); j++) {
            String name = fields.get(j);
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

    static String quoted(List<String> names) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            sb.append(i == 0 ? "'" : ", '").append(names.get(i)).append('\'');
        }
        return sb.append(']').toString();
    }
}
