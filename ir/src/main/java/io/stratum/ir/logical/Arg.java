package io.stratum.ir.logical;

import java.util.Objects;

/** One argument of a generic call: positional when {@code keyword} is null. */
public record Arg(String keyword, LogicalNode value) {
    public Arg {
        Objects.requireNonNull(value, "value");
    }

    public static Arg positional(LogicalNode value) {
        return new Arg(null, value);
    }

    public static Arg keyword(String keyword, LogicalNode value) {
        return new Arg(Objects.requireNonNull(keyword, "keyword"), value);
    }

    public boolean isKeyword() {
        return keyword != null;
    }
}
