package io.stratum.runtime.kernels.boosting;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;

/**
 * A fitted LightGBM booster as LightGBM's text model (what {@code Booster.model_to_string()} gives) and, when the
 * training frame had columns of pandas' category dtype, their categories (the wrapper's {@code pandas_categorical}):
 * at predict time a category column is read against them by value, as the wrapper sets the test frame's categories to
 * the training frame's, so an unseen category is missing. Predictions load the model into a native booster for the
 * call.
 */
public record FittedLightGbm(String model, int features, TrainingCategories categories)
        implements io.stratum.runtime.cache.Persistable {

    /** A booster fitted on numeric columns only. */
    public FittedLightGbm(String model, int features) {
        this(model, features, null);
    }

    /** The model's predictions: targets for a regressor, probabilities for a classifier, row-major by output. */
    public double[] predict(FeatureMatrix x) {
        if (x.cols() != features) {
            throw new DataException("the LightGBM model was fitted on " + features + " features but is asked to predict"
                    + " on " + x.cols() + " (" + String.join(", ", x.featureNames()) + ")");
        }
        return LightGbmKernel.predict(model, TrainingCategories.recode(categories, x, true, "LightGBM"));
    }

    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedLightGbm/2";

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(features);
        BoostingWeights.writeBytes(out, model.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TrainingCategories.writeOptional(categories, out);
    }

    /** Rebuilds a booster written by {@link #writeTo}. */
    public static FittedLightGbm readFrom(java.io.DataInput in) throws java.io.IOException {
        int features = in.readInt();
        String model = new String(BoostingWeights.readBytes(in), java.nio.charset.StandardCharsets.UTF_8);
        return new FittedLightGbm(model, features, TrainingCategories.readOptional(in));
    }
}
