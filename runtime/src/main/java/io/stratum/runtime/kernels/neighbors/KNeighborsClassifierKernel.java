package io.stratum.runtime.kernels.neighbors;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.FittedClassifier;

/**
 * Fits scikit-learn's {@code KNeighborsClassifier} with the Euclidean metric: the same neighbour search as the
 * regressor (a k-d tree or every row, as scikit-learn's {@code algorithm} resolves) over the class positions; {@code predict_proba} is the neighbours' weight share
 * of each class and {@code predict} its argmax (the first class on ties, as scikit-learn's mode picks).
 */
public final class KNeighborsClassifierKernel {
    private KNeighborsClassifierKernel() {
    }

    /** A brute-force search over every training row, scikit-learn's {@code algorithm="brute"}. */
    public static FittedKNeighborsClassifier fit(FeatureMatrix x, ClassLabels classes, int[] codes, int nNeighbors,
            boolean distanceWeights) {
        return fit(x, classes, codes, nNeighbors, distanceWeights, "brute", 30);
    }

    /** Fits with scikit-learn's {@code algorithm} and {@code leaf_size}. */
    public static FittedKNeighborsClassifier fit(FeatureMatrix x, ClassLabels classes, int[] codes, int nNeighbors,
            boolean distanceWeights, String algorithm, int leafSize) {
        if (codes.length != x.rows()) {
            throw new DataException("KNeighborsClassifier: X has " + x.rows() + " rows but y has " + codes.length
                    + "; X and y must describe the same samples");
        }
        double[] y = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            y[i] = codes[i];
        }
        return new FittedKNeighborsClassifier(classes,
                KNeighborsRegressorKernel.fit(x, y, nNeighbors, distanceWeights, algorithm, leafSize));
    }

    /** A fitted k-nearest-neighbours classifier; like scikit-learn's it has no {@code decision_function}. */
    public record FittedKNeighborsClassifier(ClassLabels classes, FittedKNeighbors neighbours)
            implements FittedClassifier, io.stratum.runtime.cache.Persistable {
        /** The tag under which the lineage cache finds {@link #readFrom}. */
        public static final String PERSIST_TAG = "FittedKNeighborsClassifier/1";

        @Override
        public String persistTag() {
            return PERSIST_TAG;
        }

        @Override
        public void writeTo(java.io.DataOutput out) throws java.io.IOException {
            classes.writeTo(out);
            neighbours.writeTo(out);
        }

        /** Rebuilds a model written by {@link #writeTo}. */
        public static FittedKNeighborsClassifier readFrom(java.io.DataInput in) throws java.io.IOException {
            return new FittedKNeighborsClassifier(ClassLabels.readFrom(in), FittedKNeighbors.readFrom(in));
        }

        @Override
        public double[][] probabilities(FeatureMatrix x) {
            return neighbours.classShares(x, classes.count());
        }

        @Override
        public int[] predict(FeatureMatrix x) {
            return FittedClassifier.argmax(probabilities(x), x.rows());
        }

        @Override
        public double[][] decisions(FeatureMatrix x) {
            throw new DataException("KNeighborsClassifier has no decision_function; score it with predict_proba");
        }
    }
}
