package io.stratum.frontend.bind;

import java.util.HashMap;
import java.util.Map;

/** Names bound in a module or a traced function call, looked up through the enclosing scope as Python does. */
final class Scope {
    private final Scope parent;
    private final Map<String, PyValue> names = new HashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    PyValue lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            PyValue v = s.names.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    void bind(String name, PyValue value) {
        names.put(name, value);
    }

    /** Whether this is the module's scope (not a function's). */
    boolean global() {
        return parent == null;
    }

    /**
     * Binds every name of this scope and the enclosing ones that is bound to the very value {@code before} to
     * {@code after}: a change in place (pandas' {@code frame["col"] = value}) seen through every name of the frame.
     */
    void replaceEverywhere(PyValue before, PyValue after) {
        for (Scope s = this; s != null; s = s.parent) {
            s.names.replaceAll((name, value) -> value == before ? after : value);
        }
    }

    /** Every name visible here, for "did you mean" hints. */
    java.util.List<String> visibleNames() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Scope s = this; s != null; s = s.parent) {
            out.addAll(new java.util.TreeSet<>(s.names.keySet()));
        }
        return out;
    }
}
