package io.stratum.runtime.kernels.encode;

import java.util.Objects;

/**
 * The supported settings of scikit-learn's {@code OneHotEncoder} (dense float64 output; {@code sparse_output=True}
 * gives the same numbers), with its grouping of infrequent categories ({@code min_frequency}, {@code max_categories}).
 */
public record OneHotParams(HandleUnknown handleUnknown, Drop drop, Infrequent infrequent) {

    /** scikit-learn's defaults: {@code handle_unknown="error"}, {@code drop=None}. */
    public static final OneHotParams DEFAULT = new OneHotParams(HandleUnknown.ERROR, Drop.NONE);

    public OneHotParams {
        Objects.requireNonNull(handleUnknown, "handleUnknown");
        Objects.requireNonNull(drop, "drop");
        Objects.requireNonNull(infrequent, "infrequent");
    }

    /** Without infrequent-category grouping ({@code min_frequency=None}, {@code max_categories=None}). */
    public OneHotParams(HandleUnknown handleUnknown, Drop drop) {
        this(handleUnknown, drop, Infrequent.NONE);
    }

    /**
     * scikit-learn's {@code min_frequency} (a count when {@code minCount >= 0}, else a fraction of the training rows
     * when {@code minFraction >= 0}) and {@code max_categories} (when {@code >= 1}, the infrequent group included).
     */
    public record Infrequent(long minCount, double minFraction, int maxCategories) {
        public static final Infrequent NONE = new Infrequent(-1, -1, -1);

        public boolean enabled() {
            return minCount >= 0 || minFraction >= 0 || maxCategories >= 1;
        }
    }

    /** What {@code transform} does with a category it did not see in {@code fit}. */
    public enum HandleUnknown {
        /** Raise an error naming the column and the category. */
        ERROR,
        /** Encode the row as all zeros for that column. */
        IGNORE,
        /** Encode the row as the column's infrequent category when it has one, else as all zeros. */
        INFREQUENT_IF_EXIST;

        /** Parses scikit-learn's spelling, {@code "error"}, {@code "ignore"} or {@code "infrequent_if_exist"}. */
        public static HandleUnknown parse(String value) {
            return switch (value) {
                case "error" -> ERROR;
                case "ignore" -> IGNORE;
                case "infrequent_if_exist" -> INFREQUENT_IF_EXIST;
                default -> throw new IllegalArgumentException("OneHotEncoder handle_unknown must be 'error', 'ignore'"
                        + " or 'infrequent_if_exist', got '" + value + "'");
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
