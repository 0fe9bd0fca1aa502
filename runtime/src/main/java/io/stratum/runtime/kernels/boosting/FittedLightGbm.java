package io.stratum.runtime.kernels.boosting;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A fitted LightGBM booster as LightGBM's text model (what {@code Booster.model_to_string()} gives) and, when the
 * training frame had columns of pandas' category dtype, their categories (the wrapper's {@code pandas_categorical}):
 * at predict time a category column's codes are re-read against those categories by value, as the wrapper sets the
 * test frame's categories to the training frame's, so an unseen category is missing. Predictions load the model
 * into a native booster for the call.
 */
public record FittedLightGbm(String model, int features, String[][] categories)
        implements io.stratum.runtime.cache.Persistable {

    public FittedLightGbm {
        if (categories != null && categories.length != features) {
            throw new IllegalArgumentException(categories.length + " category entries for " + features + " features");
        }
    }

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
        return LightGbmKernel.predict(model, recoded(x));
    }

    /** {@code x} with each category column's codes into the training frame's categories (NaN when unseen). */
    private FeatureMatrix recoded(FeatureMatrix x) {
        boolean same = true;
        for (int j = 0; j < features; j++) {
            String[] fitted = categories == null ? null : categories[j];
            String[] given = x.categoryLevels(j);
            if ((fitted == null) != (given == null)) {
                throw new DataException("column '" + x.featureNames().get(j) + "' is " + (fitted == null
                        ? "a category column, but was not one" : "not a category column, but was one")
                        + " when the LightGBM model was fitted (LightGBM: the training and test data's categorical"
                        + " features do not match); give it the same dtype in both");
            }
            same &= fitted == null || Arrays.equals(fitted, given);
        }
        if (same) {
            return x;
        }
        int n = x.rows();
        double[] values = x.toColumnMajorArray();
        for (int j = 0; j < features; j++) {
            if (categories[j] == null || Arrays.equals(categories[j], x.categoryLevels(j))) {
                continue;
            }
            Map<String, Integer> position = new HashMap<>();
            for (int c = 0; c < categories[j].length; c++) {
                position.put(categories[j][c], c);
            }
            String[] given = x.categoryLevels(j);
            for (int i = 0; i < n; i++) {
                double code = values[j * n + i];
                if (!Double.isNaN(code)) {
                    Integer at = position.get(given[(int) code]);
                    values[j * n + i] = at == null ? Double.NaN : at;
                }
            }
        }
        return FeatureMatrix.ofColumnMajor(n, x.featureNames(), values).withCategoryLevels(categories);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedLightGbm other && model.equals(other.model) && features == other.features
                && Arrays.deepEquals(categories, other.categories);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * model.hashCode() + features) + Arrays.deepHashCode(categories);
    }

    @Override
    public String toString() {
        return "FittedLightGbm[features=" + features + ", categories=" + Arrays.deepToString(categories) + "]";
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
        out.writeBoolean(categories != null);
        if (categories != null) {
            for (String[] levels : categories) {
                out.writeInt(levels == null ? -1 : levels.length);
                if (levels != null) {
                    for (String level : levels) {
                        BoostingWeights.writeBytes(out, level.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }

    /** Rebuilds a booster written by {@link #writeTo}. */
    public static FittedLightGbm readFrom(java.io.DataInput in) throws java.io.IOException {
        int features = in.readInt();
        String model = new String(BoostingWeights.readBytes(in), java.nio.charset.StandardCharsets.UTF_8);
        String[][] categories = null;
        if (in.readBoolean()) {
            categories = new String[features][];
            for (int j = 0; j < features; j++) {
                int count = in.readInt();
                if (count >= 0) {
                    categories[j] = new String[count];
                    for (int c = 0; c < count; c++) {
                        categories[j][c] = new String(BoostingWeights.readBytes(in),
                                java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
        }
        return new FittedLightGbm(model, features, categories);
    }
}
