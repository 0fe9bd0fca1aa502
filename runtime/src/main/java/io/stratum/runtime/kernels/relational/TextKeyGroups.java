package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.ArrowBuffers;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.arrow.vector.VarCharVector;

/**
 * The groups of one string key without a dictionary encoding (dates or identifiers as text), found from the key's
 * Arrow bytes: each row's value is hashed 8 bytes at a time straight from the buffer, and a filter's text not yet
 * gathered is read through its source and kept rows ({@link StringColumn#readText}), so neither the gather's copy
 * nor a copy of the column into a Java array is made. The general path ({@link KeyGroups#of}) copied the text twice
 * and hashed it byte by byte into a dictionary and then again into a tuple table.
 *
 * <p>Keys that arrive in order, as time-stamped rows do, need no hash table: a row equal to the row before it takes
 * its group, a value above every value so far is a new group, and the groups are then already in sorted order. The
 * table is built from the groups found so far the first time a value breaks the order, and the distinct values are
 * then sorted by their UTF-8 bytes (Python's order for str), compared a word at a time. Each value's bytes are copied
 * once, when first seen, into a pool from which the output's key column is written. The rows are scanned a chunk per
 * call of a small method, which the JIT compiles whole (see {@link CodedKeyAggregates}).
 */
final class TextKeyGroups {
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final int EMPTY = -1;
    private static final java.lang.invoke.VarHandle POOL_LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, ByteOrder.LITTLE_ENDIAN);

    private TextKeyGroups() {
    }

    /** The groups and the key column of the output: each group's value, in group order, named {@code name}. */
    record Result(KeyGroups groups, StringColumn key) {
    }

    /**
     * Groups the rows of {@code key} (which must carry no codes) as {@link KeyGroups#of} would for this one key: with
     * {@code dropMissing} a null key belongs to no group, else to one of its own (last when sorted); with {@code sort}
     * groups are in ascending order of value, else in order of first appearance.
     */
    static Result of(MemoryContext ctx, String name, StringColumn key, boolean dropMissing, boolean sort) {
        if (key.codes() != null) {
            throw new IllegalArgumentException("column '" + key.name() + "' is dictionary-encoded: group by its codes");
        }
        return key.readText((vector, rows) -> group(ctx, name, vector, rows, dropMissing, sort));
    }

    private static Result group(MemoryContext ctx, String name, VarCharVector vector, int[] rows, boolean dropMissing,
                                boolean sort) {
        int nin = vector.getValueCount();
        int n = rows == null ? nin : rows.length;
        if (n == 0) {
            // Arrow leaves an empty vector's buffers unallocated: nothing to read.
            return new Result(KeyGroups.of(new int[0], new int[0], new int[0]), StringColumn.of(ctx, name, new String[0]));
        }
        MemorySegment offsets = ArrowBuffers.segment(vector.getOffsetBuffer(), 4L * (nin + 1));
        long size = nin == 0 ? 0 : offsets.getAtIndex(INT, nin);
        MemorySegment data = ArrowBuffers.segment(vector.getDataBuffer(), size);
        MemorySegment valid = vector.getNullCount() == 0 ? null
                : ArrowBuffers.segment(vector.getValidityBuffer(), (nin + 7) >>> 3);
        Values v = new Values(data, size);
        Scan scan = new Scan(v, offsets, valid, rows, dropMissing, new int[n]);
        for (int from = 0; from < n; from += CHUNK) {
            scan.rows(from, Math.min(n, from + CHUNK));
        }
        int[] code = scan.code;
        int missing = scan.missing;
        boolean ascending = scan.ascending;
        int groups = v.groups;
        int[] order = KeyGroups.identity(groups);
        boolean reordered = false;
        if (sort && (!ascending || (missing >= 0 && missing != groups - 1))) {
            // The values sorted (unless already in order), then the missing key's group last.
            int[] values = new int[missing < 0 ? groups : groups - 1];
            for (int g = 0, k = 0; g < groups; g++) {
                if (g != missing) {
                    values[k++] = g;
                }
            }
            if (!ascending) {
                RowSort.sort(values, v::compare);
            }
            System.arraycopy(values, 0, order, 0, values.length);
            if (missing >= 0) {
                order[groups - 1] = missing;
            }
            reordered = true;
        }
        int[] sizes = reordered ? new int[groups] : Arrays.copyOf(v.count, groups);
        int[] first = reordered ? new int[groups] : Arrays.copyOf(v.first, groups);
        if (reordered) {
            int[] rank = new int[groups];
            for (int k = 0; k < groups; k++) {
                int g = order[k];
                sizes[k] = v.count[g];
                first[k] = v.first[g];
                rank[g] = k;
            }
            for (int i = 0; i < n; i++) {
                if (code[i] >= 0) {
                    code[i] = rank[code[i]];
                }
            }
        }
        StringColumn out = groups == 0 ? StringColumn.of(ctx, name, new String[0])
                : StringColumn.wrap(ctx, name, keys(ctx, name, v, order, valid != null));
        return new Result(KeyGroups.of(code, sizes, first), out);
    }

    /** Rows scanned per call of {@link Scan#rows}: a small method the JIT compiles whole after a few calls. */
    private static final int CHUNK = 1 << 16;

    /** The scan of the rows into groups, a chunk of rows per call, and what it carries from one row to the next. */
    private static final class Scan {
        final Values v;
        final MemorySegment offsets;
        final MemorySegment valid;
        final int[] rows;
        final boolean dropMissing;
        final int[] code;
        int missing = -1;
        /** The newest group of a value: the groups are in sorted order while each is above the one before. */
        int last = -1;
        boolean ascending = true;
        /** The group of the row before, when that row had a value. */
        int previous = -1;

        Scan(Values v, MemorySegment offsets, MemorySegment valid, int[] rows, boolean dropMissing, int[] code) {
            this.v = v;
            this.offsets = offsets;
            this.valid = valid;
            this.rows = rows;
            this.dropMissing = dropMissing;
            this.code = code;
        }

        void rows(int from, int to) {
            for (int i = from; i < to; i++) {
                int r = rows == null ? i : rows[i];
                if (valid != null && (valid.get(ValueLayout.JAVA_BYTE, r >>> 3) & (1 << (r & 7))) == 0) {
                    missingRow(i);
                    continue;
                }
                int start = offsets.getAtIndex(INT, r);
                int length = offsets.getAtIndex(INT, r + 1) - start;
                int g;
                if (previous >= 0 && v.length[previous] == length && v.same(v.start[previous], start, length)) {
                    g = previous;
                } else {
                    g = other(start, length, i);
                }
                code[i] = g;
                v.count[g]++;
                previous = g;
            }
        }

        /** The group of a value unlike the row before's. */
        private int other(int start, int length, int i) {
            if (ascending && (last < 0 || v.compareWith(last, start, length) < 0)) {
                // Above every value so far: new, and no table is needed while the values keep arriving in order.
                last = v.add(start, length, 0, i);
                return last;
            }
            if (ascending) {
                ascending = false;
                v.index();
            }
            return v.find(start, length, i);
        }

        private void missingRow(int i) {
            previous = -1;
            if (dropMissing) {
                code[i] = -1;
                return;
            }
            if (missing < 0) {
                missing = v.add(-1, 0, 0, i);
            }
            code[i] = missing;
            v.count[missing]++;
        }
    }

    /** Each group's value, in group order (the missing key's group null), copied from the key's buffer. */
    private static VarCharVector keys(MemoryContext ctx, String name, Values v, int[] order, boolean nulls) {
        int groups = order.length;
        long total = 0;
        for (int g = 0; g < groups; g++) {
            total += v.length[g];
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new io.stratum.runtime.data.DataException("column '" + name + "' would hold more than 2 GiB of text");
        }
        VarCharVector out = ctx.track(new VarCharVector(name, ctx.allocator()));
        out.allocateNew(Math.max(total, 1), groups);
        while (out.getDataBuffer().capacity() < total) {
            out.reallocDataBuffer();
        }
        MemorySegment data = ArrowBuffers.segment(out.getDataBuffer(), Math.max(total, 1));
        int[] offsets = new int[groups + 1];
        boolean[] missing = nulls ? new boolean[groups] : null;
        // The groups in the order they were found (sorted keys arriving in order): the pool is the column's text.
        boolean inPoolOrder = isIdentity(order);
        for (int k = 0; k < groups; k++) {
            int g = order[k];
            offsets[k + 1] = offsets[k] + v.length[g];
            if (v.start[g] < 0) {
                missing[k] = true;
            }
        }
        if (inPoolOrder) {
            if (v.poolSize > 0) {
                MemorySegment.copy(v.pool, 0, data, ValueLayout.JAVA_BYTE, 0, v.poolSize);
            }
        } else {
            for (int k = 0; k < groups; k++) {
                int g = order[k];
                if (v.length[g] > 0) {
                    MemorySegment.copy(v.pool, v.pooled[g], data, ValueLayout.JAVA_BYTE, offsets[k], v.length[g]);
                }
            }
        }
        ArrowBuffers.putInts(out.getOffsetBuffer(), offsets, groups + 1);
        ArrowBuffers.putValidity(out.getValidityBuffer(), missing, groups);
        out.setLastSet(groups - 1);
        out.setValueCount(groups);
        return out;
    }

    private static boolean isIdentity(int[] order) {
        for (int k = 0; k < order.length; k++) {
            if (order[k] != k) {
                return false;
            }
        }
        return true;
    }

    /** The distinct values found so far: where each one's bytes are in the buffer, its hash, rows and first row. */
    private static final class Values {
        final MemorySegment data;
        final long size;
        int groups;
        int[] start = new int[1024];
        int[] length = new int[1024];
        int[] hash = new int[1024];
        int[] count = new int[1024];
        int[] first = new int[1024];
        /** Each value's bytes, copied once when first seen (while in cache): the output's key column is made of them. */
        byte[] pool = new byte[1 << 14];
        int[] pooled = new int[1024];
        int poolSize;
        /** The hash table of the groups, built once values stop arriving in order ({@link #index}). */
        int[] slots;
        int mask;

        Values(MemorySegment data, long size) {
            this.data = data;
            this.size = size;
        }

        /** Puts every group found so far in the hash table (they were found in order, without it). */
        void index() {
            for (int g = 0; g < groups; g++) {
                if (start[g] >= 0) {
                    hash[g] = hash(start[g], length[g]);
                }
            }
            int cap = Integer.highestOneBit(Math.max(2048, groups) * 4 - 1);
            slots = filled(cap);
            mask = cap - 1;
            place();
        }

        /** The group of the value at {@code [start, start + length)}, added (first seen at row {@code row}) if new. */
        int find(int at, int len, int row) {
            int h = hash(at, len);
            int slot = h & mask;
            while (true) {
                int g = slots[slot];
                if (g == EMPTY) {
                    break;
                }
                if (hash[g] == h && length[g] == len && samePooled(g, at, len)) {
                    return g;
                }
                slot = (slot + 1) & mask;
            }
            int g = add(at, len, h, row);
            slots[slot] = g;
            if (groups * 2 > slots.length) {
                rehash();
            }
            return g;
        }

        /** A new group; the missing key's ({@code at} -1) is in no slot. */
        int add(int at, int len, int h, int row) {
            int g = groups++;
            if (g == start.length) {
                int grown = g * 2;
                start = Arrays.copyOf(start, grown);
                length = Arrays.copyOf(length, grown);
                hash = Arrays.copyOf(hash, grown);
                count = Arrays.copyOf(count, grown);
                first = Arrays.copyOf(first, grown);
                pooled = Arrays.copyOf(pooled, grown);
            }
            if (poolSize + len > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
            }
            if (len > 0) {
                MemorySegment.copy(data, ValueLayout.JAVA_BYTE, at, pool, poolSize, len);
            }
            pooled[g] = poolSize;
            poolSize += len;
            start[g] = at;
            length[g] = len;
            hash[g] = h;
            first[g] = row;
            return g;
        }

        /** Bytes {@code [at, min(at + 8, end))} as a little-endian word, zero past {@code end}. */
        long word(long at, long end) {
            long n = end - at;
            if (n >= 8) {
                return data.get(LONG, at);
            }
            if (at + 8 <= size) {
                return data.get(LONG, at) & ((1L << (n << 3)) - 1);
            }
            long w = 0;
            for (long i = end - 1; i >= at; i--) {
                w = (w << 8) | (data.get(ValueLayout.JAVA_BYTE, i) & 0xff);
            }
            return w;
        }

        boolean same(int a, int b, int len) {
            if (a == b) {
                return true;
            }
            for (int k = 0; k < len; k += 8) {
                if (word(a + k, a + len) != word(b + k, b + len)) {
                    return false;
                }
            }
            return true;
        }

        /** Bytes {@code [p, min(p + 8, end))} of the pool as a little-endian word, zero past {@code end}. */
        long poolWord(int p, int end) {
            int n = end - p;
            if (n >= 8) {
                return (long) POOL_LONGS.get(pool, p);
            }
            if (p + 8 <= pool.length) {
                return (long) POOL_LONGS.get(pool, p) & ((1L << (n << 3)) - 1);
            }
            long w = 0;
            for (int i = end - 1; i >= p; i--) {
                w = (w << 8) | (pool[i] & 0xff);
            }
            return w;
        }

        /** Whether group {@code g}'s value (read from the pool, compact, where the key's rows are scattered) is the value at {@code [at, at + len)}. */
        boolean samePooled(int g, int at, int len) {
            int p = pooled[g];
            for (int k = 0; k < len; k += 8) {
                if (poolWord(p + k, p + len) != word(at + k, at + len)) {
                    return false;
                }
            }
            return true;
        }

        int hash(int at, int len) {
            long h = (word(at, at + len) ^ len) * 0x9E3779B97F4A7C15L;
            for (int k = 8; k < len; k += 8) {
                h = Long.rotateLeft(h, 29) ^ word(at + k, at + len);
                h *= 0xBF58476D1CE4E5B9L;
            }
            h ^= h >>> 31;
            h *= 0x94D049BB133111EBL;
            return (int) (h ^ (h >>> 32));
        }

        /**
         * Compares two groups' values by their UTF-8 bytes, unsigned (Python's code point order for str), 8 at a
         * time: past a value's end its word holds zeros, so a value that is a prefix of the other ties on the words
         * and is the smaller by length.
         */
        int compare(int a, int b) {
            return Arrays.compareUnsigned(pool, pooled[a], pooled[a] + length[a], pool, pooled[b], pooled[b] + length[b]);
        }

        /** Compares group {@code a}'s value with the value at {@code [at, at + len)}, as {@link #compare(int, int)}. */
        int compareWith(int a, int at, int len) {
            int p = pooled[a];
            int la = length[a];
            int common = Math.max(la, len);
            for (int k = 0; k < common; k += 8) {
                long x = k < la ? poolWord(p + k, p + la) : 0;
                long y = k < len ? word(at + k, at + len) : 0;
                if (x != y) {
                    return Long.compareUnsigned(Long.reverseBytes(x), Long.reverseBytes(y));
                }
            }
            return Integer.compare(la, len);
        }

        private void rehash() {
            slots = filled(slots.length * 2);
            mask = slots.length - 1;
            place();
        }

        /** Every group of a value in an empty table. */
        private void place() {
            for (int g = 0; g < groups; g++) {
                if (start[g] >= 0) {
                    int slot = hash[g] & mask;
                    while (slots[slot] != EMPTY) {
                        slot = (slot + 1) & mask;
                    }
                    slots[slot] = g;
                }
            }
        }

        private static int[] filled(int n) {
            int[] a = new int[n];
            Arrays.fill(a, EMPTY);
            return a;
        }
    }
}
