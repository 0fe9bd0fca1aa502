package io.stratum.optimizer.rules;

import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;

/**
 * {@code np.sqrt(np.square(x))}, {@code np.sqrt(x ** 2)} and {@code np.sqrt(x * x)} become {@code np.fabs(x)}:
 * one pass instead of two, and no intermediate column.
 *
 * <p>Policy: exact up to overflow and underflow of the square, as noted here. {@code fabs} rather than
 * {@code abs} because sqrt always returns float64, while abs keeps int64. For float64 {@code x} with
 * 2^-511 &lt;= |x| &lt; 2^512 (and for 0, NaN and infinities) the result is the same bit for bit: in binary
 * floating point with round-to-nearest, {@code sqrt(fl(x*x)) == |x|} whenever {@code x*x} neither overflows nor
 * becomes subnormal (the rule's test checks this on a million random values). Outside that range numpy's answer is
 * wrong and ours is not: the square overflows to inf or loses digits to underflow, where {@code fabs} returns
 * |x|. For int64 {@code x} the two agree while the square fits in 64 bits (|x| &lt;= 3037000499); beyond that
 * numpy's int64 square wraps around and the original gives a meaningless value, the rewrite |x|. A boolean
 * {@code x} squares to int64 in the original, while {@code fabs} of a boolean is refused with a located error.
 */
public final class RewriteSqrtOfSquare implements Rule {

    @Override
    public String name() {
        return "rewrite_sqrt_of_square";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!(node instanceof Numeric sqrt) || sqrt.function() != NumericFunction.SQRT) {
            return RuleResult.unchanged();
        }
        LogicalNode squared = squaredOperand(sqrt.operand());
        return squared == null ? RuleResult.unchanged()
                : RuleResult.rewrittenTo(new Numeric(NumericFunction.FABS, squared, sqrt.origin()));
    }

    /** {@code x} when {@code node} is {@code square(x)}, {@code x ** 2}, {@code x ** 2.0} or {@code x * x}. */
    private static LogicalNode squaredOperand(LogicalNode node) {
        return switch (node) {
            case Numeric n when n.function() == NumericFunction.SQUARE -> n.operand();
            case BinOp b when b.op() == BinaryOperator.POW && b.right() instanceof Value v && isTwo(v.value()) -> b.left();
            case BinOp b when b.op() == BinaryOperator.MUL && b.left().fingerprint().equals(b.right().fingerprint())
                    && !(b.left() instanceof Value) -> b.left();
            default -> null;
        };
    }

    private static boolean isTwo(Const c) {
        return switch (c) {
            case Const.IntConst i -> i.value() == 2;
            case Const.FloatConst f -> f.value() == 2.0;
            default -> false;
        };
    }
}
