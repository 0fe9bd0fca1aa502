package io.stratum.frontend.syntax;

import java.util.Objects;

/** One parameter of a function or lambda, with its optional default value. */
public record Parameter(String name, Expr defaultValue, SourcePos pos) {

    public Parameter {
        Objects.requireNonNull(name);
        Objects.requireNonNull(pos);
    }
}
