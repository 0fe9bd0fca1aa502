package io.stratum.frontend.syntax;

import java.util.Objects;

/** One imported name: {@code name} (dotted for plain imports) and the optional {@code asName}. */
public record Alias(String name, String asName, SourcePos pos) {

    public Alias {
        Objects.requireNonNull(name);
        Objects.requireNonNull(pos);
    }

    /** The name the import binds in the script: the alias, or the first component of a dotted module. */
    public String boundName() {
        if (asName != null) {
            return asName;
        }
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
