package io.stratum.runtime.kernels.boosting;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;

/**
 * A fitted LightGBM booster as LightGBM's text model (what {@code Booster.model_to_string()} gives), which is its
 * whole persistable state; predictions load it into a native booster for the call.
 */
public record FittedLightGbm(String model, int features) implements io.stratum.runtime.cache.Persistable {

    /** The model's predictions: targets for a regressor, probabilities for a classifier, row-major by output. */
    public double[] predict(FeatureMatrix x) {
        if (x.cols() != features) {
            throw new DataException("the LightGBM model was fitted on " + features + " features but is asked to predict"
                    + " on " + x.cols() + " (" + String.join(", ", x.featureNames()) + ")");
        }
        return LightGbmKernel.predict(model, x);
    }

    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedLightGbm/1";

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(features);
        BoostingWeights.writeBytes(out, model.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Rebuilds a booster written by {@link #writeTo}. */
    public static FittedLightGbm readFrom(java.io.DataInput in) throws java.io.IOException {
        int features = in.readInt();
        return new FittedLightGbm(new String(BoostingWeights.readBytes(in), java.nio.charset.StandardCharsets.UTF_8),
                features);
    }
}
