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
}
