package io.stratum.runtime.kernels.boosting;

import io.stratum.runtime.data.ScratchMemory;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.classify.ClassLabels;

/**
 * Fits LightGBM boosters the way the {@code lightgbm} package's scikit-learn estimators do: one dataset built from
 * the features with the same parameters, the objective chosen from the estimator and the class count, then
 * {@code n_estimators} boosting rounds, the model kept as LightGBM's text format (which is also what the Python
 * wrapper predicts from once training ends).
 */
public final class LightGbmKernel {
    private LightGbmKernel() {
    }

    /** LGBMRegressor: objective {@code regression} (L2). */
    public static FittedLightGbm fitRegressor(FeatureMatrix x, double[] y, LightGbmParams params) {
        return fitRegressor(x, y, null, params);
    }

    /** LGBMRegressor fitted with {@code sample_weight} ({@code w}, or null for none): LightGBM's float32 row weights. */
    public static FittedLightGbm fitRegressor(FeatureMatrix x, double[] y, double[] w, LightGbmParams params) {
        float[] label = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            label[i] = (float) y[i];
        }
        TrainingCategories categories = TrainingCategories.of(x, "LGBMRegressor");
        String model = train("LGBMRegressor", x, label, BoostingWeights.rowWeights(w, null), params.withObjective("regression", 0),
                params.rounds());
        return new FittedLightGbm(model, x.cols(), categories);
    }

    /** LGBMClassifier: objective {@code binary} for two classes, {@code multiclass} with {@code num_class} otherwise. */
    public static FittedLightGbmClassifier fitClassifier(FeatureMatrix x, ClassLabels classes, int[] codes,
            LightGbmParams params) {
        return fitClassifier(x, classes, codes, null, params);
    }

    /**
     * LGBMClassifier fitted with {@code sample_weight} ({@code w}, or null): as the wrapper does, each row weighs its
     * sample weight times its class weight ({@code compute_sample_weight} of the classes, not weighted by {@code w}).
     */
    public static FittedLightGbmClassifier fitClassifier(FeatureMatrix x, ClassLabels classes, int[] codes, double[] w,
            LightGbmParams params) {
        int k = classes.count();
        if (k < 2) {
            throw new DataException("LGBMClassifier needs at least two classes in the training rows, got only "
                    + classes.displayName(0));
        }
        float[] label = new float[codes.length];
        for (int i = 0; i < codes.length; i++) {
            label[i] = codes[i];
        }
        TrainingCategories categories = TrainingCategories.of(x, "LGBMClassifier");
        float[] weight = BoostingWeights.rowWeights(w, BoostingWeights.classSampleWeights(params.classWeights(), classes,
                codes));
        String model = train("LGBMClassifier", x, label, weight,
                params.withObjective(k > 2 ? "multiclass" : "binary", k), params.rounds());
        return new FittedLightGbmClassifier(classes, new FittedLightGbm(model, x.cols(), categories));
    }

    /**
     * LightGBM's parameters with the category columns named as categorical features: what the wrapper's
     * {@code categorical_feature='auto'} makes of a frame's (unordered) category columns.
     */
    private static String withCategoricalFeatures(String params, FeatureMatrix x) {
        java.util.StringJoiner columns = new java.util.StringJoiner(",");
        for (int j = 0; j < x.cols(); j++) {
            if (x.categoryLevels(j) != null) {
                columns.add(Integer.toString(j));
            }
        }
        return columns.length() == 0 ? params : params + " categorical_feature=" + columns;
    }

    private static String train(String estimator, FeatureMatrix x, float[] label, float[] weight, String objective,
            int rounds) {
        NativeLibraries.requireLightGbm(estimator);
        String params = withCategoricalFeatures(objective, x);
        // The column-major copy handed to LightGBM and its binned dataset (about a byte per value).
        try (ScratchMemory.Reservation scratch = ScratchMemory.reserve(9L * x.rows() * x.cols(),
                "LightGBM's copy of X and its dataset");
             LGBMDataset data = LGBMDataset.createFromMat(x.toColumnMajorArray(), x.rows(), x.cols(), false, params,
                null)) {
            data.setField("label", label);
            if (weight != null) {
                data.setField("weight", weight);
            }
            try (LGBMBooster booster = LGBMBooster.create(data, params)) {
                for (int i = 0; i < rounds; i++) {
                    // Like lightgbm.train, keep calling update when a round finds no split: it adds no tree.
                    booster.updateOneIter();
                }
                return booster.saveModelToString(0, 0, LGBMBooster.FeatureImportanceType.SPLIT);
            }
        } catch (LGBMException e) {
            throw new DataException(estimator + ": LightGBM refused the fit: " + e.getMessage(), e);
        }
    }

    /** Predictions of a saved model, {@code [row * outputs + output]} as LightGBM lays them out. */
    static double[] predict(String model, FeatureMatrix x) {
        return LightGbmPredictor.predict(model, x);
    }
}
