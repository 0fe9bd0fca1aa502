package io.stratum.runtime.kernels.relational;

import java.util.Arrays;

/**
 * Dense codes for distinct UTF-8 strings, hashed straight from the byte slices of a {@link ColumnReader}
 * (no {@code String} per row). {@link #find} only reads, so many threads may probe a finished dictionary.
 */
final class StringDictionary {
    private static final int EMPTY = -1;
    private byte[] pool = new byte[256];
    private int poolSize;
    private int[] starts = new int[17];
    private int[] hashes = new int[16];
    private int size;
    private int[] slots = filled(64);
    private int mask = 63;

    int size() {
        return size;
    }

    /** The code of the string in {@code src[from, to)}, adding it if new. */
    int insert(byte[] src, int from, int to) {
        int h = hash(src, from, to);
        int slot = h & mask;
        while (true) {
            int code = slots[slot];
            if (code == EMPTY) {
                break;
            }
            if (hashes[code] == h && same(code, src, from, to)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
        int code = size++;
        if (code + 1 >= hashes.length) {
            starts = Arrays.copyOf(starts, hashes.length * 2 + 1);
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
        }
        int len = to - from;
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(src, from, pool, poolSize, len);
        starts[code] = poolSize;
        poolSize += len;
        starts[code + 1] = poolSize;
        hashes[code] = h;
        slots[slot] = code;
        if (size * 2 > slots.length) {
            rehash();
        }
        return code;
    }

    /** The code of the string, or -1 when it was never inserted. */
    int find(byte[] src, int from, int to) {
        int h = hash(src, from, to);
        int slot = h & mask;
        while (true) {
            int code = slots[slot];
            if (code == EMPTY) {
                return -1;
            }
            if (hashes[code] == h && same(code, src, from, to)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The rank of every code when the distinct strings are sorted by unsigned UTF-8 bytes (Python's code point
     * order): {@code ranks()[code]} is 0 for the smallest string.
     */
    int[] ranks() {
        int[] codes = KeyGroups.identity(size);
        RowSort.sort(codes, (a, b) -> ColumnReader.compareBytes(pool, starts[a], starts[a + 1], pool, starts[b],
                starts[b + 1]));
        int[] rank = new int[size];
        for (int r = 0; r < size; r++) {
            rank[codes[r]] = r;
        }
        return rank;
    }

    private boolean same(int code, byte[] src, int from, int to) {
        return Arrays.equals(pool, starts[code], starts[code + 1], src, from, to);
    }

    private void rehash() {
        int[] bigger = filled(slots.length * 2);
        int m = bigger.length - 1;
        for (int code = 0; code < size; code++) {
            int slot = hashes[code] & m;
            while (bigger[slot] != EMPTY) {
                slot = (slot + 1) & m;
            }
            bigger[slot] = code;
        }
        slots = bigger;
        mask = m;
    }

    private static int hash(byte[] src, int from, int to) {
        int h = 0x9747b28c;
        for (int i = from; i < to; i++) {
            h = (h ^ (src[i] & 0xff)) * 0x01000193;
        }
        return mix(h);
    }

    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, EMPTY);
        return a;
    }
}
