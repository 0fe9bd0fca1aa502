package io.stratum.optimizer.rules;

import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;

/**
 * Removes arithmetic with an identity constant — {@code x * 1}, {@code 1 * x}, {@code x / 1}, {@code x ** 1},
 * {@code x - 0}, {@code x + 0}, {@code 0 + x} — only where it is exact bit for bit, which needs {@code x}'s dtype:
 * for an int64 column {@code x * 1.0} is float64, for a bool column {@code x * 1} is int64, and for a string column
 * {@code x + 0} raises. So the rule fires only when the plan proves {@code x} float64 ({@link FloatResults}), where
 * multiplying or dividing by one, raising to the first power and subtracting +0.0 return {@code x} exactly (NaN
 * and infinities included), and adding zero does too unless {@code x} can be -0.0. Column reads are not proven
 * float64 until schema metadata is available, so {@code df["a"] * 1} stays.
 */
public final class EliminateIdentityArithmetic implements Rule {

    @Override
    public String name() {
        return "eliminate_identity_arithmetic";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!(node instanceof BinOp b)) {
            return RuleResult.unchanged();
        }
        return switch (b.op()) {
            case MUL -> {
                if (isNumber(b.right(), 1) && FloatResults.isFloat64(b.left())) {
                    yield RuleResult.rewrittenTo(b.left());
                }
                yield isNumber(b.left(), 1) && FloatResults.isFloat64(b.right())
                        ? RuleResult.rewrittenTo(b.right()) : RuleResult.unchanged();
            }
            case TRUEDIV, POW -> isNumber(b.right(), 1) && FloatResults.isFloat64(b.left())
                    ? RuleResult.rewrittenTo(b.left()) : RuleResult.unchanged();
            // x - (+0.0) is x for every x, -0.0 included; x - (-0.0) is x + 0.0, which is not.
            case SUB -> isPositiveZero(b.right()) && FloatResults.isFloat64(b.left())
                    ? RuleResult.rewrittenTo(b.left()) : RuleResult.unchanged();
            case ADD -> {
                if (isPositiveZero(b.right()) && FloatResults.isFloat64WithoutNegativeZero(b.left())) {
                    yield RuleResult.rewrittenTo(b.left());
                }
                yield isPositiveZero(b.left()) && FloatResults.isFloat64WithoutNegativeZero(b.right())
                        ? RuleResult.rewrittenTo(b.right()) : RuleResult.unchanged();
            }
            default -> RuleResult.unchanged();
        };
    }

    /** An int or float constant equal to {@code n} (bools excluded: they are not numbers for this purpose). */
    private static boolean isNumber(LogicalNode node, long n) {
        return node instanceof Value v && switch (v.value()) {
            case Const.IntConst i -> i.value() == n;
            case Const.FloatConst f -> f.value() == (double) n;
            default -> false;
        };
    }

    private static boolean isPositiveZero(LogicalNode node) {
        return node instanceof Value v && switch (v.value()) {
            case Const.IntConst i -> i.value() == 0;
            case Const.FloatConst f -> Double.doubleToRawLongBits(f.value()) == 0L;
            default -> false;
        };
    }
}
