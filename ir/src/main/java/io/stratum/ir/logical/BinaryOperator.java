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
    ISIN("isin"),
    /**
     * {@code left.fillna(right)} with {@code right} a value computed from the data (such as {@code df["a"].mean()}):
     * the left column with its missing values replaced by that value, as pandas' scalar fillna.
     */
    FILLNA("fillna");

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
