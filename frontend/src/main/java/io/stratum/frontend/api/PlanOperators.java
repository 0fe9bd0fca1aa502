package io.stratum.frontend.api;

import io.stratum.frontend.syntax.CompareOperator;
import io.stratum.frontend.syntax.Operator;
import io.stratum.ir.logical.BinaryOperator;

/**
 * The plan's element-wise operator for a Python operator written in a script or in a {@code df.query("...")} string:
 * the same mapping for both, so a query and the script's own expression bind to the same plan.
 */
public final class PlanOperators {
    private PlanOperators() {
    }

    /** {@code + - * / // % ** & | ^}, or null for an operator the plan has no element-wise form of. */
    public static BinaryOperator binary(Operator op) {
        return switch (op) {
            case ADD -> BinaryOperator.ADD;
            case SUB -> BinaryOperator.SUB;
            case MUL -> BinaryOperator.MUL;
            case DIV -> BinaryOperator.TRUEDIV;
            case FLOOR_DIV -> BinaryOperator.FLOORDIV;
            case MOD -> BinaryOperator.MOD;
            case POW -> BinaryOperator.POW;
            case BIT_AND -> BinaryOperator.AND;
            case BIT_OR -> BinaryOperator.OR;
            case BIT_XOR -> BinaryOperator.XOR;
            default -> null;
        };
    }

    /** {@code == != < <= > >=}, or null for {@code in}, {@code is} and the like. */
    public static BinaryOperator comparison(CompareOperator op) {
        return switch (op) {
            case EQ -> BinaryOperator.EQ;
            case NOT_EQ -> BinaryOperator.NE;
            case LT -> BinaryOperator.LT;
            case LT_E -> BinaryOperator.LE;
            case GT -> BinaryOperator.GT;
            case GT_E -> BinaryOperator.GE;
            default -> null;
        };
    }
}
