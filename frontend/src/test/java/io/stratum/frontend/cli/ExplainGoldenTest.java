package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.Golden;
import org.junit.jupiter.api.Test;

/**
 * {@code stratum explain examples/quickstart.py} as a golden file. EXPLAIN reads no data and shows the CSV path
 * as the script wrote it, so the text does not depend on the directory the tests run in.
 */
class ExplainGoldenTest {

    @Test
    void quickstartExplainMatchesGoldenFile() {
        String script = ExampleScripts.repoRoot().resolve("examples/quickstart.py").toString();
        Cli.Result r = Cli.run("explain", script);
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        Golden.assertMatches("quickstart_explain.txt", r.out());
    }
}
