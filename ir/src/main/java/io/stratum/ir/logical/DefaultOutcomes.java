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
    /** The outcome of a choice (resolved in turn, so a choice inside it is resolved the same way). */
    private final java.util.function.Function<Choice, LogicalNode> pick;

    private DefaultOutcomes(java.util.function.Function<Choice, LogicalNode> pick) {
        this.pick = pick;
    }

    /** {@code root} with its choices resolved to their defaults; shared sub-plans stay shared. */
    public static LogicalNode of(LogicalNode root) {
        return resolving(root, DefaultOutcomes::defaultOutcome);
    }

    /** {@code root} with each choice replaced by what {@code pick} gives for it, resolved the same way in turn. */
    static LogicalNode resolving(LogicalNode root, java.util.function.Function<Choice, LogicalNode> pick) {
        return new DefaultOutcomes(pick).resolve(root);
    }

    /** A choice's default outcome, not resolved yet. */
    static LogicalNode defaultOutcome(Choice c) {
        return c.continuous() ? new Value(c.range().continuousDefault(), c.origin())
                : c.outcomes().get(c.range() == null ? 0 : (c.outcomes().size() - 1) / 2);
    }

    private LogicalNode resolve(LogicalNode node) {
        LogicalNode known = done.get(node);
        if (known != null) {
            return known;
        }
        LogicalNode out;
        if (node instanceof Choice c) {
            out = resolve(pick.apply(c));
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
