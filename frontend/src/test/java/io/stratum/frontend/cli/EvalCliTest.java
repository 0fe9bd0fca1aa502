package io.stratum.frontend.cli;


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
 * What {@code stratum run} prints for {@code print(df.skb.eval())}, {@code .skb.eval(environment)} and
 * {@code .skb.preview()}: exactly what the same script printed when skrub ran it (eval_printed.csv, made by
 * {@code frontend/reference/make_eval_reference.py}: pandas' text of the frames and series, Python's of constants),
 * with both frontends and the optimizer on and off, then the wall time.
 */
class EvalCliTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Map<String, String>> ref = ReferenceCsv.read("frontend/src/test/resources/reference/eval_printed.csv");
        return ref.stream().flatMap(r -> Stream.of(
                Arguments.of(r.get("script"), "subset", true, r.get("printed")),
                Arguments.of(r.get("script"), "subset", false, r.get("printed")),
                Arguments.of(r.get("script"), "graalpy", true, r.get("printed"))));
    }

    @ParameterizedTest(name = "{0} {1} optimizer={2}")
    @MethodSource("cases")
    void printsWhatSkrubPrinted(String script, String frontend, boolean optimizer, String expected) throws IOException {
        // The script reads examples/data (or test inputs) relative to the repository root, where skrub ran it.
        String root = ExampleScripts.repoRoot().toString().replace("\\", "/") + "/";
        Path copy = dir.resolve(Path.of(script).getFileName().toString());
        Files.writeString(copy, ExampleScripts.source(script).replace("\"examples/data/", "\"" + root + "examples/data/")
                .replace("\"frontend/src/test/resources/", "\"" + root + "frontend/src/test/resources/")
                .replace("\"runtime/src/test/resources/", "\"" + root + "runtime/src/test/resources/"));
        Cli.assertRunPrints(copy.toString(), frontend, optimizer, expected);
    }
}
