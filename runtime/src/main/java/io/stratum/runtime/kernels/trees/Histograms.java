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
     * all rows in order, counts copied from {@code rootCounts}. The root holds every row in every tree, so its
     * counts never change during a fit; counting is about 40% of a histogram pass, and the root is the largest one.
     */
    void buildRoot(int fromFeature, int toFeature, byte[] binned, int features, int rows, float[] g, float[] h,
                   int[] rootCounts) {
        clear(fromFeature, toFeature);
        System.arraycopy(rootCounts, fromFeature * bins, counts, fromFeature * bins, (toFeature - fromFeature) * bins);
        for (int block = fromFeature; block < toFeature; block += FEATURE_BLOCK) {
            buildRootBlock(block, Math.min(toFeature, block + FEATURE_BLOCK), binned, features, rows, g, h);
        }
    }

    private void buildRootBlock(int fromFeature, int toFeature, byte[] binned, int features, int rows, float[] g,
                                float[] h) {
        double[] sg = gradients;
        double[] sh = hessians;
        int firstBase = fromFeature * bins;
        if (sh == null) {
            for (int i = 0; i < rows; i++) {
                double gradient = g[i];
                int row = i * features;
                for (int f = fromFeature, base = firstBase; f < toFeature; f++, base += bins) {
                    sg[base + (binned[row + f] & 0xFF)] += gradient;
                }
            }
            return;
        }
        for (int i = 0; i < rows; i++) {
            double gradient = g[i];
            double hessian = h[i];
            int row = i * features;
            for (int f = fromFeature, base = firstBase; f < toFeature; f++, base += bins) {
                int b = base + (binned[row + f] & 0xFF);
                sg[b] += gradient;
                sh[b] += hessian;
            }
        }
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
