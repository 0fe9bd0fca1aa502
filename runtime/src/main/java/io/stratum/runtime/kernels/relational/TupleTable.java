package io.stratum.runtime.kernels.relational;

import java.util.Arrays;

/**
 * Dense codes for distinct tuples of {@code width} longs (the key words of one row), in order of first insertion.
 * Rows' words are laid out row-major in one {@code long[]}. {@link #find} only reads, so a finished table can be
 * probed from many threads at once.
 */
final class TupleTable {
    private static final int EMPTY = -1;
    private final int width;
    private long[] tuples;
    private int[] hashes;
    private int size;
    private int[] slots;
    private int mask;

    TupleTable(int width, int expected) {
        this.width = width;
        int cap = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
        slots = new int[cap];
        Arrays.fill(slots, EMPTY);
        mask = cap - 1;
        tuples = new long[Math.max(16, expected) * width];
        hashes = new int[Math.max(16, expected)];
    }

    int size() {
        return size;
    }

    /** The code of row {@code row}'s tuple in {@code words}, adding it if new. */
    int insert(long[] words, int row) {
        int h = hash(words, row);
        int slot = h & mask;
        int at = row * width;
        while (true) {
            int code = slots[slot];
            if (code == EMPTY) {
                break;
            }
            if (hashes[code] == h && same(code, words, at)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
        int code = size++;
        if (code >= hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
            tuples = Arrays.copyOf(tuples, hashes.length * width);
        }
        System.arraycopy(words, at, tuples, code * width, width);
        hashes[code] = h;
        slots[slot] = code;
        if (size * 2 > slots.length) {
            rehash();
        }
        return code;
    }

    /** The code of row {@code row}'s tuple, or -1 when it was never inserted. */
    int find(long[] words, int row) {
        int h = hash(words, row);
        int slot = h & mask;
        int at = row * width;
        while (true) {
            int code = slots[slot];
            if (code == EMPTY) {
                return -1;
            }
            if (hashes[code] == h && same(code, words, at)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean same(int code, long[] words, int at) {
        int base = code * width;
        for (int j = 0; j < width; j++) {
            if (tuples[base + j] != words[at + j]) {
                return false;
            }
        }
        return true;
    }

    private int hash(long[] words, int row) {
        long h = 0x9E3779B97F4A7C15L;
        int at = row * width;
        for (int j = 0; j < width; j++) {
            h = (h ^ words[at + j]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return StringDictionary.mix((int) (h ^ (h >>> 32)));
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        Arrays.fill(bigger, EMPTY);
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
}
