package io.stratum.frontend.api;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.logical.Subsample;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * skrub's {@code keep_subsampling=True} and its checks: every {@link Subsample} of a plan put in effect (as previews
 * always do), an error when the plan has none (skrub's text), and for searches, cross-validation and splits, the
 * subsampling must happen where skrub's would: on the rows before {@code mark_as_X}/{@code mark_as_y}, on both or on
 * neither of them.
 */
final class Subsampling {
    private Subsampling() {
    }

    /** The plan with every subsample in effect; skrub's error when there is none. */
    static LogicalNode keep(LogicalNode root) {
        if (!uses(root)) {
            throw DataOp.error("`keep_subsampling=True` was passed but no subsampling has been configured anywhere in"
                    + " the DataOp", "pass keep_subsampling=False (the default) or configure subsampling with"
                    + " .skb.subsample()");
        }
        return kept(root, new IdentityHashMap<>());
    }

    /** The plan with every subsample in effect (a plan without one is returned as is). */
    static LogicalNode keepAll(LogicalNode root) {
        return uses(root) ? kept(root, new IdentityHashMap<>()) : root;
    }

    /** Whether the plan has a {@code .skb.subsample()} anywhere (skrub's {@code uses_subsampling}). */
    static boolean uses(LogicalNode root) {
        return find(root, n -> n instanceof Subsample, new IdentityHashMap<>()) != null;
    }

    /**
     * Refuses subsampling in effect that a search or split cannot do as skrub does: after {@code mark_as_X}/{@code
     * mark_as_y} (skrub subsamples the training rows of each fit there, which Stratum's folds do not), or on the rows of
     * only one of X and y (skrub's error, raised here before the data is read).
     */
    static void checkForSplit(LogicalNode root, String method) {
        LogicalNode late = find(root, n -> n instanceof Subsample s && s.keep()
                && find(s.input(), m -> m instanceof MarkX || m instanceof MarkY, new IdentityHashMap<>()) != null,
                new IdentityHashMap<>());
        if (late != null) {
            throw new StratumError(late.origin(), method + " with keep_subsampling=True: this .skb.subsample() comes after"
                    + " .skb.mark_as_X()/.skb.mark_as_y(), which Stratum does not support yet",
                    "subsample the data X and y are computed from, before mark_as_X and mark_as_y");
        }
        List<LogicalNode> marks = new ArrayList<>();
        find(root, n -> {
            if (n instanceof MarkX || n instanceof MarkY) {
                marks.add(n);
            }
            return false;
        }, new IdentityHashMap<>());
        LogicalNode x = marks.stream().filter(m -> m instanceof MarkX).findFirst().orElse(null);
        LogicalNode y = marks.stream().filter(m -> m instanceof MarkY).findFirst().orElse(null);
        if (x == null || y == null) {
            return;
        }
        boolean xSub = keptIn(x), ySub = keptIn(y);
        if (xSub != ySub) {
            String sub = xSub ? "X" : "y";
            String other = xSub ? "y" : "X";
            throw new StratumError((xSub ? x : y).origin(), "`" + sub + "` was subsampled with `.skb.subsample()` but `"
                    + other + "` was not (skrub's error when that leaves them different sizes)",
                    "Are `.skb.subsample()` and `.skb.mark_as_*()` applied in the same order for both X and y?");
        }
    }

    /** Whether some subsample of the plan is in effect. */
    static boolean keptIn(LogicalNode node) {
        return find(node, n -> n instanceof Subsample s && s.keep(), new IdentityHashMap<>()) != null;
    }

    private static LogicalNode kept(LogicalNode node, Map<LogicalNode, LogicalNode> done) {
        LogicalNode known = done.get(node);
        if (known != null) {
            return known;
        }
        List<LogicalNode> inputs = new ArrayList<>();
        boolean changed = false;
        for (LogicalNode in : node.inputs()) {
            LogicalNode k = kept(in, done);
            changed |= k != in;
            inputs.add(k);
        }
        LogicalNode out = changed ? node.withInputs(inputs) : node;
        if (out instanceof Subsample s && !s.keep()) {
            out = s.withKeep(true);
        }
        done.put(node, out);
        return out;
    }

    /** The first node (inputs first) the test accepts, or null; {@code seen} memoizes the answer per node. */
    private static LogicalNode find(LogicalNode node, java.util.function.Predicate<LogicalNode> test,
                                    Map<LogicalNode, Boolean> seen) {
        if (seen.containsKey(node)) {
            return null;
        }
        seen.put(node, Boolean.TRUE);
        for (LogicalNode in : node.inputs()) {
            LogicalNode found = find(in, test, seen);
            if (found != null) {
                return found;
            }
        }
        return test.test(node) ? node : null;
    }
}
