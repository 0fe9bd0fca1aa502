package io.stratum.ir.logical;

/** Python's unary operators and {@code abs}, as DataOps use them. */
public enum UnaryOperator {
    NEG("-"), POS("+"), INVERT("~"), ABS("abs");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
