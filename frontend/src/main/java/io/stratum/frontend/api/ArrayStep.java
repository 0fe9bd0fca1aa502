package io.stratum.frontend.api;

import io.stratum.ir.logical.NumericFunction;
import io.stratum.ir.value.Const;
import java.util.List;
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
    }

    /** {@code np.round(a, decimals)} and {@code a.round(decimals)}: numpy's scale, round half to even, scale back. */
    record Round(long decimals) implements ArrayStep {
        @Override
        public double apply(double x) {
            return io.stratum.runtime.kernels.element.NumericRounding.numpyRound(new double[] {x}, decimals)[0];
        }

        @Override
        public String written() {
            return "round(" + decimals + ")";
        }
    }

    /**
     * {@code np.clip(a, lower, upper)}: numpy's {@code min(max(x, lower), upper)} where NaN stays NaN; a null bound is
     * none.
     */
    record Clip(Double lower, Double upper) implements ArrayStep {
        public Clip {
            if (lower == null && upper == null) {
                throw DataOp.error("ValueError: One of max or min must be given", "pass a bound: np.clip(preds, 0, None)");
            }
        }

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
     * {@code np.maximum(a, c)} ({@code max}) or {@code np.minimum(a, c)} with a number; NaN propagates, and the array's
     * value is kept where the two are equal, as numpy's float loop does.
     */
    record Extremum(boolean max, double other) implements ArrayStep {
        @Override
        public double apply(double x) {
            return (max ? x >= other : x <= other) || Double.isNaN(x) ? x : other;
        }

        @Override
        public String written() {
            return max ? "np.maximum()" : "np.minimum()";
        }
    }

    /**
     * {@code a + c}, {@code c - a}, {@code a * c}, {@code a / c} with a number written in the script ({@code reversed}:
     * the number is the left operand), and {@code -a} ({@code *} by -1 would turn NaN's sign, which numpy prints alike).
     */
    record Arithmetic(String operator, double operand, boolean reversed) implements ArrayStep {
        public static final java.util.Set<String> OPERATORS = java.util.Set.of("+", "-", "*", "/");

        public Arithmetic {
            if (!OPERATORS.contains(operator)) {
                throw DataOp.error("Stratum computes +, -, * and / of a learner's predictions with a number, not "
                        + operator, "compute it on the column the learner predicts instead");
            }
        }

        @Override
        public double apply(double x) {
            double l = reversed ? operand : x;
            double r = reversed ? x : operand;
            return switch (operator) {
                case "+" -> l + r;
                case "-" -> l - r;
                case "*" -> l * r;
                default -> l / r;
            };
        }

        @Override
        public String written() {
            return operator + " " + Const.of(operand).repr();
        }
    }

    /**
     * numpy's {@code round}/{@code around}, {@code clip}, {@code maximum} or {@code minimum} of an array with the rest
     * of its arguments ({@code arguments}: after the array, Python's values; {@code keywords} by name), checked as numpy
     * takes them.
     */
    static ArrayStep numpy(String name, List<Const> arguments, java.util.Map<String, Const> keywords) {
        java.util.Map<String, Const> given = new java.util.LinkedHashMap<>();
        List<String> names = switch (name) {
            case "round", "around" -> List.of("decimals");
            case "clip" -> List.of("a_min", "a_max");
            case "maximum", "minimum" -> List.of("x2");
            default -> throw DataOp.error("np." + name + "() of a learner's predictions is not computed by Stratum",
                    "known: " + String.join(", ", ARRAY_FUNCTIONS) + " and the element-wise functions (np.expm1, ...)");
        };
        if (arguments.size() > names.size()) {
            throw DataOp.error("np." + name + "() takes " + (names.size() + 1) + " arguments here, got "
                    + (arguments.size() + 1), null);
        }
        for (int i = 0; i < arguments.size(); i++) {
            given.put(names.get(i), arguments.get(i));
        }
        for (java.util.Map.Entry<String, Const> e : keywords.entrySet()) {
            // numpy 2.1 spells clip's bounds min= and max= too
            String key = name.equals("clip") && e.getKey().equals("min") ? "a_min"
                    : name.equals("clip") && e.getKey().equals("max") ? "a_max" : e.getKey();
            if (!names.contains(key) || given.containsKey(key)) {
                throw DataOp.error("np." + name + "(): Stratum does not support the argument '" + e.getKey() + "' here",
                        "call it as np." + name + "(preds" + names.stream().map(n -> ", " + n).reduce("", String::concat) + ")");
            }
            given.put(key, e.getValue());
        }
        return switch (name) {
            case "round", "around" -> new Round(integer(given.getOrDefault("decimals", Const.of(0L)), "np." + name + "()"));
            case "clip" -> {
                if (!given.containsKey("a_min") || !given.containsKey("a_max")) {
                    throw DataOp.error("np.clip() takes both bounds, a_min and a_max (None for no bound)",
                            "write np.clip(preds, 0, None)");
                }
                yield new Clip(bound(given.get("a_min")), bound(given.get("a_max")));
            }
            default -> {
                if (!given.containsKey("x2")) {
                    throw DataOp.error("np." + name + "() takes two arguments", "write np." + name + "(preds, 0)");
                }
                Double other = bound(given.get("x2"));
                if (other == null) {
                    throw DataOp.error("np." + name + "() of a learner's predictions takes a number, not None", null);
                }
                yield new Extremum(name.equals("maximum"), other);
            }
        };
    }

    /** The array functions of numpy Stratum computes on a learner's predictions, besides the element-wise ones. */
    List<String> ARRAY_FUNCTIONS = List.of("round", "around", "clip", "maximum", "minimum");

    /** {@code a.round(decimals)} or {@code a.clip(min, max)} of a numpy array, checked as numpy takes them. */
    static ArrayStep method(String name, List<Const> arguments, java.util.Map<String, Const> keywords) {
        return switch (name) {
            case "round" -> numpy("round", arguments, keywords);
            case "clip" -> {
                java.util.Map<String, Const> bounds = new java.util.LinkedHashMap<>();
                for (java.util.Map.Entry<String, Const> e : keywords.entrySet()) {
                    if (!e.getKey().equals("min") && !e.getKey().equals("max")) {
                        throw DataOp.error("clip(): Stratum does not support the argument '" + e.getKey() + "' here",
                                "write preds.clip(0, None) or preds.clip(min=0)");
                    }
                    bounds.put(e.getKey().equals("min") ? "a_min" : "a_max", e.getValue());
                }
                List<Const> positional = new java.util.ArrayList<>(arguments);
                if (positional.size() > 2) {
                    throw DataOp.error("clip() takes at most 2 bounds, got " + positional.size(), null);
                }
                Const lower = positional.size() > 0 ? positional.get(0) : bounds.getOrDefault("a_min", Const.none());
                Const upper = positional.size() > 1 ? positional.get(1) : bounds.getOrDefault("a_max", Const.none());
                yield new Clip(bound(lower), bound(upper));
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static long integer(Const c, String where) {
        if (c instanceof Const.IntConst i) {
            return i.value();
        }
        throw DataOp.error(where + ": decimals must be an int, got " + c.repr(), null);
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
