package io.stratum.ir.catalog;

import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One name the catalog knows: its qualified name, what it is, and its parameters in signature order. */
public record ApiEntry(String qualifiedName, EntryKind kind, List<ParamSpec> params, String summary) {

    public ApiEntry {
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(kind, "kind");
        params = List.copyOf(params);
        Objects.requireNonNull(summary, "summary");
    }

    /** The last part of the qualified name, e.g. {@code Ridge}. */
    public String simpleName() {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    /** The parameter called {@code name}, or null. */
    public ParamSpec param(String name) {
        for (ParamSpec p : params) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    public List<String> paramNames() {
        List<String> out = new ArrayList<>(params.size());
        for (ParamSpec p : params) {
            out.add(p.name());
        }
        return out;
    }

    /** The defaults, in signature order. */
    public List<Const> defaults() {
        List<Const> out = new ArrayList<>(params.size());
        for (ParamSpec p : params) {
            out.add(p.defaultValue());
        }
        return out;
    }
}
