package io.stratum.runtime.kernels.forest;

/** scikit-learn's {@code MSE} criterion for one output ({@code criterion="squared_error"}). */
final class SquaredError extends RegressionCriterion {
    SquaredError(double[] y, int[] samples, double[] weights, double weightedSamples) {
        super(y, samples, weights, weightedSamples);
    }

    @Override
    double nodeImpurity() {
        double mean = sumTotal / weightedNode;
        return sqSumTotal / weightedNode - mean * mean;
    }

    @Override
    double[] childrenImpurity() {
        double sqLeft = 0;
        for (int p = start; p < pos; p++) {
            int i = samples[p];
            sqLeft += weight(i) * y[i] * y[i];
        }
        double sqRight = sqSumTotal - sqLeft;
        double left = sqLeft / weightedLeft;
        double right = sqRight / weightedRight;
        double meanLeft = sumLeft / weightedLeft;
        double meanRight = sumRight / weightedRight;
        return new double[] {left - meanLeft * meanLeft, right - meanRight * meanRight};
    }

    @Override
    double proxyImprovement() {
        return sumLeft * sumLeft / weightedLeft + sumRight * sumRight / weightedRight;
    }
}
