package io.stratum.runtime.kernels.boosting;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.FittedClassifier;

/**
 * A fitted LGBMClassifier: {@code predict_proba} as the Python wrapper builds it ({@code [1 - p, p]} for two
 * classes), {@code predict} its argmax. Like the original it has no {@code decision_function}.
 */
public record FittedLightGbmClassifier(ClassLabels classes, FittedLightGbm booster) implements FittedClassifier,
        io.stratum.runtime.cache.Persistable {
    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedLightGbmClassifier/2";

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        classes.writeTo(out);
        booster.writeTo(out);
    }

    /** Rebuilds a classifier written by {@link #writeTo}. */
    public static FittedLightGbmClassifier readFrom(java.io.DataInput in) throws java.io.IOException {
        return new FittedLightGbmClassifier(ClassLabels.readFrom(in), FittedLightGbm.readFrom(in));
    }


    @Override
    public double[][] probabilities(FeatureMatrix x) {
        return BoostingWeights.probabilityColumns(booster.predict(x), x.rows(), classes.count());
    }

    @Override
    public int[] predict(FeatureMatrix x) {
        return FittedClassifier.argmax(probabilities(x), x.rows());
    }

    @Override
    public double[][] decisions(FeatureMatrix x) {
        throw new DataException("LGBMClassifier has no decision_function; score it with predict_proba");
    }
}
