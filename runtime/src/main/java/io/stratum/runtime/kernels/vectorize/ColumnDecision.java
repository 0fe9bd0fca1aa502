package io.stratum.runtime.kernels.vectorize;

/**
 * What the TableVectorizer decided for one input column from the training rows: how it is cleaned and which
 * encoder it goes to. The decisions are plain data so that a plan rewrite can expand a TableVectorizer into one
 * encoder per column (each column's output depends only on its own decision and values).
 *
 * @param column          the input column's name
 * @param kind            the encoder it goes to, or {@link Kind#DROPPED}
 * @param datetimeFormat  the strptime format ToDatetime parses it with (DATETIME only), else null
 * @param parsedNumbers   true when the column held strings that all parse as numbers (NUMERIC from text)
 * @param distinctValues  the non-null distinct count in the training rows (what the cardinality rule compared)
 */
public record ColumnDecision(String column, Kind kind, String datetimeFormat, boolean parsedNumbers, int distinctValues) {

    /** skrub's four encoder groups, in the order the TableVectorizer selects columns for them. */
    public enum Kind {
        /** Numbers (and booleans): passed through as float32. */
        NUMERIC,
        /** Parsed datetimes: {@code DatetimeEncoder()}. */
        DATETIME,
        /** Fewer distinct values than the threshold: {@code OneHotEncoder(drop="if_binary", ...)}. */
        LOW_CARDINALITY,
        /** Anything else: {@code StringEncoder(n_components=30)}. */
        HIGH_CARDINALITY,
        /** Dropped by the cleaning step (all null, or constant/unique when asked). */
        DROPPED,
        /** Named in {@code specific_transformers}: its own transformer on the raw column, no cleaning, no float32. */
        SPECIFIC
    }
}
