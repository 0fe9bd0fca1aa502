package io.stratum.frontend.api;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.node.Origin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The steps a script created while it was traced, in the order Python runs them, each with how many of the script's
 * actions (its prints) were recorded before it. skrub previews every step of a {@code skrub.var} with a value as it is
 * created, so a step that fails fails at its statement, after what the statements before it printed; Stratum builds the
 * plan lazily, and this log is how it tells, for a step that fails later (when checked, or when the plan runs), which
 * prints came before it.
 */
public final class StepLog {
    private static final ThreadLocal<StepLog> CURRENT = new ThreadLocal<>();

    private final IntSupplier actions;
    private final List<LogicalNode> nodes = new ArrayList<>();
    private final List<Integer> actionsBefore = new ArrayList<>();
    private final Set<LogicalNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    /** A log whose steps count the actions {@code actions} says were recorded so far. */
    public StepLog(IntSupplier actions) {
        this.actions = actions;
    }

    /** Runs {@code body} (the script's trace) with every step it creates logged here. */
    public <T> T record(Supplier<T> body) {
        StepLog previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return body.get();
        } finally {
            CURRENT.set(previous);
        }
    }

    /**
     * Logs {@code op}, a value the script now holds, in the log being recorded on this thread, if any (once: a renamed
     * DataOp is the same step). The frontends log the values the script's expressions give, not the plans the API
     * builds inside (a learner's plan on new data, where skrub previews nothing).
     */
    public static void holds(DataOp op) {
        StepLog log = CURRENT.get();
        LogicalNode node = op.node();
        if (log != null && log.seen.add(node)) {
            log.nodes.add(node);
            log.actionsBefore.add(log.actions.getAsInt());
        }
    }

    /** The steps in the order they were created. */
    public List<LogicalNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** How many actions were recorded before the {@code i}-th step was created. */
    public int actionsBefore(int i) {
        return actionsBefore.get(i);
    }

    /** How many actions were recorded before {@code node} was created, or -1 when it is no logged step. */
    public int actionsBefore(LogicalNode node) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == node) {
                return actionsBefore.get(i);
            }
        }
        return -1;
    }

    /**
     * How many actions were recorded before the first step created at {@code origin}: the prints Python runs before a
     * failure of that step; -1 when no step was created there.
     */
    public int actionsBefore(Origin origin) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).origin().equals(origin)) {
                return actionsBefore.get(i);
            }
        }
        return -1;
    }
}
