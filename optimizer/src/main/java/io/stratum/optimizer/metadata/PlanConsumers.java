package io.stratum.optimizer.metadata;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.node.Fingerprint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which nodes of a plan read each node, by fingerprint (so equal sub-plans built separately count as one node with
 * the consumers of all copies): what a rule asks before it moves a node that others may still need where it is.
 */
public final class PlanConsumers {
    private final Map<Fingerprint, Set<Fingerprint>> consumers = new HashMap<>();
    private final Set<Fingerprint> nodes = new HashSet<>();

    private PlanConsumers() {
    }

    /** The consumers of every node of {@code plan}; the root has none. */
    public static PlanConsumers of(LogicalNode plan) {
        PlanConsumers c = new PlanConsumers();
        c.walk(plan, c.nodes);
        return c;
    }

    private void walk(LogicalNode node, Set<Fingerprint> seen) {
        if (!seen.add(node.fingerprint())) {
            return;
        }
        for (LogicalNode in : node.inputs()) {
            consumers.computeIfAbsent(in.fingerprint(), f -> new HashSet<>()).add(node.fingerprint());
            walk(in, seen);
        }
    }

    /** The fingerprints of the nodes that read {@code node} (empty for the root or a node not in the plan). */
    public Set<Fingerprint> readersOf(LogicalNode node) {
        return consumers.getOrDefault(node.fingerprint(), Set.of());
    }

    /**
     * True when {@code node} is in the plan and every consumer of it is one of {@code allowed}; false for a node the
     * plan does not hold (say, one a rule built during the current pass), whose consumers are not known.
     */
    public boolean onlyReadBy(LogicalNode node, Set<Fingerprint> allowed) {
        return nodes.contains(node.fingerprint()) && allowed.containsAll(readersOf(node));
    }
}
