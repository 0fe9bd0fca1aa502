package io.stratum.runtime.kernels.forest;

/** scikit-learn's {@code Gini} criterion for one output over class positions ({@code criterion="gini"}). */
final class Gini extends ClassificationCriterion {
    Gini(int[] codes, int classes, int[] samples, double[] weights, double weightedSamples) {
        super(codes, classes, samples, weights, weightedSamples);
    }

    private static double gini(double[] counts, double weight) {
        double sq = 0;
        for (double c : counts) {
            sq += c * c;
        }
        return 1.0 - sq / (weight * weight);
    }

    @Override
    double nodeImpurity() {
        return gini(sumTotal, weightedNode);
    }

    @Override
    double[] childrenImpurity() {
        return new double[] {gini(sumLeft, weightedLeft), gini(sumRight, weightedRight)};
    }
}
