package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Histograms#build} against the histograms written out sample by sample, in the node's order, as
 * scikit-learn's loops add them: the same bits for every (feature, bin) gradient and hessian sum and count. Widths
 * cover the passes of eight and of four features and the leftover features of a partial block; node lengths cover
 * the chunks the samples are gathered in ({@link RowChunk#SIZE}) and their edges; nodes start anywhere in the
 * partition, their rows scattered over the input; feature ranges start inside a block too (the crew splits a node's
 * features between threads).
 */
class HistogramsTest {
    private static final int BINS = 256;

    @Test
    void sameSumsAndCountsAsAddingSampleBySample() {
        SplittableRandom random = new SplittableRandom(7);
        int rows = 3 * RowChunk.SIZE + 500;
        int[] lengths = {0, 1, 7, RowChunk.SIZE - 1, RowChunk.SIZE, RowChunk.SIZE + 1, 2 * RowChunk.SIZE + 3,
            rows - 40};
        int checked = 0;
        for (int features : new int[] {1, 3, 4, 5, 8, 11, 12, 16, 19}) {
            byte[] binned = new byte[rows * features];
            for (int i = 0; i < binned.length; i++) {
                // feature 0 with a few bins (sums that add many samples), the others over all 256
                binned[i] = (byte) (i % features == 0 ? random.nextInt(3) : random.nextInt(BINS));
            }
            float[] g = new float[rows];
            float[] h = new float[rows];
            for (int i = 0; i < rows; i++) {
                g[i] = (float) random.nextGaussian();
                h[i] = (float) random.nextDouble();
            }
            for (int length : lengths) {
                int from = random.nextInt(rows - length + 1);
                int[] partition = scatteredNode(random, rows, from, length);
                for (boolean constantHessians : new boolean[] {true, false}) {
                    int fromFeature = features > 4 ? random.nextInt(features / 2) : 0;
                    Histograms built = new Histograms(features, BINS, constantHessians);
                    float[] hessians = constantHessians ? null : h;
                    built.build(fromFeature, features, binned, features, partition, from, from + length, g,
                            hessians);
                    assertSame(built, fromFeature, features, binned, partition, from, from + length, g, hessians,
                            "features " + features + ", length " + length + ", from feature " + fromFeature
                                    + (constantHessians ? "" : ", hessians"));
                    checked++;
                }
            }
        }
        assertEquals(9 * lengths.length * 2, checked);
    }

    /** A partition whose {@code [from, from + length)} holds increasing rows picked at random, as a deep node's. */
    private static int[] scatteredNode(SplittableRandom random, int rows, int from, int length) {
        int[] partition = new int[rows];
        int picked = 0;
        for (int i = 0; i < rows && picked < length; i++) {
            // keep row i with the probability that leaves enough rows for the samples still to pick
            if (random.nextInt(rows - i) < length - picked) {
                partition[from + picked++] = i;
            }
        }
        return partition;
    }

    private static void assertSame(Histograms built, int fromFeature, int toFeature, byte[] binned, int[] partition,
                                   int from, int to, float[] g, float[] h, String what) {
        int features = binned.length / g.length;
        for (int j = fromFeature; j < toFeature; j++) {
            double[] sums = new double[BINS];
            double[] hessianSums = new double[BINS];
            int[] counts = new int[BINS];
            for (int k = from; k < to; k++) {
                int i = partition[k];
                int b = binned[i * features + j] & 0xFF;
                sums[b] += g[i];
                if (h != null) {
                    hessianSums[b] += h[i];
                }
                counts[b]++;
            }
            int at = Histograms.offset(j);
            for (int b = 0; b < BINS; b++) {
                String where = what + ": feature " + j + ", bin " + b;
                assertEquals(Double.doubleToRawLongBits(sums[b]),
                        Double.doubleToRawLongBits(built.gradients(j)[at + b]), where + ", gradients");
                assertEquals(counts[b], built.counts(j)[at + b], where + ", count");
                if (h != null) {
                    assertEquals(Double.doubleToRawLongBits(hessianSums[b]),
                            Double.doubleToRawLongBits(built.hessians(j)[at + b]), where + ", hessians");
                }
            }
        }
    }
}
