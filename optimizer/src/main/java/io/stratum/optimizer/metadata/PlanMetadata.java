package io.stratum.optimizer.metadata;

import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.LogicalNode;
import java.util.IdentityHashMap;
import java.util.Map;

/** The metadata derived for the nodes of one logical plan, looked up by node. */
public final class PlanMetadata {
    private final Map<LogicalNode, NodeMetadata> byNode;

    PlanMetadata(Map<LogicalNode, NodeMetadata> byNode) {
        this.byNode = new IdentityHashMap<>(byNode);
    }

    /** The metadata of {@code node}, which must belong to the plan this was derived for. */
    public NodeMetadata of(LogicalNode node) {
        NodeMetadata m = byNode.get(node);
        if (m == null) {
            throw new IllegalArgumentException("no metadata for " + node.kind() + ": it is not part of the derived plan");
        }
        return m;
    }

    /** The metadata of {@code node}, or empty when the node is not part of the derived plan. */
    public java.util.Optional<NodeMetadata> find(LogicalNode node) {
        return java.util.Optional.ofNullable(byNode.get(node));
    }

    /** Annotates EXPLAIN lines with each node's metadata. */
    public ExplainWriter.Annotator annotator() {
        return node -> node instanceof LogicalNode l && byNode.containsKey(l) ? byNode.get(l).describe() : null;
    }

    /** The plan below {@code root} as EXPLAIN text with every node's metadata after its terms. */
    public String explain(LogicalNode root) {
        return new ExplainWriter().annotate(annotator()).write(java.util.List.of(root)).toString();
    }
}
