package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.ArrowBuffers;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.kernels.parallel.RowChunks;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;

/**
 * {@link Gather#take}'s result read and written straight between Arrow buffers, in parallel row chunks: no Java
 * copy of the input column (a join's or filter's input is read only at the rows it keeps) and no intermediate
 * array for the output. Row {@code -1} is a missing value with pandas' dtype change (int64 becomes float64).
 * Chunks are multiples of 8 rows, so each chunk writes whole bytes of the validity bitmaps.
 */
final class BufferGather {
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final long NAN_BITS = Double.doubleToRawLongBits(Double.NaN);

    private BufferGather() {
    }

    /** True when every row is {@code i} at position {@code i} and there are {@code length} of them. */
    static boolean isIdentity(int[] rows, int length) {
        if (rows.length != length) {
            return false;
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != i) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rows to gather, scanned once for every column gathered at them (a filter's or a join's output columns): whether
     * some row is {@code -1} (missing), and the largest row. Each column's gather used to scan the rows three times for
     * these (12 MB per scan for a join's 3M rows).
     */
    record Rows(int[] rows, boolean absent, int max) {
        static Rows of(int[] rows) {
            boolean absent = false;
            int max = -1;
            for (int r : rows) {
                absent |= r < 0;
                max = Math.max(max, r);
            }
            return new Rows(rows, absent, max);
        }
    }

    /** The given rows of {@code src} under {@code name}, allocated in {@code ctx}; {@code -1} rows are missing. */
    static Column take(MemoryContext ctx, String name, Column src, int[] rows) {
        return take(ctx, name, src, Rows.of(rows));
    }

    /** {@link #take(MemoryContext, String, Column, int[])} at rows already scanned. */
    static Column take(MemoryContext ctx, String name, Column src, Rows scanned) {
        return take(ctx, name, src, scanned, false);
    }

    /**
     * {@link #take(MemoryContext, String, Column, Rows)}; with {@code deferText}, text without codes at rows that all
     * exist is held as the source's buffers and the rows and gathered when first read ({@link StringColumn#ofGather}):
     * a filter's text that nothing reads is never copied. {@code ctx} must then be the source column's context.
     */
    static Column take(MemoryContext ctx, String name, Column src, Rows scanned, boolean deferText) {
        int[] rows = scanned.rows();
        if (rows.length == 0 || src.length() == 0) {
            // Arrow leaves the buffers of empty vectors unallocated; nothing to gain here.
            return Gather.take(ctx, name, ColumnReader.of(src), rows);
        }
        boolean absent = scanned.absent();
        if (scanned.max() >= src.length()) {
            throw new IndexOutOfBoundsException("row " + scanned.max() + " is outside column '" + src.name() + "' of "
                    + src.length() + " rows");
        }
        return switch (src) {
            case Int64Column c when absent || c.nullCount() > 0 -> Float64Column.wrap(ctx, name, fixed(ctx,
                    new Float8Vector(name, ctx.allocator()), c.vector(), rows, absent, true));
            case Int64Column c -> Int64Column.wrap(ctx, name, fixed(ctx, new BigIntVector(name, ctx.allocator()),
                    c.vector(), rows, absent, false));
            case Float64Column c -> Float64Column.wrap(ctx, name, fixed(ctx, new Float8Vector(name, ctx.allocator()),
                    c.vector(), rows, absent, false));
            case TimestampColumn c -> TimestampColumn.wrap(ctx, name, fixed(ctx,
                    c.unit().newVector(name, ctx.allocator(), c.zone()), c.vector(), rows, absent, false));
            case TimedeltaColumn c -> TimedeltaColumn.wrap(ctx, name, fixed(ctx,
                    TimedeltaColumn.newVector(name, ctx.allocator(), c.unit()), c.vector(), rows, absent, false));
            case BoolColumn c -> BoolColumn.wrap(ctx, name, bits(ctx, new BitVector(name, ctx.allocator()), c.vector(),
                    rows, absent));
            case StringColumn c when c.codes() != null -> Gather.codes(ctx, name, c, rows);
            case StringColumn c when deferText && !absent -> StringColumn.ofGather(ctx, name, c, rows,
                    text(ctx, name, c.uniformWidth()));
            case StringColumn c when !absent && c.uniformWidth() >= 0 -> StringColumn.wrap(ctx, name, fixedWidthStrings(
                    ctx, new VarCharVector(name, ctx.allocator()), c.vector(), c.uniformWidth(), rows));
            case StringColumn c -> StringColumn.wrap(ctx, name, strings(ctx, new VarCharVector(name, ctx.allocator()),
                    c.vector(), rows, absent));
        };
    }

    /**
     * 8-byte values: a missing row holds NaN in a float64 output and 0 otherwise, as the column builders store them;
     * with {@code widen} the int64 input is written as float64.
     */
    private static <V extends BaseFixedWidthVector> V fixed(MemoryContext ctx, V out, BaseFixedWidthVector in, int[] rows,
                                                            boolean absent, boolean widen) {
        int n = rows.length;
        ctx.track(out);
        out.allocateNew(n);
        int nin = in.getValueCount();
        MemorySegment src = ArrowBuffers.segment(in.getDataBuffer(), (long) nin * 8);
        MemorySegment dst = ArrowBuffers.segment(out.getDataBuffer(), (long) n * 8);
        MemorySegment srcValid = in.getNullCount() == 0 ? null : ArrowBuffers.segment(in.getValidityBuffer(), (nin + 7) >>> 3);
        long missing = out instanceof Float8Vector ? NAN_BITS : 0L;
        RowChunks.forEach(n, (c, from, to) -> {
            for (int i = from; i < to; i++) {
                int r = rows[i];
                long v;
                if (r < 0 || (srcValid != null && !valid(srcValid, r))) {
                    v = missing;
                } else if (widen) {
                    v = Double.doubleToRawLongBits((double) src.getAtIndex(LONG, r));
                } else {
                    v = src.getAtIndex(LONG, r);
                }
                dst.setAtIndex(LONG, i, v);
            }
        });
        validity(out, srcValid, rows, absent);
        out.setValueCount(n);
        return out;
    }

    private static BitVector bits(MemoryContext ctx, BitVector out, BitVector in, int[] rows, boolean absent) {
        int n = rows.length;
        ctx.track(out);
        out.allocateNew(n);
        int nin = in.getValueCount();
        MemorySegment src = ArrowBuffers.segment(in.getDataBuffer(), (nin + 7) >>> 3);
        MemorySegment srcValid = in.getNullCount() == 0 ? null : ArrowBuffers.segment(in.getValidityBuffer(), (nin + 7) >>> 3);
        MemorySegment dst = ArrowBuffers.segment(out.getDataBuffer(), (n + 7) >>> 3);
        RowChunks.forEach(n, (c, from, to) -> {
            for (int i = from; i < to; i += 8) {
                int b = 0;
                for (int k = 0; k < 8 && i + k < to; k++) {
                    int r = rows[i + k];
                    if (r >= 0 && (srcValid == null || valid(srcValid, r)) && valid(src, r)) {
                        b |= 1 << k;
                    }
                }
                dst.set(ValueLayout.JAVA_BYTE, i >>> 3, (byte) b);
            }
        });
        validity(out, srcValid, rows, absent);
        out.setValueCount(n);
        return out;
    }

    /** The gather of text rows (none missing) a column held as {@link StringColumn#ofGather} runs when first read. */
    private static io.stratum.runtime.data.GatheredBytes.Gatherer text(MemoryContext ctx, String name, int width) {
        return (source, rows) -> width >= 0
                ? fixedWidthStrings(ctx, new VarCharVector(name, ctx.allocator()), source, width, rows)
                : strings(ctx, new VarCharVector(name, ctx.allocator()), source, rows, false);
    }

    /** The longest value {@link #strings} copies as 8-byte words. */
    private static final int WORD_COPY = 64;

    /**
     * Strings that all have {@code width} bytes and no nulls, at rows that all exist: value {@code r} starts at
     * {@code first + r * width}, so neither the input's offsets (read twice by {@link #strings}, 12 MB for 3M rows)
     * nor a pass for the output's size are needed.
     */
    private static VarCharVector fixedWidthStrings(MemoryContext ctx, VarCharVector out, VarCharVector in, int width,
                                                   int[] rows) {
        int n = rows.length;
        ctx.track(out);
        long total = (long) n * width;
        if (total > Integer.MAX_VALUE - 16) {
            throw new DataException("column '" + out.getName() + "' would hold more than 2 GiB of text");
        }
        out.allocateNew(Math.max(total, 1), n);
        while (out.getDataBuffer().capacity() < total) {
            out.reallocDataBuffer();
        }
        int nin = in.getValueCount();
        MemorySegment srcOffsets = ArrowBuffers.segment(in.getOffsetBuffer(), (long) (nin + 1) * 4);
        long first = srcOffsets.getAtIndex(INT, 0);
        MemorySegment srcData = ArrowBuffers.segment(in.getDataBuffer(), srcOffsets.getAtIndex(INT, nin));
        MemorySegment dstOffsets = ArrowBuffers.segment(out.getOffsetBuffer(), (long) (n + 1) * 4);
        MemorySegment dstData = ArrowBuffers.segment(out.getDataBuffer(), total);
        dstOffsets.setAtIndex(INT, 0, 0);
        RowChunks.forEach(n, (c, from, to) -> {
            // One bulk copy per value: on JDK 25 it beat moving a short value as 8-byte words by a third (dates as
            // text, 19 bytes: 8.4-9.0 -> 5.8-6.1 ms for 566,470 of 3M rows, same process, alternated).
            for (int i = from; i < to; i++) {
                MemorySegment.copy(srcData, first + (long) rows[i] * width, dstData, (long) i * width, width);
            }
            for (int i = from; i < to; i++) {
                dstOffsets.setAtIndex(INT, i + 1, (i + 1) * width);
            }
        });
        validity(out, null, rows, false);
        out.setLastSet(n - 1);
        out.setValueCount(n);
        return out;
    }

    private static VarCharVector strings(MemoryContext ctx, VarCharVector out, VarCharVector in, int[] rows,
                                         boolean absent) {
        int n = rows.length;
        ctx.track(out);
        int nin = in.getValueCount();
        MemorySegment srcOffsets = ArrowBuffers.segment(in.getOffsetBuffer(), (long) (nin + 1) * 4);
        MemorySegment srcValid = in.getNullCount() == 0 ? null : ArrowBuffers.segment(in.getValidityBuffer(), (nin + 7) >>> 3);
        int chunks = RowChunks.count(n);
        long[] chunkBytes = new long[chunks + 1];
        RowChunks.forEach(n, (c, from, to) -> {
            long s = 0;
            for (int i = from; i < to; i++) {
                int r = rows[i];
                if (r >= 0) {
                    s += srcOffsets.getAtIndex(INT, r + 1) - srcOffsets.getAtIndex(INT, r);
                }
            }
            chunkBytes[c + 1] = s;
        });
        for (int c = 0; c < chunks; c++) {
            chunkBytes[c + 1] += chunkBytes[c];
        }
        long total = chunkBytes[chunks];
        if (total > Integer.MAX_VALUE - 16) {
            throw new DataException("column '" + out.getName() + "' would hold more than 2 GiB of text");
        }
        out.allocateNew(Math.max(total, 1), n);
        while (out.getDataBuffer().capacity() < total) {
            out.reallocDataBuffer();
        }
        MemorySegment srcData = ArrowBuffers.segment(in.getDataBuffer(), nin == 0 ? 0 : srcOffsets.getAtIndex(INT, nin));
        MemorySegment dstOffsets = ArrowBuffers.segment(out.getOffsetBuffer(), (long) (n + 1) * 4);
        MemorySegment dstData = ArrowBuffers.segment(out.getDataBuffer(), total);
        dstOffsets.setAtIndex(INT, 0, 0);
        long srcSize = srcData.byteSize();
        RowChunks.forEach(n, (c, from, to) -> {
            // Each chunk writes its values and offsets straight into the output buffers. Values up to 64 bytes move
            // as 8-byte words (a join gathers millions of short values from a small, cached source, where a bulk-copy
            // call per value cost 20% more than the words): the bytes a word writes past a value are overwritten by
            // the next one, so only values whose rounded-up words end inside this chunk's bytes go as words, the last
            // few exactly.
            long at = chunkBytes[c];
            long end = chunkBytes[c + 1];
            for (int i = from; i < to; i++) {
                int r = rows[i];
                if (r >= 0) {
                    int start = srcOffsets.getAtIndex(INT, r);
                    int len = srcOffsets.getAtIndex(INT, r + 1) - start;
                    int words = (len + 7) >>> 3;
                    if (len <= WORD_COPY && at + ((long) words << 3) <= end && start + ((long) words << 3) <= srcSize) {
                        for (int w = 0; w < words; w++) {
                            dstData.set(LONG, at + ((long) w << 3), srcData.get(LONG, start + ((long) w << 3)));
                        }
                    } else if (len > 0) {
                        MemorySegment.copy(srcData, start, dstData, at, len);
                    }
                    at += len;
                }
                dstOffsets.setAtIndex(INT, i + 1, (int) at);
            }
        });
        validity(out, srcValid, rows, absent);
        out.setLastSet(n - 1);
        out.setValueCount(n);
        return out;
    }

    /** Output validity: valid where the row exists and the source row is valid; all valid when neither can fail. */
    private static void validity(FieldVector out, MemorySegment srcValid, int[] rows, boolean absent) {
        int n = rows.length;
        if (srcValid == null && !absent) {
            ArrowBuffers.putValidity(out.getValidityBuffer(), null, n);
            return;
        }
        MemorySegment dst = ArrowBuffers.segment(out.getValidityBuffer(), (n + 7) >>> 3);
        RowChunks.forEach(n, (c, from, to) -> {
            for (int i = from; i < to; i += 8) {
                int b = 0;
                for (int k = 0; k < 8 && i + k < to; k++) {
                    int r = rows[i + k];
                    if (r >= 0 && (srcValid == null || valid(srcValid, r))) {
                        b |= 1 << k;
                    }
                }
                dst.set(ValueLayout.JAVA_BYTE, i >>> 3, (byte) b);
            }
        });
    }

    private static boolean valid(MemorySegment bitmap, int row) {
        return (bitmap.get(ValueLayout.JAVA_BYTE, row >>> 3) & (1 << (row & 7))) != 0;
    }
}
