package io.stratum.runtime.kernels.boosting;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;

/**
 * A fitted XGBoost booster as its UBJSON model bytes ({@code Booster.save_raw("ubj")}), its whole persistable state;
 * predictions load it into a native booster for the call.
 */
public record FittedXgboost(byte[] model, int features, int outputs) implements io.stratum.runtime.cache.Persistable {

    /** The model's outputs, {@code [row][output]}, in XGBoost's 32-bit floats. */
    public float[][] predict(FeatureMatrix x) {
        if (x.cols() != features) {
            throw new DataException("the XGBoost model was fitted on " + features + " features but is asked to predict"
                    + " on " + x.cols() + " (" + String.join(", ", x.featureNames()) + ")");
        }
        return XgboostKernel.predict(model, x);
    }

    /** A regressor's predictions, widened from float32 as numpy widens them. */
    public double[] predictTargets(FeatureMatrix x) {
        float[][] raw = predict(x);
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i][0];
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedXgboost other && java.util.Arrays.equals(model, other.model)
                && features == other.features && outputs == other.outputs;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(model) * 31 + features;
    }

    @Override
    public String toString() {
        return "FittedXgboost[" + model.length + " bytes, " + features + " features, " + outputs + " outputs]";
    }

    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedXgboost/1";

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(features);
        out.writeInt(outputs);
        BoostingWeights.writeBytes(out, model);
    }

    /** Rebuilds a booster written by {@link #writeTo}. */
    public static FittedXgboost readFrom(java.io.DataInput in) throws java.io.IOException {
        int features = in.readInt();
        int outputs = in.readInt();
        return new FittedXgboost(BoostingWeights.readBytes(in), features, outputs);
    }
}
