package io.stratum.runtime.kernels.encode;

/**
 * The settings of scikit-learn's {@code OrdinalEncoder} that Stratum runs: {@code handle_unknown} ("error" or
 * "use_encoded_value" with {@code unknown_value}, an int or NaN) and {@code encoded_missing_value} (an int or NaN).
 */
public record OrdinalParams(boolean useEncodedValue, double unknownValue, double encodedMissingValue) {
    /** scikit-learn's defaults: unknown values are an error, missing values encode as NaN. */
    public static final OrdinalParams DEFAULT = new OrdinalParams(false, Double.NaN, Double.NaN);
}
