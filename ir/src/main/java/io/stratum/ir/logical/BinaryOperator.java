package io.stratum.ir.logical;

/** Python's binary operators as DataOps use them (pandas semantics on columns). */
public enum BinaryOperator {
    ADD("+"), SUB("-"), MUL("*"), TRUEDIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    AND("&"), OR("|"), XOR("^"),
    /**
     * {@code left.isin(right)} with a column as {@code right}: whether each value of the left column equals some
     * value of the right one (any length; NaN matches NaN, as in pandas). Not row-wise: the right column is read whole.
     */
    ISIN("isin");

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as Python writes it. */
    public String symbol() {
        return symbol;
    }

    public boolean isComparison() {
        return switch (this) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
    }

    public boolean isArithmetic() {
        return switch (this) {
            case ADD, SUB, MUL, TRUEDIV, FLOORDIV, MOD, POW -> true;
            default -> false;
        };
    }
}
