package io.stratum.frontend.syntax;

/** Comparison operators, including membership and identity tests. */
public enum CompareOperator {
    EQ("=="), NOT_EQ("!="), LT("<"), LT_E("<="), GT(">"), GT_E(">="), IN("in"), NOT_IN("not in"),
    IS("is"), IS_NOT("is not");

    private final String symbol;

    CompareOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python. */
    public String symbol() {
        return symbol;
    }
}
