package io.stratum.runtime.kernels.boosting;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.FittedClassifier;

/**
 * A fitted XGBClassifier: {@code predict_proba} as the Python wrapper builds it (for two classes {@code [1 - p, p]}
 * computed in float32), {@code predict} as it decides ({@code p > 0.5} for two classes, else the argmax).
 */
public record FittedXgboostClassifier(ClassLabels classes, FittedXgboost booster) implements FittedClassifier,
        io.stratum.runtime.cache.Persistable {
    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedXgboostClassifier/2";

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
    public static FittedXgboostClassifier readFrom(java.io.DataInput in) throws java.io.IOException {
        return new FittedXgboostClassifier(ClassLabels.readFrom(in), FittedXgboost.readFrom(in));
    }


    @Override
    public double[][] probabilities(FeatureMatrix x) {
        float[][] raw = booster.predict(x);
        int n = raw.length;
        int k = classes.count();
        double[][] out = new double[k][n];
        for (int i = 0; i < n; i++) {
            if (k == 2) {
                float p = raw[i][0];
                out[0][i] = 1.0f - p;
                out[1][i] = p;
            } else {
                for (int c = 0; c < k; c++) {
                    out[c][i] = raw[i][c];
                }
            }
        }
        return out;
    }

    @Override
    public int[] predict(FeatureMatrix x) {
        if (classes.count() == 2) {
            float[][] raw = booster.predict(x);
            int[] out = new int[raw.length];
            for (int i = 0; i < raw.length; i++) {
                out[i] = raw[i][0] > 0.5f ? 1 : 0;
            }
            return out;
        }
        return FittedClassifier.argmax(probabilities(x), x.rows());
    }

    /**
     * The class positions themselves, as int64: the wrapper's {@code predict} returns them ({@code classes_} is
     * {@code np.arange(k)}), so booleans or floats 0.0..k-1.0 in y come back as 0..k-1.
     */
    @Override
    public Column labels(MemoryContext memory, String name, int[] codes) {
        long[] out = new long[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = codes[i];
        }
        return Int64Column.of(memory, name, out);
    }

    @Override
    public double[][] decisions(FeatureMatrix x) {
        throw new DataException("XGBClassifier has no decision_function; score it with predict_proba");
    }
}
