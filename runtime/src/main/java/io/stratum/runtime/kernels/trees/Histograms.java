package io.stratum.runtime.kernels.trees;

/**
 * The gradient histograms of one node: per feature and bin, the sum of gradients, of hessians (unless they are
 * constant) and the count, in scikit-learn's float64 sums of float32 values, added in the node's sample order.
 */
final class Histograms {
    final int bins;
    final double[] gradients;
    final double[] hessians;
    final int[] counts;

    Histograms(int features, int bins, boolean constantHessians) {
        this.bins = bins;
        this.gradients = new double[features * bins];
        this.hessians = constantHessians ? null : new double[features * bins];
        this.counts = new int[features * bins];
    }

    /**
     * Fills the histograms of features [{@code fromFeature}, {@code toFeature}) (whatever they held) from the samples
     * {@code partition[from, to)}, one pass over the samples for all these features: a sample's bins are adjacent in
     * the row-major {@code binned}, so each costs one access to them and one to its gradient. Each (feature, bin) sum
     * still adds the samples in the node's order, as scikit-learn's feature-by-feature loops do: the same bits.
     */
    void build(int fromFeature, int toFeature, byte[] binned, int features, int[] partition, int from, int to,
               float[] g, float[] h) {
        clear(fromFeature, toFeature);
        // Features in blocks, so that the histograms one pass fills stay in cache: with many features (a
        // TableVectorizer's output) one pass over all of them thrashed it and fits ran 1.6x slower than feature by
        // feature. Each (feature, bin) sum still adds the samples in the node's order.
        for (int block = fromFeature; block < toFeature; block += FEATURE_BLOCK) {
            buildBlock(block, Math.min(toFeature, block + FEATURE_BLOCK), binned, features, partition, from, to, g, h);
        }
    }

    /** Features per pass over a node's samples ({@link #build}): 16 x 256 bins of three sums fit in L2. */
    static final int FEATURE_BLOCK = 16;

    private void buildBlock(int fromFeature, int toFeature, byte[] binned, int features, int[] partition, int from,
                            int to, float[] g, float[] h) {
        double[] sg = gradients;
        double[] sh = hessians;
        int[] c = counts;
        int firstBase = fromFeature * bins;
        if (sh == null) {
            for (int k = from; k < to; k++) {
                int i = partition[k];
                double gradient = g[i];
                int row = i * features;
                for (int f = fromFeature, base = firstBase; f < toFeature; f++, base += bins) {
                    int b = base + (binned[row + f] & 0xFF);
                    sg[b] += gradient;
                    c[b]++;
                }
            }
            return;
        }
        for (int k = from; k < to; k++) {
            int i = partition[k];
            double gradient = g[i];
            double hessian = h[i];
            int row = i * features;
            for (int f = fromFeature, base = firstBase; f < toFeature; f++, base += bins) {
                int b = base + (binned[row + f] & 0xFF);
                sg[b] += gradient;
                sh[b] += hessian;
                c[b]++;
            }
        }
    }

    /**
     * The root's histograms of features [{@code fromFeature}, {@code toFeature}): gradient (and hessian) sums over
     * all rows, counts copied from {@code rootCounts}. The root holds every row in every tree, so its counts never
     * change during a fit, and neither does the order of its rows by bin ({@code rowsByBin}): each (feature, bin) sum
     * is then a run of additions in a register, its rows in increasing order as a pass over the rows adds them (the
     * same bits), without the load and store of the histogram per row that, when nearby rows share a bin, wait for
     * each other. Four features are summed side by side, so that four independent chains of additions overlap.
     */
    void buildRoot(int fromFeature, int toFeature, int[] rowsByBin, int rows, float[] g, float[] h,
                   int[] rootCounts) {
        clear(fromFeature, toFeature);
        System.arraycopy(rootCounts, fromFeature * bins, counts, fromFeature * bins, (toFeature - fromFeature) * bins);
        int f = fromFeature;
        for (; f + 4 <= toFeature; f += 4) {
            if (h == null) {
                sumRootFour(gradients, f, rowsByBin, rows, g, rootCounts);
            } else {
                sumRootFour(gradients, f, rowsByBin, rows, g, rootCounts);
                sumRootFour(hessians, f, rowsByBin, rows, h, rootCounts);
            }
        }
        for (; f < toFeature; f++) {
            sumRootOne(gradients, f, rowsByBin, rows, g, rootCounts);
            if (h != null) {
                sumRootOne(hessians, f, rowsByBin, rows, h, rootCounts);
            }
        }
    }

    /** Sums {@code values} into {@code sums} per bin of features [{@code f}, {@code f + 4}), bin by bin. */
    private void sumRootFour(double[] sums, int f, int[] rowsByBin, int rows, float[] values, int[] rootCounts) {
        int base0 = f * bins;
        int base1 = base0 + bins;
        int base2 = base1 + bins;
        int base3 = base2 + bins;
        int order0 = f * rows;
        int order1 = order0 + rows;
        int order2 = order1 + rows;
        int order3 = order2 + rows;
        // bin b of feature f holds the rows rowsByBin[order + k] for k in [end - count, end)
        int bin0 = nextBin(rootCounts, base0, -1);
        int bin1 = nextBin(rootCounts, base1, -1);
        int bin2 = nextBin(rootCounts, base2, -1);
        int bin3 = nextBin(rootCounts, base3, -1);
        int end0 = rootCounts[base0 + bin0];
        int end1 = rootCounts[base1 + bin1];
        int end2 = rootCounts[base2 + bin2];
        int end3 = rootCounts[base3 + bin3];
        double sum0 = 0;
        double sum1 = 0;
        double sum2 = 0;
        double sum3 = 0;
        for (int k = 0; k < rows; k++) {
            if (k == end0) {
                sums[base0 + bin0] = sum0;
                sum0 = 0;
                bin0 = nextBin(rootCounts, base0, bin0);
                end0 += rootCounts[base0 + bin0];
            }
            if (k == end1) {
                sums[base1 + bin1] = sum1;
                sum1 = 0;
                bin1 = nextBin(rootCounts, base1, bin1);
                end1 += rootCounts[base1 + bin1];
            }
            if (k == end2) {
                sums[base2 + bin2] = sum2;
                sum2 = 0;
                bin2 = nextBin(rootCounts, base2, bin2);
                end2 += rootCounts[base2 + bin2];
            }
            if (k == end3) {
                sums[base3 + bin3] = sum3;
                sum3 = 0;
                bin3 = nextBin(rootCounts, base3, bin3);
                end3 += rootCounts[base3 + bin3];
            }
            sum0 += values[rowsByBin[order0 + k]];
            sum1 += values[rowsByBin[order1 + k]];
            sum2 += values[rowsByBin[order2 + k]];
            sum3 += values[rowsByBin[order3 + k]];
        }
        sums[base0 + bin0] = sum0;
        sums[base1 + bin1] = sum1;
        sums[base2 + bin2] = sum2;
        sums[base3 + bin3] = sum3;
    }

    /** {@link #sumRootFour} for one feature. */
    private void sumRootOne(double[] sums, int f, int[] rowsByBin, int rows, float[] values, int[] rootCounts) {
        int base = f * bins;
        int order = f * rows;
        int end = 0;
        for (int bin = nextBin(rootCounts, base, -1); bin < bins; bin = nextBin(rootCounts, base, bin)) {
            int start = end;
            end += rootCounts[base + bin];
            double sum = 0;
            for (int k = start; k < end; k++) {
                sum += values[rowsByBin[order + k]];
            }
            sums[base + bin] = sum;
        }
    }

    /** The first bin after {@code bin} with rows ({@code bins} when there is none). */
    private int nextBin(int[] rootCounts, int base, int bin) {
        int b = bin + 1;
        while (b < bins && rootCounts[base + b] == 0) {
            b++;
        }
        return b;
    }

    /** How many rows fall in each (feature, bin): the root's counts, the same for every tree of a fit. */
    static int[] rootCounts(byte[] binned, int features, int rows, int bins) {
        int[] counts = new int[features * bins];
        for (int i = 0; i < rows; i++) {
            int row = i * features;
            for (int f = 0, base = 0; f < features; f++, base += bins) {
                counts[base + (binned[row + f] & 0xFF)]++;
            }
        }
        return counts;
    }

    /**
     * Zeroes the histograms of features [{@code fromFeature}, {@code toFeature}), for reuse by another node: done by
     * the thread that fills them next, not before the hand-over.
     */
    private void clear(int fromFeature, int toFeature) {
        int from = fromFeature * bins;
        int to = toFeature * bins;
        java.util.Arrays.fill(gradients, from, to, 0);
        if (hessians != null) {
            java.util.Arrays.fill(hessians, from, to, 0);
        }
        java.util.Arrays.fill(counts, from, to, 0);
    }

    /** This histogram of {@code feature} minus {@code sibling}'s, in place: the parent becomes the larger child. */
    void subtract(int feature, Histograms sibling) {
        int base = feature * bins;
        for (int b = base; b < base + bins; b++) {
            gradients[b] -= sibling.gradients[b];
            if (hessians != null) {
                hessians[b] -= sibling.hessians[b];
            }
            counts[b] -= sibling.counts[b];
        }
    }
}
