package io.stratum.runtime.kernels.classify;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;

/**
 * scikit-learn's {@code DummyClassifier} for its deterministic strategies: {@code prior} and {@code most_frequent}
 * predict the most frequent training class (the first on ties), {@code constant} a given class; {@code prior}
 * answers probabilities with the class frequencies, the others with certainty for the predicted class.
 */
public final class DummyClassifierKernel {
    /** The strategies that need no random numbers. */
    public enum Strategy { PRIOR, MOST_FREQUENT, CONSTANT }

    private DummyClassifierKernel() {
    }

    /** {@code constant} is the class position of the constant, used only by {@link Strategy#CONSTANT}. */
    public static FittedDummyClassifier fit(ClassLabels classes, int[] codes, Strategy strategy, int constant) {
        return fit(classes, codes, strategy, constant, null);
    }

    /**
     * With {@code fit(X, y, sample_weight=w)}'s weights ({@code w} null: none): the class frequencies are the weight
     * sums over their total, as scikit-learn's {@code class_distribution(y, sample_weight)}.
     */
    public static FittedDummyClassifier fit(ClassLabels classes, int[] codes, Strategy strategy, int constant,
                                            double[] w) {
        int k = classes.count();
        double[] prior = new double[k];
        for (int i = 0; i < codes.length; i++) {
            prior[codes[i]] += w == null ? 1.0 : w[i];
        }
        double total = w == null ? codes.length : io.stratum.runtime.kernels.NumpySums.sum(prior);
        int mostFrequent = 0;
        for (int c = 0; c < k; c++) {
            prior[c] /= total;
            if (prior[c] > prior[mostFrequent]) {
                mostFrequent = c;
            }
        }
        int predicted = strategy == Strategy.CONSTANT ? constant : mostFrequent;
        double[] proba = prior;
        if (strategy != Strategy.PRIOR) {
            proba = new double[k];
            proba[predicted] = 1.0;
        }
        return new FittedDummyClassifier(classes, predicted, proba);
    }

    /** A fitted dummy classifier: one class for every row, one probability row for every row. */
    public record FittedDummyClassifier(ClassLabels classes, int predicted, double[] proba)
            implements FittedClassifier, io.stratum.runtime.cache.Persistable {
        /** The tag under which the lineage cache finds {@link #readFrom}. */
        public static final String PERSIST_TAG = "FittedDummyClassifier/1";

        @Override
        public String persistTag() {
            return PERSIST_TAG;
        }

        @Override
        public void writeTo(java.io.DataOutput out) throws java.io.IOException {
            classes.writeTo(out);
            out.writeInt(predicted);
            io.stratum.runtime.cache.StoredArrays.writeDoubles(out, proba);
        }

        /** Rebuilds a model written by {@link #writeTo}. */
        public static FittedDummyClassifier readFrom(java.io.DataInput in) throws java.io.IOException {
            ClassLabels classes = ClassLabels.readFrom(in);
            int predicted = in.readInt();
            double[] proba = io.stratum.runtime.cache.StoredArrays.readDoubles(in);
            if (predicted < 0 || predicted >= classes.count() || proba == null || proba.length != classes.count()) {
                throw new java.io.IOException("inconsistent dummy classifier state");
            }
            return new FittedDummyClassifier(classes, predicted, proba);
        }
        @Override
        public int[] predict(FeatureMatrix x) {
            int[] out = new int[x.rows()];
            java.util.Arrays.fill(out, predicted);
            return out;
        }

        @Override
        public double[][] probabilities(FeatureMatrix x) {
            double[][] out = new double[proba.length][x.rows()];
            for (int c = 0; c < proba.length; c++) {
                java.util.Arrays.fill(out[c], proba[c]);
            }
            return out;
        }

        @Override
        public double[][] decisions(FeatureMatrix x) {
            throw new DataException("DummyClassifier has no decision_function; score it with predict_proba");
        }
    }
}
