package io.stratum.frontend.bind;

import io.stratum.ir.logical.NumericFunction;
import java.util.Objects;

/**
 * One step of arithmetic on a number known once a search or a learner has run, as Python computes it on the float:
 * {@code mean_squared_error(y, p) ** 0.5}, {@code 100 * accuracy_score(y, p)}, {@code 1 - r2},
 * {@code np.sqrt(mean_squared_error(y, p))}. Applied in the order written, before {@code round()} and a format spec.
 *
 * @param operator  {@code +}, {@code -}, {@code *}, {@code /}, {@code **} or {@link #NUMPY_ROUND}, or null for
 *                  {@code function}
 * @param operand   the other operand (a number written in the script)
 * @param reversed  the number is the right operand ({@code 1 - x}), not the left one ({@code x - 1})
 * @param function  a numpy function applied to the number ({@code np.sqrt}), or null for {@code operator}
 * @param integer   the operand is a Python int ({@code x * 2}, not {@code x * 2.0}): numpy's int64 (a value of a results_
 *                  row) stays an int64 with it under {@code +}, {@code -}, {@code *} and {@code **}
 */
public record DeferredArithmetic(String operator, double operand, boolean reversed, NumericFunction function,
                                 boolean integer) {
    public static final java.util.Set<String> OPERATORS = java.util.Set.of("+", "-", "*", "/", "**");

    /**
     * The operator of numpy's {@code np.round(x, decimals)} ({@code operand}: the decimals): numpy scales by a power of
     * ten, rounds half to even and scales back, which differs from Python's correctly rounded {@code round(x, n)} where
     * the scaled value is within a rounding error of a half ({@code np.round(2.675, 2)} is 2.68, Python's 2.67).
     */
    public static final String NUMPY_ROUND = "np.round";

    public DeferredArithmetic {
        if ((operator == null) == (function == null)) {
            throw new IllegalArgumentException("an operator or a function");
        }
        if (operator != null && !OPERATORS.contains(operator) && !operator.equals(NUMPY_ROUND)) {
            throw new IllegalArgumentException("unsupported operator " + operator);
        }
    }

    public static DeferredArithmetic binary(String operator, double operand, boolean reversed) {
        return binary(operator, operand, reversed, false);
    }

    /** {@link #binary(String, double, boolean)} with an operand the script wrote as an int ({@code integer}) or not. */
    public static DeferredArithmetic binary(String operator, double operand, boolean reversed, boolean integer) {
        return new DeferredArithmetic(Objects.requireNonNull(operator, "operator"), operand, reversed, null, integer);
    }

    /** {@code np.round(x, decimals)} ({@link #NUMPY_ROUND}). */
    public static DeferredArithmetic numpyRound(long decimals) {
        return new DeferredArithmetic(NUMPY_ROUND, decimals, false, null, true);
    }

    /** Whether this step rounds the number (so that its last bits are not written). */
    public boolean rounds() {
        return NUMPY_ROUND.equals(operator);
    }

    /**
     * The error of numpy's {@code np.round(x)} ({@code name}: round or around) of a number already rounded or formatted,
     * where the script writes, the same in both frontends: Stratum rounds a number known once the plan has run once.
     */
    public static io.stratum.ir.diagnostics.StratumError roundedBefore(String name) {
        return new io.stratum.ir.diagnostics.StratumError(io.stratum.frontend.api.SourceScope.current(), "Stratum computes np."
                + name + "() of a score before round() or a format spec, not after", "round it once: np." + name + "(x, 3)");
    }

    /**
     * The refusal of {@code symbol} between Python's int {@code round(m)} gave and {@code other} (its type name), where
     * the script writes it, the same in both frontends.
     */
    public static io.stratum.ir.diagnostics.StratumError onRoundedRefused(String symbol, String other) {
        return new io.stratum.ir.diagnostics.StratumError(io.stratum.frontend.api.SourceScope.current(), "Stratum computes"
                + " +, -, *, / and ** of the int round() gives with a number written in the script, not " + symbol
                + " with " + other, "compute before rounding: round(x " + symbol + " ...)");
    }

    public static DeferredArithmetic numpy(NumericFunction function) {
        return new DeferredArithmetic(null, 0, false, Objects.requireNonNull(function, "function"), false);
    }

    /**
     * Whether numpy's int64 stays an int64 under this step: {@code +}, {@code -}, {@code *} and {@code **} with an int,
     * and np.round; {@code /}, a float operand and numpy's functions give a float64.
     */
    public boolean keepsInt() {
        return rounds() || integer && operator != null && !operator.equals("/");
    }

    /** The step applied to numpy's int64 {@code x} ({@link #keepsInt()}), as numpy computes it (wrapping on overflow). */
    public long applyInt(long x) {
        long c = (long) operand;
        if (rounds()) {
            return c >= 0 ? x : (long) io.stratum.runtime.kernels.element.NumericRounding.numpyRound(new double[] {x}, c)[0];
        }
        long left = reversed ? c : x;
        long right = reversed ? x : c;
        return switch (operator) {
            case "+" -> left + right;
            case "-" -> left - right;
            case "*" -> left * right;
            case "**" -> {
                if (right < 0) {
                    throw new io.stratum.ir.diagnostics.StratumError(io.stratum.ir.node.Origin.NONE,
                            "ValueError: Integers to negative integer powers are not allowed.", "write ** with a float: x ** -1.0");
                }
                long power = 1;
                for (long i = 0; i < right; i++) {
                    power *= left;
                }
                yield power;
            }
            default -> throw new IllegalStateException(operator);
        };
    }

    /**
     * The step ({@code +}, {@code -}, {@code *}, {@code /} or {@code **}) applied to Python's int or float {@code x} as
     * Python computes it ({@link PythonArithmetic}, as for the numbers written in the script).
     */
    public io.stratum.ir.value.Const applyPython(io.stratum.ir.value.Const x) {
        io.stratum.ir.value.Const written = integer ? io.stratum.ir.value.Const.of((long) operand)
                : io.stratum.ir.value.Const.of(operand);
        try {
            return reversed ? PythonArithmetic.apply(operator, written, x) : PythonArithmetic.apply(operator, x, written);
        } catch (PythonArithmetic.Refused e) {
            throw new io.stratum.ir.diagnostics.StratumError(io.stratum.ir.node.Origin.NONE, e.getMessage(), e.hint());
        }
    }

    /** The step applied to {@code x}, with Python's float semantics (division by zero is an error there, NaN here). */
    public double apply(double x) {
        if (function != null) {
            return function.apply(x);
        }
        if (rounds()) {
            return io.stratum.runtime.kernels.element.NumericRounding.numpyRound(new double[] {x}, (long) operand)[0];
        }
        return io.stratum.frontend.api.ArrayStep.binary(operator, reversed ? operand : x, reversed ? x : operand);
    }
}
