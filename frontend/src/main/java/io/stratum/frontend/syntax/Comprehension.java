package io.stratum.frontend.syntax;

import java.util.List;
import java.util.Objects;

/** One {@code for target in iter if cond...} clause of a comprehension. */
public record Comprehension(Expr target, Expr iter, List<Expr> conditions, SourcePos pos) {

    public Comprehension {
        Objects.requireNonNull(target);
        Objects.requireNonNull(iter);
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(pos);
    }
}
