package io.stratum.runtime.kernels.forest;

import java.util.Arrays;

/** scikit-learn's {@code Gini} criterion for one output over class positions ({@code criterion="gini"}). */
final class Gini extends Criterion {
    private final int[] codes;
    private final double[] sumTotal;
    private final double[] sumLeft;
    private final double[] sumRight;

    Gini(int[] codes, int classes, int[] samples, double[] weights, double weightedSamples) {
        super(samples, weights, weightedSamples);
        this.codes = codes;
        this.sumTotal = new double[classes];
        this.sumLeft = new double[classes];
        this.sumRight = new double[classes];
    }

    @Override
    void init(int start, int end) {
        this.start = start;
        this.end = end;
        weightedNode = 0;
        Arrays.fill(sumTotal, 0);
        for (int p = start; p < end; p++) {
            int i = samples[p];
            double w = weight(i);
            sumTotal[codes[i]] += w;
            weightedNode += w;
        }
        reset();
    }

    @Override
    void reset() {
        pos = start;
        Arrays.fill(sumLeft, 0);
        System.arraycopy(sumTotal, 0, sumRight, 0, sumTotal.length);
        weightedLeft = 0;
        weightedRight = weightedNode;
    }

    private void reverseReset() {
        pos = end;
        Arrays.fill(sumRight, 0);
        System.arraycopy(sumTotal, 0, sumLeft, 0, sumTotal.length);
        weightedRight = 0;
        weightedLeft = weightedNode;
    }

    @Override
    void update(int newPos) {
        if (newPos - pos <= end - newPos) {
            for (int p = pos; p < newPos; p++) {
                int i = samples[p];
                double w = weight(i);
                sumLeft[codes[i]] += w;
                weightedLeft += w;
            }
        } else {
            reverseReset();
            for (int p = end - 1; p >= newPos; p--) {
                int i = samples[p];
                double w = weight(i);
                sumLeft[codes[i]] -= w;
                weightedLeft -= w;
            }
        }
        weightedRight = weightedNode - weightedLeft;
        for (int c = 0; c < sumTotal.length; c++) {
            sumRight[c] = sumTotal[c] - sumLeft[c];
        }
        pos = newPos;
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

    @Override
    double proxyImprovement() {
        double[] impurity = childrenImpurity();
        return -weightedRight * impurity[1] - weightedLeft * impurity[0];
    }

    @Override
    double[] nodeValue() {
        double[] out = new double[sumTotal.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = sumTotal[c] / weightedNode;
        }
        return out;
    }
}
