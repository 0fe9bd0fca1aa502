package io.stratum.frontend.graalpy;

import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * Turns what escapes a GraalPy script into the errors the CLI reports: a Python exception, or an error of the
 * DataOps API inside a facade call, becomes a {@link ScriptError} at the innermost line of the script itself.
 */
final class PythonErrors {
    private PythonErrors() {
    }

    static RuntimeException translate(PolyglotException e, String fileName) {
        if (e.isHostException()) {
            Throwable host = e.asHostException();
            if (host instanceof ScriptError s) {
                return s;
            }
            if (host instanceof StratumError s) {
                if (s.origin().isKnown()) {
                    return s;
                }
                int[] at = scriptPosition(e, fileName);
                return at == null ? s : new ScriptError(fileName, at[0], at[1], s.getMessage(), s.hint());
            }
            return host instanceof RuntimeException r ? r : e;
        }
        String message = message(e);
        if (e.isInternalError() || e.isResourceExhausted()) {
            // The sandbox refuses by throwing SecurityException inside the language: the script's doing, not ours.
            String refusal = refusal(message);
            if (refusal != null) {
                int[] at = scriptPosition(e, fileName);
                String problem = "the sandbox refused: " + refusal;
                return at == null ? new StratumError(io.stratum.ir.node.Origin.NONE, fileName + ": " + problem, SANDBOX_HINT)
                        : new ScriptError(fileName, at[0], at[1], problem, SANDBOX_HINT);
            }
            return e;
        }
        int[] at;
        if (e.isSyntaxError()) {
            SourceSection s = e.getSourceLocation();
            at = s == null || !s.isAvailable() ? null : new int[] {s.getStartLine(), column(s)};
        } else {
            at = scriptPosition(e, fileName);
        }
        if (at == null) {
            return new StratumError(io.stratum.ir.node.Origin.NONE, fileName + ": " + message, hint(message));
        }
        return new ScriptError(fileName, at[0], at[1], message, hint(message));
    }

    /** What the sandbox refused, when the message is one of its refusals (else null). */
    private static String refusal(String message) {
        for (String kind : new String[] {"java.lang.SecurityException: ", "UnsupportedPosixFeatureException: "}) {
            int at = message.indexOf(kind);
            if (at >= 0) {
                String rest = message.substring(at + kind.length());
                int end = rest.indexOf('\n');
                return end < 0 ? rest : rest.substring(0, end);
            }
        }
        return null;
    }

    private static final String SANDBOX_HINT = "a Stratum script may read files below its working directory and nothing "
            + "else: no writes, processes, network, native code or Java classes";

    /**
     * The line and column of the innermost frame of the script itself (not of a facade module) in the Python
     * traceback, which is where the user can fix the mistake; null when no frame of the script is on it.
     */
    private static int[] scriptPosition(PolyglotException e, String fileName) {
        try {
            Value exception = e.getGuestObject();
            Value tb = exception == null || !exception.hasMember("__traceback__") ? null : exception.getMember("__traceback__");
            int[] found = null;
            while (tb != null && !tb.isNull()) {
                Value code = tb.getMember("tb_frame").getMember("f_code");
                if (fileName.equals(code.getMember("co_filename").asString())) {
                    int line = tb.getMember("tb_lineno").asInt();
                    found = new int[] {line, column(code, tb.getMember("tb_lasti").asInt(), line)};
                }
                tb = tb.getMember("tb_next");
            }
            return found;
        } catch (RuntimeException unavailable) {
            // A closed or cancelled context has no traceback to read.
            return null;
        }
    }

    /** The 1-based column of the instruction at {@code lasti}, from {@code co_positions()}, or 1. */
    private static int column(Value code, int lasti, int line) {
        if (lasti < 0 || !code.canInvokeMember("co_positions")) {
            return 1;
        }
        Value positions = code.invokeMember("co_positions").getIterator();
        for (int i = 0; positions.hasIteratorNextElement(); i++) {
            Value p = positions.getIteratorNextElement();
            if (i == lasti / 2) {
                Value startLine = p.getArrayElement(0);
                Value startColumn = p.getArrayElement(2);
                return !startLine.isNull() && startLine.asInt() == line && !startColumn.isNull() ? startColumn.asInt() + 1 : 1;
            }
        }
        return 1;
    }

    private static int column(SourceSection s) {
        return s.hasColumns() ? Math.max(1, s.getStartColumn()) : 1;
    }

    private static String message(PolyglotException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "Python error" : m.strip();
    }

    private static String hint(String message) {
        if (message.startsWith("ModuleNotFoundError") || message.startsWith("ImportError")) {
            return "scripts may import skrub (or stratum), pandas, numpy, scikit-learn modules the catalog knows, and "
                    + "the Python standard library";
        }
        return null;
    }
}
