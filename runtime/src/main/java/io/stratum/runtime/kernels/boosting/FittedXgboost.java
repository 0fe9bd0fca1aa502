package io.stratum.runtime.kernels.boosting;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;

/**
 * A fitted XGBoost booster as its UBJSON model bytes ({@code Booster.save_raw("ubj")}) and, when it was fitted with
 * {@code enable_categorical=True} on category columns, their training categories: at predict time a category column
 * is read against them by value, as XGBoost re-codes a test frame's categories, and a category the training frame does
 * not list is refused, as XGBoost refuses it. Predictions load the model into a native booster for the call.
 */
public record FittedXgboost(byte[] model, int features, int outputs, TrainingCategories categories)
        implements io.stratum.runtime.cache.Persistable {

    /** A booster fitted on numeric columns only. */
    public FittedXgboost(byte[] model, int features, int outputs) {
        this(model, features, outputs, null);
    }

    /** The model's outputs, {@code [row][output]}, in XGBoost's 32-bit floats. */
    public float[][] predict(FeatureMatrix x) {
        if (x.cols() != features) {
            throw new DataException("the XGBoost model was fitted on " + features + " features but is asked to predict"
                    + " on " + x.cols() + " (" + String.join(", ", x.featureNames()) + ")");
        }
        return XgboostKernel.predict(model, TrainingCategories.recode(categories, x, false, "XGBoost"));
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
                && features == other.features && outputs == other.outputs
                && java.util.Objects.equals(categories, other.categories);
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
    public static final String PERSIST_TAG = "FittedXgboost/2";

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(features);
        out.writeInt(outputs);
        BoostingWeights.writeBytes(out, model);
        TrainingCategories.writeOptional(categories, out);
    }

    /** Rebuilds a booster written by {@link #writeTo}. */
    public static FittedXgboost readFrom(java.io.DataInput in) throws java.io.IOException {
        int features = in.readInt();
        int outputs = in.readInt();
        return new FittedXgboost(BoostingWeights.readBytes(in), features, outputs, TrainingCategories.readOptional(in));
    }
}
