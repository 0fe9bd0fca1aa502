package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors found in the data, not the script: a column the data does not have (seen when the plan is compiled, or only
 * while it runs, behind a step whose output columns are known only then) and a file that is missing or cannot be read.
 * With either frontend, each is one located {@code script.py:LINE:COL: error: ...} line at the script line that asked
 * for it, with the nearest existing names where a name was misspelt, exit code 2 and no stack trace.
 */
class DataErrorCliTest {
    private static final String HEAD = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import Ridge\n"
            + "from sklearn.preprocessing import StandardScaler\n";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        String read = "data = skrub.var('data', pd.read_csv(CSV))\n";
        String search = "pred = X.skb.apply(Ridge(), y=data['temp_max'].skb.mark_as_y())\n"
                + "print(pred.skb.make_grid_search(cv=3, fitted=True).results_)\n";
        return Stream.of("subset", "graalpy").flatMap(frontend -> Stream.of(
                // Known from the file's statistics when the plan is compiled.
                Arguments.of(frontend, "compile-time column", read + "X = data[['wind', 'temp_mn']].skb.mark_as_X()\n" + search,
                        "data.py:6:", "temp_min"),
                // Behind an estimator the columns are known only when it has run.
                Arguments.of(frontend, "run-time column", read + "X = data[['wind', 'temp_min']].skb.apply(StandardScaler())\n"
                        + "X = X[['wind', 'temp_mn']].skb.mark_as_X()\n" + search, "data.py:7:", "temp_min"),
                Arguments.of(frontend, "missing file", "data = skrub.var('data', pd.read_csv('no-such-file.csv'))\n"
                        + "X = data[['wind']].skb.mark_as_X()\n" + search, "data.py:5:", "no such file"),
                Arguments.of(frontend, "unreadable file", "data = skrub.var('data', pd.read_parquet(BAD))\n"
                        + "X = data[['wind']].skb.mark_as_X()\n" + search, "data.py:5:", "parquet")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void oneLocatedErrorWithoutStackTrace(String frontend, String what, String body, String where, String mentions)
            throws IOException {
        Path bad = dir.resolve("bad.parquet");
        Files.writeString(bad, "this is not a parquet file\n");
        String csv = ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString().replace("\\", "/");
        Path script = dir.resolve("data.py");
        Files.writeString(script, HEAD + body.replace("CSV", "'" + csv + "'")
                .replace("BAD", "'" + bad.toString().replace("\\", "/") + "'"));
        Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
        assertEquals(2, r.code(), r::toString);
        String[] lines = r.err().split("\n");
        int located = 0;
        for (String line : lines) {
            located += line.contains(": error: ") ? 1 : 0;
        }
        assertEquals(1, located, () -> "one error line: " + r);
        assertTrue(r.err().contains(where) && r.err().toLowerCase(java.util.Locale.ROOT).contains(mentions.toLowerCase(java.util.Locale.ROOT)),
                r::toString);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "no stack trace: " + r);
    }
}
