package io.stratum.optimizer.driver;

import io.stratum.ir.logical.LogicalNode;
import java.util.Objects;

/** What a rule did to a node: nothing, or a replacement — so change is never detected by comparing text. */
public sealed interface RuleResult {

    /** The rule does not apply to the node. */
    record Unchanged() implements RuleResult {
        private static final Unchanged INSTANCE = new Unchanged();
    }

    /** The rule replaced the node by {@code node}. */
    record Rewritten(LogicalNode node) implements RuleResult {
        public Rewritten {
            Objects.requireNonNull(node, "a rule rewrote a node to null");
        }
    }

    static RuleResult unchanged() {
        return Unchanged.INSTANCE;
    }

    static RuleResult rewrittenTo(LogicalNode node) {
        return new Rewritten(node);
    }
}
