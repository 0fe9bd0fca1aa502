package io.stratum.runtime.kernels.trees;

/** The best split of one node on one feature, scikit-learn's {@code split_info_struct} (numeric features). */
record SplitInfo(double gain, int feature, int bin, boolean missingGoToLeft,
                 double sumGradientLeft, double sumGradientRight, double sumHessianLeft, double sumHessianRight,
                 int samplesLeft, int samplesRight, double valueLeft, double valueRight) {

    /** No valid split on the feature: scikit-learn leaves the gain at -1. */
    static SplitInfo none(int feature) {
        return new SplitInfo(-1, feature, 0, false, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
