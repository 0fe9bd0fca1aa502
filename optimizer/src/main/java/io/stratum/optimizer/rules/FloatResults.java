package io.stratum.optimizer.rules;

import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;

/**
 * What the plan alone proves about a column expression's values, for identities that hold only for some dtypes.
 * Column reads prove nothing (their dtype is data), so only expressions whose operators fix the result type count.
 * Every answer holds "if the expression evaluates at all": an expression that fails still fails after a rewrite
 * that keeps it.
 */
final class FloatResults {
    private FloatResults() {
    }

    /** True when {@code node} is float64 whatever its inputs' numeric dtypes are. */
    static boolean isFloat64(LogicalNode node) {
        return switch (node) {
            case Value v -> v.value() instanceof Const.FloatConst;
            // numpy's log, exp, sqrt, ... give float64 for int64 and float64 input; abs and square keep the dtype.
            case Numeric n -> !n.function().keepsIntegers() || isFloat64(n.operand());
            case BinOp b when b.op() == BinaryOperator.TRUEDIV -> true;
            case BinOp b when b.op().isArithmetic() -> isFloat64(b.left()) || isFloat64(b.right());
            case UnaryOp u when u.op() == UnaryOperator.NEG || u.op() == UnaryOperator.POS || u.op() == UnaryOperator.ABS ->
                    isFloat64(u.operand());
            default -> false;
        };
    }

    /**
     * True when {@code node} is float64 and never -0.0, so {@code x + 0.0} is {@code x} bit for bit (it turns
     * -0.0 into +0.0). exp and cos are never zero; log is zero only at 1, as +0.0; abs, fabs and square clear
     * the sign.
     */
    static boolean isFloat64WithoutNegativeZero(LogicalNode node) {
        if (!isFloat64(node) || !(node instanceof Numeric n)) {
            return false;
        }
        return switch (n.function()) {
            case EXP, COS, LOG, ABS, FABS, SQUARE -> true;
            case LOG1P, EXPM1, SQRT, SIN -> false;
        };
    }
}
