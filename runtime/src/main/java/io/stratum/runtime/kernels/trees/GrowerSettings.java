package io.stratum.runtime.kernels.trees;

/**
 * What limits the growth of one histogram tree: scikit-learn's {@code TreeGrower} arguments. A limit of 0 means
 * none ({@code None} in Python).
 */
record GrowerSettings(int maxLeafNodes, int maxDepth, int minSamplesLeaf, double l2Regularization,
                      double minGainToSplit, double minHessianToSplit, double shrinkage) {
}
