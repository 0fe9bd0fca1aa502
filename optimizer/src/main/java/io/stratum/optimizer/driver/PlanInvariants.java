package io.stratum.optimizer.driver;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.optimizer.metadata.OutputKind;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The properties every rewrite must keep; the driver checks them after each rule that fired. */
public final class PlanInvariants {
    private PlanInvariants() {
    }

    /**
     * Null when {@code after} may replace {@code before}, otherwise what is broken (one sentence): the plan is a
     * DAG with non-null inputs, and the root keeps its operator and output kind (unless it was a generic node).
     */
    public static String violation(LogicalNode before, LogicalNode after) {
        if (after == null) {
            return "the plan became null";
        }
        String shape = shapeViolation(after);
        if (shape != null) {
            return shape;
        }
        OutputKind was = OutputKind.of(before);
        OutputKind now = OutputKind.of(after);
        // Binding turns a generic root (output unknown) into a typed operator; any other change of the root's
        // operator or output alters what the plan means.
        if (was == OutputKind.UNKNOWN) {
            return null;
        }
        // Binding also turns a step on a result with keys in its index (groupby(k).mean()["a"]) into such a result.
        if (after instanceof io.stratum.ir.logical.IndexedResult && !(before instanceof io.stratum.ir.logical.IndexedResult)) {
            return null;
        }
        if (!before.kind().equals(after.kind())) {
            return "the root changed from " + before.kind() + " to " + after.kind();
        }
        if (was != now) {
            return "the root's output kind changed from " + was + " to " + now;
        }
        return null;
    }

    /** Null when every node's inputs are non-null and no node reads itself through its inputs. */
    static String shapeViolation(LogicalNode root) {
        Set<LogicalNode> done = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<LogicalNode, Boolean> onPath = new IdentityHashMap<>();
        return visit(root, done, onPath);
    }

    private static String visit(LogicalNode node, Set<LogicalNode> done, Map<LogicalNode, Boolean> onPath) {
        if (done.contains(node)) {
            return null;
        }
        if (onPath.containsKey(node)) {
            return "the plan has a cycle through " + node.kind();
        }
        onPath.put(node, Boolean.TRUE);
        List<LogicalNode> inputs = node.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            LogicalNode in = inputs.get(i);
            if (in == null) {
                return node.kind() + " has a null input at position " + i;
            }
            String v = visit(in, done, onPath);
            if (v != null) {
                return v;
            }
        }
        onPath.remove(node);
        done.add(node);
        return null;
    }
}
