package io.stratum.runtime.kernels.trees;

/**
 * The best split of one node on one feature, scikit-learn's {@code split_info_struct}. A categorical split sends
 * left the bins set in {@code leftCategories} (256 bits as 4 words, the missing-values bin included when missing
 * values go left) and leaves {@code bin} at 0; a numeric split has no bitset (null).
 */
record SplitInfo(double gain, int feature, int bin, boolean missingGoToLeft,
                 double sumGradientLeft, double sumGradientRight, double sumHessianLeft, double sumHessianRight,
                 int samplesLeft, int samplesRight, double valueLeft, double valueRight, long[] leftCategories) {

    /** No valid split on the feature: scikit-learn leaves the gain at -1. */
    static SplitInfo none(int feature) {
        return new SplitInfo(-1, feature, 0, false, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }

    boolean categorical() {
        return leftCategories != null;
    }

    /** Whether a categorical split sends bin {@code bin} left. */
    boolean goesLeft(int bin) {
        return (leftCategories[bin >>> 6] & (1L << (bin & 63))) != 0;
    }

    SplitInfo withMissingGoToLeft(boolean left) {
        return new SplitInfo(gain, feature, bin, left, sumGradientLeft, sumGradientRight, sumHessianLeft,
                sumHessianRight, samplesLeft, samplesRight, valueLeft, valueRight, leftCategories);
    }
}
