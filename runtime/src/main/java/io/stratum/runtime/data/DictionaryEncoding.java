package io.stratum.runtime.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.arrow.vector.VarCharVector;

/**
 * Finds the {@link StringCodes} of a string column from its UTF-8 bytes, giving up as soon as the column has more
 * distinct values than a low-cardinality column may: readers encode the columns that stay under the bound, so
 * that joins, group-bys and the encoders work on codes. The bound is {@link #maxDistinct}: at most one distinct
 * value per {@value #ROWS_PER_VALUE} rows and at most {@value #MAX_VALUES} values (skrub calls a column of up to
 * 40 values low-cardinality; the codes pay off well beyond that, as long as values repeat).
 */
public final class DictionaryEncoding {
    static final int ROWS_PER_VALUE = 4;
    static final int MAX_VALUES = 1 << 16;
    private static final int EMPTY = -1;

    private DictionaryEncoding() {
    }

    /** The most distinct values a column of {@code rows} rows may have to be encoded. */
    public static int maxDistinct(int rows) {
        return Math.min(MAX_VALUES, rows / ROWS_PER_VALUE);
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
        int[] offsets = ArrowBuffers.getInts(v.getOffsetBuffer(), n + 1);
        int base = offsets[0];
        byte[] data = new byte[offsets[n] - base];
        v.getDataBuffer().getBytes(base, data, 0, data.length);
        boolean[] nulls = ArrowBuffers.nulls(v, n);
        int cap = Integer.highestOneBit(Math.max(16, Math.min(limit, 1 << 12)) * 4 - 1);
        int[] slots = new int[cap];
        Arrays.fill(slots, EMPTY);
        int mask = cap - 1;
        int[] firstRow = new int[16];
        int[] hashes = new int[16];
        int size = 0;
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            if (nulls != null && nulls[i]) {
                codes[i] = StringCodes.NULL;
                continue;
            }
            int from = offsets[i] - base;
            int to = offsets[i + 1] - base;
            int h = hash(data, from, to);
            int slot = h & mask;
            int code;
            while (true) {
                code = slots[slot];
                if (code == EMPTY) {
                    break;
                }
                int r = firstRow[code];
                if (hashes[code] == h && Arrays.equals(data, offsets[r] - base, offsets[r + 1] - base, data, from, to)) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (code == EMPTY) {
                if (size == limit) {
                    return null;
                }
                code = size++;
                if (code == firstRow.length) {
                    firstRow = Arrays.copyOf(firstRow, code * 2);
                    hashes = Arrays.copyOf(hashes, code * 2);
                }
                firstRow[code] = i;
                hashes[code] = h;
                slots[slot] = code;
                if (size * 2 > slots.length) {
                    slots = rehash(slots.length * 2, hashes, size);
                    mask = slots.length - 1;
                }
            }
            codes[i] = code;
        }
        String[] values = new String[size];
        for (int c = 0; c < size; c++) {
            int r = firstRow[c];
            values[c] = new String(data, offsets[r] - base, offsets[r + 1] - offsets[r], StandardCharsets.UTF_8);
        }
        return new StringCodes(codes, values);
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

    private static int hash(byte[] src, int from, int to) {
        int h = 0x9747b28c;
        for (int i = from; i < to; i++) {
            h = (h ^ (src[i] & 0xff)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h ^ (h >>> 16);
    }
}
