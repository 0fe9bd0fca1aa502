package io.stratum.runtime.kernels.forest;

/**
 * scikit-learn's {@code RegressionCriterion} for one output: the weighted sums of the targets (and of their squares)
 * over the node and its children, kept as scikit-learn updates them; the node's value is the weighted mean.
 * {@link SquaredError} and {@link Poisson} read them.
 */
abstract sealed class RegressionCriterion extends Criterion permits SquaredError, Poisson {
    final double[] y;
    double sumTotal;
    double sqSumTotal;
    double sumLeft;
    double sumRight;

    RegressionCriterion(double[] y, int[] samples, double[] weights, double weightedSamples) {
        super(samples, weights, weightedSamples);
        this.y = y;
    }

    @Override
    void init(int start, int end) {
        this.start = start;
        this.end = end;
        weightedNode = 0;
        sumTotal = 0;
        sqSumTotal = 0;
        for (int p = start; p < end; p++) {
            int i = samples[p];
            double w = weight(i);
            double wy = w * y[i];
            sumTotal += wy;
            sqSumTotal += wy * y[i];
            weightedNode += w;
        }
        reset();
    }

    @Override
    void reset() {
        pos = start;
        sumLeft = 0;
        sumRight = sumTotal;
        weightedLeft = 0;
        weightedRight = weightedNode;
    }

    private void reverseReset() {
        pos = end;
        sumRight = 0;
        sumLeft = sumTotal;
        weightedRight = 0;
        weightedLeft = weightedNode;
    }

    @Override
    void update(int newPos) {
        if (newPos - pos <= end - newPos) {
            for (int p = pos; p < newPos; p++) {
                int i = samples[p];
                double w = weight(i);
                sumLeft += w * y[i];
                weightedLeft += w;
            }
        } else {
            reverseReset();
            for (int p = end - 1; p >= newPos; p--) {
                int i = samples[p];
                double w = weight(i);
                sumLeft -= w * y[i];
                weightedLeft -= w;
            }
        }
        weightedRight = weightedNode - weightedLeft;
        sumRight = sumTotal - sumLeft;
        pos = newPos;
    }

    @Override
    double[] nodeValue() {
        return new double[] {sumTotal / weightedNode};
    }
}
