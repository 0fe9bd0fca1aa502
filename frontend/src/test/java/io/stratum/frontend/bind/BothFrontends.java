package io.stratum.frontend.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.graalpy.GraalPyFrontend;
import io.stratum.frontend.syntax.ScriptError;
import java.util.List;
import java.util.function.Function;

/** The subset binder and the GraalPy frontend, for tests that hold both to the same plan actions and errors. */
public final class BothFrontends {
    public static final List<Function<String, BoundScript>> ALL = List.of(
            s -> ScriptBinder.bind(s, "script.py", ExampleScripts.repoRoot()),
            s -> GraalPyFrontend.bind(s, "script.py", ExampleScripts.repoRoot()));

    private BothFrontends() {
    }

    /** Binding {@code source} fails in both frontends at {@code line}, saying {@code expected} (message or hint). */
    public static void assertErrorAt(String source, int line, String expected) {
        for (Function<String, BoundScript> frontend : ALL) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> frontend.apply(source), source);
            String text = e.getMessage() + " " + (e instanceof ScriptError se ? se.hint() : "");
            assertTrue(text.contains(expected), expected + ": " + text);
            int at = e instanceof ScriptError se ? se.line() : ((io.stratum.ir.diagnostics.StratumError) e).origin().line();
            assertEquals(line, at, expected + ": " + text);
        }
    }
}
