package io.stratum.runtime.kernels.forest;

/**
 * scikit-learn's {@code Entropy} criterion for one output over class positions ({@code criterion="entropy"} and
 * {@code "log_loss"}): {@code -sum_k p_k log2(p_k)} over the classes present, with scikit-learn's base-2 logarithm
 * ({@code ln(x) / ln(2)}, {@code sklearn/tree/_utils.pyx}).
 */
final class Entropy extends ClassificationCriterion {
    private static final double LN2 = Math.log(2.0);

    Entropy(int[] codes, int classes, int[] samples, double[] weights, double weightedSamples) {
        super(codes, classes, samples, weights, weightedSamples);
    }

    private static double entropy(double[] counts, double weight) {
        double entropy = 0.0;
        for (double count : counts) {
            if (count > 0.0) {
                double p = count / weight;
                entropy -= p * (Math.log(p) / LN2);
            }
        }
        return entropy;
    }

    @Override
    double nodeImpurity() {
        return entropy(sumTotal, weightedNode);
    }

    @Override
    double[] childrenImpurity() {
        return new double[] {entropy(sumLeft, weightedLeft), entropy(sumRight, weightedRight)};
    }
}
