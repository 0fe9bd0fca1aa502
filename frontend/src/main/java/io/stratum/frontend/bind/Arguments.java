package io.stratum.frontend.bind;

import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one call, read by position or keyword as Python binds them; {@link #done()} reports any
 * argument nobody read, so a misspelt keyword is an error rather than silently ignored.
 */
final class Arguments {
    private final ScriptBinder binder;
    private final String function;
    private final List<PyValue> args;
    private final Map<String, PyValue> kwargs;
    private final SourcePos pos;
    private final BitSet usedPositional = new BitSet();
    private final List<String> usedKeywords = new ArrayList<>();
    private final List<String> knownNames = new ArrayList<>();

    Arguments(ScriptBinder binder, String function, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        this.binder = binder;
        this.function = function.substring(function.lastIndexOf('.') + 1);
        this.args = args;
        this.kwargs = new LinkedHashMap<>(kwargs);
        this.pos = pos;
    }

    /** The argument at {@code index} (or -1 for keyword-only) or keyword {@code name}; null when absent and optional. */
    PyValue value(int index, String name, boolean required) {
        knownNames.add(name);
        PyValue byPosition = index >= 0 && index < args.size() ? args.get(index) : null;
        PyValue byKeyword = kwargs.get(name);
        if (byPosition != null && byKeyword != null) {
            throw binder.error(pos, function + "() got multiple values for argument '" + name + "'", null);
        }
        if (byPosition != null) {
            usedPositional.set(index);
            return byPosition;
        }
        if (byKeyword != null) {
            usedKeywords.add(name);
            return byKeyword;
        }
        if (required) {
            throw binder.error(pos, function + "() missing required argument '" + name + "'", null);
        }
        return null;
    }

    String string(int index, String name, boolean required) {
        PyValue v = value(index, name, required);
        if (v == null) {
            return null;
        }
        if (v instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s) {
            return s.value();
        }
        throw binder.error(pos, function + "(): '" + name + "' must be a str, got " + PyValue.typeName(v), null);
    }

    String optionalString(int index, String name) {
        PyValue v = value(index, name, false);
        if (v == null || v instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst) {
            return null;
        }
        if (v instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s) {
            return s.value();
        }
        throw binder.error(pos, function + "(): '" + name + "' must be a str, got " + PyValue.typeName(v), null);
    }

    /** The constant given for {@code name}, or {@code fallback} when absent. */
    Const constant(int index, String name, Const fallback) {
        PyValue v = value(index, name, false);
        if (v == null) {
            return fallback;
        }
        if (v instanceof PyValue.Constant c) {
            return c.value();
        }
        throw binder.error(pos, function + "(): '" + name + "' must be a constant, got " + PyValue.typeName(v), null);
    }

    /** Keywords not read yet, in the order written. */
    List<String> remainingKeywords() {
        List<String> out = new ArrayList<>();
        for (String k : kwargs.keySet()) {
            if (!usedKeywords.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Fails on any argument that was not read. */
    void done() {
        for (int i = 0; i < args.size(); i++) {
            if (!usedPositional.get(i)) {
                throw binder.error(pos, function + "() got too many positional arguments", null);
            }
        }
        List<String> rest = remainingKeywords();
        if (!rest.isEmpty()) {
            List<String> near = io.stratum.ir.diagnostics.NearestNames.nearest(rest.get(0), knownNames, 1);
            throw binder.error(pos, function + "() got an unexpected keyword argument '" + rest.get(0) + "'",
                    near.isEmpty() ? (knownNames.isEmpty() ? null : "it takes: " + String.join(", ", knownNames))
                            : "did you mean '" + near.get(0) + "'?");
        }
    }
}
