package io.stratum.frontend.cli;

import io.stratum.frontend.bind.TracedScript;
import io.stratum.ir.diagnostics.StratumError;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a script's actions print, held until no step the later actions compute can fail before it: a step that fails
 * while the plan runs fails in Python at its own statement, before the prints of the statements after it, which an
 * action run earlier may already have made ({@code print("hello")} after a read, before the print that computes the
 * read). On such a failure only the output of the actions before the failing step is written
 * ({@link TracedScript#actionsBefore}); the rest is written as soon as the actions left can no longer cut it
 * ({@link TracedScript#firstFailurePositions}), so the prints before a long search appear before it runs.
 */
final class ScriptOutput {
    private final StringWriter text = new StringWriter();
    private final PrintWriter writer = new PrintWriter(text);
    private final List<Integer> ends = new ArrayList<>();
    private int releasedActions;
    private int releasedChars;

    /** Where the action being run prints. */
    PrintWriter writer() {
        return writer;
    }

    /** Marks the end of the output of the action that just ran. */
    void actionDone() {
        writer.flush();
        ends.add(text.getBuffer().length());
    }

    /** Writes to {@code out} what the first {@code actions} actions (of those that ran) printed, if not yet written. */
    void release(PrintWriter out, int actions) {
        writer.flush();
        int n = Math.min(actions, ends.size());
        if (n > releasedActions) {
            out.print(text.getBuffer().substring(releasedChars, ends.get(n - 1)));
            out.flush();
            releasedActions = n;
            releasedChars = ends.get(n - 1);
        }
    }

    /** Writes everything the actions that ran printed to {@code out}. */
    void releaseAll(PrintWriter out) {
        release(out, ends.size());
    }

    /**
     * Writes what Python prints before {@code failure}, raised while the actions ran: the output of the actions before
     * the step it names, or of every action that finished when it names no step of the script.
     */
    void releaseBefore(Throwable failure, TracedScript traced, PrintWriter out) {
        int actions = ends.size();
        if (failure instanceof StratumError e && e.origin().isKnown()) {
            int before = traced.actionsBefore(e.origin());
            if (before >= 0) {
                actions = Math.min(actions, before);
            }
        }
        release(out, actions);
    }
}
