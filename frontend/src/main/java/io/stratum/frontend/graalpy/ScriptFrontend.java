package io.stratum.frontend.graalpy;

import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.bind.TracedScript;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/** Which frontend turns a script into a plan: the subset binder, GraalPy, or the subset with GraalPy as fallback. */
public enum ScriptFrontend {
    /** The ANTLR subset and the symbolic binder: no Python runs. */
    SUBSET,
    /** The script runs as real Python inside GraalPy, over facade modules. */
    GRAALPY,
    /**
     * The subset binder, and GraalPy only when the subset rejects a construct as outside the subset; real
     * mistakes (unknown names, bad parameters) are reported by the subset binder as they are.
     */
    AUTO;

    /** The frontend named on the command line ({@code subset}, {@code graalpy} or {@code auto}). */
    public static ScriptFrontend parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "subset" -> SUBSET;
            case "graalpy" -> GRAALPY;
            case "auto" -> AUTO;
            default -> throw new StratumError(Origin.NONE, "unknown --frontend '" + name + "'", "use auto, subset or graalpy");
        };
    }

    /**
     * Binds {@code text} (the script {@code fileName}) with this frontend; {@code note} receives the one-line
     * message printed when {@link #AUTO} falls back to GraalPy.
     */
    public BoundScript bind(String text, String fileName, Path workingDirectory, Duration timeout, Consumer<String> note) {
        return trace(text, fileName, workingDirectory, timeout, note).complete();
    }

    /**
     * {@link #bind} up to the first statement the frontend refuses ({@link TracedScript}). With {@link #AUTO}, a
     * construct outside the subset is no failure but the fallback: GraalPy traces the whole script again.
     */
    public TracedScript trace(String text, String fileName, Path workingDirectory, Duration timeout, Consumer<String> note) {
        return switch (this) {
            case SUBSET -> ScriptBinder.trace(text, fileName, workingDirectory);
            case GRAALPY -> GraalPyFrontend.trace(text, fileName, workingDirectory, timeout);
            case AUTO -> {
                ScriptError outside;
                try {
                    TracedScript traced = ScriptBinder.trace(text, fileName, workingDirectory);
                    if (!(traced.failure() instanceof ScriptError e) || !outsideSubset(e)) {
                        yield traced;
                    }
                    outside = e;
                } catch (ScriptError e) {
                    if (!outsideSubset(e)) {
                        throw e;
                    }
                    outside = e;
                }
                note.accept("stratum: note: " + outside.file() + ":" + outside.line() + ":" + outside.column() + ": "
                        + outside.problem() + "; running the script with GraalPy");
                yield GraalPyFrontend.trace(text, fileName, workingDirectory, timeout);
            }
        };
    }

    /** Whether {@code e} refuses a construct outside the subset, which GraalPy runs. */
    private static boolean outsideSubset(ScriptError e) {
        return e.hint() != null && e.hint().contains(ScriptError.FULL_PYTHON_HINT);
    }
}
