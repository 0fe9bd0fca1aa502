package io.stratum.runtime.kernels.forest;

/**
 * scikit-learn's {@code Poisson} criterion for one output ({@code criterion="poisson"}): the node impurity is half the
 * Poisson deviance {@code sum_i w_i xlogy(y_i, y_i / mean) / sum_i w_i} (natural logarithm, scipy's {@code xlogy}),
 * infinite when the node's target sum is not above {@code 10 eps}; the split proxy is
 * {@code sum_L log2(mean_L) + sum_R log2(mean_R)} with scikit-learn's base-2 logarithm, minus infinity when a child's
 * target sum is not above {@code 10 eps} (a child that would predict zero).
 */
final class Poisson extends RegressionCriterion {
    /** scikit-learn's {@code EPSILON = 10 * np.finfo('double').eps} of {@code _criterion.pyx}. */
    private static final double EPSILON = 10 * Math.ulp(1.0);
    private static final double LN2 = Math.log(2.0);

    Poisson(double[] y, int[] samples, double[] weights, double weightedSamples) {
        super(y, samples, weights, weightedSamples);
    }

    @Override
    double nodeImpurity() {
        return poissonLoss(start, end, sumTotal, weightedNode);
    }

    @Override
    double[] childrenImpurity() {
        return new double[] {poissonLoss(start, pos, sumLeft, weightedLeft), poissonLoss(pos, end, sumRight,
                weightedRight)};
    }

    @Override
    double proxyImprovement() {
        if (sumLeft <= EPSILON || sumRight <= EPSILON) {
            return Double.NEGATIVE_INFINITY;
        }
        double meanLeft = sumLeft / weightedLeft;
        double meanRight = sumRight / weightedRight;
        double proxyLeft = 0.0 - sumLeft * (Math.log(meanLeft) / LN2);
        double proxyRight = 0.0 - sumRight * (Math.log(meanRight) / LN2);
        return -proxyLeft - proxyRight;
    }

    private double poissonLoss(int from, int to, double ySum, double weightSum) {
        if (ySum <= EPSILON) {
            return Double.POSITIVE_INFINITY;
        }
        double mean = ySum / weightSum;
        double loss = 0.0;
        for (int p = from; p < to; p++) {
            int i = samples[p];
            loss += weight(i) * xlogy(y[i], y[i] / mean);
        }
        return loss / weightSum;
    }

    /** scipy's {@code xlogy}: {@code x log(y)}, and 0 when {@code x} is 0 (unless {@code y} is NaN). */
    private static double xlogy(double x, double y) {
        return x == 0.0 && !Double.isNaN(y) ? 0.0 : x * Math.log(y);
    }
}
