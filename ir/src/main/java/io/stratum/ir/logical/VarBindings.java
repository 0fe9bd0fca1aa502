package io.stratum.ir.logical;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plan whose variables take their values from an environment, as skrub evaluates a DataOp (or fits a learner or a
 * search) with an environment dict: each {@code skrub.var(name)} reads {@code environment[name]}; a name the plan
 * does not use is ignored, and a variable the environment does not name has no value (skrub's
 * {@code UninitializedVariable}), which {@link #missing} reports.
 */
public final class VarBindings {
    private final Map<String, LogicalNode> environment;
    private final Map<LogicalNode, LogicalNode> done = new IdentityHashMap<>();
    private final Set<String> missing = new TreeSet<>();

    private VarBindings(Map<String, LogicalNode> environment) {
        this.environment = environment;
    }

    /** The result of binding: the plan, and the names of variables left without a value (sorted). */
    public record Bound(LogicalNode plan, List<String> missing, List<Var> unbound) {
    }

    /** {@code root} with every variable's value replaced by the environment's. */
    public static Bound bind(LogicalNode root, Map<String, LogicalNode> environment) {
        VarBindings b = new VarBindings(environment);
        List<Var> unbound = new ArrayList<>();
        LogicalNode plan = b.resolve(root, unbound);
        return new Bound(plan, List.copyOf(b.missing), unbound);
    }

    private LogicalNode resolve(LogicalNode node, List<Var> unbound) {
        LogicalNode known = done.get(node);
        if (known != null) {
            return known;
        }
        LogicalNode out;
        if (node instanceof Var v) {
            LogicalNode value = environment.get(v.name());
            if (value == null) {
                if (missing.add(v.name())) {
                    unbound.add(v);
                }
                out = v;
            } else {
                out = new Var(v.name(), value, v.origin());
            }
        } else {
            List<LogicalNode> inputs = node.inputs();
            List<LogicalNode> resolved = new ArrayList<>(inputs.size());
            boolean changed = false;
            for (LogicalNode in : inputs) {
                LogicalNode r = resolve(in, unbound);
                changed |= r != in;
                resolved.add(r);
            }
            out = changed ? node.withInputs(resolved) : node;
        }
        done.put(node, out);
        return out;
    }
}
