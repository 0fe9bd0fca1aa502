package io.stratum.runtime.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.arrow.vector.VarCharVector;

/**
 * Finds the {@link StringCodes} of a string column from its UTF-8 bytes, giving up as soon as the column has more
 * distinct values than a low-cardinality column may: readers encode the columns that stay under the bound, so
 * that joins, group-bys and the encoders work on codes. The bound is {@link #maxDistinct}: at most one distinct
 * value per {@value #ROWS_PER_VALUE} rows and at most {@value #MAX_VALUES} values, or, for a larger dictionary, at
 * most one per {@value #ROWS_PER_LARGE_VALUE} rows and at most {@value #MAX_LARGE_VALUES} values (skrub calls a
 * column of up to 40 values low-cardinality; the codes pay off well beyond that, as long as values repeat: time
 * stamps as text repeat each value over many rows, and a filter then moves 4-byte codes and a group-by counts them
 * instead of hashing each row's bytes, while each distinct value costs a Java string). A column is also given up
 * once, past its first {@value #EARLY_ROWS} rows, it has more than one distinct value per {@value #ROWS_PER_VALUE}
 * rows read so far, which stops the scan of an identifier column early.
 */
public final class DictionaryEncoding {
    static final int ROWS_PER_VALUE = 4;
    static final int MAX_VALUES = 1 << 16;
    static final int ROWS_PER_LARGE_VALUE = 8;
    static final int MAX_LARGE_VALUES = 1 << 20;
    private static final int EMPTY = -1;
    /** The limit under which {@link #encode} never gives up (a category column needs every value coded). */
    static final int ALL = Integer.MAX_VALUE;
    /** Rows read per block. */
    private static final int BLOCK = 1 << 16;
    /** Rows after which a column adding more than one new value per {@value #ROWS_PER_VALUE} rows is given up. */
    private static final int EARLY_ROWS = 4096;

    private DictionaryEncoding() {
    }

    /** The most distinct values a column of {@code rows} rows may have to be encoded. */
    public static int maxDistinct(int rows) {
        return Math.max(Math.min(MAX_VALUES, rows / ROWS_PER_VALUE), Math.min(MAX_LARGE_VALUES, rows / ROWS_PER_LARGE_VALUE));
    }

    /** {@code column} with its codes attached when it has at most {@link #maxDistinct} distinct values, else itself. */
    public static StringColumn ifLowCardinality(StringColumn column) {
        if (column.codes() != null) {
            return column;
        }
        StringCodes codes = encode(column.vector(), column.length(), maxDistinct(column.length()));
        return codes == null ? column : column.withCodes(codes);
    }

    /** The codes of the first {@code n} values of {@code v}, or {@code null} when it has more than {@code limit} distinct values. */
    static StringCodes encode(VarCharVector v, int n, int limit) {
        if (n == 0 || limit <= 0) {
            return null;
        }
        // The column is read in blocks of rows, so that a high-cardinality column, given up early, is never copied
        // whole; the distinct values' bytes are kept in a pool of their own.
        boolean[] nulls = ArrowBuffers.nulls(v, n);
        Encoder e = new Encoder(n, limit);
        byte[] data = new byte[0];
        for (int from = 0; from < n; from += BLOCK) {
            int to = Math.min(n, from + BLOCK);
            int[] offsets = ArrowBuffers.getInts(v.getOffsetBuffer(), from, to - from + 1);
            int base = offsets[0];
            int bytes = offsets[to - from] - base;
            if (data.length < bytes) {
                data = new byte[Math.max(bytes, data.length * 2)];
            }
            v.getDataBuffer().getBytes(base, data, 0, bytes);
            if (!e.block(data, offsets, base, nulls, from, to)) {
                return null;
            }
        }
        String[] values = new String[e.size];
        for (int c = 0; c < e.size; c++) {
            values[c] = new String(e.pool, e.starts[c], e.starts[c + 1] - e.starts[c], StandardCharsets.UTF_8);
        }
        return new StringCodes(e.codes, values);
    }

    /**
     * The encoding so far, and the encoding of one block of rows per call of {@link #block}: a small method the JIT
     * compiles whole after a few calls, where the same loop inside {@link #encode} was compiled on the stack first.
     */
    private static final class Encoder {
        final int limit;
        final int[] codes;
        int[] slots;
        int mask;
        byte[] pool = new byte[256];
        int[] starts = new int[17];
        int[] hashes = new int[16];
        long[] heads = new long[16];
        int size;

        Encoder(int n, int limit) {
            this.limit = limit;
            this.codes = new int[n];
            int cap = Integer.highestOneBit(Math.max(16, Math.min(limit, 1 << 12)) * 4 - 1);
            slots = new int[cap];
            Arrays.fill(slots, EMPTY);
            mask = cap - 1;
        }

        /**
         * Codes rows {@code [from, to)}, whose bytes are {@code data} from the column's byte {@code base} on, at
         * {@code offsets} (from row {@code from}); false when the column is given up.
         */
        boolean block(byte[] data, int[] offsets, int base, boolean[] nulls, int from, int to) {
            int previous = StringCodes.NULL; // the code of the row before, when it had a value
            for (int i = from; i < to; i++) {
                if (nulls != null && nulls[i]) {
                    codes[i] = StringCodes.NULL;
                    previous = StringCodes.NULL;
                    continue;
                }
                int start = offsets[i - from] - base;
                int end = offsets[i - from + 1] - base;
                // A value's first 8 bytes as one word: most low-cardinality values (codes, names, states) fit in
                // it, and then a word and a length compare equal where a byte comparison would be called.
                long head = word(data, start, end);
                // A row equal to the row before (sorted or clustered rows, time stamps) takes its code unhashed.
                if (previous >= 0 && heads[previous] == head && same(previous, data, start, end)) {
                    codes[i] = previous;
                    continue;
                }
                int h = hash(head, data, start, end);
                int slot = h & mask;
                int code;
                while (true) {
                    code = slots[slot];
                    if (code == EMPTY || (hashes[code] == h && heads[code] == head && same(code, data, start, end))) {
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
                if (code == EMPTY) {
                    // Give up once past the bound, or early when values keep being new (dates, identifiers).
                    if (size == limit || (limit != ALL && i >= EARLY_ROWS && size > i / ROWS_PER_VALUE)) {
                        return false;
                    }
                    code = add(data, start, end, h, head);
                    slots[slot] = code;
                    if (size * 2 > slots.length) {
                        slots = rehash(slots.length * 2, hashes, size);
                        mask = slots.length - 1;
                    }
                }
                codes[i] = code;
                previous = code;
            }
            return true;
        }

        /** Whether value {@code code} is {@code data[start, end)}, whose first word equals the value's. */
        private boolean same(int code, byte[] data, int start, int end) {
            return starts[code + 1] - starts[code] == end - start
                    && (end - start <= 8 || Arrays.equals(pool, starts[code] + 8, starts[code + 1], data, start + 8, end));
        }

        private int add(byte[] data, int start, int end, int h, long head) {
            int code = size++;
            if (code == hashes.length) {
                hashes = Arrays.copyOf(hashes, code * 2);
                heads = Arrays.copyOf(heads, code * 2);
                starts = Arrays.copyOf(starts, code * 2 + 1);
            }
            int len = end - start;
            if (starts[code] + len > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, starts[code] + len));
            }
            System.arraycopy(data, start, pool, starts[code], len);
            starts[code + 1] = starts[code] + len;
            hashes[code] = h;
            heads[code] = head;
            return code;
        }
    }

    private static int[] rehash(int capacity, int[] hashes, int size) {
        int[] slots = new int[capacity];
        Arrays.fill(slots, EMPTY);
        int mask = capacity - 1;
        for (int c = 0; c < size; c++) {
            int slot = hashes[c] & mask;
            while (slots[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = c;
        }
        return slots;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Bytes {@code [from, min(to, from + 8))} of {@code src} as a little-endian word, zero above the value's end. */
    private static long word(byte[] src, int from, int to) {
        int n = Math.min(8, to - from);
        if (n <= 0) {
            return 0;
        }
        if (from + 8 <= src.length) {
            long w = (long) LONGS.get(src, from);
            return n == 8 ? w : w & ((1L << (n << 3)) - 1);
        }
        long w = 0;
        for (int i = n - 1; i >= 0; i--) {
            w = (w << 8) | (src[from + i] & 0xff);
        }
        return w;
    }

    /** A hash of a value from its first word ({@code head}, see {@link #word}) and its remaining bytes, 8 at a time. */
    private static int hash(long head, byte[] src, int from, int to) {
        long h = (head ^ (to - from)) * 0x9E3779B97F4A7C15L;
        for (int i = from + 8; i < to; i += 8) {
            h = Long.rotateLeft(h, 29) ^ word(src, i, to);
            h *= 0xBF58476D1CE4E5B9L;
        }
        h ^= h >>> 31;
        h *= 0x94D049BB133111EBL;
        return (int) (h ^ (h >>> 32));
    }
}
