package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The subset binder and GraalPy report the same error text for the same script: the same line and column (a call at
 * the name it calls, an attribute at its name), message, caret and hint.
 */
class ErrorParityCliTest {
    private static final String HEAD = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import Ridge\n";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        String csv = ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString().replace("\\", "/");
        String read = "data = skrub.var('data', pd.read_csv('" + csv + "'))\n";
        String search = "pred = X.skb.apply(Ridge(), y=data['temp_max'].skb.mark_as_y())\n"
                + "print(pred.skb.make_grid_search(cv=3, fitted=True).results_)\n";
        return Stream.of(
                Arguments.of("missing file, read when the plan runs", "data = skrub.var('data', pd.read_csv('no-such-file.csv'))\n"
                        + "X = data[['wind']].skb.mark_as_X()\n" + search, "data.py:4:29:"),
                Arguments.of("misspelt .skb method", read + "X = data.skb.aply(Ridge())\n", "data.py:5:14:"),
                Arguments.of("position outside the rows", read + "rows = data.iloc[[0, 5000]]\nprint(rows.skb.eval())\n",
                        "data.py:5:"),
                Arguments.of("bad subsample", read + "data = data.skb.subsample(n=5, how='tail')\n", "data.py:5:"),
                Arguments.of("select_dtypes of a dtype pandas does not know", read
                        + "X = data.select_dtypes(include=['number', 'bogus']).skb.mark_as_X()\n" + search, "data.py:5:10:"),
                Arguments.of("query naming no column", read + "X = data.query('wind > 3 and tmp_max < 20').skb.mark_as_X()\n"
                        + search, "data.py:5:10:"),
                Arguments.of("iloc column out of bounds", read + "X = data.iloc[:100, [1, 9]].skb.mark_as_X()\n" + search,
                        "data.py:5:"),
                Arguments.of("float32 arithmetic", read + "X = data[['wind']].astype('float32')\nX = (X * 2).skb.mark_as_X()\n"
                        + search, "data.py:6:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bothFrontendsReportTheSameError(String what, String body, String where) throws IOException {
        Path script = dir.resolve("data.py");
        Files.writeString(script, HEAD + body);
        Cli.Result subset = Cli.run("run", "--threads", "1", "--frontend", "subset", script.toString());
        Cli.Result python = Cli.run("run", "--threads", "1", "--frontend", "graalpy", script.toString());
        assertEquals(2, subset.code(), subset::toString);
        assertEquals(2, python.code(), python::toString);
        assertTrue(subset.err().contains(where), subset::toString);
        assertEquals(subset.err(), python.err());
    }
}
