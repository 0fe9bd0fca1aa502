package io.stratum.runtime.kernels.boosting;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an XGBRegressor or XGBClassifier is fitted with: the native parameters the script set (XGBoost's own names;
 * the rest keep the library's defaults, as the Python wrapper leaves them None), the number of boosting rounds and
 * the wrapper's {@code enable_categorical} (whether columns of pandas' category dtype are taken as categorical
 * features; without it the wrapper refuses them).
 */
public record XgboostParams(Map<String, Object> nativeParams, int rounds, boolean enableCategorical) {
    /** Without categorical features. */
    public XgboostParams(Map<String, Object> nativeParams, int rounds) {
        this(nativeParams, rounds, false);
    }

    public XgboostParams {
        nativeParams = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nativeParams));
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds must be >= 0, got " + rounds);
        }
    }

    /** The parameters with the objective of this fit set as the wrapper sets it (and the class count). */
    Map<String, Object> withObjective(String objective, int numClass) {
        Map<String, Object> all = new LinkedHashMap<>(nativeParams);
        all.putIfAbsent("objective", objective);
        if (numClass > 2) {
            all.put("num_class", numClass);
        }
        return all;
    }
}
