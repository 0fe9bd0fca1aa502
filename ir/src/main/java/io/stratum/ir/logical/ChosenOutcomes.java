package io.stratum.ir.logical;

import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan with every choice replaced by the outcome a search picked (its {@code best_params_}: each choice's name to the
 * label of its outcome, or the value drawn from a continuous range), as skrub's {@code search.best_learner_} is the
 * pipeline with those outcomes. A choice the picked candidate does not reach (inside an outcome it did not take) keeps
 * its default ({@link DefaultOutcomes}): it is not evaluated.
 */
public final class ChosenOutcomes {
    private final Map<String, Const> chosen;
    private final Map<LogicalNode, LogicalNode> done = new IdentityHashMap<>();

    private ChosenOutcomes(Map<String, Const> chosen) {
        this.chosen = chosen;
    }

    /** {@code root} with its choices resolved to {@code chosen}'s outcomes; shared sub-plans stay shared. */
    public static LogicalNode of(LogicalNode root, Map<String, Const> chosen) {
        return new ChosenOutcomes(Map.copyOf(chosen)).resolve(root);
    }

    private LogicalNode resolve(LogicalNode node) {
        LogicalNode known = done.get(node);
        if (known != null) {
            return known;
        }
        LogicalNode out;
        if (node instanceof Choice c) {
            Const label = chosen.get(c.name());
            if (label == null) {
                out = resolve(DefaultOutcomes.of(c));
            } else if (c.continuous()) {
                out = new Value(label, c.origin());
            } else {
                int index = c.labels().indexOf(label);
                if (index < 0) {
                    throw new IllegalArgumentException("choice '" + c.name() + "' has no outcome " + label.repr());
                }
                out = resolve(c.outcomes().get(index));
            }
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
