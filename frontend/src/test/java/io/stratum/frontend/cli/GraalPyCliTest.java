package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --frontend graalpy} through the CLI: the quick start's output, and a Python mistake reported as usual. */
class GraalPyCliTest {

    private static String withoutWallTime(String out) {
        return out.replaceAll("(?m)^wall time: .*$", "wall time");
    }

    @Test
    void quickStartPrintsTheSameResultsUnderGraalPy(@TempDir Path dir) throws Exception {
        // The data path made absolute, as the tests run in the module directory rather than the repository root.
        Path csv = ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv");
        Path script = dir.resolve("quickstart.py");
        Files.writeString(script, ExampleScripts.source("examples/quickstart.py")
                .replace("\"examples/data/seattle-weather.csv\"", "\"" + csv.toString().replace("\\", "/") + "\""));
        Cli.Result subset = Cli.run("run", "--frontend", "subset", "--threads", "1", script.toString());
        Cli.Result python = Cli.run("run", "--frontend", "graalpy", "--threads", "1", script.toString());
        assertEquals(0, subset.code(), subset::toString);
        assertEquals(0, python.code(), python::toString);
        assertTrue(python.out().contains("mean_test_score"), python::toString);
        assertEquals(withoutWallTime(subset.out()), withoutWallTime(python.out()));
        assertEquals("", python.err(), python::toString);
    }

    @Test
    void aPythonMistakeIsOneLocatedErrorWithExitCodeTwo() throws Exception {
        Path script = Files.createTempFile("stratum-graalpy", ".py");
        try {
            Files.writeString(script, "import skrub\nfor i in range(3):\n    pass\nvalue = skrub.var('x') + missing\n");
            Cli.Result r = Cli.run("explain", "--frontend", "graalpy", script.toString());
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().startsWith(script + ":4:"), r::toString);
            assertTrue(r.err().contains("NameError: name 'missing' is not defined"), r::toString);
            assertTrue(r.err().contains("value = skrub.var('x') + missing\n"), r::toString);
            assertFalse(r.err().contains("\tat "), r::toString);

            Cli.Result timeout = Cli.run("explain", "--frontend", "graalpy", "--script-timeout", "0", script.toString());
            assertEquals(2, timeout.code(), timeout::toString);
            assertTrue(timeout.err().contains("--script-timeout must be positive"), timeout::toString);
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
