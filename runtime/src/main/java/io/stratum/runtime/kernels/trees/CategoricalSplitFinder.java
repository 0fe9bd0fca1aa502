package io.stratum.runtime.kernels.trees;

/**
 * scikit-learn's split search on one categorical feature of one node ({@code _find_best_bin_to_split_category},
 * after Fisher's grouping for maximum homogeneity): the categories (the missing-values bin counting as one) with a
 * hessian support of at least {@link #MIN_CAT_SUPPORT} are sorted by {@code sum_gradients / (sum_hessians + 10)},
 * then scanned from both ends up to the middle; the categories scanned form the left child, the rest (low-support
 * ones included) the right child. The sort is glibc's {@code qsort} (a merge sort) with scikit-learn's comparator,
 * which never answers "equal", so categories of equal ratio come out in the same order as in scikit-learn.
 */
final class CategoricalSplitFinder {
    /** scikit-learn's {@code MIN_CAT_SUPPORT} (LightGBM's {@code cat_smooth}). */
    static final double MIN_CAT_SUPPORT = 10.0;

    private CategoricalSplitFinder() {
    }

    static SplitInfo best(int feature, TreeGrower.Node node, TreeGrower grower) {
        Histograms hist = node.histograms;
        GrowerSettings s = grower.settings();
        int base = Histograms.offset(feature);
        double[] gradients = hist.gradients(feature);
        double[] hessians = hist.hessians(feature);
        int[] counts = hist.counts(feature);
        boolean constant = grower.constantHessians();
        int n = node.samples();
        double sumGradients = node.sumGradients;
        double sumHessians = node.sumHessians;
        boolean missing = grower.hasMissing(feature);
        int nonMissing = grower.nonMissingBins(feature);
        double supportFactor = n / sumHessians;

        int[] bins = new int[nonMissing + (missing ? 1 : 0)];
        double[] values = new double[bins.length];
        int used = 0;
        for (int bin = 0; bin < nonMissing + (missing ? 1 : 0); bin++) {
            int b = bin < nonMissing ? bin : grower.missingBin();
            double hessian = constant ? counts[base + b] : hessians[base + b];
            if (hessian * supportFactor >= MIN_CAT_SUPPORT) {
                bins[used] = b;
                values[used] = gradients[base + b] / (hessian + MIN_CAT_SUPPORT);
                used++;
            }
        }
        if (used <= 1) {
            return SplitInfo.none(feature);
        }
        int[] sorted = GlibcMergeSort.order(values, used);

        double lossCurrent = sumGradients * node.value;
        boolean found = false;
        double bestGain = -1;
        int bestThreshold = 0;
        int bestDirection = 0;
        double bestGradientLeft = 0;
        double bestHessianLeft = 0;
        int bestSamplesLeft = 0;
        for (int direction : new int[] {1, -1}) {
            int middle = direction == 1 ? (used + 1) / 2 : (used + 1) / 2 - 1;
            double sumGradientLeft = 0;
            double sumHessianLeft = 0;
            int samplesLeft = 0;
            for (int i = 0; i < middle; i++) {
                int position = direction == 1 ? i : used - 1 - i;
                int b = base + bins[sorted[position]];
                samplesLeft += counts[b];
                int samplesRight = n - samplesLeft;
                sumHessianLeft += constant ? counts[b] : hessians[b];
                double sumHessianRight = sumHessians - sumHessianLeft;
                sumGradientLeft += gradients[b];
                double sumGradientRight = sumGradients - sumGradientLeft;
                if (samplesLeft < s.minSamplesLeaf() || sumHessianLeft < s.minHessianToSplit()) {
                    continue;
                }
                if (samplesRight < s.minSamplesLeaf() || sumHessianRight < s.minHessianToSplit()) {
                    break;
                }
                double gain = SplitFinder.gain(sumGradientLeft, sumHessianLeft, sumGradientRight, sumHessianRight,
                        lossCurrent, s.l2Regularization());
                if (gain > bestGain && gain > s.minGainToSplit()) {
                    found = true;
                    bestGain = gain;
                    bestThreshold = position;
                    bestDirection = direction;
                    bestGradientLeft = sumGradientLeft;
                    bestHessianLeft = sumHessianLeft;
                    bestSamplesLeft = samplesLeft;
                }
            }
        }
        if (!found) {
            return SplitInfo.none(feature);
        }
        long[] left = new long[4];
        int from = bestDirection == 1 ? 0 : bestThreshold;
        int to = bestDirection == 1 ? bestThreshold : used - 1;
        for (int position = from; position <= to; position++) {
            int b = bins[sorted[position]];
            left[b >>> 6] |= 1L << (b & 63);
        }
        double l2 = s.l2Regularization();
        double gradientRight = sumGradients - bestGradientLeft;
        double hessianRight = sumHessians - bestHessianLeft;
        int missingBin = grower.missingBin();
        boolean missingLeft = missing && (left[missingBin >>> 6] & (1L << (missingBin & 63))) != 0;
        return new SplitInfo(bestGain, feature, 0, missingLeft, bestGradientLeft, gradientRight, bestHessianLeft,
                hessianRight, bestSamplesLeft, n - bestSamplesLeft, SplitFinder.value(bestGradientLeft, bestHessianLeft, l2),
                SplitFinder.value(gradientRight, hessianRight, l2), left);
    }
}
