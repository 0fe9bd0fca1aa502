package io.stratum.runtime.io;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.CategoryEncoding;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.DictionaryEncoding;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.ArrowBuffers;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * One CSV column being typed and parsed from the tokenized chunks: {@link #survey} and {@link #parse} run per
 * chunk (concurrently for different chunks, each writing only its own slots), {@link #finish} once.
 */
final class CsvColumnBuild {
    private final String source;
    private final String name;
    private final int slot;
    private final byte[] a;
    private final CsvChunk[] chunks;
    private final int[] rowOffset;
    private final NaStrings na;
    private final int quote;
    private final DataType forced;

    // Per-chunk survey of the cells, combined by decideType().
    private final boolean[] notInt;
    private final boolean[] notNumber;
    private final boolean[] notBool;
    private final boolean[] anyMissing;

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BYTE_WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The longest string value copied as 8-byte words. */
    private static final int WORD_COPY = 32;

    private DataType type;
    /** An int64 column's values, parsed straight into its Arrow vector (no Java array to copy from). */
    private BigIntVector longVector;
    private MemorySegment longs;
    private double[] doubles;
    private boolean[] bools;
    private boolean[] nulls;

    CsvColumnBuild(String source, String name, int slot, byte[] a, CsvChunk[] chunks, int[] rowOffset, NaStrings na,
                   int quote, DataType forced) {
        this.source = source;
        this.name = name;
        this.slot = slot;
        this.a = a;
        this.chunks = chunks;
        this.rowOffset = rowOffset;
        this.na = na;
        this.quote = quote;
        this.forced = forced;
        notInt = new boolean[chunks.length];
        notNumber = new boolean[chunks.length];
        notBool = new boolean[chunks.length];
        anyMissing = new boolean[chunks.length];
    }

    /** A field's bytes: {@code bytes[from, to)}, or {@code missing}. Reused per task to avoid garbage. */
    private final class Cell {
        byte[] bytes;
        int from;
        int to;
        boolean missing;

        void load(CsvChunk c, int row) {
            int s = c.starts[slot][row];
            int e = c.ends[slot][row];
            if (s == CsvChunk.ABSENT) {
                missing = true;
                return;
            }
            if (s < -1) {
                bytes = CsvChunk.unescape(a, s, e, quote);
                from = 0;
                to = bytes.length;
            } else {
                bytes = a;
                from = s;
                to = e;
            }
            missing = na.matches(bytes, from, to);
        }

        String text() {
            return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
    }

    /** Summarizes chunk {@code c}'s cells for type inference (nothing to do when the type is forced). */
    void survey(int c) {
        if (forced != null) {
            return;
        }
        CsvChunk chunk = chunks[c];
        Cell cell = new Cell();
        boolean isInt = true;
        boolean isNumber = true;
        boolean isBool = true;
        boolean missing = false;
        for (int r = 0; r < chunk.rows; r++) {
            cell.load(chunk, r);
            if (cell.missing) {
                missing = true;
                continue;
            }
            if (isInt && !FieldText.isLong(cell.bytes, cell.from, cell.to)) {
                isInt = false;
            }
            if (isNumber && !isInt && Double.isNaN(FieldText.parseDouble(cell.bytes, cell.from, cell.to))) {
                isNumber = false;
            }
            if (isBool && FieldText.parseBool(cell.bytes, cell.from, cell.to) < 0) {
                isBool = false;
            }
            if (!isNumber && !isBool) {
                break; // a string column: nothing more to learn from this chunk
            }
        }
        notInt[c] = !isInt;
        notNumber[c] = !isNumber;
        notBool[c] = !isBool;
        anyMissing[c] = missing;
    }

    /** The column's type from every chunk's survey, as pandas infers it over the whole column; int64 values go to {@code ctx}. */
    void decideType(MemoryContext ctx) {
        int rows = rowOffset[chunks.length];
        if (forced == DataType.CATEGORY) {
            type = DataType.STRING; // read as text, then coded: pandas' read_csv categories are always str
        } else if (forced != null) {
            type = forced;
        } else if (rows == 0) {
            type = DataType.STRING; // pandas gives an empty column dtype object
        } else {
            boolean isInt = true;
            boolean isNumber = true;
            boolean isBool = true;
            boolean missing = false;
            for (int c = 0; c < chunks.length; c++) {
                isInt &= !notInt[c];
                isNumber &= !notNumber[c];
                isBool &= !notBool[c];
                missing |= anyMissing[c];
            }
            // A chunk of integers is numbers too; survey() only checks numbers once a value is not an integer.
            if (isInt) {
                type = missing ? DataType.FLOAT64 : DataType.INT64; // also: all missing -> float64, as pandas
            } else if (isNumber) {
                type = DataType.FLOAT64;
            } else {
                type = isBool ? DataType.BOOL : DataType.STRING;
            }
        }
        switch (type) {
            case INT64 -> {
                longVector = ctx.track(new BigIntVector(name, ctx.allocator()));
                longVector.allocateNew(Math.max(rows, 1));
                longs = ArrowBuffers.segment(longVector.getDataBuffer(), (long) rows * 8);
            }
            case FLOAT64 -> {
                doubles = new double[rows];
                nulls = new boolean[rows];
            }
            case BOOL -> {
                bools = new boolean[rows];
                nulls = new boolean[rows];
            }
            case STRING, DATETIME, CATEGORY -> {
            }
        }
    }

    /** Parses chunk {@code c}'s cells into the column's arrays (strings are written by {@link #finish}). */
    void parse(int c) {
        if (type == DataType.STRING) {
            return;
        }
        CsvChunk chunk = chunks[c];
        int base = rowOffset[c];
        Cell cell = new Cell();
        for (int r = 0; r < chunk.rows; r++) {
            cell.load(chunk, r);
            int i = base + r;
            switch (type) {
                case INT64 -> {
                    if (cell.missing) {
                        throw bad(chunk, r, "is missing, but an int64 column cannot hold missing values (pandas: "
                                + "'Integer column has NA values'); read it as float64 or fill the gaps");
                    }
                    // The survey has checked every cell of an inferred int64 column; a forced one is checked here.
                    if (forced != null && !FieldText.isLong(cell.bytes, cell.from, cell.to)) {
                        throw bad(chunk, r, "holds '" + cell.text() + "', which is not an int64");
                    }
                    longs.setAtIndex(LONG, i, FieldText.parseLong(cell.bytes, cell.from, cell.to));
                }
                case FLOAT64 -> {
                    if (cell.missing) {
                        doubles[i] = Double.NaN;
                        nulls[i] = true;
                    } else {
                        double v = FieldText.parseDouble(cell.bytes, cell.from, cell.to);
                        if (Double.isNaN(v)) {
                            throw bad(chunk, r, "holds '" + cell.text() + "', which is not a number");
                        }
                        doubles[i] = v;
                    }
                }
                case BOOL -> {
                    if (cell.missing) {
                        if (forced == DataType.BOOL) {
                            throw bad(chunk, r, "is missing, but a bool column cannot hold missing values (pandas: "
                                    + "'Bool column has NA values')");
                        }
                        nulls[i] = true;
                    } else {
                        int b = FieldText.parseBool(cell.bytes, cell.from, cell.to);
                        if (b < 0) {
                            throw bad(chunk, r, "holds '" + cell.text() + "', which is not True or False");
                        }
                        bools[i] = b == 1;
                    }
                }
                case STRING, DATETIME, CATEGORY -> throw new AssertionError();
            }
        }
    }

    private DataException bad(CsvChunk chunk, int row, String what) {
        String reason = forced != null ? " (dtype=" + forced.pandasName() + " was asked for it)" : "";
        return new DataException(source + ": line " + chunk.lines[row] + ", column '" + name + "' " + what + reason
                + ". Fix the value, or change the column's dtype.");
    }

    /** The finished column, its memory owned by {@code ctx}. */
    Column finish(MemoryContext ctx, int rows) {
        return switch (type) {
            case INT64 -> {
                ArrowBuffers.putValidity(longVector.getValidityBuffer(), null, rows);
                longVector.setValueCount(rows);
                yield Int64Column.wrap(ctx, name, longVector);
            }
            case FLOAT64 -> Float64Column.of(ctx, name, doubles, nulls);
            case BOOL -> BoolColumn.of(ctx, name, bools, nulls);
            case STRING -> forced == DataType.CATEGORY ? CategoryEncoding.of((StringColumn) strings(ctx, rows))
                    : strings(ctx, rows);
            case DATETIME, TIMEDELTA, CATEGORY -> throw new AssertionError("the CSV reader types no column as " + type + " itself");
        };
    }

    /**
     * Copies each cell's bytes straight into an Arrow string vector (no String per cell). The loops over a chunk's
     * cells are small methods of their own: inside this one, each was compiled on the stack, the whole method each
     * time (three C2 compilations of 12-30 kB, about half a second of JIT in a 3M-row file's first loads).
     */
    private Column strings(MemoryContext ctx, int rows) {
        long total = 0;
        for (CsvChunk chunk : chunks) {
            total += textBytes(chunk);
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new DataException("column '" + name + "' holds more than 2 GiB of text; read it in parts (usecols)");
        }
        // Values and offsets are written straight into the Arrow vector's buffers.
        VarCharVector vector = ctx.track(new VarCharVector(name, ctx.allocator()));
        vector.allocateNew(Math.max(total, 1), Math.max(rows, 1));
        while (vector.getDataBuffer().capacity() < total) {
            vector.reallocDataBuffer();
        }
        TextOut out = new TextOut(ArrowBuffers.segment(vector.getDataBuffer(), total),
                ArrowBuffers.segment(vector.getOffsetBuffer(), 4L * (rows + 1)), total, rows);
        out.offsets.setAtIndex(INT, 0, 0);
        Cell cell = new Cell();
        for (int c = 0; c < chunks.length; c++) {
            copyText(chunks[c], rowOffset[c], cell, out);
        }
        ArrowBuffers.putValidity(vector.getValidityBuffer(), out.nulls, rows);
        vector.setLastSet(rows - 1);
        vector.setValueCount(rows);
        return DictionaryEncoding.ifLowCardinality(StringColumn.wrap(ctx, name, vector));
    }

    /** The bytes of {@code chunk}'s cells of this column, escapes counted as written. */
    private long textBytes(CsvChunk chunk) {
        int[] starts = chunk.starts[slot];
        int[] ends = chunk.ends[slot];
        long total = 0;
        for (int r = 0; r < chunk.rows; r++) {
            int s = starts[r];
            if (s >= 0) {
                total += ends[r] - s;
            } else if (s < -1) {
                total += ends[r] + s + 2;
            }
        }
        return total;
    }

    /** Where {@link #copyText} writes a string column: its buffers, the bytes written so far and its nulls. */
    private static final class TextOut {
        final MemorySegment data;
        final MemorySegment offsets;
        final long total;
        final int rows;
        long at;
        boolean[] nulls;

        TextOut(MemorySegment data, MemorySegment offsets, long total, int rows) {
            this.data = data;
            this.offsets = offsets;
            this.total = total;
            this.rows = rows;
        }
    }

    /** Writes {@code chunk}'s cells of this column, rows {@code first} on, after the bytes {@code out} holds. */
    private void copyText(CsvChunk chunk, int first, Cell cell, TextOut out) {
        MemorySegment data = out.data;
        long at = out.at;
        long total = out.total;
        for (int r = 0; r < chunk.rows; r++) {
            int i = first + r;
            cell.load(chunk, r);
            if (cell.missing) {
                if (out.nulls == null) {
                    out.nulls = new boolean[out.rows];
                }
                out.nulls[i] = true;
            } else {
                int len = cell.to - cell.from;
                int words = (len + 7) >>> 3;
                if (len <= WORD_COPY && cell.from + (words << 3) <= cell.bytes.length && at + (words << 3) <= total) {
                    // Short values move as 8-byte words; the bytes written past a value are the next one's
                    // (this column is written by this thread alone, in row order).
                    for (int w = 0; w < len; w += 8) {
                        data.set(LONG, at + w, (long) BYTE_WORDS.get(cell.bytes, cell.from + w));
                    }
                } else if (len > 0) {
                    MemorySegment.copy(cell.bytes, cell.from, data, ValueLayout.JAVA_BYTE, at, len);
                }
                at += len;
            }
            out.offsets.setAtIndex(INT, i + 1, (int) at);
        }
        out.at = at;
    }
}
