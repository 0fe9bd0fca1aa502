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
 */
public record DeferredArithmetic(String operator, double operand, boolean reversed, NumericFunction function) {
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
        return new DeferredArithmetic(Objects.requireNonNull(operator, "operator"), operand, reversed, null);
    }

    /** {@code np.round(x, decimals)} ({@link #NUMPY_ROUND}). */
    public static DeferredArithmetic numpyRound(long decimals) {
        return new DeferredArithmetic(NUMPY_ROUND, decimals, false, null);
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

    public static DeferredArithmetic numpy(NumericFunction function) {
        return new DeferredArithmetic(null, 0, false, Objects.requireNonNull(function, "function"));
    }

    /** The step applied to {@code x}, with Python's float semantics (division by zero is an error there, NaN here). */
    double apply(double x) {
        if (function != null) {
            return function.apply(x);
        }
        if (rounds()) {
            return io.stratum.runtime.kernels.element.NumericRounding.numpyRound(new double[] {x}, (long) operand)[0];
        }
        return io.stratum.frontend.api.ArrayStep.binary(operator, reversed ? operand : x, reversed ? x : operand);
    }
}
