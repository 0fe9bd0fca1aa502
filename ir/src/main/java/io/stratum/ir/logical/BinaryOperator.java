package io.stratum.ir.logical;

/** Python's binary operators as DataOps use them (pandas semantics on columns). */
public enum BinaryOperator {
    ADD("+"), SUB("-"), MUL("*"), TRUEDIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    AND("&"), OR("|"), XOR("^");

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
