package io.stratum.frontend.cli;

import io.stratum.frontend.bind.TracedScript;
import io.stratum.ir.diagnostics.StratumError;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a script's actions print, held until the run has computed them: a step that fails while the plan runs fails in
 * Python at its own statement, before the prints of the statements after it, which an action run earlier may already
 * have made ({@code print("hello")} after a read, before the print that computes the read). On such a failure only the
 * output of the actions before the failing step is written ({@link TracedScript#actionsBefore}).
 */
final class ScriptOutput {
    private final StringWriter text = new StringWriter();
    private final PrintWriter writer = new PrintWriter(text);
    private final List<Integer> ends = new ArrayList<>();

    /** Where the action being run prints. */
    PrintWriter writer() {
        return writer;
    }

    /** Marks the end of the output of the action that just ran. */
    void actionDone() {
        writer.flush();
        ends.add(text.getBuffer().length());
    }

    /** Writes everything the actions printed to {@code out}. */
    void release(PrintWriter out) {
        writer.flush();
        out.print(text);
        text.getBuffer().setLength(0);
        ends.clear();
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
        out.print(actions == 0 ? "" : text.getBuffer().substring(0, ends.get(actions - 1)));
        text.getBuffer().setLength(0);
        ends.clear();
    }
}
