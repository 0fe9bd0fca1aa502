package io.stratum.runtime.kernels.boosting;

import io.stratum.runtime.kernels.classify.ClassWeights;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What an LGBMRegressor or LGBMClassifier is fitted with: the native parameters its Python scikit-learn wrapper
 * passes to LightGBM (by LightGBM's own names, values written as Python writes them), the number of boosting
 * rounds and the classifier's class weights.
 */
public record LightGbmParams(Map<String, String> nativeParams, int rounds, ClassWeights classWeights) {
    public LightGbmParams {
        nativeParams = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nativeParams));
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds must be >= 0, got " + rounds);
        }
    }

    /** The parameter string of LightGBM's C API, with the objective (and class count) of this fit added. */
    String withObjective(String objective, int numClass) {
        Map<String, String> all = new LinkedHashMap<>(nativeParams);
        all.put("objective", objective);
        if (numClass > 2) {
            all.put("num_class", Integer.toString(numClass));
        }
        StringJoiner out = new StringJoiner(" ");
        all.forEach((k, v) -> out.add(k + "=" + v));
        return out.toString();
    }
}
