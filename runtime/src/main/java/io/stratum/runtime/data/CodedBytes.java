package io.stratum.runtime.data;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.vector.VarCharVector;

/**
 * The Arrow bytes of a string column held as dictionary codes only (pandas' category column, Arrow's dictionary
 * array): built from the dictionary the first time a kernel asks for them, once, whichever thread asks first, and
 * shared by every column over the same codes (a renamed column, the same column as a category). A gather of such a
 * column moves 4-byte codes instead of writing every row's bytes, which most consumers (group-bys, joins, encoders,
 * printing) never read.
 */
public final class CodedBytes {
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final String name;
    private final MemoryContext context;
    private final StringCodes codes;
    private volatile VarCharVector built;
    private volatile boolean closed;
    private int nullCount = -1;

    CodedBytes(String name, MemoryContext context, StringCodes codes) {
        this.name = name;
        this.context = context;
        this.codes = codes;
    }

    StringCodes codes() {
        return codes;
    }

    /** Rows whose code is {@link StringCodes#NULL}, counted once. */
    int nullCount() {
        int n = nullCount;
        if (n < 0) {
            n = 0;
            for (int c : codes.codes()) {
                if (c < 0) {
                    n++;
                }
            }
            nullCount = n;
        }
        return n;
    }

    /** True once {@link #vector()} has built the bytes. */
    public boolean isBuilt() {
        return built != null;
    }

    /**
     * The heap bytes the codes hold (what a buffer pool counts for a column whose Arrow bytes are not built), plus
     * the Arrow buffers once built.
     */
    public long codeBytes() {
        return 4L * codes.codes().length;
    }

    /** Closes the built vector, if any: the owner of the column (a buffer pool) has released it. */
    public synchronized void close() {
        closed = true;
        VarCharVector v = built;
        if (v != null) {
            v.close();
        }
    }

    /** The values as an Arrow vector, built on first use. */
    VarCharVector vector() {
        VarCharVector v = built;
        if (v != null) {
            return v;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("column '" + name + "' was released before its bytes were read");
            }
            if (built == null) {
                built = build();
            }
            return built;
        }
    }

    private VarCharVector build() {
        int[] rows = codes.codes();
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
        long total = 0;
        boolean anyNull = false;
        for (int code : rows) {
            if (code >= 0) {
                total += starts[code + 1] - starts[code];
            } else {
                anyNull = true;
            }
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new DataException("column '" + name + "' would hold more than 2 GiB of text in " + n
                    + " rows, more than one Arrow string column can; select fewer rows or split the data");
        }
        VarCharVector vector = context.track(new VarCharVector(name, context.allocator()));
        vector.allocateNew(Math.max(total, 1), n);
        while (vector.getDataBuffer().capacity() < total) {
            vector.reallocDataBuffer();
        }
        if (n > 0) {
            MemorySegment data = ArrowBuffers.segment(vector.getDataBuffer(), total);
            MemorySegment offsets = ArrowBuffers.segment(vector.getOffsetBuffer(), 4L * (n + 1));
            offsets.setAtIndex(INT, 0, 0);
            // Whole 8-byte words while they end inside the buffer (the next value overwrites the excess), the last
            // bytes one by one.
            long at = 0;
            for (int i = 0; i < n; i++) {
                int code = rows[i];
                if (code >= 0) {
                    int s = starts[code];
                    int len = starts[code + 1] - s;
                    int k = 0;
                    for (; k < len && at + k + 8 <= total; k += 8) {
                        data.set(LONG, at + k, (long) WORDS.get(pool, s + k));
                    }
                    for (; k < len; k++) {
                        data.set(ValueLayout.JAVA_BYTE, at + k, pool[s + k]);
                    }
                    at += len;
                }
                offsets.setAtIndex(INT, i + 1, (int) at);
            }
        }
        boolean[] nulls = null;
        if (anyNull) {
            nulls = new boolean[n];
            for (int i = 0; i < n; i++) {
                nulls[i] = rows[i] < 0;
            }
        }
        ArrowBuffers.putValidity(vector.getValidityBuffer(), nulls, n);
        vector.setLastSet(n - 1);
        vector.setValueCount(n);
        return vector;
    }
}
