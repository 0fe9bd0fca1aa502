package io.stratum.optimizer.metadata;

import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The estimated number of columns a transformer outputs where their names cannot be known at compile time — skrub's
 * encoders decide per fold, a one-hot encoder grouping rare categories depends on each fold's counts — so that the
 * work of the steps after it can still be estimated. Never used as a schema: only as a count for {@link CostModel}.
 *
 * <p>A {@code TableVectorizer} is estimated column by column as skrub's defaults encode it: a number or a boolean
 * passes through (1), a datetime gets {@code DatetimeEncoder}'s year, month, day, hour and total seconds (5), a text
 * column with fewer than {@code cardinality_threshold} distinct values is one-hot encoded (one column per value, a
 * missing value counting as one, a two-valued column as one with {@code drop="if_binary"}), and any other text gets
 * {@code StringEncoder}'s 30 components. A text column that parses as dates is counted as text: the estimate is about
 * the work, not the columns' names.
 */
public final class EstimatedWidth {
    /** skrub's StringEncoder default {@code n_components}. */
    static final int STRING_COMPONENTS = 30;
    /** DatetimeEncoder's default features at resolution "hour": year, month, day, hour, total seconds. */
    static final int DATETIME_FEATURES = 5;

    private static final Set<String> KEEPS_COLUMNS = Set.of("sklearn.preprocessing.StandardScaler",
            "sklearn.preprocessing.MinMaxScaler", "sklearn.preprocessing.MaxAbsScaler",
            "sklearn.preprocessing.RobustScaler", "skrub.SquashingScaler", "sklearn.impute.SimpleImputer",
            "sklearn.preprocessing.OrdinalEncoder", "skrub.Cleaner", "skrub.ToDatetime", "skrub.ToCategorical");

    private EstimatedWidth() {
    }

    /** True when the transformer outputs as many columns as it reads (one for one, in place). */
    static boolean keepsColumns(String qualifiedName) {
        return KEEPS_COLUMNS.contains(qualifiedName);
    }

    /** The estimated output columns of {@code spec} on {@code input}, or empty when Stratum cannot say. */
    static OptionalInt of(EstimatorSpec spec, List<ColumnStats> input) {
        return of(spec.qualifiedName(), name -> spec.names().contains(name) ? spec.param(name) : null, input);
    }

    /** The same for an estimator named {@code qualifiedName} whose parameters {@code param} gives (null: absent). */
    static OptionalInt of(String qualifiedName, java.util.function.Function<String, Const> param, List<ColumnStats> input) {
        return switch (qualifiedName) {
            case "skrub.TableVectorizer" -> tableVectorizer(param, input);
            case "sklearn.preprocessing.OneHotEncoder" -> {
                // Grouping rare categories only ever lowers the count: the categories are an upper bound.
                int total = 0;
                for (ColumnStats c : input) {
                    OptionalInt n = categories(c);
                    if (n.isEmpty()) {
                        yield OptionalInt.empty();
                    }
                    total += n.getAsInt();
                }
                yield OptionalInt.of(total);
            }
            case "skrub.StringEncoder" -> OptionalInt.of(input.size() * intParam(param, "n_components", STRING_COMPONENTS));
            case "skrub.DatetimeEncoder" -> OptionalInt.of(input.size() * DATETIME_FEATURES);
            default -> keepsColumns(qualifiedName) ? OptionalInt.of(input.size()) : OptionalInt.empty();
        };
    }

    /**
     * How many of {@code input}'s columns {@code spec} encodes with a {@code StringEncoder} (TF-IDF of character
     * n-grams and a truncated SVD, far costlier per value than the other encoders): every column for a StringEncoder,
     * the text columns at or above {@code cardinality_threshold} distinct values for a TableVectorizer (all of them when
     * their distinct counts are unknown), none otherwise.
     */
    static int stringEncoded(EstimatorSpec spec, List<ColumnStats> input) {
        java.util.function.Function<String, Const> param = name -> spec.names().contains(name) ? spec.param(name) : null;
        return switch (spec.qualifiedName()) {
            case "skrub.StringEncoder" -> input.size();
            case "skrub.TableVectorizer" -> {
                int threshold = intParam(param, "cardinality_threshold", 40);
                int count = 0;
                for (ColumnStats c : input) {
                    if (c.type() == ColumnType.STR && (categories(c).isEmpty() || c.distinct().isEmpty()
                            || c.distinct().getAsLong() >= threshold)) {
                        count++;
                    }
                }
                yield count;
            }
            default -> 0;
        };
    }

    /** The components of the StringEncoder {@code spec} runs (its own or a TableVectorizer's default one). */
    static int stringComponents(EstimatorSpec spec) {
        java.util.function.Function<String, Const> param = name -> spec.names().contains(name) ? spec.param(name) : null;
        return spec.qualifiedName().equals("skrub.StringEncoder") ? intParam(param, "n_components", STRING_COMPONENTS)
                : STRING_COMPONENTS;
    }

    private static OptionalInt tableVectorizer(java.util.function.Function<String, Const> param, List<ColumnStats> input) {
        int threshold = intParam(param, "cardinality_threshold", 40);
        int total = 0;
        for (ColumnStats c : input) {
            total += switch (c.type()) {
                case DATETIME_S, DATETIME_MS, DATETIME, DATETIME_NS, DATETIME_TZ_S, DATETIME_TZ_MS, DATETIME_TZ, DATETIME_TZ_NS
                        -> DATETIME_FEATURES;
                case STR -> {
                    OptionalInt n = categories(c);
                    if (n.isEmpty() || c.distinct().isEmpty() || c.distinct().getAsLong() >= threshold) {
                        yield STRING_COMPONENTS;
                    }
                    yield n.getAsInt() == 2 ? 1 : n.getAsInt();
                }
                default -> 1;
            };
        }
        return OptionalInt.of(total);
    }

    /** The categories a one-hot encoding of {@code c} finds: its distinct values, plus one when values are missing. */
    private static OptionalInt categories(ColumnStats c) {
        if (c.categories().isPresent()) {
            return OptionalInt.of(c.categories().get().size());
        }
        if (c.distinct().isEmpty()) {
            return OptionalInt.empty();
        }
        boolean missing = c.nullFraction().isEmpty() || c.nullFraction().getAsDouble() > 0;
        return OptionalInt.of((int) Math.min(Integer.MAX_VALUE, c.distinct().getAsLong() + (missing ? 1 : 0)));
    }

    private static int intParam(java.util.function.Function<String, Const> param, String name, int fallback) {
        return param.apply(name) instanceof Const.IntConst i ? (int) Math.min(Integer.MAX_VALUE, i.value()) : fallback;
    }
}
