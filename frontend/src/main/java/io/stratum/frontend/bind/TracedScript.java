package io.stratum.frontend.bind;

import io.stratum.frontend.api.StepCheck;
import io.stratum.frontend.api.StepLog;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;

/**
 * A script traced up to the first statement Stratum refused: what the statements before it built and printed
 * ({@code bound}), and that refusal ({@code failure}, null when every statement bound). Python runs those statements,
 * printing what they print, before it fails at the refused one; {@code stratum run} does the same with the prefix,
 * then reports the failure. A script that does not parse has no prefix: its error is thrown, since Python compiles the
 * whole file before running any of it. {@code steps} are the steps the script created, in order ({@link StepLog}; null
 * for a script traced without a log): {@link #checked()} refuses the first one that fails whether or not it is used,
 * and {@link #actionsBefore(Origin)} tells which prints come before a step that fails when the plan runs.
 */
public record TracedScript(BoundScript bound, RuntimeException failure, StepLog steps) {
    public TracedScript {
        if (failure != null && !(failure instanceof ScriptError) && !(failure instanceof StratumError)) {
            throw new IllegalArgumentException("a script stops at a mistake in the script (ScriptError or StratumError),"
                    + " not at " + failure);
        }
    }

    public TracedScript(BoundScript bound, RuntimeException failure) {
        this(bound, failure, null);
    }

    /** The whole script bound, or its failure thrown: for every use that needs all of it (explain, batches, tests). */
    public BoundScript complete() {
        if (failure != null) {
            throw failure;
        }
        return bound;
    }

    /**
     * This trace with every step checked as skrub's previews check it when it is created ({@link StepCheck}): a step
     * that fails, used or not, is the failure, after the actions recorded before it, unless the trace failed before
     * it.
     */
    public TracedScript checked() {
        if (steps == null) {
            return this;
        }
        StepCheck.Failure first = StepCheck.first(steps);
        if (first == null || first.actionsBefore() > bound.actions().size()) {
            return this;
        }
        return new TracedScript(new BoundScript(bound.fileName(), bound.sourceText(), bound.searches(),
                bound.actions().subList(0, first.actionsBefore()), bound.deferred()), first.error(), steps);
    }

    /**
     * How many of the script's actions Python runs before it fails at a step created at {@code origin} (the actions
     * recorded before the step), or -1 when no step, and no action, was made there.
     */
    public int actionsBefore(Origin origin) {
        int at = steps == null ? -1 : steps.actionsBefore(origin);
        if (at >= 0) {
            return at;
        }
        for (int i = 0; i < bound.actions().size(); i++) {
            if (bound.actions().get(i).origin().equals(origin)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * For each action, the fewest actions before any logged step it is the first action to compute (a step an earlier
     * action computed does not fail again): a failure while it runs prints at least that many actions' output, so what
     * the actions before that many printed can be shown before it runs. An action whose plan is not known here (a
     * learner's predictions, a report, a value written into text) may compute any step: 0. {@code Integer.MAX_VALUE}
     * for an action that computes no step.
     */
    public int[] firstFailurePositions() {
        int[] out = new int[bound.actions().size()];
        java.util.Set<io.stratum.ir.logical.LogicalNode> computed =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < out.length; i++) {
            java.util.List<io.stratum.ir.logical.LogicalNode> roots = roots(bound.actions().get(i));
            if (roots == null || steps == null) {
                out[i] = 0;
                continue;
            }
            int first = Integer.MAX_VALUE;
            java.util.ArrayDeque<io.stratum.ir.logical.LogicalNode> todo = new java.util.ArrayDeque<>(roots);
            while (!todo.isEmpty()) {
                io.stratum.ir.logical.LogicalNode n = todo.pop();
                if (computed.add(n)) {
                    int at = steps.actionsBefore(n);
                    if (at >= 0) {
                        first = Math.min(first, at);
                    }
                    todo.addAll(n.inputs());
                }
            }
            out[i] = first;
        }
        return out;
    }

    /** The plans {@code action} computes, or null when they are not known here. */
    private static java.util.List<io.stratum.ir.logical.LogicalNode> roots(ScriptAction action) {
        return switch (action) {
            case ScriptAction.PrintText t -> DeferredValue.hasToken(t.text()) ? null : java.util.List.of();
            case ScriptAction.ShowEvaluation e -> java.util.List.of(e.evaluation().plan().node());
            case ScriptAction.WriteCsv w -> java.util.List.of(w.write().value().plan().node());
            case ScriptAction.ShowSearch s -> java.util.List.of(s.search().node());
            case ScriptAction.ShowSearchRow s -> java.util.List.of(s.search().node());
            case ScriptAction.WriteSearchCsv s -> java.util.List.of(s.search().node());
            case ScriptAction.ShowCrossValidation c -> java.util.List.of(c.cv().search().node());
            default -> null;
        };
    }
}
