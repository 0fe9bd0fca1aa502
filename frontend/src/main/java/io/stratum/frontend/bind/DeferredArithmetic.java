package io.stratum.frontend.bind;

import io.stratum.ir.logical.NumericFunction;
import java.util.Objects;

/**
 * One step of arithmetic on a number known once a search or a learner has run, as Python computes it on the float:
 * {@code mean_squared_error(y, p) ** 0.5}, {@code 100 * accuracy_score(y, p)}, {@code 1 - r2},
 * {@code np.sqrt(mean_squared_error(y, p))}. Applied in the order written, before {@code round()} and a format spec.
 *
 * @param operator  {@code +}, {@code -}, {@code *}, {@code /} or {@code **}, or null for {@code function}
 * @param operand   the other operand (a number written in the script)
 * @param reversed  the number is the right operand ({@code 1 - x}), not the left one ({@code x - 1})
 * @param function  a numpy function applied to the number ({@code np.sqrt}), or null for {@code operator}
 */
public record DeferredArithmetic(String operator, double operand, boolean reversed, NumericFunction function) {
    public static final java.util.Set<String> OPERATORS = java.util.Set.of("+", "-", "*", "/", "**");

    public DeferredArithmetic {
        if ((operator == null) == (function == null)) {
            throw new IllegalArgumentException("an operator or a function");
        }
        if (operator != null && !OPERATORS.contains(operator)) {
            throw new IllegalArgumentException("unsupported operator " + operator);
        }
    }

    public static DeferredArithmetic binary(String operator, double operand, boolean reversed) {
        return new DeferredArithmetic(Objects.requireNonNull(operator, "operator"), operand, reversed, null);
    }

    public static DeferredArithmetic numpy(NumericFunction function) {
        return new DeferredArithmetic(null, 0, false, Objects.requireNonNull(function, "function"));
    }

    /** The step applied to {@code x}, with Python's float semantics (division by zero is an error there, NaN here). */
    double apply(double x) {
        if (function != null) {
            return function.apply(x);
        }
        return io.stratum.frontend.api.ArrayStep.binary(operator, reversed ? operand : x, reversed ? x : operand);
    }
}
