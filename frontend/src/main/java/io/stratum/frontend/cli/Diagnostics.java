package io.stratum.frontend.cli;

import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Turns an exception into what the user sees: for a mistake they can fix, the {@code file:line:col: error:}
 * line, the source line with a caret and a hint; for a bug of ours, one line asking for {@code --debug}.
 */
final class Diagnostics {
    /** Exit code of an error in the user's script or data. */
    static final int USER_ERROR = 2;
    /** Exit code of a failure inside Stratum. */
    static final int INTERNAL_ERROR = 1;

    private Diagnostics() {
    }

    /** Prints the error and returns the exit code. */
    static int report(Throwable t, Map<String, String> sources, boolean debug, boolean json, PrintWriter out, PrintWriter err) {
        if (debug) {
            t.printStackTrace(err);
        }
        ScriptError located = locate(t);
        if (located != null) {
            if (json) {
                out.print(JsonOutput.write(JsonOutput.error(located.file(), located.line(), located.column(),
                        located.problem(), located.hint())));
            } else {
                String source = sources.get(located.file());
                err.print(source != null ? located.render(source) : located.getMessage() + hintLine(located.hint()));
                err.flush();
            }
            return USER_ERROR;
        }
        if (t instanceof StratumError s) {
            if (json) {
                out.print(JsonOutput.write(JsonOutput.error(null, 0, 0, s.getMessage(), s.hint())));
            } else {
                err.print("stratum: error: " + s.getMessage() + "\n" + hintLine(s.hint()));
            }
            err.flush();
            return USER_ERROR;
        }
        String what = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        err.println("stratum: internal error: " + what);
        if (!debug) {
            err.println("This is a bug in Stratum; run again with --debug for the stack trace and report it.");
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    private static ScriptError locate(Throwable t) {
        if (t instanceof ScriptError s) {
            return s;
        }
        if (t instanceof StratumError s && s.origin().isKnown()) {
            Origin o = s.origin();
            return new ScriptError(o.file(), o.line(), o.column(), s.getMessage(), s.hint());
        }
        return null;
    }

    private static String hintLine(String hint) {
        return hint == null ? "" : "hint: " + hint + "\n";
    }
}
