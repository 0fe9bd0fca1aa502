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
     * Fills the histogram of {@code feature} from the samples {@code partition[from, to)} (or all rows, in order,
     * when {@code partition} is null: the root).
     */
    void build(int feature, byte[] binned, int rows, int[] partition, int from, int to, float[] g, float[] h) {
        int base = feature * bins;
        int col = feature * rows;
        double[] sg = gradients;
        double[] sh = hessians;
        int[] c = counts;
        if (partition == null) {
            for (int i = 0; i < rows; i++) {
                int b = base + (binned[col + i] & 0xFF);
                sg[b] += g[i];
                if (sh != null) {
                    sh[b] += h[i];
                }
                c[b]++;
            }
        } else {
            for (int k = from; k < to; k++) {
                int i = partition[k];
                int b = base + (binned[col + i] & 0xFF);
                sg[b] += g[i];
                if (sh != null) {
                    sh[b] += h[i];
                }
                c[b]++;
            }
        }
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
