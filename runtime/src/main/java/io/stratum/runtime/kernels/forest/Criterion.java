package io.stratum.runtime.kernels.forest;

/**
 * A split criterion over the node {@code samples[start, end)} with the left child {@code [start, pos)}, as
 * scikit-learn's {@code Criterion} ({@code sklearn/tree/_criterion.pyx}): the same sums in the same order, so
 * split scores agree to the bit. Weights are the bootstrap counts (or null for all ones).
 */
abstract sealed class Criterion permits RegressionCriterion, ClassificationCriterion, AbsoluteError {
    final int[] samples;
    final double[] weights;
    final double weightedSamples;
    int start;
    int end;
    int pos;
    double weightedNode;
    double weightedLeft;
    double weightedRight;

    Criterion(int[] samples, double[] weights, double weightedSamples) {
        this.samples = samples;
        this.weights = weights;
        this.weightedSamples = weightedSamples;
    }

    final double weight(int i) {
        return weights == null ? 1.0 : weights[i];
    }

    /** Starts a node: the totals over {@code [start, end)}, then {@link #reset()}. */
    abstract void init(int start, int end);

    /** All samples on the right ({@code pos = start}). */
    abstract void reset();

    /** Moves {@code samples[pos, newPos)} to the left child, from whichever end is nearer. */
    abstract void update(int newPos);

    abstract double nodeImpurity();

    /** {@code {left, right}} impurities of the current split. */
    abstract double[] childrenImpurity();

    /** A quantity that orders splits as their impurity improvement does. */
    abstract double proxyImprovement();

    /** The node's prediction: the mean target, or the class fractions. */
    abstract double[] nodeValue();

    final double impurityImprovement(double parent, double left, double right) {
        return (weightedNode / weightedSamples)
                * (parent - (weightedRight / weightedNode * right) - (weightedLeft / weightedNode * left));
    }
}
