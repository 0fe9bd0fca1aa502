package io.stratum.frontend.syntax;

import java.util.Objects;

/** A keyword argument {@code name=value}, or {@code **value} when {@code name} is null. */
public record Keyword(String name, Expr value, SourcePos pos) {

    public Keyword {
        Objects.requireNonNull(value);
        Objects.requireNonNull(pos);
    }

    /** True for {@code **mapping}. */
    public boolean isUnpacking() {
        return name == null;
    }
}
