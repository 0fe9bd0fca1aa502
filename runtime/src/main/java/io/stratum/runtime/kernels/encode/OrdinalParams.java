package io.stratum.runtime.kernels.encode;

import java.util.Objects;

/**
 * The settings of scikit-learn's {@code OrdinalEncoder} that Stratum runs: {@code handle_unknown} ("error" or
 * "use_encoded_value" with {@code unknown_value}, an int or NaN), {@code encoded_missing_value} (an int or NaN) and
 * the grouping of infrequent categories into one code ({@code min_frequency}, {@code max_categories}).
 */
public record OrdinalParams(boolean useEncodedValue, double unknownValue, double encodedMissingValue,
                            OneHotParams.Infrequent infrequent) {
    /** scikit-learn's defaults: unknown values are an error, missing values encode as NaN. */
    public static final OrdinalParams DEFAULT = new OrdinalParams(false, Double.NaN, Double.NaN);

    public OrdinalParams {
        Objects.requireNonNull(infrequent, "infrequent");
    }

    /** Without infrequent categories ({@code min_frequency=None}, {@code max_categories=None}). */
    public OrdinalParams(boolean useEncodedValue, double unknownValue, double encodedMissingValue) {
        this(useEncodedValue, unknownValue, encodedMissingValue, OneHotParams.Infrequent.NONE);
    }
}
