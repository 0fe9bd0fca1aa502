package io.stratum.optimizer.metadata;

import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * How operators change a schema, shared by the logical derivation and the physical work estimate so both see the
 * same columns: pandas' select, drop and assign, arithmetic result types, and the output columns of the
 * transformers whose naming Stratum knows.
 */
final class SchemaRules {
    private SchemaRules() {
    }

    /** The column named {@code name}, or null. */
    static ColumnStats find(List<ColumnStats> schema, String name) {
        for (ColumnStats c : schema) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The columns named, in the order named; names not in the schema are skipped (the caller checks them). */
    static List<ColumnStats> select(List<ColumnStats> schema, List<String> names) {
        List<ColumnStats> out = new ArrayList<>(names.size());
        for (String n : names) {
            ColumnStats c = find(schema, n);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The names a skrub selector picks from {@code schema}, as the runtime resolves it; empty when a column's type
     * is unknown (a type selector could not tell) or when a {@code cols(...)} selector names a column the frame
     * lacks (the caller reports that one).
     */
    static Optional<List<String>> resolve(ColumnSelector selector, List<ColumnStats> schema) {
        List<String> names = new ArrayList<>(schema.size());
        List<ColumnSelector.ColumnKind> kinds = new ArrayList<>(schema.size());
        for (ColumnStats c : schema) {
            names.add(c.name());
            kinds.add(switch (c.type()) {
                case INT64 -> ColumnSelector.ColumnKind.INTEGER;
                case FLOAT64, FLOAT32 -> ColumnSelector.ColumnKind.FLOAT;
                case STR -> ColumnSelector.ColumnKind.STRING;
                case CATEGORY -> ColumnSelector.ColumnKind.CATEGORY;
                case BOOL -> ColumnSelector.ColumnKind.BOOL;
                case DATETIME_S, DATETIME_MS, DATETIME, DATETIME_NS, DATETIME_TZ_S, DATETIME_TZ_MS, DATETIME_TZ,
                        DATETIME_TZ_NS -> ColumnSelector.ColumnKind.DATETIME;
                case TIMEDELTA_S, TIMEDELTA_MS, TIMEDELTA, TIMEDELTA_NS -> ColumnSelector.ColumnKind.OTHER;
                case UNKNOWN -> null;
            });
        }
        if (kinds.contains(null)) {
            return Optional.empty();
        }
        return Optional.ofNullable(selector.resolve(names, kinds));
    }

    static List<ColumnStats> drop(List<ColumnStats> schema, List<String> names) {
        List<ColumnStats> out = new ArrayList<>(schema.size());
        for (ColumnStats c : schema) {
            if (!names.contains(c.name())) {
                out.add(c);
            }
        }
        return out;
    }

    /** pandas' assign: an existing column is replaced in place, a new one is appended. */
    static List<ColumnStats> assign(List<ColumnStats> schema, ColumnStats column) {
        List<ColumnStats> out = new ArrayList<>(schema.size() + 1);
        boolean replaced = false;
        for (ColumnStats c : schema) {
            if (c.name().equals(column.name())) {
                out.add(column);
                replaced = true;
            } else {
                out.add(c);
            }
        }
        if (!replaced) {
            out.add(column);
        }
        return out;
    }

    /**
     * The result type of {@code left op right} on columns, following the runtime's pandas rules: comparisons give
     * bool; true division gives float64; strings only concatenate; integer floor division and modulo stay int64
     * only when the divisor is a non-zero constant (a zero anywhere in a divisor column turns the result into
     * float64, which only the data can tell).
     */
    static ColumnType arithmetic(BinaryOperator op, ColumnType left, ColumnType right, Const rightConstant) {
        if (op == BinaryOperator.ISIN) {
            return ColumnType.BOOL;
        }
        if (op == BinaryOperator.FILLNA) {
            return ColumnType.UNKNOWN; // the fill value is computed from the data: its type is known when the plan runs
        }
        if (left == ColumnType.UNKNOWN || right == ColumnType.UNKNOWN) {
            return ColumnType.UNKNOWN;
        }
        if (op.isComparison()) {
            return ColumnType.BOOL;
        }
        if (left.isDatetime() || right.isDatetime() || left.isTimedelta() || right.isTimedelta()) {
            return temporal(op, left, right);
        }
        if (left == ColumnType.CATEGORY || right == ColumnType.CATEGORY) {
            return ColumnType.UNKNOWN; // pandas refuses arithmetic on a category column (the runtime says so)
        }
        if (left == ColumnType.STR || right == ColumnType.STR) {
            return op == BinaryOperator.ADD && left == right ? ColumnType.STR : ColumnType.UNKNOWN;
        }
        return switch (op) {
            case AND, OR, XOR -> left == ColumnType.BOOL && right == ColumnType.BOOL ? ColumnType.BOOL
                    : left != ColumnType.FLOAT64 && right != ColumnType.FLOAT64 ? ColumnType.INT64 : ColumnType.UNKNOWN;
            case TRUEDIV -> left == ColumnType.BOOL && right == ColumnType.BOOL ? ColumnType.UNKNOWN : ColumnType.FLOAT64;
            default -> {
                if (left == ColumnType.BOOL && right == ColumnType.BOOL) {
                    yield ColumnType.UNKNOWN;
                }
                if (left == ColumnType.FLOAT64 || right == ColumnType.FLOAT64) {
                    yield ColumnType.FLOAT64;
                }
                if (op == BinaryOperator.FLOORDIV || op == BinaryOperator.MOD) {
                    boolean safeDivisor = (rightConstant instanceof Const.IntConst i && i.value() != 0)
                            || (rightConstant instanceof Const.BoolConst b && b.value());
                    yield safeDivisor ? ColumnType.INT64 : ColumnType.UNKNOWN;
                }
                if (op == BinaryOperator.POW) {
                    // A negative integer exponent is an error, any other keeps int64.
                    yield ColumnType.INT64;
                }
                yield ColumnType.INT64;
            }
        };
    }

    /**
     * Arithmetic of datetimes and durations as the runtime does it (pandas' rules): datetime - datetime is a duration,
     * datetime ± duration a datetime, duration ± duration a duration, all in the finer unit; duration / duration is
     * float64. Other pairs are refused when the plan runs (a constant, a naive with an aware datetime), so unknown here.
     */
    private static ColumnType temporal(BinaryOperator op, ColumnType left, ColumnType right) {
        boolean lt = left.isDatetime() || left.isTimedelta();
        boolean rt = right.isDatetime() || right.isTimedelta();
        boolean leftNumber = left == ColumnType.INT64 || left == ColumnType.FLOAT64;
        boolean rightNumber = right == ColumnType.INT64 || right == ColumnType.FLOAT64;
        if (left.isTimedelta() && rightNumber) {
            // a duration times or divided by numbers stays a duration of its unit
            return op == BinaryOperator.MUL || op == BinaryOperator.TRUEDIV || op == BinaryOperator.FLOORDIV ? left
                    : ColumnType.UNKNOWN;
        }
        if (leftNumber && right.isTimedelta()) {
            return op == BinaryOperator.MUL ? right : ColumnType.UNKNOWN;
        }
        if (!lt || !rt) {
            return ColumnType.UNKNOWN;
        }
        int unit = Math.max(left.resolution(), right.resolution());
        if (left.isDatetime() && right.isDatetime()) {
            return op == BinaryOperator.SUB && left.isZoned() == right.isZoned() ? ColumnType.timedelta(unit)
                    : ColumnType.UNKNOWN;
        }
        if (left.isDatetime() && (op == BinaryOperator.ADD || op == BinaryOperator.SUB)) {
            return ColumnType.datetime(unit, left.isZoned());
        }
        if (right.isDatetime()) {
            return op == BinaryOperator.ADD ? ColumnType.datetime(unit, right.isZoned()) : ColumnType.UNKNOWN;
        }
        return switch (op) {
            case ADD, SUB, MOD -> ColumnType.timedelta(unit);
            case TRUEDIV -> ColumnType.FLOAT64;
            default -> ColumnType.UNKNOWN; // floor division: int64, or float64 when a row is NaT
        };
    }

    /**
     * {@code value.where(cond, other)} with a column {@code other}, as pandas types it when some row is replaced:
     * float64 with a number stays float64, int64 with int64 stays int64, str with str and bool with bool keep their
     * type; int64 with float64 stays int64 only if every replacing value is a whole number, which only the data tells.
     */
    static ColumnType whereColumn(ColumnType value, ColumnType other) {
        return switch (value) {
            case FLOAT64 -> other == ColumnType.FLOAT64 || other == ColumnType.INT64 ? ColumnType.FLOAT64 : ColumnType.UNKNOWN;
            case INT64, STR, BOOL -> other == value ? value : ColumnType.UNKNOWN;
            default -> ColumnType.UNKNOWN;
        };
    }

    static ColumnType unary(UnaryOperator op, ColumnType operand) {
        return switch (op) {
            case NEG, POS, ABS -> operand.isNumeric() || (operand.isTimedelta() && op != UnaryOperator.ABS) ? operand
                    : ColumnType.UNKNOWN;
            case INVERT -> operand == ColumnType.BOOL || operand == ColumnType.INT64 ? operand : ColumnType.UNKNOWN;
        };
    }

    /** numpy's result type: float64, except integer input to a function that keeps integers. */
    static ColumnType function(NumericFunction f, ColumnType operand) {
        return switch (operand) {
            case FLOAT64 -> ColumnType.FLOAT64;
            case INT64 -> f.keepsIntegers() ? ColumnType.INT64 : ColumnType.FLOAT64;
            default -> ColumnType.UNKNOWN;
        };
    }

    /**
     * The columns a transformer makes of {@code input}, or empty when Stratum does not know its naming or lacks
     * the facts (a one-hot encoding needs every input column's categories).
     */
    static Optional<List<ColumnStats>> transformed(String qualifiedName, Function<String, Const> param,
                                                   List<ColumnStats> input) {
        return switch (qualifiedName) {
            case "sklearn.preprocessing.OneHotEncoder" -> oneHot(param, input);
            case "sklearn.preprocessing.StandardScaler", "sklearn.preprocessing.RobustScaler" -> Optional.of(scaled(input, false));
            // Squashing keeps the order of values but a constant column's values all become 0: distinct counts may drop.
            case "skrub.SquashingScaler" -> Optional.of(scaled(input, true));
            case "sklearn.preprocessing.MinMaxScaler", "sklearn.preprocessing.MaxAbsScaler" ->
                    Optional.of(scaled(input, param.apply("clip") instanceof Const.BoolConst b && b.value()));
            case "sklearn.preprocessing.OrdinalEncoder" -> {
                List<ColumnStats> out = new ArrayList<>(input.size());
                for (ColumnStats c : input) {
                    // One code per category; the missing value keeps its own code (NaN by default), so counts stay.
                    out.add(new ColumnStats(c.name(), ColumnType.FLOAT64, c.distinct(), c.nullFraction(), Optional.empty()));
                }
                yield Optional.of(out);
            }
            case "sklearn.impute.SimpleImputer" -> imputed(param, input);
            default -> Optional.empty();
        };
    }

    /**
     * A per-feature affine map with a positive scale, as the scalers are: names stay, values become float64, and
     * distinct and missing values stay as they were, unless clipping may merge values at the range's ends.
     */
    private static List<ColumnStats> scaled(List<ColumnStats> input, boolean clip) {
        List<ColumnStats> out = new ArrayList<>(input.size());
        for (ColumnStats c : input) {
            out.add(new ColumnStats(c.name(), ColumnType.FLOAT64, clip ? OptionalLong.empty() : c.distinct(),
                    c.nullFraction(), Optional.empty()));
        }
        return out;
    }

    /**
     * SimpleImputer: numeric and boolean columns come out float64, string columns stay strings, missing values are
     * gone, and a column missing in every row is dropped. A column with some values may still be all missing in a
     * fold's training rows, so it is kept (the schema is a superset). The most frequent value is one already there,
     * so it keeps a string column's categories, minus the missing one; other fills may add a value.
     */
    private static Optional<List<ColumnStats>> imputed(Function<String, Const> param, List<ColumnStats> input) {
        Const strategy = param.apply("strategy");
        boolean mostFrequent = strategy instanceof Const.StrConst s && s.value().equals("most_frequent");
        List<ColumnStats> out = new ArrayList<>(input.size());
        for (ColumnStats c : input) {
            if (c.type() == ColumnType.UNKNOWN || c.nullFraction().isEmpty()) {
                return Optional.empty();
            }
            double nulls = c.nullFraction().getAsDouble();
            if (nulls == 1.0) {
                continue;
            }
            ColumnType type = c.type() == ColumnType.STR || c.type() == ColumnType.CATEGORY ? ColumnType.STR
                    : ColumnType.FLOAT64;
            boolean unchanged = nulls == 0.0 || mostFrequent;
            Optional<List<String>> categories = Optional.empty();
            if (type == ColumnType.STR && unchanged && c.categories().isPresent()) {
                List<String> kept = new ArrayList<>(c.categories().get());
                kept.remove("nan");
                categories = Optional.of(kept);
            }
            out.add(new ColumnStats(c.name(), type, unchanged ? c.distinct() : OptionalLong.empty(),
                    OptionalDouble.of(0.0), categories));
        }
        return Optional.of(out);
    }

    private static Optional<List<ColumnStats>> oneHot(Function<String, Const> param, List<ColumnStats> input) {
        for (String grouping : new String[] {"min_frequency", "max_categories"}) {
            Const v = param.apply(grouping);
            if (v != null && !(v instanceof Const.NoneConst)) {
                // which categories are infrequent depends on each fold's counts
                return Optional.empty();
            }
        }
        Const drop = param.apply("drop");
        boolean dropFirst = drop instanceof Const.StrConst s && s.value().equals("first");
        boolean known = drop == null || drop instanceof Const.NoneConst
                || (drop instanceof Const.StrConst s && (s.value().equals("first") || s.value().equals("if_binary")));
        if (!known) {
            return Optional.empty();
        }
        List<ColumnStats> out = new ArrayList<>();
        for (ColumnStats c : input) {
            if (c.categories().isEmpty()) {
                return Optional.empty();
            }
            List<String> labels = c.categories().get();
            // Dropping the whole data's first category keeps a superset of any fold's columns: a fold either has
            // that category first too, or lacks it. 'if_binary' is not safe that way (a fold may see one of the
            // two values only and keep it), so every category is listed.
            int from = dropFirst && !labels.isEmpty() ? 1 : 0;
            for (int k = from; k < labels.size(); k++) {
                out.add(new ColumnStats(c.name() + "_" + labels.get(k), ColumnType.FLOAT64,
                        OptionalLong.of(labels.size() > 1 ? 2 : 1), OptionalDouble.of(0.0), Optional.empty()));
            }
        }
        return Optional.of(out);
    }
}
