package io.stratum.runtime.kernels.encode;

import java.util.Objects;

/**
 * The supported settings of scikit-learn's {@code OneHotEncoder} ({@code sparse_output=False}, {@code dtype}
 * float64, no infrequent-category grouping).
 */
public record OneHotParams(HandleUnknown handleUnknown, Drop drop) {

    /** scikit-learn's defaults: {@code handle_unknown="error"}, {@code drop=None}. */
    public static final OneHotParams DEFAULT = new OneHotParams(HandleUnknown.ERROR, Drop.NONE);

    public OneHotParams {
        Objects.requireNonNull(handleUnknown, "handleUnknown");
        Objects.requireNonNull(drop, "drop");
    }

    /** What {@code transform} does with a category it did not see in {@code fit}. */
    public enum HandleUnknown {
        /** Raise an error naming the column and the category. */
        ERROR,
        /** Encode the row as all zeros for that column. */
        IGNORE;

        /** Parses scikit-learn's spelling, {@code "error"} or {@code "ignore"}. */
        public static HandleUnknown parse(String value) {
            return switch (value) {
                case "error" -> ERROR;
                case "ignore" -> IGNORE;
                default -> throw new IllegalArgumentException("OneHotEncoder handle_unknown must be 'error' or"
                        + " 'ignore', got '" + value + "'");
            };
        }
    }

    /** Which category, if any, gets no output column. */
    public enum Drop {
        NONE,
        /** Drop the first (smallest) category of every column. */
        FIRST,
        /** Drop the first category only of columns that have exactly two. */
        IF_BINARY;

        /** Parses scikit-learn's spelling: {@code null} (Python {@code None}), {@code "first"}, {@code "if_binary"}. */
        public static Drop parse(String value) {
            if (value == null) {
                return NONE;
            }
            return switch (value) {
                case "first" -> FIRST;
                case "if_binary" -> IF_BINARY;
                default -> throw new IllegalArgumentException("OneHotEncoder drop must be None, 'first' or"
                        + " 'if_binary', got '" + value + "'");
            };
        }
    }
}
