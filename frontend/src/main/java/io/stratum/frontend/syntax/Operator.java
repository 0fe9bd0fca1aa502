package io.stratum.frontend.syntax;

/** Binary arithmetic and bitwise operators, also used by augmented assignment. */
public enum Operator {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), FLOOR_DIV("//"), MOD("%"), POW("**"), MAT_MUL("@"),
    BIT_AND("&"), BIT_OR("|"), BIT_XOR("^"), LEFT_SHIFT("<<"), RIGHT_SHIFT(">>");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python. */
    public String symbol() {
        return symbol;
    }
}
