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
 * scikit-learn's {@code train_test_split} function called in ways scikit-learn refuses, or on values Stratum cannot
 * split: with either frontend, one located {@code script.py:LINE:COL: error: ...} line, exit code 2, no stack trace.
 * (Its rows are held to scikit-learn's by examples/splitters/train_test_split_function.py and
 * skb_ops/cv_train_test_split_function.py, whose scores are skrub's on scikit-learn's split.)
 */
class TrainTestSplitFunctionCliTest {
    private static final String HEAD = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import Ridge\n"
            + "from sklearn.model_selection import train_test_split\nweather = pd.read_csv(CSV)\n";
    private static final String TAIL = "data = skrub.var('data', train)\n"
            + "pred = data[['wind']].skb.mark_as_X().skb.apply(Ridge(), y=data['temp_max'].skb.mark_as_y())\n"
            + "print(pred.skb.make_grid_search(cv=3, fitted=True).results_)\n";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of("subset", "graalpy").flatMap(frontend -> Stream.of(
                Arguments.of(frontend, "stratify without shuffling", "train, test = train_test_split(weather, shuffle=False,"
                        + " stratify=weather['weather'])\n" + TAIL, "t.py:6:", "shuffle=False"),
                Arguments.of(frontend, "a fraction out of range", "train, test = train_test_split(weather, test_size=1.5)\n"
                        + TAIL, "t.py:6:", "test_size"),
                Arguments.of(frontend, "a list instead of a frame", "train, test = train_test_split([1, 2, 3, 4])\n"
                        + TAIL, "t.py:6:", "frames and columns"),
                // Known only when the rows are counted: more test rows than the file has.
                Arguments.of(frontend, "more test rows than rows", "train, test = train_test_split(weather,"
                        + " test_size=5000, random_state=0)\n" + TAIL, "t.py:6:", "5000")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void oneLocatedErrorWithoutStackTrace(String frontend, String what, String body, String where, String mentions)
            throws IOException {
        String csv = ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString().replace("\\", "/");
        Path script = dir.resolve("t.py");
        Files.writeString(script, (HEAD + body).replace("CSV", "'" + csv + "'"));
        Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
        assertEquals(2, r.code(), r::toString);
        int located = 0;
        for (String line : r.err().split("\n")) {
            located += line.contains(": error: ") ? 1 : 0;
        }
        assertEquals(1, located, () -> "one error line: " + r);
        assertTrue(r.err().contains(where) && r.err().contains(mentions), r::toString);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "no stack trace: " + r);
    }
}
