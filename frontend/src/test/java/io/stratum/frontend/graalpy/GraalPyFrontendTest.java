package io.stratum.frontend.graalpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GraalPy frontend on scripts the subset cannot trace, on Python mistakes and API errors (located at the
 * script line), inside its sandbox, and under its time limit. All tests share the process's one engine.
 */
class GraalPyFrontendTest {
    private static final Path ROOT = ExampleScripts.repoRoot();

    private static BoundScript graalpy(String source) {
        return GraalPyFrontend.bind(source, "script.py", ROOT);
    }

    private static ScriptError graalpyError(String source) {
        return assertThrows(ScriptError.class, () -> graalpy(source));
    }

    @Test
    void fullPythonBuildsTheQuickStartsPlan() {
        // A class, a while loop, try/except, a lambda, sorted() and an f-string: all outside the subset.
        String source = """
                import pandas as pd
                import skrub
                from sklearn.linear_model import Ridge
                from sklearn.preprocessing import OneHotEncoder, StandardScaler

                class Features:
                    def __init__(self, scaled):
                        self.scaled = scaled

                    def build(self, X):
                        X = X.assign(wet_wind=X["wind"] * X["precipitation"])
                        X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
                        return X.skb.apply(StandardScaler(), cols=self.scaled)

                alphas = []
                a = 0.1
                while a < 20:
                    alphas.append(a)
                    a = a * 10
                try:
                    name = f"{'al'}{'pha'}"
                except ValueError:
                    name = None
                data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
                y = data["temp_max"].skb.mark_as_y()
                X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
                X = Features(sorted(["wind", "temp_min", "precipitation", "wet_wind"], key=lambda c: ["precipitation", "temp_min", "wind", "wet_wind"].index(c))).build(X)
                pred = X.skb.apply(Ridge(alpha=skrub.choose_from([round(v, 1) for v in alphas], name=name)), y=y)
                search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
                print("searching", len(alphas), "alphas")
                print(search.results_)
                """;
        assertThrows(ScriptError.class, () -> ScriptBinder.bind(source, "script.py", ROOT), "the subset must reject classes");
        BoundScript python = graalpy(source);
        BoundScript subset = ScriptBinder.bind(ExampleScripts.source("examples/quickstart.py"), "examples/quickstart.py", ROOT);
        assertEquals(subset.mainSearch().node().fingerprint(), python.mainSearch().node().fingerprint());
        assertEquals(List.of("text searching 3 alphas", "show results_ '' of " + python.mainSearch().node().fingerprint().hex()
                + " at line 31"), GraalPyParityTest.describe(python.actions()));
    }

    @Test
    void pythonErrorsAreLocatedAtTheScriptLine() {
        ScriptError name = graalpyError("import skrub\n\ndef f():\n    return undefined_name + 1\n\nf()\n");
        assertEquals(4, name.line());
        assertTrue(name.problem().contains("NameError") && name.problem().contains("undefined_name"), name.problem());

        ScriptError syntax = graalpyError("import skrub\nx = (1,\n");
        assertEquals("script.py", syntax.file());
        assertTrue(syntax.problem().contains("SyntaxError") || syntax.problem().contains("Syntax"), syntax.problem());

        // Python imports a name Stratum does not support; its use is the error, at the use
        ScriptError module = graalpyError("import skrub\nfrom sklearn.ensemble import ExtraTreesRegressor\n"
                + "model = ExtraTreesRegressor()\n");
        assertEquals(3, module.line());
        assertTrue(module.problem().contains("sklearn.ensemble"), module.problem());
    }

    @Test
    void dataOpsApiErrorsCarryThePythonLineOfTheFacadeCall() {
        ScriptError unknown = graalpyError("""
                from sklearn.linear_model import Ridge

                models = [Ridge(alpha=a) for a in (1.0, 2.0)]
                bad = Ridge(alpah=1.0)
                """);
        assertEquals(4, unknown.line());
        assertEquals(7, unknown.column());
        assertEquals("Ridge() got an unexpected keyword argument 'alpah'", unknown.problem());
        assertEquals("did you mean 'alpha'?", unknown.hint());

        ScriptError apply = graalpyError("""
                import skrub
                X = skrub.var("X")
                X.skb.apply(3)
                """);
        assertEquals(3, apply.line());
        assertTrue(apply.problem().startsWith(".skb.apply expects an estimator"), apply.problem());

        ScriptError truth = graalpyError("import skrub\nX = skrub.var('X')\nif X['a'] > 0:\n    pass\n");
        assertEquals(3, truth.line());
        assertTrue(truth.problem().contains("truth value of a DataOp"), truth.problem());
    }

    @Test
    void theSandboxRefusesFilesOutsideTheWorkingDirectoryWritesProcessesAndHostClasses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("inside.txt"), "visible");
        Path outside = Files.createTempFile("stratum-outside", ".txt");
        try {
            String reads = "text = open('inside.txt').read()\nassert text == 'visible', text\n";
            GraalPyFrontend.bind(reads, "script.py", dir);
            List<String> attempts = List.of(
                    "open(" + pyString(outside.toString()) + ").read()",
                    "open('../escape.txt').read()",
                    "open('new.txt', 'w').write('x')",
                    "import os\nos.system('true')",
                    "import java\njava.type('java.lang.System').exit(3)",
                    "import socket\nsocket.create_connection(('example.com', 80))");
            List<String> allowed = new ArrayList<>();
            for (String attempt : attempts) {
                try {
                    GraalPyFrontend.bind(attempt + "\n", "script.py", dir);
                    allowed.add(attempt);
                } catch (ScriptError | StratumError expected) {
                    // Refused, as it must be.
                }
            }
            assertEquals(List.of(), allowed, "the sandbox let these through");
            assertTrue(Files.notExists(dir.resolve("new.txt")));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aScriptThatRunsTooLongIsStopped() {
        long start = System.nanoTime();
        StratumError e = assertThrows(StratumError.class, () -> GraalPyFrontend.bind("while True:\n    pass\n", "loop.py", ROOT,
                Duration.ofSeconds(2)));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(e.getMessage().contains("did not finish building its plan within 2 s"), e.getMessage());
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
        // The shared engine still works after a context was cancelled.
        assertEquals(1, graalpy("import skrub\nprint('still alive')\n").actions().size());
    }

    @Test
    void autoFallsBackToGraalPyOnlyForConstructsOutsideTheSubset() {
        List<String> notes = new ArrayList<>();
        String outside = "import skrub\nn = 0\nwhile n < 2:\n    n += 1\nprint(n)\n";
        BoundScript bound = ScriptFrontend.AUTO.bind(outside, "script.py", ROOT, Duration.ofSeconds(60), notes::add);
        assertEquals("text 2", GraalPyParityTest.describe(bound.actions()).get(0));
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).startsWith("stratum: note: script.py:3:1:") && notes.get(0).endsWith("running the script with GraalPy"),
                notes.get(0));

        // A real mistake is reported by the subset binder, without running Python.
        ScriptError mistake = assertThrows(ScriptError.class, () -> ScriptFrontend.AUTO.bind("import skrub\nskrub.vra('x')\n",
                "script.py", ROOT, Duration.ofSeconds(60), notes::add));
        assertTrue(mistake.problem().contains("skrub.vra"), mistake.problem());
        assertEquals(1, notes.size());
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
