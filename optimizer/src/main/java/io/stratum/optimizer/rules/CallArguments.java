package io.stratum.optimizer.rules;

import io.stratum.ir.diagnostics.NearestNames;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Arg;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Value;
import io.stratum.ir.node.Origin;
import io.stratum.ir.value.Const;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of a generic pandas call matched to the method's parameters (positional ones in pandas' order,
 * keywords by name), with errors at the call's line for an unknown keyword, too many positional arguments, a
 * repeated argument or a value that is not a constant written in the script.
 */
final class CallArguments {
    private final String display;
    private final Origin origin;
    private final Map<String, LogicalNode> given = new HashMap<>();

    /** {@code params} lists every parameter, positional ones first; {@code positional} says how many may be passed so. */
    CallArguments(String display, Origin origin, List<Arg> args, List<String> params, int positional) {
        this.display = display;
        this.origin = origin;
        int at = 0;
        for (Arg a : args) {
            String name;
            if (a.isKeyword()) {
                name = a.keyword();
                if (!params.contains(name)) {
                    List<String> near = NearestNames.nearest(name, params, 2);
                    throw new StratumError(origin, display + "() got an unexpected keyword argument '" + name + "'",
                            near.isEmpty() ? (params.isEmpty() ? display + "() takes no arguments"
                                    : display + "() takes " + String.join(", ", params))
                                    : "did you mean '" + String.join("' or '", near) + "'?");
                }
            } else {
                if (at >= positional) {
                    throw new StratumError(origin, display + "() takes " + (positional == 0 ? "no" : "at most " + positional)
                            + " positional argument" + (positional == 1 ? "" : "s") + " here",
                            params.isEmpty() ? null : "pass the others by keyword: " + String.join(", ", params));
                }
                name = params.get(at++);
            }
            if (given.put(name, a.value()) != null) {
                throw new StratumError(origin, display + "() got multiple values for argument '" + name + "'", null);
            }
        }
    }

    boolean has(String name) {
        return given.containsKey(name);
    }

    /** The argument's node (a DataOp or a constant), or null when it was not passed. */
    LogicalNode node(String name) {
        return given.get(name);
    }

    /** The argument as a constant, {@code dflt} when it was not passed. */
    Const constant(String name, Const dflt) {
        LogicalNode n = given.get(name);
        if (n == null) {
            return dflt;
        }
        if (!(n instanceof Value v)) {
            throw new StratumError(origin, display + "(): '" + name + "' must be a constant written in the script",
                    "Stratum compiles " + display + "() with constant arguments only");
        }
        return v.value();
    }

    /** Refuses an argument set to something other than its default, which Stratum does not implement. */
    void requireDefault(String name, Const dflt) {
        Const c = constant(name, dflt);
        if (!c.equals(dflt)) {
            throw new StratumError(origin, display + "(" + name + "=" + c.repr() + ") is not supported by Stratum yet",
                    "leave " + name + " at its default, " + dflt.repr());
        }
    }

    String string(String name, String dflt) {
        Const c = constant(name, dflt == null ? Const.none() : Const.of(dflt));
        return switch (c) {
            case Const.StrConst s -> s.value();
            case Const.NoneConst none when dflt == null -> null;
            default -> throw new StratumError(origin, display + "(): '" + name + "' must be a str, got " + c.repr(), null);
        };
    }

    boolean bool(String name, boolean dflt) {
        Const c = constant(name, Const.of(dflt));
        if (c instanceof Const.BoolConst b) {
            return b.value();
        }
        throw new StratumError(origin, display + "(): '" + name + "' must be True or False, got " + c.repr(), null);
    }

    StratumError error(String message, String hint) {
        return new StratumError(origin, message, hint);
    }
}
