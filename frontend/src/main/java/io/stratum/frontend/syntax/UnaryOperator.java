package io.stratum.frontend.syntax;

/** Prefix operators. */
public enum UnaryOperator {
    NEG("-"), POS("+"), INVERT("~"), NOT("not");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python. */
    public String symbol() {
        return symbol;
    }
}
