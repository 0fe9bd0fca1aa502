package io.stratum.ir.node;

/** A position in a script (file, 1-based line and column) that a plan node came from, for error messages. */
public record Origin(String file, int line, int column) {
    public static final Origin NONE = new Origin("", 0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return isKnown() ? file + ":" + line + ":" + column : "<unknown>";
    }
}
