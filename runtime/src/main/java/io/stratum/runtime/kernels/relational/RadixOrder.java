package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.PythonOrder;
import io.stratum.runtime.data.StringCodes;
import java.util.List;

/**
 * A stable sort of rows by several key columns without a comparator: each key becomes an unsigned 64-bit code
 * whose order is the value order (longs with the sign bit flipped, doubles by their IEEE bits with {@code -0.0}
 * equal to {@code 0.0}, strings by the rank of their distinct values in UTF-8 byte order, which is Python's code
 * point order), and rows are ordered by least-significant-digit counting passes, last key first, each followed by
 * a stable move of that key's missing rows to the end. The result is the order a stable comparison sort with
 * missing values last (in either direction) would give.
 */
final class RadixOrder {
    /** Bits per counting pass: 2048 counters stay in the L1 cache. */
    private static final int DIGIT = 11;

    private RadixOrder() {
    }

    /** Row numbers {@code 0..n-1} in sorted order; {@code ascending[j]} gives key {@code j}'s direction. */
    static int[] order(List<ColumnReader> keys, boolean[] ascending, int n) {
        int[] rows = KeyGroups.identity(n);
        int[] buffer = new int[n];
        long[] code = new long[n];
        for (int j = keys.size() - 1; j >= 0; j--) {
            ColumnReader key = keys.get(j);
            boolean anyMissing = codes(key, code, n);
            if (!ascending[j]) {
                for (int i = 0; i < n; i++) {
                    code[i] = ~code[i];
                }
            }
            if (anyMissing) {
                // Missing rows take the smallest code present so they add no digits; the partition below moves them.
                long min = -1L;
                for (int i = 0; i < n; i++) {
                    if (!key.isMissing(i) && Long.compareUnsigned(code[i], min) < 0) {
                        min = code[i];
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (key.isMissing(i)) {
                        code[i] = min;
                    }
                }
            }
            int[] sorted = sortByCode(rows, buffer, code);
            if (sorted != rows) {
                buffer = rows;
                rows = sorted;
            }
            if (anyMissing) {
                int at = 0;
                for (int p = 0; p < n; p++) {
                    if (!key.isMissing(rows[p])) {
                        buffer[at++] = rows[p];
                    }
                }
                for (int p = 0; p < n; p++) {
                    if (key.isMissing(rows[p])) {
                        buffer[at++] = rows[p];
                    }
                }
                int[] t = rows;
                rows = buffer;
                buffer = t;
            }
        }
        return rows;
    }

    /** Fills {@code code} with the ascending unsigned code of each row; returns whether any row is missing. */
    private static boolean codes(ColumnReader key, long[] code, int n) {
        boolean anyMissing = false;
        StringCodes encoded = key.codes();
        if (encoded != null) {
            // A dictionary-encoded (or category) column: each distinct value is ranked once, and each row reads its
            // code's rank instead of hashing its bytes. A category's codes follow its categories, which Stratum
            // keeps sorted as Python sorts str, so the order is pandas' category order as well as the str order.
            int[] rank = ranks(encoded.values());
            int[] c = encoded.codes();
            for (int i = 0; i < n; i++) {
                if (c[i] < 0) {
                    anyMissing = true;
                    code[i] = 0;
                } else {
                    code[i] = rank[c[i]];
                }
            }
            return anyMissing;
        }
        if (key.isString()) {
            StringDictionary dict = new StringDictionary();
            int[] c = new int[n];
            byte[] bytes = key.bytes();
            int[] offsets = key.offsets();
            for (int i = 0; i < n; i++) {
                if (key.isNull(i)) {
                    anyMissing = true;
                    c[i] = -1;
                } else {
                    c[i] = dict.insert(bytes, offsets[i], offsets[i + 1]);
                }
            }
            int[] rank = dict.ranks();
            for (int i = 0; i < n; i++) {
                code[i] = c[i] < 0 ? 0 : rank[c[i]];
            }
            return anyMissing;
        }
        if (key.isFloat()) {
            for (int i = 0; i < n; i++) {
                double v = key.doubles[i];
                if (key.isMissing(i)) {
                    anyMissing = true;
                    code[i] = 0;
                    continue;
                }
                long bits = Double.doubleToRawLongBits(v == 0.0 ? 0.0 : v);
                code[i] = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
            }
            return anyMissing;
        }
        for (int i = 0; i < n; i++) {
            if (key.isNull(i)) {
                anyMissing = true;
                code[i] = 0;
            } else {
                code[i] = key.longs[i] ^ Long.MIN_VALUE;
            }
        }
        return anyMissing;
    }

    /** {@code ranks[v]}: the position of {@code values[v]} among the values sorted as Python sorts str. */
    private static int[] ranks(String[] values) {
        int[] order = KeyGroups.identity(values.length);
        // A dictionary of values that first appeared in sorted order (sorted rows) is its own ranking: one pass.
        RowSort.RowComparator byValue = (a, b) -> PythonOrder.compareStrings(values[a], values[b]);
        if (CodedKeyAggregates.ascending(order, byValue)) {
            return order;
        }
        RowSort.sort(order, byValue);
        int[] rank = new int[values.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /**
     * Stably reorders {@code rows} by {@code code[row]} (unsigned) with counting passes over the bits that vary;
     * returns the array holding the result, which is {@code rows} or {@code buffer}.
     */
    static int[] sortByCode(int[] rows, int[] buffer, long[] code) {
        int n = rows.length;
        if (n < 2) {
            return rows;
        }
        long min = -1L;
        long max = 0;
        for (int i = 0; i < n; i++) {
            long c = code[i];
            if (Long.compareUnsigned(c, min) < 0) {
                min = c;
            }
            if (Long.compareUnsigned(c, max) > 0) {
                max = c;
            }
        }
        int bits = 64 - Long.numberOfLeadingZeros(max - min);
        if (bits == 0) {
            return rows;
        }
        // Each row's key travels with it, so that the passes read keys in order instead of gathering code[row] at the
        // rows' permuted positions twice per pass (one random read per row here, then none).
        return bits <= 32 ? sortInts(rows, buffer, code, min, bits) : sortLongs(rows, buffer, code, min, bits);
    }

    private static int[] sortInts(int[] rows, int[] buffer, long[] code, long min, int bits) {
        int n = rows.length;
        int[] key = new int[n];
        int[] keyBuffer = new int[n];
        for (int i = 0; i < n; i++) {
            key[i] = (int) (code[rows[i]] - min);
        }
        int[] src = rows;
        int[] dst = buffer;
        int[] count = new int[1 << DIGIT];
        int mask = (1 << DIGIT) - 1;
        for (int shift = 0; shift < bits; shift += DIGIT) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(key[i] >>> shift) & mask]++;
            }
            prefixSums(count);
            for (int i = 0; i < n; i++) {
                int k = key[i];
                int at = count[(k >>> shift) & mask]++;
                dst[at] = src[i];
                keyBuffer[at] = k;
            }
            int[] t = src;
            src = dst;
            dst = t;
            t = key;
            key = keyBuffer;
            keyBuffer = t;
        }
        return src;
    }

    private static int[] sortLongs(int[] rows, int[] buffer, long[] code, long min, int bits) {
        int n = rows.length;
        long[] key = new long[n];
        long[] keyBuffer = new long[n];
        for (int i = 0; i < n; i++) {
            key[i] = code[rows[i]] - min;
        }
        int[] src = rows;
        int[] dst = buffer;
        int[] count = new int[1 << DIGIT];
        int mask = (1 << DIGIT) - 1;
        for (int shift = 0; shift < bits; shift += DIGIT) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (key[i] >>> shift) & mask]++;
            }
            prefixSums(count);
            for (int i = 0; i < n; i++) {
                long k = key[i];
                int at = count[(int) (k >>> shift) & mask]++;
                dst[at] = src[i];
                keyBuffer[at] = k;
            }
            int[] t = src;
            src = dst;
            dst = t;
            long[] u = key;
            key = keyBuffer;
            keyBuffer = u;
        }
        return src;
    }

    /** Turns digit counts into each digit's first position. */
    private static void prefixSums(int[] count) {
        int sum = 0;
        for (int d = 0; d < count.length; d++) {
            int c = count[d];
            count[d] = sum;
            sum += c;
        }
    }
}
