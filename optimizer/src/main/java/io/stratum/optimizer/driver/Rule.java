package io.stratum.optimizer.driver;

import io.stratum.ir.logical.LogicalNode;

/** One local rewrite of the logical plan; the driver walks the plan and offers the rule every node. */
public interface Rule {

    /** A stable snake_case id, e.g. {@code bind_frame_methods}, used in traces and EXPLAIN VERBOSE. */
    String name();

    /**
     * The node rewritten, or {@link RuleResult#unchanged()}. Rules look at {@code node} and its inputs but
     * never recurse: the driver has already rewritten the inputs.
     */
    RuleResult apply(LogicalNode node, RuleContext ctx);
}
