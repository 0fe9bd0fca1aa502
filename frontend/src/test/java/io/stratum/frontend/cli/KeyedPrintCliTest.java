package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * pandas results whose index holds keys ({@code value_counts()}, group-by aggregations, and the steps chained on them)
 * printed as skrub printed them ({@code frontend/reference/make_keyed_print_reference.py}), in both frontends with the
 * optimizer on and off; the steps Stratum does not compute on them are errors at their script line and column.
 */
class KeyedPrintCliTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Map<String, String>> ref = ReferenceCsv.read("frontend/src/test/resources/reference/keyed_printed.csv");
        return ref.stream().flatMap(r -> Stream.of(
                Arguments.of(r.get("script"), "subset", true, r.get("printed")),
                Arguments.of(r.get("script"), "subset", false, r.get("printed")),
                Arguments.of(r.get("script"), "graalpy", true, r.get("printed")),
                Arguments.of(r.get("script"), "graalpy", false, r.get("printed"))));
    }

    @ParameterizedTest(name = "{0} {1} optimizer={2}")
    @MethodSource("cases")
    void printsWhatSkrubPrinted(String script, String frontend, boolean optimizer, String expected) throws IOException {
        Path shared = ExampleScripts.sharedData();
        assumeTrue(Files.isRegularFile(shared.resolve("employee_salaries.csv")) && Files.isRegularFile(shared.resolve("penguins.json")),
                () -> script + " needs the shared data in " + shared + " (set -Dstratum.shared.data=DIR); skipping");
        Path copy = dir.resolve(Path.of(script).getFileName().toString());
        Files.writeString(copy, ExampleScripts.source(script).replace("\"../shared/data/",
                "\"" + shared.toString().replace("\\", "/") + "/"));
        Cli.assertRunPrints(copy.toString(), frontend, optimizer, expected);
    }

    static Stream<Arguments> refusals() {
        String head = """
                import pandas as pd
                import skrub
                df = skrub.var("df", pd.DataFrame({"k": ["a", "b", "a"], "x": [1.0, 2.0, 4.0]}))
                """;
        return Stream.of(
                new String[] {head + "counts = df[\"k\"].value_counts()\nprint(counts[\"a\"].skb.eval())\n",
                        ":5:7:", "error: selecting rows of the result of value_counts() by its keys or a mask is not supported"},
                new String[] {head + "counts = df[\"k\"].value_counts()\nprint(counts.to_dict()[\"a\"])\n",
                        ":5:7:", "error: selecting from the dict to_dict() gives is not supported by Stratum, which only prints it"},
                new String[] {head + "counts = df[\"k\"].value_counts()\nprint(counts.to_frame().skb.eval())\n",
                        ":5:14:", "error: to_frame() of the result of value_counts() is not supported by Stratum"},
                new String[] {head + "means = df.groupby(\"k\")[\"x\"].mean()\nprint(df.merge(means, on=\"k\").skb.eval())\n",
                        ":5:10:", "error: merge() of a group-by aggregation's result is not supported by Stratum"},
                new String[] {head + "means = df.groupby(\"k\")[\"x\"].mean()\nprint((means * df[\"x\"]).skb.eval())\n",
                        ":5:8:", "error: '*' of a group-by aggregation's result with a frame, a column or several values aligns"},
                new String[] {head + "counts = df.value_counts([\"k\"])\nprint(counts.idxmax().skb.eval())\n",
                        ":5:14:", "error: idxmax() of the result of value_counts() is not supported by Stratum"},
                new String[] {head + "stats = df.groupby(\"k\").agg([\"mean\", \"max\"])\nprint(stats.reset_index().skb.eval())\n",
                        ":5:13:", "error: reset_index() of a frame with two-level column names (agg([...]) of several columns) is not"},
                new String[] {head + "summary = df.describe(include=\"all\")\nprint(summary.skb.eval())\n",
                        ":4:14:", "error: describe(include='all') is not supported by Stratum yet"},
                new String[] {head + "print(df.corr(method=\"spearman\").skb.eval())\n",
                        ":4:10:", "error: corr(method='spearman') is not supported by Stratum yet"},
                new String[] {head + "print(df.corr().skb.eval())\n",
                        ":4:10:", "error: corr() of the str column 'k': pandas cannot convert it to numbers; pass numeric_only=True"},
                new String[] {head + "print(df.describe().T.skb.eval())\n",
                        ":4:", "error: .T of the result of describe() is not supported by Stratum"})
                .flatMap(c -> Stream.of(Arguments.of(c[0], c[1], c[2], "subset"), Arguments.of(c[0], c[1], c[2], "graalpy")));
    }

    /** Where each error is (the line, and the column where both frontends place the step alike) and what it says. */
    @ParameterizedTest(name = "{2} {3}")
    @MethodSource("refusals")
    void stepsThatNeedTheKeysAsIndexAreErrorsAtTheirLine(String source, String location, String error, String frontend)
            throws IOException {
        Path script = dir.resolve("keyed.py");
        Files.writeString(script, source);
        Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith(script + location), r::toString);
        assertTrue(r.err().contains(error), r::toString);
    }
}
