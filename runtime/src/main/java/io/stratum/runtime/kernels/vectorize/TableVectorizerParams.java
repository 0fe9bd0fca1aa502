package io.stratum.runtime.kernels.vectorize;

import io.stratum.runtime.kernels.datetime.DatetimeEncoderKernel;
import java.util.List;

/**
 * The TableVectorizer's parameters with skrub's names and defaults: {@code cardinality_threshold=40},
 * {@code drop_null_fraction=1.0}, {@code drop_if_constant=False}, {@code drop_if_unique=False},
 * {@code datetime_format=None}, {@code null_strings=None} (skrub's list), and the encoders skrub uses by default;
 * {@code encoders} holds the encoder groups given something else ({@link ColumnStep}s), by the group they replace;
 * {@code specific} the {@code specific_transformers}, by column name.
 */
public record TableVectorizerParams(int cardinalityThreshold, double dropNullFraction, boolean dropIfConstant,
                                    boolean dropIfUnique, String datetimeFormat, List<String> nullStrings,
                                    StringEncoderKernel.Params highCardinality,
                                    DatetimeEncoderKernel.Params datetime,
                                    java.util.Map<ColumnDecision.Kind, ColumnStep> encoders,
                                    java.util.Map<String, ColumnStep> specific) {

    /** skrub's {@code STR_NA_VALUES}: strings its cleaning step turns into nulls (after blanks become ""). */
    public static final List<String> SKRUB_NULL_STRINGS = List.of("null", "", "1.#QNAN", "#NA", "nan", "#N/A N/A",
            "-1.#QNAN", "<NA>", "-1.#IND", "-nan", "n/a", "-NaN", "1.#IND", "NULL", "NA", "N/A", "#N/A", "NaN", "?",
            "...", "none", "None");

    public static final TableVectorizerParams DEFAULT = new TableVectorizerParams(40, 1.0, false, false, null,
            SKRUB_NULL_STRINGS, StringEncoderKernel.Params.DEFAULT, DatetimeEncoderKernel.Params.DEFAULT);

    /** With skrub's default encoder in every group. */
    public TableVectorizerParams(int cardinalityThreshold, double dropNullFraction, boolean dropIfConstant,
                                 boolean dropIfUnique, String datetimeFormat, List<String> nullStrings,
                                 StringEncoderKernel.Params highCardinality, DatetimeEncoderKernel.Params datetime) {
        this(cardinalityThreshold, dropNullFraction, dropIfConstant, dropIfUnique, datetimeFormat, nullStrings,
                highCardinality, datetime, java.util.Map.of(), java.util.Map.of());
    }

    public TableVectorizerParams {
        nullStrings = List.copyOf(nullStrings);
        encoders = java.util.Map.copyOf(encoders);
        specific = java.util.Map.copyOf(specific);
        if (!(dropNullFraction >= 0.0 && dropNullFraction <= 1.0)) {
            throw new IllegalArgumentException("drop_null_fraction must be between 0 and 1, got " + dropNullFraction);
        }
    }
}
