package io.stratum.runtime.kernels.classify;

import io.stratum.runtime.data.FeatureMatrix;

/**
 * A fitted classifier: its classes and scikit-learn's three ways of answering, each over class positions.
 * Scores come as one array per output column ({@code [column][row]}), the layout Arrow columns are built from.
 */
public interface FittedClassifier {

    /** The classes seen in training, in scikit-learn's {@code classes_} order. */
    ClassLabels classes();

    /** {@code predict}: the class position of each row. */
    int[] predict(FeatureMatrix x);

    /**
     * What the estimator's {@code predict} returns for these class positions: the classes' own labels, in the
     * target's type (scikit-learn's {@code classes_[codes]}).
     */
    default io.stratum.runtime.data.Column labels(io.stratum.runtime.data.MemoryContext memory, String name,
            int[] codes) {
        return classes().decode(memory, name, codes);
    }

    /** {@code predict_proba}: one column per class, each row summing to 1. */
    double[][] probabilities(FeatureMatrix x);

    /**
     * {@code decision_function}: with two classes one column, the score of the second class; otherwise one column
     * per class.
     */
    double[][] decisions(FeatureMatrix x);

    /** The position of the largest value of each row, the first one on ties as numpy's argmax picks. */
    static int[] argmax(double[][] columns, int rows) {
        int[] out = new int[rows];
        double[] best = columns[0].clone();
        for (int k = 1; k < columns.length; k++) {
            double[] c = columns[k];
            for (int i = 0; i < rows; i++) {
                if (c[i] > best[i]) {
                    best[i] = c[i];
                    out[i] = k;
                }
            }
        }
        return out;
    }

    /** The binary decision rule: the second class where the score is positive. */
    static int[] positive(double[] scores) {
        int[] out = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scores[i] > 0 ? 1 : 0;
        }
        return out;
    }
}
