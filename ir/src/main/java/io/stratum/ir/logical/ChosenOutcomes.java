package io.stratum.ir.logical;

import io.stratum.ir.value.Const;
import java.util.Map;

/**
 * A plan with every choice replaced by the outcome a search picked (its {@code best_params_}: each choice's name to the
 * label of its outcome, or the value drawn from a continuous range), as skrub's {@code search.best_learner_} is the
 * pipeline with those outcomes. A choice the picked candidate does not reach (inside an outcome it did not take) keeps
 * its default ({@link DefaultOutcomes}): it is not evaluated.
 */
public final class ChosenOutcomes {
    private ChosenOutcomes() {
    }

    /** {@code root} with its choices resolved to {@code chosen}'s outcomes; shared sub-plans stay shared. */
    public static LogicalNode of(LogicalNode root, Map<String, Const> chosen) {
        Map<String, Const> labels = Map.copyOf(chosen);
        return DefaultOutcomes.resolving(root, c -> {
            Const label = labels.get(c.name());
            if (label == null) {
                return DefaultOutcomes.defaultOutcome(c);
            }
            if (c.continuous()) {
                return new Value(label, c.origin());
            }
            int index = c.labels().indexOf(label);
            if (index < 0) {
                throw new IllegalArgumentException("choice '" + c.name() + "' has no outcome " + label.repr());
            }
            return c.outcomes().get(index);
        });
    }
}
