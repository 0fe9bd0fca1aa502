package io.stratum.frontend.api;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.ir.value.Const;
import io.stratum.runtime.kernels.element.NumericRounding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element-wise numpy operation a script wrote on a learner's float predictions ({@code np.expm1(preds)},
 * {@code np.round(preds, 2)}, {@code np.clip(preds, 0, None)}, {@code preds * 2}), computed once the learner has
 * predicted as numpy computes it on each float64. Element-wise steps commute with indexing rows, so the slice a
 * script wrote before or after them selects the same values.
 */
public sealed interface ArrayStep {

    /** The value of the step at one float64, as numpy's loop computes it. */
    double apply(double x);

    /** How the script wrote the step, for messages: {@code np.expm1()}, {@code * 2}. */
    String written();

    /**
     * Whether the step gives numpy's bits on every value: IEEE's correctly rounded arithmetic, rounding and comparisons
     * do; np.exp/np.expm1/np.log/... do not (numpy's AVX-512 or SIMD routines on one machine, the C library's on
     * another, against Java's fdlibm differ in the last bit of up to 14% of values), which 8 printed digits hide and a
     * full-precision number or file can show.
     */
    default boolean exact() {
        return true;
    }

    /** A numpy ufunc of {@link NumericFunction} ({@code np.log1p}, {@code np.expm1}, {@code np.abs}, ...). */
    record Function(NumericFunction function) implements ArrayStep {
        public Function {
            Objects.requireNonNull(function, "function");
        }

        @Override
        public double apply(double x) {
            return function.apply(x);
        }

        @Override
        public String written() {
            return "np." + function.numpyName() + "()";
        }

        @Override
        public boolean exact() {
            return switch (function) {
                case SQRT, SQUARE, ABS, FABS -> true;
                default -> false;
            };
        }
    }

    /** {@code np.round(a, decimals)} and {@code a.round(decimals)}: numpy's scale, round half to even, scale back. */
    record Round(long decimals) implements ArrayStep {
        @Override
        public double apply(double x) {
            return NumericRounding.numpyRound(new double[] {x}, decimals)[0];
        }

        @Override
        public String written() {
            return "round(" + decimals + ")";
        }
    }

    /**
     * {@code np.clip(a, lower, upper)}: numpy's {@code minimum(maximum(x, lower), upper)}, where NaN stays NaN and a
     * bound equal to the value (0.0 and -0.0) is the bound; a null bound is none, and without both the values stay
     * as they are (numpy 2).
     */
    record Clip(Double lower, Double upper) implements ArrayStep {
        @Override
        public double apply(double x) {
            if (Double.isNaN(x)) {
                return x;
            }
            double y = lower != null && !(x > lower) ? lower : x;
            return upper != null && !(y < upper) ? upper : y;
        }

        @Override
        public String written() {
            return "clip()";
        }
    }

    /**
     * {@code np.maximum(a, c)} ({@code max}) or {@code np.minimum(a, c)} with a number, or with the number first
     * ({@code reversed}); NaN propagates, and where the two are equal (0.0 and -0.0) numpy's float loop gives the
     * second operand.
     */
    record Extremum(boolean max, double other, boolean reversed) implements ArrayStep {
        @Override
        public double apply(double x) {
            double first = reversed ? other : x;
            double second = reversed ? x : other;
            if (Double.isNaN(first) || Double.isNaN(second)) {
                return Double.NaN;
            }
            return (max ? first > second : first < second) ? first : second;
        }

        @Override
        public String written() {
            return max ? "np.maximum()" : "np.minimum()";
        }
    }

    /**
     * {@code l operator r} on floats for {@code +}, {@code -}, {@code *}, {@code /} and {@code **}, with IEEE results
     * where Python raises (a division by zero is an infinity or NaN): the one place both a step of predictions and a
     * deferred number compute an operator.
     */
    static double binary(String operator, double l, double r) {
        return switch (operator) {
            case "+" -> l + r;
            case "-" -> l - r;
            case "*" -> l * r;
            case "/" -> l / r;
            case "**" -> Math.pow(l, r);
            default -> throw new IllegalArgumentException("no float operator " + operator);
        };
    }

    /**
     * {@code a + c}, {@code c - a}, {@code a * c}, {@code a / c} with a number written in the script ({@code reversed}:
     * the number is the left operand), and {@code -a} ({@code *} by -1 would turn NaN's sign, which numpy prints alike).
     */
    record Arithmetic(String operator, double operand, boolean reversed) implements ArrayStep {
        public Arithmetic {
            if (!List.of("+", "-", "*", "/").contains(operator)) {
                throw DataOp.error("Stratum computes +, -, *, / and ** of a learner's predictions with a number, not "
                        + operator, "compute it on the column the learner predicts instead");
            }
        }

        @Override
        public double apply(double x) {
            return binary(operator, reversed ? operand : x, reversed ? x : operand);
        }

        @Override
        public String written() {
            return operator + " " + Const.of(operand).repr();
        }
    }

    /**
     * {@code a ** c} with a number written in the script ({@code c ** a} when {@code reversed}; {@code integer}: Python
     * wrote an int). numpy computes a float array to 2 as its square, to -1 as its reciprocal and to 0.5 as its square
     * root (int or float alike: {@code x ** -1.0} is {@code 1 / x} to the bit, measured), each correctly rounded; any
     * other power is the C library's pow (or its SIMD version), which may differ from Java's in the last bit.
     */
    record Power(double operand, boolean integer, boolean reversed) implements ArrayStep {
        @Override
        public double apply(double x) {
            if (!reversed && operand == 2) {
                return x * x;
            }
            if (!reversed && operand == -1) {
                return 1.0 / x;
            }
            if (!reversed && operand == 0.5) {
                return Math.sqrt(x);
            }
            return pow(reversed ? operand : x, reversed ? x : operand);
        }

        /** C's pow where Java's differs in its special cases: 1 to any power and -1 to an infinite one are 1. */
        private static double pow(double base, double exponent) {
            if (base == 1.0 || base == -1.0 && Double.isInfinite(exponent)) {
                return 1.0;
            }
            return Math.pow(base, exponent);
        }

        @Override
        public boolean exact() {
            return !reversed && (operand == 2 || operand == -1 || operand == 0.5);
        }

        @Override
        public String written() {
            String number = integer ? Long.toString((long) operand) : Const.of(operand).repr();
            return reversed ? number + " **" : "** " + number;
        }
    }

    /** The array functions of numpy Stratum computes on a learner's predictions, besides the element-wise ones. */
    List<String> ARRAY_FUNCTIONS = List.of("round", "around", "clip", "maximum", "minimum");

    /**
     * {@code preds <operator> number} ({@code number <operator> preds} when {@code reversed}); {@code otherType} names
     * the other operand's type when it is not a number, for the message.
     */
    static ArrayStep arithmetic(String operator, Const number, boolean reversed, String otherType) {
        if (!(number instanceof Const.IntConst || number instanceof Const.FloatConst)) {
            // a DataOp with predictions on split["test"] (new data's: LearnerPredictions.against), or ** // % with one
            throw DataOp.error("unsupported operand types for " + operator + ": a learner's predictions and "
                    + otherType, otherType.equals("DataOp") ? "Stratum computes residuals (+ - * /) of predictions on"
                    + " split[\"test\"] against split[\"y_test\"] (learner.predict(split[\"test\"]) - split[\"y_test\"]),"
                    + " and of predictions on new data against the new rows' column (learner.predict({\"data\": new})"
                    + " - new[\"y\"])" : "Stratum computes a learner's predictions with a number"
                    + " written in the script (preds * 2, preds - 1)");
        }
        if (operator.equals("**")) {
            return new Power(number(number), number instanceof Const.IntConst, reversed);
        }
        return new Arithmetic(operator, number(number), reversed);
    }

    /**
     * numpy's function {@code name} of an array with the rest of its arguments ({@code arguments}: after the array,
     * Python's values; {@code keywords} by name), checked as numpy 2 takes them: an element-wise ufunc of
     * {@link NumericFunction}, {@code round}/{@code around}, {@code clip}, {@code maximum} or {@code minimum}.
     */
    static ArrayStep numpy(String name, List<Const> arguments, Map<String, Const> keywords) {
        NumericFunction function = NumericFunction.byNumpyName(name);
        if (function != null) {
            if (!arguments.isEmpty() || !keywords.isEmpty()) {
                throw DataOp.error("np." + name + "() of a learner's predictions takes the array only", null);
            }
            return new Function(function);
        }
        List<String> names = switch (name) {
            case "round", "around" -> List.of("decimals");
            case "clip" -> List.of("a_min", "a_max");
            case "maximum", "minimum" -> List.of("x2");
            default -> throw DataOp.error("np." + name + "() of a learner's predictions is not computed by Stratum",
                    "known: " + String.join(", ", ARRAY_FUNCTIONS) + " and the element-wise functions (np.expm1, ...)");
        };
        Map<String, Const> given = named(name, names, arguments, keywords, name.equals("clip")
                ? List.of("min", "max") : List.of());
        return switch (name) {
            case "round", "around" -> new Round(decimals(given.getOrDefault("decimals", Const.of(0L)), "np." + name + "()"));
            case "clip" -> clip(given);
            default -> {
                if (!given.containsKey("x2")) {
                    throw DataOp.error("TypeError: " + name + "() takes from 2 to 3 positional arguments but 1 was given",
                            "write np." + name + "(preds, 0)");
                }
                if (given.get("x2") instanceof Const.NoneConst) {
                    throw DataOp.error("np." + name + "() of a learner's predictions takes a number, not None", null);
                }
                yield new Extremum(name.equals("maximum"), bound(given.get("x2")), false);
            }
        };
    }

    /** {@code np.maximum(c, preds)} or {@code np.minimum(c, preds)}: the number first. */
    static ArrayStep extremumOfNumber(String name, Const number) {
        if (!(number instanceof Const.IntConst || number instanceof Const.FloatConst)) {
            throw DataOp.error("np." + name + "() of a learner's predictions takes a number, got " + number.repr(), null);
        }
        return new Extremum(name.equals("maximum"), number(number), true);
    }

    /**
     * {@code a.round(decimals)} or {@code a.clip(min, max)} of a numpy array, checked as numpy takes them; of a pandas
     * Series ({@code series}: a residual), {@code clip(lower, upper)} and {@code abs()} as pandas takes them.
     */
    static ArrayStep method(String name, List<Const> arguments, Map<String, Const> keywords, boolean series) {
        List<String> bounds = series ? List.of("lower", "upper") : List.of("min", "max");
        return switch (name) {
            case "round" -> numpy("round", arguments, keywords);
            case "clip" -> {
                Map<String, Const> given = named("clip", bounds, arguments, keywords, List.of());
                yield new Clip(bound(given.getOrDefault(bounds.get(0), Const.none())),
                        bound(given.getOrDefault(bounds.get(1), Const.none())));
            }
            case "abs" -> {
                if (!series) {
                    throw DataOp.error("AttributeError: 'numpy.ndarray' object has no attribute 'abs'",
                            "write np.abs(preds)");
                }
                named("abs", List.of(), arguments, keywords, List.of());
                yield new Function(NumericFunction.ABS);
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * The error of numpy's {@code name} (one of {@link #ARRAY_FUNCTIONS}) of something that is not a learner's
     * predictions ({@code typeName}), the same in both frontends.
     */
    static StratumError notPredictions(String name, String typeName) {
        return DataOp.error("np." + name + "() of " + (typeName == null ? "nothing" : "a " + typeName)
                + " is not computed by Stratum", "np." + name + "() takes a learner's predictions here; for a column"
                + " write its pandas method (df[\"x\"]." + (name.equals("round") || name.equals("around") ? "round(2)"
                : "clip(lower=0)") + "), for a score round(x, 3)");
    }

    /** numpy 2's np.clip: a_min and a_max both, or the keywords min= and max= (each optional) instead of them. */
    private static Clip clip(Map<String, Const> given) {
        boolean keywords = given.containsKey("min") || given.containsKey("max");
        if (!given.containsKey("a_min") && !given.containsKey("a_max")) {
            return new Clip(bound(given.getOrDefault("min", Const.none())), bound(given.getOrDefault("max", Const.none())));
        }
        for (String bound : List.of("a_min", "a_max")) {
            if (!given.containsKey(bound)) {
                throw DataOp.error("TypeError: clip() missing 1 required positional argument: '" + bound + "'",
                        "write np.clip(preds, 0, None)");
            }
        }
        if (keywords) {
            throw DataOp.error("ValueError: Passing `min` or `max` keyword argument when `a_min` and `a_max` are"
                    + " provided is forbidden.", "write np.clip(preds, 0, None)");
        }
        return new Clip(bound(given.get("a_min")), bound(given.get("a_max")));
    }

    /** The arguments by parameter name: {@code positional} first, then keywords among {@code names} and {@code extra}. */
    private static Map<String, Const> named(String function, List<String> names, List<Const> arguments,
                                            Map<String, Const> keywords, List<String> extra) {
        if (arguments.size() > names.size()) {
            throw DataOp.error(function + "() takes " + (names.size() + 1) + " arguments here, got "
                    + (arguments.size() + 1), null);
        }
        Map<String, Const> given = new LinkedHashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            given.put(names.get(i), arguments.get(i));
        }
        for (Map.Entry<String, Const> e : keywords.entrySet()) {
            if (!(names.contains(e.getKey()) || extra.contains(e.getKey())) || given.containsKey(e.getKey())) {
                throw DataOp.error(function + "(): Stratum does not support the argument '" + e.getKey() + "' here",
                        "call it as " + function + "(" + String.join(", ", names) + ")");
            }
            given.put(e.getKey(), e.getValue());
        }
        return given;
    }

    private static long decimals(Const c, String where) {
        if (c instanceof Const.IntConst i) {
            return i.value();
        }
        throw DataOp.error(where + ": decimals must be an int, got " + c.repr(), null);
    }

    private static double number(Const c) {
        return c instanceof Const.IntConst i ? i.value() : ((Const.FloatConst) c).value();
    }

    private static Double bound(Const c) {
        return switch (c) {
            case Const.NoneConst n -> null;
            case Const.IntConst i -> (double) i.value();
            case Const.FloatConst f -> f.value();
            default -> throw DataOp.error("a bound of a learner's predictions must be a number or None, got " + c.repr(),
                    null);
        };
    }
}
