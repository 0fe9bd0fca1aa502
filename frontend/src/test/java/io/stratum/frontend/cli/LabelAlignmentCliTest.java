package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ReferenceCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where frames or columns of different row labels meet and Stratum cannot give pandas' answer, the step stops with one
 * located error at the script line, never a positional pairing: pandas' own message where pandas raises (comparing
 * differently-labelled Series, a mask missing labels, a reindex on repeated labels), else a refusal saying pandas
 * aligns on labels (a union of labels, an int64/bool column made float64/object by missing rows). Cases and pandas'
 * outcomes come from {@code frontend/reference/make_label_alignment_reference.py}; the cases pandas aligns and
 * Stratum computes are in {@code skb_ops/eval_label_alignment.py} (EvalCliTest).
 */
class LabelAlignmentCliTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Map<String, String>> rows = ReferenceCsv.read("frontend/src/test/resources/label_alignment/cases.csv");
        return Stream.of("subset", "graalpy").flatMap(frontend -> rows.stream().map(r -> Arguments.of(frontend,
                r.get("case"), r.get("expression"), r.get("pandas"), r.get("detail"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void refusedAtItsLineAsPandasRefusesOrAligns(String frontend, String name, String expression, String pandas,
                                                 String detail) throws IOException {
        String csv = ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString().replace("\\", "/");
        Path script = dir.resolve("labels.py");
        Files.writeString(script, "import pandas as pd\nimport skrub\ndata = skrub.var('data', pd.read_csv('" + csv
                + "'))\nout = " + expression + "\nprint(out.skb.eval())\n");
        Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
        assertEquals(2, r.code(), r::toString);
        long located = r.err().lines().filter(l -> l.contains(": error: ")).count();
        assertEquals(1, located, () -> "one error line: " + r);
        assertTrue(r.err().contains("labels.py:4:"), () -> "at the line that combines them: " + r);
        if (pandas.equals("error")) {
            String message = detail.substring(detail.indexOf(": ") + 2);
            assertTrue(r.err().contains(message), () -> "pandas' message '" + message + "': " + r);
        } else {
            assertTrue(r.err().contains("pandas aligns"), () -> "pandas " + detail + "; Stratum refuses: " + r);
        }
        assertTrue(r.err().contains("hint: "), r::toString);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "no stack trace: " + r);
    }
}
