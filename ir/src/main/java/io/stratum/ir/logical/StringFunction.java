package io.stratum.ir.logical;

/**
 * The pandas {@code .str} methods Stratum computes, with the number of resolved arguments each carries in a
 * {@link ElementOp.StringMethod} (binding fills in pandas' defaults, so equal calls have equal arguments).
 */
public enum StringFunction {
    /** {@code lower()}. */
    LOWER("lower", 0),
    /** {@code upper()}. */
    UPPER("upper", 0),
    /** {@code len()}: length in code points. */
    LEN("len", 0),
    /** {@code contains(pat, case, regex)}. */
    CONTAINS("contains", 3),
    /** {@code startswith(pat)}. */
    STARTSWITH("startswith", 1),
    /** {@code endswith(pat)}. */
    ENDSWITH("endswith", 1),
    /** {@code replace(pat, repl, regex)}. */
    REPLACE("replace", 3),
    /** {@code strip(to_strip)}; None strips whitespace. */
    STRIP("strip", 1),
    /** {@code split(sep).str[index]}; a sep of None splits on runs of whitespace. */
    SPLIT_GET("split_get", 2),
    /** {@code slice(start, stop, step)}, each None or an int. */
    SLICE("slice", 3);

    private final String pandasName;
    private final int arity;

    StringFunction(String pandasName, int arity) {
        this.pandasName = pandasName;
        this.arity = arity;
    }

    public String pandasName() {
        return pandasName;
    }

    public int arity() {
        return arity;
    }
}
