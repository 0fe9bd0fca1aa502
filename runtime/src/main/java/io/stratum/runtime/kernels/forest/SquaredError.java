package io.stratum.runtime.kernels.forest;

/** scikit-learn's {@code MSE} criterion for one output ({@code criterion="squared_error"}). */
final class SquaredError extends Criterion {
    private final double[] y;
    private double sumTotal;
    private double sqSumTotal;
    private double sumLeft;
    private double sumRight;

    SquaredError(double[] y, int[] samples, double[] weights, double weightedSamples) {
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

    @Override
    double[] nodeValue() {
        return new double[] {sumTotal / weightedNode};
    }
}
