package io.stratum.ir.logical;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan with every choice replaced by its default outcome, as skrub's {@code make_learner()} (and so
 * {@code .skb.cross_validate()}) picks it: the first outcome of {@code choose_from}/{@code choose_bool}/
 * {@code optional} (their default is listed first), the middle grid value of a numeric choice with {@code n_steps},
 * and the middle of a continuous range (in log space when {@code log=True}, rounded half to even for ints).
 */
public final class DefaultOutcomes {
    private final Map<LogicalNode, LogicalNode> done = new IdentityHashMap<>();

    private DefaultOutcomes() {
    }

    /** {@code root} with its choices resolved to their defaults; shared sub-plans stay shared. */
    public static LogicalNode of(LogicalNode root) {
        return new DefaultOutcomes().resolve(root);
    }

    private LogicalNode resolve(LogicalNode node) {
        LogicalNode known = done.get(node);
        if (known != null) {
            return known;
        }
        LogicalNode out;
        if (node instanceof Choice c) {
            out = c.continuous() ? new Value(c.range().continuousDefault(), c.origin())
                    : resolve(c.outcomes().get(c.range() == null ? 0 : (c.outcomes().size() - 1) / 2));
        } else {
            List<LogicalNode> inputs = node.inputs();
            List<LogicalNode> resolved = new ArrayList<>(inputs.size());
            boolean changed = false;
            for (LogicalNode in : inputs) {
                LogicalNode r = resolve(in);
                changed |= r != in;
                resolved.add(r);
            }
            out = changed ? node.withInputs(resolved) : node;
        }
        done.put(node, out);
        return out;
    }
}
