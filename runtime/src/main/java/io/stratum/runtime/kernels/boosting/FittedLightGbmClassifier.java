package io.stratum.runtime.kernels.boosting;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.FittedClassifier;

/**
 * A fitted LGBMClassifier: {@code predict_proba} as the Python wrapper builds it ({@code [1 - p, p]} for two
 * classes), {@code predict} its argmax. Like the original it has no {@code decision_function}.
 */
public record FittedLightGbmClassifier(ClassLabels classes, FittedLightGbm booster) implements FittedClassifier {

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
