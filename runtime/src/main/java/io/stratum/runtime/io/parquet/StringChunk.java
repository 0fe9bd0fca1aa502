package io.stratum.runtime.io.parquet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One column chunk's distinct strings as they come out of its pages: the chunk's dictionary values followed by the
 * values of its plain-encoded pages (one entry each), UTF-8 bytes back to back. The rows hold codes into these
 * entries, so a dictionary-encoded chunk costs one int per row and its few distinct values, never a copy per row.
 */
final class StringChunk {
    byte[] pool = new byte[256];
    int[] starts = new int[17];
    int entries;

    /** Adds {@code src[from, from + length)} as the next entry and returns its code. */
    int add(byte[] src, int from, int length) {
        if (entries + 1 == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        int at = starts[entries];
        // Eight bytes of slack past the last entry: readers copy entries in whole 8-byte words.
        if (at + length + 8 > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, at + length + 8));
        }
        System.arraycopy(src, from, pool, at, length);
        starts[entries + 1] = at + length;
        return entries++;
    }

    int length(int entry) {
        return starts[entry + 1] - starts[entry];
    }

    String value(int entry) {
        return new String(pool, starts[entry], length(entry), StandardCharsets.UTF_8);
    }
}
