package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.ArrowBuffers;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.parallel.RowChunks;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.vector.VarCharVector;

/**
 * The gather of a dictionary-encoded string column through its codes: each output row's bytes are copied from its
 * value's bytes (a few distinct values, which stay in cache) instead of from the input row's offsets and bytes. A
 * sort's gather reads its input rows in random order, and each random row cost two cache misses in the input's
 * offsets and bytes; through the codes it costs one, in the codes. The output carries the gathered codes, as
 * {@link Gather} and {@link BufferGather} give them, and keeps the category dtype. Row {@code -1} is missing.
 */
final class CodedStringGather {
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private CodedStringGather() {
    }

    static StringColumn take(MemoryContext ctx, String name, StringColumn src, int[] rows) {
        StringCodes codes = src.codes().take(rows);
        int[] out = codes.codes();
        String[] values = codes.values();
        // The values' bytes back to back, with eight bytes of slack for word copies.
        int[] starts = new int[values.length + 1];
        byte[][] encoded = new byte[values.length][];
        for (int v = 0; v < values.length; v++) {
            encoded[v] = values[v].getBytes(StandardCharsets.UTF_8);
            starts[v + 1] = starts[v] + encoded[v].length;
        }
        byte[] pool = new byte[starts[values.length] + 8];
        for (int v = 0; v < values.length; v++) {
            System.arraycopy(encoded[v], 0, pool, starts[v], encoded[v].length);
        }
        int n = rows.length;
        int chunks = RowChunks.count(n);
        long[] chunkBytes = new long[chunks + 1];
        boolean[] anyNull = new boolean[chunks];
        RowChunks.forEach(n, (c, from, to) -> {
            long s = 0;
            boolean nulls = false;
            for (int i = from; i < to; i++) {
                int code = out[i];
                if (code >= 0) {
                    s += starts[code + 1] - starts[code];
                } else {
                    nulls = true;
                }
            }
            chunkBytes[c + 1] = s;
            anyNull[c] = nulls;
        });
        for (int c = 0; c < chunks; c++) {
            chunkBytes[c + 1] += chunkBytes[c];
        }
        long total = chunkBytes[chunks];
        if (total > Integer.MAX_VALUE - 16) {
            throw new DataException("column '" + name + "' would hold more than 2 GiB of text");
        }
        VarCharVector vector = ctx.track(new VarCharVector(name, ctx.allocator()));
        vector.allocateNew(Math.max(total, 1), n);
        while (vector.getDataBuffer().capacity() < total) {
            vector.reallocDataBuffer();
        }
        MemorySegment data = ArrowBuffers.segment(vector.getDataBuffer(), total);
        MemorySegment offsets = ArrowBuffers.segment(vector.getOffsetBuffer(), 4L * (n + 1));
        offsets.setAtIndex(INT, 0, 0);
        RowChunks.forEach(n, (c, from, to) -> {
            // Whole 8-byte words while they end inside this chunk's bytes (the next value overwrites the excess),
            // the last bytes one by one: the next chunk is another thread's.
            long at = chunkBytes[c];
            long end = chunkBytes[c + 1];
            for (int i = from; i < to; i++) {
                int code = out[i];
                if (code >= 0) {
                    int s = starts[code];
                    int len = starts[code + 1] - s;
                    int k = 0;
                    for (; k < len && at + k + 8 <= end; k += 8) {
                        data.set(LONG, at + k, (long) WORDS.get(pool, s + k));
                    }
                    for (; k < len; k++) {
                        data.set(ValueLayout.JAVA_BYTE, at + k, pool[s + k]);
                    }
                    at += len;
                }
                offsets.setAtIndex(INT, i + 1, (int) at);
            }
        });
        boolean[] nulls = null;
        for (boolean b : anyNull) {
            if (b) {
                nulls = new boolean[n];
                for (int i = 0; i < n; i++) {
                    nulls[i] = out[i] < 0;
                }
                break;
            }
        }
        ArrowBuffers.putValidity(vector.getValidityBuffer(), nulls, n);
        vector.setLastSet(n - 1);
        vector.setValueCount(n);
        StringColumn column = StringColumn.wrap(ctx, name, vector, codes);
        return src.isCategorical() ? column.asCategorical(codes) : column;
    }
}
