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
        parallel.forEach(x.cols() - k, j -> thresholds[k + j] = w == null ? thresholds(x.column(k + j), maxBins)
                : thresholds(x.column(k + j), maxBins, w));
        return new BinMapper(thresholds, maxBins, k);
    }

    static BinMapper of(double[][] thresholds, int missingBin) {
        return new BinMapper(thresholds, missingBin, 0);
    }

    /** The thresholds of one feature's values, as {@code _find_binning_thresholds}. */
    static double[] thresholds(double[] column, int maxBins) {
        double[] values = new double[column.length];
        int n = 0;
        for (double v : column) {
            if (!Double.isNaN(v)) {
                values[n++] = v == 0.0 ? 0.0 : v;
            }
        }
        values = Arrays.copyOf(values, n);
        Arrays.sort(values);
        double[] out = midpoints(values, maxBins);
        if (out == null) {
            out = new double[maxBins - 1];
            double step = 100.0 / maxBins;
            for (int i = 1; i < maxBins; i++) {
                out[i - 1] = averagedInvertedCdf(values, (i * step + 0.0) / 100);
            }
            out = sortedUnique(out);
        }
        return clamped(out);
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
        if (distinct <= 1) {
            return new double[0];
        }
        if (distinct > maxBins) {
            return null;
        }
        double[] out = new double[distinct - 1];
        for (int i = 0; i < distinct - 1; i++) {
            out[i] = (unique[i] + unique[i + 1]) / 2;
        }
        return out;
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
        double[] weights = new double[n];
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
            double v = column[rows[k]];
            values[k] = v == 0.0 ? 0.0 : v;
        }
        double[] unsorted = values.clone();
        Arrays.sort(order, (a, b) -> Double.compare(unsorted[a], unsorted[b]));
        for (int k = 0; k < n; k++) {
            values[k] = unsorted[order[k]];
            weights[k] = w[rows[order[k]]];
        }
        double[] out = midpoints(values, maxBins);
        if (out == null) {
            double[] cdf = new double[n];
            double total = 0;
            for (int k = 0; k < n; k++) {
                total += weights[k];
                cdf[k] = total;
            }
            out = new double[maxBins - 1];
            double step = 100.0 / maxBins;
            for (int i = 1; i < maxBins; i++) {
                out[i - 1] = weightedPercentile(values, cdf, i * step + 0.0);
            }
            Arrays.sort(out);
            out = sortedUnique(out);
        }
        return clamped(out);
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

    /** numpy's {@code quantile(sorted, q, method="averaged_inverted_cdf")}, including its lerp. */
    static double averagedInvertedCdf(double[] sorted, double q) {
        int n = sorted.length;
        double virtual = n * q - 1;
        double previousIndex = Math.floor(virtual);
        int previous;
        int next;
        if (virtual >= n - 1) {
            previous = n - 1;
            next = n - 1;
            previousIndex = -1;
        } else if (virtual < 0) {
            previous = 0;
            next = 0;
            previousIndex = 0;
        } else {
            previous = (int) previousIndex;
            next = previous + 1;
        }
        double gamma = virtual - previousIndex == 0 ? 0.5 : 1.0;
        double a = sorted[previous];
        double b = sorted[next];
        double diff = b - a;
        return b - diff * (1 - gamma);
    }

    private static double[] sortedUnique(double[] sorted) {
        int m = 0;
        double[] out = new double[sorted.length];
        for (double v : sorted) {
            if (m == 0 || v != out[m - 1]) {
                out[m++] = v;
            }
        }
        return m == sorted.length ? sorted : Arrays.copyOf(out, m);
    }

    /**
     * The bins of every value, row-major ({@code binned[row * features + feature]}), so that a histogram pass over a
     * node's rows reads all the bins of a row from one place; missing values go to {@link #missingBin()}.
     */
    byte[] transform(FeatureMatrix x, Parallel parallel) {
        int n = x.rows();
        int features = x.cols();
        byte[] binned = new byte[Math.multiplyExact(n, features)];
        parallel.forBlocks(n, 16_384, (from, to) -> {
            for (int j = 0; j < features; j++) {
                double[] t = thresholds[j];
                int i = from;
                if (t.length > 0) {
                    // four searches side by side: each is a chain of dependent loads, which alone leave the core idle
                    for (; i + 4 <= to; i += 4) {
                        double v0 = x.get(i, j);
                        double v1 = x.get(i + 1, j);
                        double v2 = x.get(i + 2, j);
                        double v3 = x.get(i + 3, j);
                        int b0 = 0;
                        int b1 = 0;
                        int b2 = 0;
                        int b3 = 0;
                        int length = t.length;
                        while (length > 1) {
                            int half = length >>> 1;
                            b0 = t[b0 + half - 1] < v0 ? b0 + half : b0;
                            b1 = t[b1 + half - 1] < v1 ? b1 + half : b1;
                            b2 = t[b2 + half - 1] < v2 ? b2 + half : b2;
                            b3 = t[b3 + half - 1] < v3 ? b3 + half : b3;
                            length -= half;
                        }
                        binned[i * features + j] = (byte) finish(t, b0, v0);
                        binned[(i + 1) * features + j] = (byte) finish(t, b1, v1);
                        binned[(i + 2) * features + j] = (byte) finish(t, b2, v2);
                        binned[(i + 3) * features + j] = (byte) finish(t, b3, v3);
                    }
                }
                for (; i < to; i++) {
                    binned[i * features + j] = (byte) bin(t, x.get(i, j));
                }
            }
        });
        return binned;
    }

    /** The last step of {@link #bin}'s search, which ended at {@code base}; NaN (never below a threshold) is missing. */
    private int finish(double[] t, int base, double v) {
        return Double.isNaN(v) ? missingBin : base + (t[base] < v ? 1 : 0);
    }

    /** The first threshold at or above {@code v} (their count if none), by a search whose steps do not branch. */
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
