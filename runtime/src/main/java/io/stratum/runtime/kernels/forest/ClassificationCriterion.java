package io.stratum.runtime.kernels.forest;

import java.util.Arrays;

/**
 * scikit-learn's {@code ClassificationCriterion} for one output over class positions: the weighted class counts of the
 * node and of its children, kept as scikit-learn updates them; {@link Gini} and {@link Entropy} read them.
 */
abstract sealed class ClassificationCriterion extends Criterion permits Gini, Entropy {
    private final int[] codes;
    final double[] sumTotal;
    final double[] sumLeft;
    final double[] sumRight;

    ClassificationCriterion(int[] codes, int classes, int[] samples, double[] weights, double weightedSamples) {
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

    /** scikit-learn's default proxy: minus the children's impurities weighted by their weights. */
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
