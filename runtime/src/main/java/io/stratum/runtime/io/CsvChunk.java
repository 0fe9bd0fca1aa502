package io.stratum.runtime.io;

import io.stratum.runtime.data.DataException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of one range of records of a CSV file, as offsets into the file's bytes: no per-cell object is
 * made. A plain field is {@code [start, end)}; a field that needs unescaping (doubled quotes, text after the
 * closing quote) has {@code start = -(rawStart + 2)}; a field missing from a short row has {@code start = -1}.
 */
final class CsvChunk {
    static final int ABSENT = -1;

    final int[][] starts;
    final int[][] ends;
    /** The 1-based line each record starts on, for error messages. */
    int[] lines;
    int rows;

    private CsvChunk(int columns, int capacity) {
        starts = new int[columns][capacity];
        ends = new int[columns][capacity];
        lines = new int[capacity];
    }

    /**
     * Tokenizes the records in {@code [from, to)} (which start and end at record boundaries), keeping the fields
     * of file columns {@code j} with {@code slot[j] >= 0}, in output slot {@code slot[j]}. {@code maxRecords} bounds
     * the records (the boundary scan's line count plus one): the arrays are sized to it, not to a guess from the
     * bytes, which over-allocated them by about two thirds on short rows.
     */
    static CsvChunk tokenize(String source, byte[] a, int from, int to, int firstLine, int maxRecords, int fieldCount,
                             int[] slot, int slots, byte sep, int quote) {
        CsvChunk c = new CsvChunk(slots, Math.max(1, maxRecords));
        int[] f = new int[3];
        int line = firstLine;
        int i = from;
        while (i < to) {
            // A blank line is skipped, as pandas' skip_blank_lines does.
            if (a[i] == '\n' || a[i] == '\r') {
                i = skipNewline(a, i, to);
                line++;
                continue;
            }
            int row = c.rows;
            c.ensure(row + 1);
            c.lines[row] = line;
            int field = 0;
            while (true) {
                i = scanField(source, a, i, to, sep, quote, line, f);
                line += f[2];
                if (field < fieldCount && slot[field] >= 0) {
                    c.starts[slot[field]][row] = f[0];
                    c.ends[slot[field]][row] = f[1];
                }
                field++;
                if (i < to && a[i] == sep) {
                    i++;
                    if (i >= to || a[i] == '\n' || a[i] == '\r') {
                        // A separator at the end of the line opens one last, empty field.
                        if (field < fieldCount && slot[field] >= 0) {
                            c.starts[slot[field]][row] = i;
                            c.ends[slot[field]][row] = i;
                        }
                        field++;
                        break;
                    }
                    continue;
                }
                break;
            }
            if (field > fieldCount) {
                throw new DataException(source + ": line " + c.lines[row] + ", column " + (fieldCount + 1) + ": expected "
                        + fieldCount + " fields as in the header, saw " + field
                        + ". Quote fields that contain the separator, or fix the row.");
            }
            for (int k = field; k < fieldCount; k++) {
                if (slot[k] >= 0) {
                    c.starts[slot[k]][row] = ABSENT; // a short row is padded with missing values, as pandas does
                    c.ends[slot[k]][row] = ABSENT;
                }
            }
            c.rows++;
            if (i < to) {
                i = skipNewline(a, i, to);
                line++;
            }
        }
        return c;
    }

    /** The fields of the one record starting at {@code from} (the header), as {start, end} pairs. */
    static List<int[]> recordFields(String source, byte[] a, int from, int to, byte sep, int quote, int line) {
        List<int[]> out = new ArrayList<>();
        int[] f = new int[3];
        int i = from;
        while (true) {
            i = scanField(source, a, i, to, sep, quote, line, f);
            line += f[2];
            out.add(new int[] {f[0], f[1]});
            if (i < to && a[i] == sep) {
                i++;
                if (i >= to || a[i] == '\n' || a[i] == '\r') {
                    out.add(new int[] {i, i});
                    return out;
                }
                continue;
            }
            return out;
        }
    }

    /**
     * Scans one field starting at {@code i}; writes its encoded start, its end and the newlines inside it to
     * {@code out}, and returns the position after it (at a separator, a newline or the end).
     */
    private static int scanField(String source, byte[] a, int i, int to, byte sep, int quote, int line, int[] out) {
        int newlines = 0;
        if (i < to && quote >= 0 && a[i] == quote) {
            // A quoted field: doubled quotes are escapes; newlines inside belong to the field.
            boolean escaped = false;
            int k = i + 1;
            while (true) {
                if (k >= to) {
                    throw new DataException(source + ": line " + line + ": a quoted field is not closed before the"
                            + " end of the file. Check the quoting near that line.");
                }
                byte b = a[k];
                if (b == quote) {
                    if (k + 1 < to && a[k + 1] == quote) {
                        escaped = true;
                        k += 2;
                        continue;
                    }
                    break;
                }
                if (b == '\n') {
                    newlines++;
                }
                k++;
            }
            int close = k;
            k++;
            while (k < to && a[k] != sep && a[k] != '\n' && a[k] != '\r') {
                escaped = true; // text after the closing quote is kept, as pandas does
                k++;
            }
            out[0] = escaped ? -(i + 2) : i + 1;
            out[1] = escaped ? k : close;
            out[2] = newlines;
            return k;
        }
        int k = i;
        while (k < to && a[k] != sep && a[k] != '\n' && a[k] != '\r') {
            k++;
        }
        out[0] = i;
        out[1] = k;
        out[2] = 0;
        return k;
    }

    private static int skipNewline(byte[] a, int i, int to) {
        if (a[i] == '\r' && i + 1 < to && a[i + 1] == '\n') {
            return i + 2;
        }
        return i + 1;
    }

    private void ensure(int capacity) {
        if (capacity <= lines.length) {
            return;
        }
        int n = Math.max(capacity, lines.length * 2);
        lines = Arrays.copyOf(lines, n);
        for (int s = 0; s < starts.length; s++) {
            starts[s] = Arrays.copyOf(starts[s], n);
            ends[s] = Arrays.copyOf(ends[s], n);
        }
    }

    /**
     * Where the next record boundary at or after {@code target} is, scanning from {@code from} (a record start)
     * with the same quoting rules as {@link #tokenize}; also counts lines. Returns {@code {boundary, lines}}.
     */
    static long[] nextBoundary(byte[] a, int from, int target, int to, byte sep, int quote) {
        int i = from;
        long lines = 0;
        boolean fieldStart = true;
        long quotes = quote >= 0 ? ONES * (quote & 0xff) : 0;
        while (i < to) {
            // Eight bytes at a time while they hold no quote and no carriage return and end before the target: then
            // only their line feeds matter, and none of them can end the chunk (this serial scan of the whole file
            // was a sixth of a CSV load's CPU one byte at a time).
            if (i + 8 < target && i + 8 <= to) {
                long w = (long) WORDS.get(a, i);
                if ((equalBytes(w, CARRIAGE_RETURNS) | (quote >= 0 ? equalBytes(w, quotes) : 0)) == 0) {
                    lines += Long.bitCount(equalBytes(w, LINE_FEEDS));
                    byte last = a[i + 7];
                    fieldStart = last == sep || last == '\n';
                    i += 8;
                    continue;
                }
            }
            byte b = a[i];
            if (fieldStart && quote >= 0 && b == quote) {
                int k = i + 1;
                while (k < to) {
                    if (a[k] == quote) {
                        if (k + 1 < to && a[k + 1] == quote) {
                            k += 2;
                            continue;
                        }
                        break;
                    }
                    if (a[k] == '\n') {
                        lines++;
                    }
                    k++;
                }
                i = k + 1;
                fieldStart = false;
                continue;
            }
            if (b == '\n' || b == '\r') {
                i = skipNewline(a, i, to);
                lines++;
                fieldStart = true;
                if (i >= target) {
                    return new long[] {i, lines};
                }
                continue;
            }
            fieldStart = b == sep;
            i++;
        }
        return new long[] {to, lines};
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long LINE_FEEDS = ONES * '\n';
    private static final long CARRIAGE_RETURNS = ONES * '\r';

    /**
     * The high bit of each byte of {@code w} equal to the byte {@code pattern} repeats, exactly (no borrow from one
     * byte into the next, so the bits can be counted).
     */
    static long equalBytes(long w, long pattern) {
        long x = w ^ pattern;
        return ~(((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x | LOW_SEVEN_BITS);
    }

    /** The unescaped bytes of a field stored with a negative start. */
    static byte[] unescape(byte[] a, int encodedStart, int end, int quote) {
        int i = -encodedStart - 2;
        byte[] out = new byte[end - i];
        int n = 0;
        int k = i + 1;
        while (k < end) {
            if (a[k] == quote) {
                if (k + 1 < end && a[k + 1] == quote) {
                    out[n++] = (byte) quote;
                    k += 2;
                    continue;
                }
                k++;
                break;
            }
            out[n++] = a[k++];
        }
        while (k < end) {
            out[n++] = a[k++];
        }
        return Arrays.copyOf(out, n);
    }
}
