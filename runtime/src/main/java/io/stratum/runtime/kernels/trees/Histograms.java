package io.stratum.runtime.kernels.trees;

/**
 * The gradient histograms of one node: per feature and bin, the sum of gradients, of hessians (unless they are
 * constant) and the count, in scikit-learn's float64 sums of float32 values, added in the node's sample order.
 * The sums of four consecutive features share one array ({@link #gradients(int)}), each feature {@link #STRIDE}
 * entries from the last ({@link #offset(int)}): a pass over a node's samples then adds at constant offsets, which
 * the JIT folds into the addresses, and ran the fit's histograms about a third faster than offsets computed from a
 * feature index.
 */
final class Histograms {
    /** Entries per feature: the most bins a feature can have (255 and the missing-values bin). */
    static final int STRIDE = 256;
    /** Features per array. */
    static final int BLOCK = 4;

    final int bins;
    private final int features;
    private final double[][] gradients;
    private final double[][] hessians;
    private final int[][] counts;

    Histograms(int features, int bins, boolean constantHessians) {
        if (bins > STRIDE) {
            throw new IllegalArgumentException("at most " + STRIDE + " bins per feature, not " + bins);
        }
        this.bins = bins;
        this.features = features;
        int blocks = (features + BLOCK - 1) / BLOCK;
        this.gradients = new double[blocks][BLOCK * STRIDE];
        this.hessians = constantHessians ? null : new double[blocks][BLOCK * STRIDE];
        this.counts = new int[blocks][BLOCK * STRIDE];
    }

    /** The array holding {@code feature}'s gradient sums, from {@link #offset(int)} on. */
    double[] gradients(int feature) {
        return gradients[feature / BLOCK];
    }

    /** The array holding {@code feature}'s hessian sums (null when they are constant). */
    double[] hessians(int feature) {
        return hessians == null ? null : hessians[feature / BLOCK];
    }

    /** The array holding {@code feature}'s counts. */
    int[] counts(int feature) {
        return counts[feature / BLOCK];
    }

    /** Where {@code feature}'s bin 0 is in its arrays. */
    static int offset(int feature) {
        return (feature % BLOCK) * STRIDE;
    }

    /**
     * Fills the histograms of features [{@code fromFeature}, {@code toFeature}) (whatever they held) from the samples
     * {@code partition[from, to)}, one pass over the samples per two arrays of four features: a sample's bins are
     * adjacent in the row-major {@code binned}, so each costs one access to them and one to its gradient, gathered a
     * chunk of samples at a time before they are added ({@link RowChunk}). Each
     * (feature, bin) sum still adds the samples in the node's order, as scikit-learn's feature-by-feature loops do:
     * the same bits. (Passes of eight features also keep what one pass fills in cache: with many features, a
     * TableVectorizer's output, one pass over all of them thrashed it and fits ran 1.6x slower than feature by
     * feature.)
     */
    void build(int fromFeature, int toFeature, byte[] binned, int features, int[] partition, int from, int to,
               float[] g, float[] h) {
        clear(fromFeature, toFeature);
        int f = fromFeature;
        while (f < toFeature) {
            int blockEnd = Math.min(toFeature, (f / BLOCK + 1) * BLOCK);
            if (f % BLOCK != 0 || blockEnd - f < BLOCK) {
                buildPart(f, blockEnd, binned, features, partition, from, to, g, h);
                f = blockEnd;
            } else if (f + 2 * BLOCK <= toFeature) {
                // two arrays per pass: half the passes over the samples of the wide inputs, as fast per feature
                if (h == null) {
                    buildEight(f, binned, features, partition, from, to, g);
                } else {
                    buildEight(f, binned, features, partition, from, to, g, h);
                }
                f += 2 * BLOCK;
            } else {
                if (h == null) {
                    buildFour(f, binned, features, partition, from, to, g);
                } else {
                    buildFour(f, binned, features, partition, from, to, g, h);
                }
                f += BLOCK;
            }
        }
    }

    /** The eight features of two arrays, constant hessians: the offsets are constants. */
    private void buildEight(int f, byte[] binned, int features, int[] partition, int from, int to, float[] g) {
        double[] sg = gradients[f / BLOCK];
        int[] c = counts[f / BLOCK];
        double[] sg2 = gradients[f / BLOCK + 1];
        int[] c2 = counts[f / BLOCK + 1];
        RowChunk chunk = RowChunk.ofThread();
        long[] rowBins = chunk.bins;
        float[] gs = chunk.gradients;
        for (int start = from; start < to; start += RowChunk.SIZE) {
            int n = Math.min(RowChunk.SIZE, to - start);
            chunk.gatherEight(binned, features, f, partition, start, n, g, null);
            for (int k = 0; k < n; k++) {
                long bins8 = rowBins[k];
                double gradient = gs[k];
                addFour(sg, c, (int) bins8, gradient);
                addFour(sg2, c2, (int) (bins8 >>> 32), gradient);
            }
        }
    }

    /** {@link #buildEight} with hessians. */
    private void buildEight(int f, byte[] binned, int features, int[] partition, int from, int to, float[] g,
                            float[] h) {
        double[] sg = gradients[f / BLOCK];
        double[] sh = hessians[f / BLOCK];
        int[] c = counts[f / BLOCK];
        double[] sg2 = gradients[f / BLOCK + 1];
        double[] sh2 = hessians[f / BLOCK + 1];
        int[] c2 = counts[f / BLOCK + 1];
        RowChunk chunk = RowChunk.ofThread();
        long[] rowBins = chunk.bins;
        float[] gs = chunk.gradients;
        float[] hs = chunk.hessians;
        for (int start = from; start < to; start += RowChunk.SIZE) {
            int n = Math.min(RowChunk.SIZE, to - start);
            chunk.gatherEight(binned, features, f, partition, start, n, g, h);
            for (int k = 0; k < n; k++) {
                long bins8 = rowBins[k];
                double gradient = gs[k];
                double hessian = hs[k];
                addFour(sg, sh, c, (int) bins8, gradient, hessian);
                addFour(sg2, sh2, c2, (int) (bins8 >>> 32), gradient, hessian);
            }
        }
    }

    /** The four features of one array, constant hessians: the offsets are constants. */
    private void buildFour(int f, byte[] binned, int features, int[] partition, int from, int to, float[] g) {
        double[] sg = gradients[f / BLOCK];
        int[] c = counts[f / BLOCK];
        RowChunk chunk = RowChunk.ofThread();
        long[] rowBins = chunk.bins;
        float[] gs = chunk.gradients;
        for (int start = from; start < to; start += RowChunk.SIZE) {
            int n = Math.min(RowChunk.SIZE, to - start);
            chunk.gatherFour(binned, features, f, partition, start, n, g, null);
            for (int k = 0; k < n; k++) {
                addFour(sg, c, (int) rowBins[k], gs[k]);
            }
        }
    }

    /** {@link #buildFour} with hessians. */
    private void buildFour(int f, byte[] binned, int features, int[] partition, int from, int to, float[] g,
                           float[] h) {
        double[] sg = gradients[f / BLOCK];
        double[] sh = hessians[f / BLOCK];
        int[] c = counts[f / BLOCK];
        RowChunk chunk = RowChunk.ofThread();
        long[] rowBins = chunk.bins;
        float[] gs = chunk.gradients;
        float[] hs = chunk.hessians;
        for (int start = from; start < to; start += RowChunk.SIZE) {
            int n = Math.min(RowChunk.SIZE, to - start);
            chunk.gatherFour(binned, features, f, partition, start, n, g, h);
            for (int k = 0; k < n; k++) {
                addFour(sg, sh, c, (int) rowBins[k], gs[k], hs[k]);
            }
        }
    }

    /**
     * Adds one sample to the four features of one array: {@code bins4} holds their bins, the first feature's in the
     * lowest byte; each feature's entries are {@link #STRIDE} apart.
     */
    private static void addFour(double[] sg, int[] c, int bins4, double gradient) {
        int b0 = bins4 & 0xFF;
        int b1 = STRIDE + ((bins4 >>> 8) & 0xFF);
        int b2 = 2 * STRIDE + ((bins4 >>> 16) & 0xFF);
        int b3 = 3 * STRIDE + (bins4 >>> 24);
        sg[b0] += gradient;
        c[b0]++;
        sg[b1] += gradient;
        c[b1]++;
        sg[b2] += gradient;
        c[b2]++;
        sg[b3] += gradient;
        c[b3]++;
    }

    /** {@link #addFour(double[], int[], int, double)} with hessians. */
    private static void addFour(double[] sg, double[] sh, int[] c, int bins4, double gradient, double hessian) {
        int b0 = bins4 & 0xFF;
        int b1 = STRIDE + ((bins4 >>> 8) & 0xFF);
        int b2 = 2 * STRIDE + ((bins4 >>> 16) & 0xFF);
        int b3 = 3 * STRIDE + (bins4 >>> 24);
        sg[b0] += gradient;
        sh[b0] += hessian;
        c[b0]++;
        sg[b1] += gradient;
        sh[b1] += hessian;
        c[b1]++;
        sg[b2] += gradient;
        sh[b2] += hessian;
        c[b2]++;
        sg[b3] += gradient;
        sh[b3] += hessian;
        c[b3]++;
    }

    /** Features [{@code fromFeature}, {@code toFeature}) of one array, fewer than all four of it. */
    private void buildPart(int fromFeature, int toFeature, byte[] binned, int features, int[] partition, int from,
                           int to, float[] g, float[] h) {
        double[] sg = gradients[fromFeature / BLOCK];
        double[] sh = h == null ? null : hessians[fromFeature / BLOCK];
        int[] c = counts[fromFeature / BLOCK];
        int firstBase = offset(fromFeature);
        for (int k = from; k < to; k++) {
            int i = partition[k];
            double gradient = g[i];
            double hessian = h == null ? 0 : h[i];
            int row = i * features;
            for (int f = fromFeature, base = firstBase; f < toFeature; f++, base += STRIDE) {
                int b = base + (binned[row + f] & 0xFF);
                sg[b] += gradient;
                if (sh != null) {
                    sh[b] += hessian;
                }
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
        for (int j = fromFeature; j < toFeature; j++) {
            System.arraycopy(rootCounts, j * bins, counts(j), offset(j), bins);
        }
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
    private void sumRootFour(double[][] blocks, int f, int[] rowsByBin, int rows, float[] values, int[] rootCounts) {
        double[] sums0 = blocks[f / BLOCK];
        double[] sums1 = blocks[(f + 1) / BLOCK];
        double[] sums2 = blocks[(f + 2) / BLOCK];
        double[] sums3 = blocks[(f + 3) / BLOCK];
        int at0 = offset(f);
        int at1 = offset(f + 1);
        int at2 = offset(f + 2);
        int at3 = offset(f + 3);
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
        int k = 0;
        while (true) {
            // up to the next end of a bin of any of the four, the additions alone
            int stop = Math.min(Math.min(end0, end1), Math.min(end2, end3));
            for (; k < stop; k++) {
                sum0 += values[rowsByBin[order0 + k]];
                sum1 += values[rowsByBin[order1 + k]];
                sum2 += values[rowsByBin[order2 + k]];
                sum3 += values[rowsByBin[order3 + k]];
            }
            if (k == rows) {
                break;
            }
            if (k == end0) {
                sums0[at0 + bin0] = sum0;
                sum0 = 0;
                bin0 = nextBin(rootCounts, base0, bin0);
                end0 += rootCounts[base0 + bin0];
            }
            if (k == end1) {
                sums1[at1 + bin1] = sum1;
                sum1 = 0;
                bin1 = nextBin(rootCounts, base1, bin1);
                end1 += rootCounts[base1 + bin1];
            }
            if (k == end2) {
                sums2[at2 + bin2] = sum2;
                sum2 = 0;
                bin2 = nextBin(rootCounts, base2, bin2);
                end2 += rootCounts[base2 + bin2];
            }
            if (k == end3) {
                sums3[at3 + bin3] = sum3;
                sum3 = 0;
                bin3 = nextBin(rootCounts, base3, bin3);
                end3 += rootCounts[base3 + bin3];
            }
        }
        sums0[at0 + bin0] = sum0;
        sums1[at1 + bin1] = sum1;
        sums2[at2 + bin2] = sum2;
        sums3[at3 + bin3] = sum3;
    }

    /** {@link #sumRootFour} for one feature. */
    private void sumRootOne(double[][] blocks, int f, int[] rowsByBin, int rows, float[] values, int[] rootCounts) {
        double[] sums = blocks[f / BLOCK];
        int at = offset(f);
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
            sums[at + bin] = sum;
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

    /**
     * Zeroes the histograms of features [{@code fromFeature}, {@code toFeature}), for reuse by another node: done by
     * the thread that fills them next, not before the hand-over.
     */
    private void clear(int fromFeature, int toFeature) {
        int f = fromFeature;
        while (f < toFeature) {
            // the features of one array at once: with many features, three calls per feature cost more than the fill
            int to = Math.min(toFeature, (f / BLOCK + 1) * BLOCK);
            int at = offset(f);
            int end = offset(to - 1) + bins;
            java.util.Arrays.fill(gradients(f), at, end, 0);
            if (hessians != null) {
                java.util.Arrays.fill(hessians(f), at, end, 0);
            }
            java.util.Arrays.fill(counts(f), at, end, 0);
            f = to;
        }
    }

    /** This histogram of {@code feature} minus {@code sibling}'s, in place: the parent becomes the larger child. */
    void subtract(int feature, Histograms sibling) {
        int at = offset(feature);
        double[] g = gradients(feature);
        double[] siblingG = sibling.gradients(feature);
        int[] c = counts(feature);
        int[] siblingC = sibling.counts(feature);
        for (int b = at; b < at + bins; b++) {
            g[b] -= siblingG[b];
            c[b] -= siblingC[b];
        }
        if (hessians != null) {
            double[] h = hessians(feature);
            double[] siblingH = sibling.hessians(feature);
            for (int b = at; b < at + bins; b++) {
                h[b] -= siblingH[b];
            }
        }
    }
}
