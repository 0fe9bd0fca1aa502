package io.stratum.runtime.kernels.frame;

/** The binary arithmetic operators of Python, as pandas applies them element-wise to columns. */
public enum ArithmeticOp {
    ADD("+"),
    SUB("-"),
    MUL("*"),
    TRUE_DIV("/"),
    FLOOR_DIV("//"),
    MOD("%"),
    POW("**");

    private final String symbol;

    ArithmeticOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The operator written as {@code symbol} in Python source, e.g. {@code "//"}. */
    public static ArithmeticOp fromSymbol(String symbol) {
        for (ArithmeticOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException("not an arithmetic operator: '" + symbol + "'");
    }
}
