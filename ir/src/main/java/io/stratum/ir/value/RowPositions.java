package io.stratum.ir.value;

import io.stratum.ir.random.NumpyRandomState;
import java.util.List;

/**
 * Which rows a take-by-position picks, resolved against the row count when the plan runs: a Python slice with any
 * step ({@code df[::2]}, {@code col.iloc[1:10:3]}), a list of positions ({@code df.iloc[[3, 0, -1]]}) or skrub's
 * random subsample ({@code .skb.subsample(n, how="random")}: pandas' {@code sample(n, random_state=seed)}), or
 * pandas' own {@code sample(n=..., frac=..., random_state=seed)}.
 */
public sealed interface RowPositions {

    /** The positions picked from {@code rows} rows, in output order; an out-of-range position is refused as pandas does. */
    int[] resolve(int rows);

    /** The number of rows picked from {@code rows} rows (for row-count metadata); -1 when only resolving can tell. */
    long count(long rows);

    /** The selection as the script wrote it, for EXPLAIN and the fingerprint. */
    Const describe();

    /** {@code [start:stop:step]} with Python's meaning of missing and negative bounds ({@code slice.indices}). */
    record Slice(Long start, Long stop, long step) implements RowPositions {
        public Slice {
            if (step == 0) {
                throw new IllegalArgumentException("slice step cannot be zero");
            }
        }

        @Override
        public int[] resolve(int rows) {
            long[] r = bounds(rows);
            int n = (int) length(r[0], r[1]);
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = (int) (r[0] + (long) i * step);
            }
            return out;
        }

        @Override
        public long count(long rows) {
            long[] r = bounds(rows);
            return length(r[0], r[1]);
        }

        private long length(long from, long to) {
            if (step > 0) {
                return from < to ? (to - from - 1) / step + 1 : 0;
            }
            return from > to ? (from - to - 1) / -step + 1 : 0;
        }

        /** CPython's {@code PySlice_AdjustIndices}: the first position and the exclusive end. */
        private long[] bounds(long rows) {
            long lower = step < 0 ? -1 : 0;
            long upper = step < 0 ? rows - 1 : rows;
            long from = start == null ? (step < 0 ? upper : lower) : clamp(start, rows, lower, upper);
            long to = stop == null ? (step < 0 ? lower : upper) : clamp(stop, rows, lower, upper);
            return new long[] {from, to};
        }

        private static long clamp(long bound, long rows, long lower, long upper) {
            long b = bound < 0 ? bound + rows : bound;
            return Math.max(lower, Math.min(upper, b));
        }

        @Override
        public Const describe() {
            return Const.of((start == null ? "" : start.toString()) + ":" + (stop == null ? "" : stop.toString())
                    + (step == 1 ? "" : ":" + step));
        }
    }

    /** {@code .iloc[[p, ...]]}: these positions in this order, negative ones counted from the end, repeats allowed. */
    record Positions(List<Long> positions) implements RowPositions {
        public Positions {
            positions = List.copyOf(positions);
        }

        @Override
        public int[] resolve(int rows) {
            int[] out = new int[positions.size()];
            for (int i = 0; i < out.length; i++) {
                long p = positions.get(i);
                long at = p < 0 ? p + rows : p;
                if (at < 0 || at >= rows) {
                    // pandas' IndexError text, with the position that failed.
                    throw new IndexOutOfBoundsException("positional indexers are out-of-bounds: position " + p
                            + " of " + rows + " rows");
                }
                out[i] = (int) at;
            }
            return out;
        }

        @Override
        public long count(long rows) {
            return positions.size();
        }

        @Override
        public Const describe() {
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < positions.size(); i++) {
                s.append(i == 0 ? "" : ", ").append(positions.get(i));
            }
            return Const.of(s.append(']').toString());
        }
    }

    /**
     * skrub's random subsample: {@code min(n, rows)} rows drawn without replacement in the order pandas'
     * {@code sample(n, random_state=seed)} returns them ({@code RandomState(seed).permutation(rows)[:n]}).
     */
    record Sample(long n, long seed) implements RowPositions {
        public Sample {
            if (n < 0) {
                throw new IllegalArgumentException("a sample cannot have a negative size, got " + n);
            }
        }

        @Override
        public int[] resolve(int rows) {
            int[] permutation = new NumpyRandomState(seed).permutation(rows);
            return java.util.Arrays.copyOf(permutation, (int) Math.min(n, rows));
        }

        @Override
        public long count(long rows) {
            return Math.min(n, rows);
        }

        @Override
        public Const describe() {
            return Const.of("random " + n + " seed " + seed);
        }
    }

    /**
     * pandas' {@code df.sample(n=n, random_state=seed)} or {@code df.sample(frac=frac, random_state=seed)} without
     * replacement: {@code RandomState(seed).choice(rows, size, replace=False)}, which is the first {@code size} of
     * {@code RandomState(seed).permutation(rows)}, in that order; {@code size} is {@code n} or Python's
     * {@code round(frac * rows)}. More rows than there are is numpy's error.
     */
    record PandasSample(Long n, Double frac, long seed) implements RowPositions {
        public PandasSample {
            if ((n == null) == (frac == null)) {
                throw new IllegalArgumentException("a sample has a size or a fraction, not both");
            }
            if (n != null && n < 0 || frac != null && !(frac >= 0 && frac <= 1)) {
                throw new IllegalArgumentException("a sample's size must be >= 0 and its fraction in [0, 1]");
            }
        }

        private long size(long rows) {
            return n != null ? n : (long) Math.rint(frac * rows);
        }

        @Override
        public int[] resolve(int rows) {
            long size = size(rows);
            if (size > rows) {
                throw new IllegalArgumentException("Cannot take a larger sample than population when 'replace=False'"
                        + " (" + size + " rows asked of " + rows + ")");
            }
            int[] permutation = new NumpyRandomState(seed).permutation(rows);
            return java.util.Arrays.copyOf(permutation, (int) size);
        }

        @Override
        public long count(long rows) {
            return size(rows) > rows ? -1 : size(rows);
        }

        @Override
        public Const describe() {
            return Const.of("sample " + (n != null ? "n=" + n : "frac=" + io.stratum.ir.value.PyFormat.floatRepr(frac))
                    + " random_state=" + seed);
        }
    }

    /**
     * The rows a pandas sample picked, in the frame's order: {@code df[df.index.isin(sample.index)]} of
     * {@code sample = df.sample(...)}.
     */
    record PandasSampleInOrder(PandasSample sample) implements RowPositions {
        public PandasSampleInOrder {
            java.util.Objects.requireNonNull(sample, "sample");
        }

        @Override
        public int[] resolve(int rows) {
            int[] picked = sample.resolve(rows).clone();
            java.util.Arrays.sort(picked);
            return picked;
        }

        @Override
        public long count(long rows) {
            return sample.count(rows);
        }

        @Override
        public Const describe() {
            return Const.of("rows of " + ((Const.StrConst) sample.describe()).value() + " in order");
        }
    }

    /**
     * The rows a pandas sample did not pick, in their order: {@code df.drop(sample.index)} of
     * {@code sample = df.sample(...)}, the usual way to hold out the rest of a frame (its labels are its rows').
     */
    record PandasSampleRest(PandasSample sample) implements RowPositions {
        public PandasSampleRest {
            java.util.Objects.requireNonNull(sample, "sample");
        }

        @Override
        public int[] resolve(int rows) {
            boolean[] picked = new boolean[rows];
            for (int p : sample.resolve(rows)) {
                picked[p] = true;
            }
            int[] out = new int[rows - (int) sample.count(rows)];
            int k = 0;
            for (int i = 0; i < rows; i++) {
                if (!picked[i]) {
                    out[k++] = i;
                }
            }
            return out;
        }

        @Override
        public long count(long rows) {
            long picked = sample.count(rows);
            return picked < 0 ? -1 : rows - picked;
        }

        @Override
        public Const describe() {
            return Const.of("rows not in " + ((Const.StrConst) sample.describe()).value());
        }
    }
}
