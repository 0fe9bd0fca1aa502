package io.stratum.runtime.kernels.trees;

/**
 * scikit-learn's split search on one numeric feature of one node: a scan of the bins left to right (missing values,
 * if any, go right), then, when the feature had missing values in training, right to left (missing values go left).
 * Categorical features are searched by {@link CategoricalSplitFinder}.
 * The gain is the decrease of {@code sum_gradient * value} with {@code value = -G / (H + l2 + 1e-15)}.
 * A bin with no samples and zero sums is skipped: it leaves the running sums as they were, so it would repeat the
 * previous bin's verdict (a skip, or a gain that is not above the best one), and small nodes have many such bins.
 */
final class SplitFinder {
    private SplitFinder() {
    }

    static SplitInfo best(int feature, TreeGrower.Node node, TreeGrower grower) {
        if (grower.isCategorical(feature)) {
            return CategoricalSplitFinder.best(feature, node, grower);
        }
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
        double lossCurrent = sumGradients * node.value;
        boolean missing = grower.hasMissing(feature);

        SplitInfo best = SplitInfo.none(feature);
        double bestGain = -1;
        int end = grower.nonMissingBins(feature) - 1 + (missing ? 1 : 0);
        double sumGradientLeft = 0;
        double sumHessianLeft = 0;
        int samplesLeft = 0;
        boolean found = false;
        int bestBin = 0;
        double bestGradientLeft = 0;
        double bestHessianLeft = 0;
        int bestSamplesLeft = 0;
        for (int bin = 0; bin < end; bin++) {
            int b = base + bin;
            if (empty(counts, gradients, hessians, b, constant)) {
                continue;
            }
            samplesLeft += counts[b];
            int samplesRight = n - samplesLeft;
            sumHessianLeft += constant ? counts[b] : hessians[b];
            double sumHessianRight = sumHessians - sumHessianLeft;
            sumGradientLeft += gradients[b];
            double sumGradientRight = sumGradients - sumGradientLeft;
            if (samplesLeft < s.minSamplesLeaf()) {
                continue;
            }
            if (samplesRight < s.minSamplesLeaf()) {
                break;
            }
            if (sumHessianLeft < s.minHessianToSplit()) {
                continue;
            }
            if (sumHessianRight < s.minHessianToSplit()) {
                break;
            }
            double gain = gain(sumGradientLeft, sumHessianLeft, sumGradientRight, sumHessianRight, lossCurrent,
                    s.l2Regularization());
            if (gain > bestGain && gain > s.minGainToSplit()) {
                found = true;
                bestGain = gain;
                bestBin = bin;
                bestGradientLeft = sumGradientLeft;
                bestHessianLeft = sumHessianLeft;
                bestSamplesLeft = samplesLeft;
            }
        }
        if (found) {
            best = split(feature, bestGain, bestBin, false, bestGradientLeft, bestHessianLeft, bestSamplesLeft,
                    sumGradients, sumHessians, n, s.l2Regularization());
        }
        if (!missing) {
            return best;
        }
        found = false;
        double sumGradientRight = 0;
        double sumHessianRight = 0;
        int samplesRight = 0;
        for (int bin = grower.nonMissingBins(feature) - 2; bin >= 0; bin--) {
            int b = base + bin + 1;
            if (empty(counts, gradients, hessians, b, constant)) {
                continue;
            }
            samplesRight += counts[b];
            int left = n - samplesRight;
            sumHessianRight += constant ? counts[b] : hessians[b];
            double hessianLeft = sumHessians - sumHessianRight;
            sumGradientRight += gradients[b];
            double gradientLeft = sumGradients - sumGradientRight;
            if (samplesRight < s.minSamplesLeaf()) {
                continue;
            }
            if (left < s.minSamplesLeaf()) {
                break;
            }
            if (sumHessianRight < s.minHessianToSplit()) {
                continue;
            }
            if (hessianLeft < s.minHessianToSplit()) {
                break;
            }
            double gain = gain(gradientLeft, hessianLeft, sumGradientRight, sumHessianRight, lossCurrent,
                    s.l2Regularization());
            if (gain > bestGain && gain > s.minGainToSplit()) {
                found = true;
                bestGain = gain;
                bestBin = bin;
                bestGradientLeft = gradientLeft;
                bestHessianLeft = hessianLeft;
                bestSamplesLeft = left;
            }
        }
        if (found) {
            best = split(feature, bestGain, bestBin, true, bestGradientLeft, bestHessianLeft, bestSamplesLeft,
                    sumGradients, sumHessians, n, s.l2Regularization());
        }
        return best;
    }

    /**
     * No sample, and sums that are exactly zero: a histogram made by subtraction can hold a rounding residue in a
     * bin its node has no sample in, and such a bin still moves the running sums, so it is not skipped.
     */
    private static boolean empty(int[] counts, double[] gradients, double[] hessians, int b,
                                 boolean constantHessians) {
        return counts[b] == 0 && gradients[b] == 0 && (constantHessians || hessians[b] == 0);
    }

    private static SplitInfo split(int feature, double gain, int bin, boolean missingLeft, double gradientLeft,
                                   double hessianLeft, int samplesLeft, double sumGradients, double sumHessians, int n,
                                   double l2) {
        double gradientRight = sumGradients - gradientLeft;
        double hessianRight = sumHessians - hessianLeft;
        return new SplitInfo(gain, feature, bin, missingLeft, gradientLeft, gradientRight, hessianLeft, hessianRight,
                samplesLeft, n - samplesLeft, value(gradientLeft, hessianLeft, l2), value(gradientRight, hessianRight, l2),
                null);
    }

    static double gain(double gradientLeft, double hessianLeft, double gradientRight, double hessianRight,
                               double lossCurrent, double l2) {
        double gain = lossCurrent;
        gain -= gradientLeft * value(gradientLeft, hessianLeft, l2);
        gain -= gradientRight * value(gradientRight, hessianRight, l2);
        return gain;
    }

    /** {@code compute_node_value} without monotonic bounds. */
    static double value(double sumGradient, double sumHessian, double l2) {
        return -sumGradient / (sumHessian + l2 + 1e-15);
    }
}
