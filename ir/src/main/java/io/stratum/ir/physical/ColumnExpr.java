package io.stratum.ir.physical;

import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.value.Const;
import java.util.Objects;

/**
 * A per-row expression over the columns of an operator's inputs, evaluated by the runtime's frame kernels
 * (for {@code assign} and column arithmetic). Rendering is fully parenthesized, so it is unambiguous and
 * serves as the expression's identity.
 */
public sealed interface ColumnExpr {

    /** The expression as text, e.g. {@code (2025 - $0.year_first_hired)}. */
    String render();

    /** Column {@code column} of input {@code input}; {@code column} is null when the input is itself a column. */
    record InputColumn(int input, String column) implements ColumnExpr {
        public String render() {
            return "$" + input + (column == null ? "" : "." + column);
        }
    }

    /** A constant broadcast to every row. */
    record Literal(Const value) implements ColumnExpr {
        public Literal {
            Objects.requireNonNull(value, "value");
        }

        public String render() {
            return value.repr();
        }
    }

    /** {@code left op right} row by row, with pandas' type and null rules. */
    record Binary(BinaryOperator op, ColumnExpr left, ColumnExpr right) implements ColumnExpr {
        public String render() {
            return "(" + left.render() + " " + op.symbol() + " " + right.render() + ")";
        }
    }

    /** {@code op operand} row by row. */
    record Unary(UnaryOperator op, ColumnExpr operand) implements ColumnExpr {
        public String render() {
            return op == UnaryOperator.ABS ? "abs(" + operand.render() + ")" : "(" + op.symbol() + operand.render() + ")";
        }
    }

    /** A numpy element-wise function row by row, e.g. {@code log1p($0.x)}, with numpy's type and NaN rules. */
    record Function(NumericFunction function, ColumnExpr operand) implements ColumnExpr {
        public Function {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(operand, "operand");
        }

        public String render() {
            return function.numpyName() + "(" + operand.render() + ")";
        }
    }

    /** A per-value pandas operation row by row, e.g. {@code $0.date.dt.hour} or {@code $0.x.fillna(0)}. */
    record Element(ElementOp op, ColumnExpr operand) implements ColumnExpr {
        public Element {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(operand, "operand");
        }

        public String render() {
            return operand.render() + "." + op.render();
        }
    }

    /** {@code value.where(condition, other)} row by row: the value where the condition is True, else the constant. */
    record Where(ColumnExpr value, ColumnExpr condition, Const other, ColumnExpr otherColumn) implements ColumnExpr {
        public Where {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(other, "other");
        }

        /** {@code where} with a constant {@code other}. */
        public Where(ColumnExpr value, ColumnExpr condition, Const other) {
            this(value, condition, other, null);
        }

        public String render() {
            return value.render() + ".where(" + condition.render() + ", "
                    + (otherColumn == null ? other.repr() : otherColumn.render()) + ")";
        }
    }
}
