package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.data.FeatureMatrix;
import java.util.Arrays;

/**
 * scikit-learn's {@code _BinMapper}: per feature, up to {@code maxBins} bins for the non-missing values (midpoints
 * between distinct values when there are few, else numpy's {@code averaged_inverted_cdf} percentiles), plus the
 * last bin, {@code maxBins}, for missing values. A value x falls in bin i iff {@code t[i-1] < x <= t[i]}.
 */
final class BinMapper {
    /** scikit-learn's {@code ALMOST_INF}: thresholds are clipped to it so that +inf stays in the last bin. */
    static final double ALMOST_INF = 1e300;

    private final double[][] thresholds;
    private final int missingBin;
    /** The number of leading categorical features, whose "thresholds" are their codes 0..k-1 (one bin each). */
    private final int categorical;

    private BinMapper(double[][] thresholds, int missingBin, int categorical) {
        this.thresholds = thresholds;
        this.missingBin = missingBin;
        this.categorical = categorical;
    }

    /** Bin thresholds of every feature of {@code x}, computed in parallel over features. */
    static BinMapper fit(FeatureMatrix x, int maxBins, Parallel parallel) {
        return fit(x, maxBins, new int[0], parallel);
    }

    /**
     * As {@link #fit(FeatureMatrix, int, Parallel)} where the first {@code categoryCounts.length} features are
     * categorical codes: as in scikit-learn, their thresholds are the known codes {@code 0..k-1} (k from all the
     * data, even when the fit sees only a training part), so each category is its own bin.
     */
    static BinMapper fit(FeatureMatrix x, int maxBins, int[] categoryCounts, Parallel parallel) {
        return fit(x, maxBins, categoryCounts, null, parallel);
    }

    /**
     * As {@link #fit(FeatureMatrix, int, int[], Parallel)} with the rows' sample weights {@code w} (null: none), which
     * move the numeric features' thresholds ({@link #thresholds(double[], int, double[])}).
     */
    static BinMapper fit(FeatureMatrix x, int maxBins, int[] categoryCounts, double[] w, Parallel parallel) {
        double[][] thresholds = new double[x.cols()][];
        int k = categoryCounts.length;
        for (int j = 0; j < k; j++) {
            thresholds[j] = new double[categoryCounts[j]];
            for (int c = 0; c < categoryCounts[j]; c++) {
                thresholds[j][c] = c;
            }
        }
        parallel.forEach(x.cols() - k, j -> thresholds[k + j] = w == null
                ? thresholdsOverwriting(x.column(k + j), maxBins) : thresholds(x.column(k + j), maxBins, w));
        return new BinMapper(thresholds, maxBins, k);
    }

    static BinMapper of(double[][] thresholds, int missingBin) {
        return new BinMapper(thresholds, missingBin, 0);
    }

    /**
     * The thresholds of one feature's values, as {@code _find_binning_thresholds}, without sorting all the values:
     * a column of a few thousand distinct values at most sorts only those ({@link Tally}), and the percentiles of a
     * larger one need only the values at their ranks ({@link #ranked}).
     */
    static double[] thresholds(double[] column, int maxBins) {
        return thresholdsOverwriting(column.clone(), maxBins);
    }

    /** {@link #thresholds(double[], int)} of {@code values}, a copy the caller gives up: the work is done in it. */
    private static double[] thresholdsOverwriting(double[] values, int maxBins) {
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                values[n++] = v == 0.0 ? 0.0 : v;
            }
        }
        Tally tally = Tally.of(values, n, Math.max(maxBins, Tally.MAX_DISTINCT));
        if (tally != null && tally.distinct.length <= maxBins) {
            return clamped(unique(midpointsOfDistinct(tally.distinct)));
        }
        double step = 100.0 / maxBins;
        // averaged_inverted_cdf reads two neighbouring ranks per percentile; they rise with the percentile
        int[] ranks = new int[2 * (maxBins - 1)];
        for (int i = 1; i < maxBins; i++) {
            long pair = cdfRanks(n, (i * step + 0.0) / 100);
            ranks[2 * i - 2] = (int) (pair >>> 32);
            ranks[2 * i - 1] = (int) pair;
        }
        double[] at = tally != null ? tally.ranked(ranks) : ranked(values, n, ranks);
        double[] out = new double[maxBins - 1];
        for (int i = 1; i < maxBins; i++) {
            out[i - 1] = averagedInvertedCdf(n, (i * step + 0.0) / 100, at[2 * i - 2], at[2 * i - 1]);
        }
        return clamped(unique(out));
    }

    /**
     * A column's distinct values in increasing order with how many values are at most each ({@code atMost}), when it
     * has few: found with a hash set that gives up at the first value too many, so a column of many values costs
     * only its first few thousand, and one of ties (a rounded measurement) gets its percentiles without sorting.
     */
    private record Tally(double[] distinct, int[] atMost) {
        /** At most this many distinct values are tallied (a set of 64 kB, counts of 32 kB). */
        static final int MAX_DISTINCT = 4_096;
        /** An empty slot of the set: the bits of a NaN, which no value it holds has. */
        private static final long EMPTY = 0x7ff8_0000_0000_0001L;

        /** The tally of {@code values[0, n)} (no NaN, no -0.0: equal values have equal bits), or null past {@code limit}. */
        static Tally of(double[] values, int n, int limit) {
            int size = 16;
            while (size < 2 * limit) {
                size <<= 1;
            }
            int shift = 64 - Integer.numberOfTrailingZeros(size);
            long[] keys = new long[size];
            int[] counts = new int[size];
            Arrays.fill(keys, EMPTY);
            double[] distinct = new double[limit];
            int count = 0;
            for (int i = 0; i < n; i++) {
                long bits = Double.doubleToRawLongBits(values[i]);
                int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> shift);
                long key;
                while ((key = keys[slot]) != bits && key != EMPTY) {
                    slot = (slot + 1) & (size - 1);
                }
                if (key == EMPTY) {
                    if (count == limit) {
                        return null;
                    }
                    keys[slot] = bits;
                    distinct[count++] = values[i];
                }
                counts[slot]++;
            }
            distinct = Arrays.copyOf(distinct, count);
            Arrays.sort(distinct);
            int[] atMost = new int[count];
            for (int k = 0, total = 0; k < count; k++) {
                long bits = Double.doubleToRawLongBits(distinct[k]);
                int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> shift);
                while (keys[slot] != bits) {
                    slot = (slot + 1) & (size - 1);
                }
                total += counts[slot];
                atMost[k] = total;
            }
            return new Tally(distinct, atMost);
        }

        /** The values at {@code ranks} (non-decreasing) of the sorted column. */
        double[] ranked(int[] ranks) {
            double[] out = new double[ranks.length];
            for (int r = 0, k = 0; r < ranks.length; r++) {
                while (atMost[k] <= ranks[r]) {
                    k++;
                }
                out[r] = distinct[k];
            }
            return out;
        }
    }

    /** The midpoints of consecutive values of {@code distinct} (increasing): none for one or no value. */
    private static double[] midpointsOfDistinct(double[] distinct) {
        if (distinct.length <= 1) {
            return new double[0];
        }
        double[] out = new double[distinct.length - 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = (distinct[i] + distinct[i + 1]) / 2;
        }
        return out;
    }

    /**
     * The midpoints of consecutive distinct values of {@code sorted} when it has at most {@code maxBins} of them (none
     * for one or no value), or null when it has more, where the thresholds are percentiles.
     */
    private static double[] midpoints(double[] sorted, int maxBins) {
        int distinct = 0;
        double[] unique = new double[sorted.length];
        for (double v : sorted) {
            if (distinct == 0 || v != unique[distinct - 1]) {
                unique[distinct++] = v;
            }
        }
        if (distinct > maxBins) {
            return null;
        }
        return midpointsOfDistinct(Arrays.copyOf(unique, distinct));
    }

    /**
     * Values per bucket of {@link #ranked} on average: the buckets that hold a rank are then sorted in a few steps
     * each (a bucket of normal values that holds a rank is about as full as the average).
     */
    private static final int RANKED_VALUES_PER_BUCKET = 4;
    /** At most this many buckets, whose counts fit in the L2 cache. */
    private static final int RANKED_MAX_BUCKETS = 1 << 16;

    /**
     * The values at {@code ranks} (non-decreasing) of {@code values[0, n)} sorted in increasing order (no NaN, no
     * -0.0), found without sorting them all: the values are counted into buckets by a function of the value that
     * never decreases as the value grows, so the sorted values are the buckets one after the other, each sorted, and
     * only the buckets that hold a wanted rank are gathered and sorted.
     */
    static double[] ranked(double[] values, int n, int[] ranks) {
        for (int k = 1; k < ranks.length; k++) {
            if (ranks[k] < ranks[k - 1]) {
                throw new IllegalArgumentException("ranks must not decrease: " + ranks[k - 1] + " then " + ranks[k]);
            }
        }
        double[] out = new double[ranks.length];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (v < lo && v != Double.NEGATIVE_INFINITY) {
                lo = v;
            }
            if (v > hi && v != Double.POSITIVE_INFINITY) {
                hi = v;
            }
        }
        int buckets = Math.min(RANKED_MAX_BUCKETS, n / RANKED_VALUES_PER_BUCKET + 1);
        double scale = buckets / (hi - lo);
        if (!(hi > lo) || !(scale > 0) || Double.isInfinite(scale)) {
            double[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            for (int k = 0; k < ranks.length; k++) {
                out[k] = sorted[ranks[k]];
            }
            return out;
        }
        int[] start = new int[buckets + 1];
        for (int i = 0; i < n; i++) {
            start[bucket(values[i], lo, scale, buckets) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        // where each wanted bucket's values go in the gathered array (-1: not wanted)
        int[] fill = new int[buckets];
        Arrays.fill(fill, -1);
        int[] rankBucket = new int[ranks.length];
        int gathered = 0;
        for (int k = 0, b = 0; k < ranks.length; k++) {
            while (start[b + 1] <= ranks[k]) {
                b++;
            }
            rankBucket[k] = b;
            if (fill[b] < 0) {
                fill[b] = gathered;
                gathered += start[b + 1] - start[b];
            }
        }
        int[] offset = fill.clone();
        double[] some = new double[gathered];
        for (int i = 0; i < n; i++) {
            double v = values[i];
            int b = bucket(v, lo, scale, buckets);
            int at = fill[b];
            if (at >= 0) {
                some[at] = v;
                fill[b] = at + 1;
            }
        }
        for (int k = 0; k < ranks.length; k++) {
            int b = rankBucket[k];
            if (k == 0 || b != rankBucket[k - 1]) {
                sortUnlessEqual(some, offset[b], offset[b] + start[b + 1] - start[b]);
            }
            out[k] = some[offset[b] + ranks[k] - start[b]];
        }
        return out;
    }

    /** Sorts {@code a[from, to)}, after a look at whether they are one value repeated, as ties often fill a bucket. */
    private static void sortUnlessEqual(double[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (a[i] != a[from]) {
                Arrays.sort(a, from, to);
                return;
            }
        }
    }

    /**
     * The bucket of {@code v} among {@code buckets} covering [lo, lo + buckets / scale], the infinities in the first
     * and last: every step rounds monotonically, so a larger value never gets a smaller bucket.
     */
    private static int bucket(double v, double lo, double scale, int buckets) {
        int b = (int) ((v - lo) * scale);
        return b < 0 ? 0 : Math.min(b, buckets - 1);
    }

    /** The thresholds with infinities replaced by scikit-learn's ALMOST_INF. */
    private static double[] clamped(double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.min(out[i], ALMOST_INF);
        }
        return out;
    }

    /**
     * {@code _find_binning_thresholds} with sample weights: rows of weight 0 are left out (of the distinct values
     * too), and with more distinct values than {@code maxBins} the thresholds are scikit-learn's
     * {@code _weighted_percentile(..., average=True)} of the values sorted with their weights: the first value whose
     * cumulative weight reaches the rank, or its mean with the next value when the cumulative weight meets the rank
     * (within float64's epsilon). Equal values keep their rows' order here, where numpy's unstable argsort may
     * reorder them: the cumulative weights inside a run of equal values then differ, which moves a threshold only
     * when a rank falls exactly on one of them.
     */
    static double[] thresholds(double[] column, int maxBins, double[] w) {
        int n = 0;
        int[] rows = new int[column.length];
        for (int i = 0; i < column.length; i++) {
            if (!Double.isNaN(column[i]) && w[i] != 0) {
                rows[n++] = i;
            }
        }
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            double v = column[rows[k]];
            values[k] = v == 0.0 ? 0.0 : v;
        }
        int[] order = stableOrder(values);
        double[] sorted = new double[n];
        double[] cdf = new double[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            sorted[k] = values[order[k]];
            total += w[rows[order[k]]];
            cdf[k] = total;
        }
        double[] out = midpoints(sorted, maxBins);
        if (out == null) {
            out = new double[maxBins - 1];
            double step = 100.0 / maxBins;
            for (int i = 1; i < maxBins; i++) {
                out[i - 1] = weightedPercentile(sorted, cdf, i * step + 0.0);
            }
        }
        return clamped(unique(out));
    }

    /** Bits of a radix digit of {@link #stableOrder}: six passes over 64 bits, of 2,048 counts each (8 kB). */
    private static final int RADIX_BITS = 11;

    /**
     * The positions of {@code values} (no NaN, no -0.0) in increasing order of value, equal values in their order: a
     * least-significant-digit radix sort of the values' bits turned so that they order as unsigned numbers, which is
     * stable, as the sort of boxed positions with a comparator it replaces. A digit that all the values share (the
     * exponent's bits of values of one scale) takes no pass.
     */
    static int[] stableOrder(double[] values) {
        int n = values.length;
        int digits = (Long.SIZE + RADIX_BITS - 1) / RADIX_BITS;
        int radix = 1 << RADIX_BITS;
        long[] keys = new long[n];
        int[][] counts = new int[digits][radix + 1];
        for (int k = 0; k < n; k++) {
            long bits = Double.doubleToRawLongBits(values[k]);
            long key = bits ^ (bits >> 63 | Long.MIN_VALUE);
            keys[k] = key;
            for (int d = 0; d < digits; d++) {
                counts[d][(int) (key >>> (d * RADIX_BITS)) & (radix - 1)]++;
            }
        }
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        long[] nextKeys = new long[n];
        int[] nextOrder = new int[n];
        for (int d = 0; d < digits; d++) {
            int[] count = counts[d];
            int shift = d * RADIX_BITS;
            if (n == 0 || count[(int) (keys[0] >>> shift) & (radix - 1)] == n) {
                continue;
            }
            for (int b = 0, at = 0; b < radix; b++) {
                int c = count[b];
                count[b] = at;
                at += c;
            }
            for (int k = 0; k < n; k++) {
                long key = keys[k];
                int at = count[(int) (key >>> shift) & (radix - 1)]++;
                nextKeys[at] = key;
                nextOrder[at] = order[k];
            }
            long[] swapKeys = keys;
            keys = nextKeys;
            nextKeys = swapKeys;
            int[] swapOrder = order;
            order = nextOrder;
            nextOrder = swapOrder;
        }
        return order;
    }

    /** {@code _weighted_percentile(sorted, weights, rank, average=True)} of positive weights with cumulative sums {@code cdf}. */
    static double weightedPercentile(double[] sorted, double[] cdf, double rank) {
        int n = sorted.length;
        double adjusted = rank / 100 * cdf[n - 1];
        if (adjusted == 0) {
            adjusted = Math.nextUp(adjusted);
        }
        // np.searchsorted(cdf, adjusted): the first index whose cumulative weight is at least the rank
        int at = Math.min(io.stratum.runtime.kernels.Searchsorted.left(cdf, adjusted), n - 1);
        boolean above = cdf[at] - adjusted > Math.ulp(1.0);
        int next = Math.min(at + 1, n - 1);
        return above ? sorted[at] : (sorted[at] + sorted[next]) / 2;
    }

    /**
     * The two ranks numpy's {@code quantile(sorted, q, method="averaged_inverted_cdf")} reads in {@code n} sorted
     * values, packed as {@code previous << 32 | next}.
     */
    static long cdfRanks(int n, double q) {
        double virtual = n * q - 1;
        int previous;
        int next;
        if (virtual >= n - 1) {
            previous = n - 1;
            next = n - 1;
        } else if (virtual < 0) {
            previous = 0;
            next = 0;
        } else {
            previous = (int) Math.floor(virtual);
            next = previous + 1;
        }
        return (long) previous << 32 | next;
    }

    /**
     * numpy's {@code quantile(sorted, q, method="averaged_inverted_cdf")} of {@code n} sorted values, including its
     * lerp, from the values {@code a} and {@code b} at the ranks {@link #cdfRanks} gives.
     */
    static double averagedInvertedCdf(int n, double q, double a, double b) {
        double virtual = n * q - 1;
        double previousIndex;
        if (virtual >= n - 1) {
            previousIndex = -1;
        } else if (virtual < 0) {
            previousIndex = 0;
        } else {
            previousIndex = Math.floor(virtual);
        }
        double gamma = virtual - previousIndex == 0 ? 0.5 : 1.0;
        double diff = b - a;
        return b - diff * (1 - gamma);
    }

    /**
     * {@code np.unique(thresholds)} where scikit-learn takes it, when it is shorter than the thresholds (a value
     * repeated, or two NaN, which it counts as one): the distinct values in increasing order, one NaN last. Otherwise
     * the thresholds as they are, even out of order: a percentile between two infinities is NaN (numpy's lerp of
     * -inf and -inf, or of a value and +inf), and one between -1e308 and 1e308 is -inf (the difference overflows).
     */
    static double[] unique(double[] thresholds) {
        int m = thresholds.length;
        boolean increasing = true;
        for (int k = 1; k < m && increasing; k++) {
            increasing = thresholds[k] > thresholds[k - 1];
        }
        if (increasing) {
            return thresholds;
        }
        double[] sorted = thresholds.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (double v : sorted) {
            if (distinct == 0 || !(v == sorted[distinct - 1] || Double.isNaN(v) && Double.isNaN(sorted[distinct - 1]))) {
                sorted[distinct++] = v;
            }
        }
        return distinct == m ? thresholds : Arrays.copyOf(sorted, distinct);
    }

    /**
     * Buckets of a feature's threshold lookup ({@link ColumnBinner}): at 255 normal percentiles, a value's bucket
     * holds a threshold about one time in twenty near the mode, so the comparison after the lookup rarely branches
     * the other way (2,048 buckets: 0.5 ms more per 800,000 values); the table takes 32 kB.
     */
    private static final int LOOKUP_BUCKETS = 8_192;
    /** Features with fewer thresholds are binned by binary search alone: its few steps cost less than the lookup. */
    private static final int LOOKUP_MIN_THRESHOLDS = 16;

    /** The binning of one feature's values, its lookup table built once for all the blocks of rows it bins. */
    ColumnBinner binner(int feature) {
        return new ColumnBinner(thresholds[feature]);
    }

    /**
     * Bins one feature's values: a value's bin is the number of thresholds below it. Thresholds are bucketed like the
     * values ({@link #bucket}), so that a value's bucket tells how many thresholds lie in lower buckets (all of them
     * below the value) and only the few in its own bucket are compared; thresholds with no finite range or too few
     * for the lookup are searched. Thresholds out of order or with a NaN ({@link #unique}) are searched as
     * scikit-learn's {@code _map_to_bins} does ({@link #searchAsScikitLearn}): where they lie then decides.
     */
    final class ColumnBinner {
        private final double[] t;
        /** Whether the thresholds never decrease and none is NaN: a value's bin is the count of those below it. */
        private final boolean ordered;
        /** The thresholds and then +inf, which no value is below; null: binary search. */
        private final double[] padded;
        /** Per bucket, the thresholds in buckets below it. */
        private final int[] start;
        private final double lo;
        private final double scale;

        private ColumnBinner(double[] t) {
            this.t = t;
            int m = t.length;
            boolean inOrder = m == 0 || !Double.isNaN(t[0]);
            for (int k = 1; inOrder && k < m; k++) {
                inOrder = t[k] >= t[k - 1];
            }
            ordered = inOrder;
            double first = Double.NaN;
            for (int k = 0; ordered && k < m && Double.isNaN(first); k++) {
                first = Double.isFinite(t[k]) ? t[k] : first;
            }
            double perValue = ordered && m >= LOOKUP_MIN_THRESHOLDS ? LOOKUP_BUCKETS / (t[m - 1] - first) : Double.NaN;
            if (!(perValue > 0) || Double.isInfinite(perValue)) {
                padded = null;
                start = null;
                lo = Double.NaN;
                scale = Double.NaN;
                return;
            }
            lo = first;
            scale = perValue;
            start = new int[LOOKUP_BUCKETS + 1];
            for (double threshold : t) {
                start[bucket(threshold, lo, scale, LOOKUP_BUCKETS) + 1]++;
            }
            for (int b = 0; b < LOOKUP_BUCKETS; b++) {
                start[b + 1] += start[b];
            }
            padded = Arrays.copyOf(t, m + 1);
            padded[m] = Double.POSITIVE_INFINITY;
        }

        /**
         * Writes the bins of {@code values[0, n)} to {@code out[offset, offset + n)}, missing values to
         * {@link #missingBin()}, and adds one to {@code counts[countsOffset + bin]} per value.
         */
        void bin(double[] values, int n, byte[] out, int offset, int[] counts, int countsOffset) {
            if (!ordered) {
                binBySearch(values, n, out, offset, counts, countsOffset);
                return;
            }
            if (padded == null) {
                for (int i = 0; i < n; i++) {
                    int bin = BinMapper.this.bin(t, values[i]);
                    out[offset + i] = (byte) bin;
                    counts[countsOffset + bin]++;
                }
                return;
            }
            for (int i = 0; i < n; i++) {
                double v = values[i];
                int bin;
                if (Double.isNaN(v)) {
                    bin = missingBin;
                } else {
                    bin = start[bucket(v, lo, scale, LOOKUP_BUCKETS)];
                    while (padded[bin] < v) {
                        bin++;
                    }
                }
                out[offset + i] = (byte) bin;
                counts[countsOffset + bin]++;
            }
        }

        /** {@link #bin} for thresholds with a NaN or out of order, apart from its hot loops. */
        private void binBySearch(double[] values, int n, byte[] out, int offset, int[] counts, int countsOffset) {
            for (int i = 0; i < n; i++) {
                int bin = searchAsScikitLearn(t, values[i]);
                out[offset + i] = (byte) bin;
                counts[countsOffset + bin]++;
            }
        }
    }

    /**
     * The bin scikit-learn's {@code _map_col_to_bins} gives {@code v}: its binary search, step for step, whose answer
     * on thresholds in order is the count of those below {@code v}; a NaN threshold, which no value is at or below,
     * sends the search to its right when met (a NaN last leaves the bin before it empty, a NaN first the first bin).
     */
    private int searchAsScikitLearn(double[] t, double v) {
        if (Double.isNaN(v)) {
            return missingBin;
        }
        int left = 0;
        int right = t.length;
        while (left < right) {
            int middle = left + (right - left - 1) / 2;
            if (v <= t[middle]) {
                right = middle;
            } else {
                left = middle + 1;
            }
        }
        return left;
    }

    /**
     * The first threshold at or above {@code v} (their count if none), by a search whose steps do not branch: on
     * thresholds in order without NaN, the bin {@link #searchAsScikitLearn} gives.
     */
    private int bin(double[] t, double v) {
        if (Double.isNaN(v)) {
            return missingBin;
        }
        int length = t.length;
        if (length == 0) {
            return 0;
        }
        int base = 0;
        while (length > 1) {
            int half = length >>> 1;
            base = t[base + half - 1] < v ? base + half : base;
            length -= half;
        }
        return base + (t[base] < v ? 1 : 0);
    }

    int features() {
        return thresholds.length;
    }

    double[] thresholds(int feature) {
        return thresholds[feature];
    }

    /** Bins holding non-missing values of the feature: thresholds + 1, or the categories of a categorical one. */
    int nonMissingBins(int feature) {
        return thresholds[feature].length + (isCategorical(feature) ? 0 : 1);
    }

    boolean isCategorical(int feature) {
        return feature < categorical;
    }

    int missingBin() {
        return missingBin;
    }
}
