package io.stratum.optimizer.rules;

import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;

/**
 * Folds arithmetic whose operands are all constants into one constant, with Python's semantics for Python
 * numbers ({@code int} and {@code float}) and numpy's for numpy functions. Where Python would raise
 * (division by zero, {@code 0.0 ** -1}, a negative base to a fractional power, float overflow in {@code **}) or
 * where the exact Python int does not fit in 64 bits, the expression is left as it is, so the error or the big
 * number is not replaced by a different answer. Booleans and strings are left alone.
 */
public final class FoldConstants implements Rule {
    /** Integers up to 2^53 convert to double exactly, so Python's correctly rounded int/int division agrees. */
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    @Override
    public String name() {
        return "fold_constants";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        Const folded = switch (node) {
            case BinOp b when b.left() instanceof Value l && b.right() instanceof Value r -> binary(b, l.value(), r.value());
            case UnaryOp u when u.operand() instanceof Value v -> unary(u, v.value());
            case Numeric n when n.operand() instanceof Value v -> numeric(n, v.value());
            default -> null;
        };
        return folded == null ? RuleResult.unchanged() : RuleResult.rewrittenTo(new Value(folded, node.origin()));
    }

    private static Const numeric(Numeric n, Const value) {
        return switch (value) {
            case Const.IntConst i -> n.function().keepsIntegers() ? Const.of(n.function().applyInteger(i.value()))
                    : Const.of(n.function().apply(i.value()));
            case Const.FloatConst f -> Const.of(n.function().apply(f.value()));
            default -> null;
        };
    }

    private static Const unary(UnaryOp u, Const value) {
        return switch (value) {
            case Const.IntConst i -> switch (u.op()) {
                case NEG -> i.value() == Long.MIN_VALUE ? null : Const.of(-i.value());
                case ABS -> i.value() == Long.MIN_VALUE ? null : Const.of(Math.abs(i.value()));
                case POS -> i;
                case INVERT -> Const.of(~i.value());
            };
            case Const.FloatConst f -> switch (u.op()) {
                case NEG -> Const.of(-f.value());
                case ABS -> Const.of(Math.abs(f.value()));
                case POS -> f;
                case INVERT -> null; // Python raises: bad operand type for unary ~: 'float'
            };
            default -> null;
        };
    }

    private static Const binary(BinOp b, Const left, Const right) {
        if (left instanceof Const.IntConst l && right instanceof Const.IntConst r) {
            return integers(b, l.value(), r.value());
        }
        Double x = asDouble(left);
        Double y = asDouble(right);
        if (x == null || y == null || !b.op().isArithmetic()) {
            return null;
        }
        return floats(b, x, y);
    }

    private static Double asDouble(Const c) {
        return switch (c) {
            case Const.FloatConst f -> f.value();
            // Python's float(int) rounds to nearest-even, as Java's long-to-double conversion does.
            case Const.IntConst i -> (double) i.value();
            default -> null;
        };
    }

    private static Const integers(BinOp b, long x, long y) {
        try {
            return switch (b.op()) {
                case ADD -> Const.of(Math.addExact(x, y));
                case SUB -> Const.of(Math.subtractExact(x, y));
                case MUL -> Const.of(Math.multiplyExact(x, y));
                case FLOORDIV -> y == 0 || (x == Long.MIN_VALUE && y == -1) ? null : Const.of(Math.floorDiv(x, y));
                case MOD -> y == 0 ? null : Const.of(Math.floorMod(x, y));
                case TRUEDIV -> y == 0 || Math.abs(x) > EXACT_IN_DOUBLE || Math.abs(y) > EXACT_IN_DOUBLE
                        ? null : Const.of((double) x / (double) y);
                case POW -> y >= 0 ? Const.of(exactPower(x, y))
                        : (x == 0 || Math.abs(x) > EXACT_IN_DOUBLE ? null : floats(b, (double) x, (double) y));
                default -> null;
            };
        } catch (ArithmeticException overflow) {
            // The Python int is wider than 64 bits; leave it to the runtime rather than wrap.
            return null;
        }
    }

    private static long exactPower(long base, long exponent) {
        if (base == 0 || base == 1) {
            return exponent == 0 ? 1 : base;
        }
        if (base == -1) {
            return (exponent & 1) == 0 ? 1 : -1;
        }
        long result = 1;
        // |base| >= 2 overflows within 63 steps, so the loop is short.
        for (long i = 0; i < exponent; i++) {
            result = Math.multiplyExact(result, base);
        }
        return result;
    }

    private static Const floats(BinOp b, double x, double y) {
        return switch (b.op()) {
            case ADD -> Const.of(x + y);
            case SUB -> Const.of(x - y);
            case MUL -> Const.of(x * y);
            case TRUEDIV -> y == 0.0 ? null : Const.of(x / y);
            case POW -> floatPower(x, y);
            // // and % on floats are left to the runtime, whose kernels implement Python's rounding rules.
            default -> null;
        };
    }

    /** Python's float {@code **}, or null where Python raises or returns a complex number. */
    private static Const floatPower(double x, double y) {
        if (x == 1.0 || y == 0.0) {
            return Const.of(1.0);
        }
        if (x == -1.0 && Double.isInfinite(y)) {
            return Const.of(1.0); // C's pow, which Python uses; Java's gives NaN
        }
        if (x == 0.0 && y < 0) {
            return null; // ZeroDivisionError
        }
        if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.rint(y)) {
            return null; // a complex result in Python 3
        }
        // Math.pow, like the binder's constant arithmetic, so folding here and there agree.
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            return null; // OverflowError
        }
        return Const.of(r);
    }
}
