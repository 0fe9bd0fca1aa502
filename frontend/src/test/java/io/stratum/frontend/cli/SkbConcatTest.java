package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ReferenceCsv;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.UniqueColumnNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code .skb.concat(others, axis=...)} against skrub itself ({@code frontend/reference/make_concat_reference.py}): the
 * names it gives clashing columns side by side, and each error it raises, with skrub's message, one located line, in
 * both frontends (a shorter table's bool column, which skrub turns into an object column, is Stratum's own refusal). The values are held to skrub's printed frames by {@code skb_ops/eval_concat.py} (EvalCliTest) and
 * the scores of a pipeline using it by {@code skb_ops/cv_concat.py} (CrossValidateTest).
 */
class SkbConcatTest {
    private static final String HEADER = "import pandas as pd\nimport skrub\n"
            + "a = skrub.var('a', pd.DataFrame({'a1': [0, 1], 'x': [1, 2]}))\n"
            + "b = skrub.var('b', pd.DataFrame({'x': [2, 3], 'b2': [3, 4]}))\n";

    @TempDir
    Path dir;

    @Test
    void clashingNamesAreTaggedAsSkrubTagsThem() {
        List<Map<String, String>> ref = ReferenceCsv.read("frontend/src/test/resources/reference/concat_names.csv");
        assertFalse(ref.isEmpty());
        for (Map<String, String> row : ref) {
            List<List<String>> tables = new ArrayList<>();
            for (Object t : (List<?>) json(row.get("tables"))) {
                tables.add(((List<?>) t).stream().map(String::valueOf).toList());
            }
            List<String> got = new ArrayList<>();
            for (List<String> names : UniqueColumnNames.of(tables)) {
                for (String n : names) {
                    got.add(n.replaceAll("__skrub_[0-9a-f]{8}__$", "__skrub_<token>__"));
                }
            }
            assertEquals(json(row.get("names")), got, row.get("tables"));
            assertEquals(UniqueColumnNames.of(tables), UniqueColumnNames.of(tables), "the same names on every run");
        }
    }

    static Stream<Arguments> errors() {
        List<Map<String, String>> ref = ReferenceCsv.read("frontend/src/test/resources/reference/concat_errors.csv");
        return Stream.of("subset", "graalpy").flatMap(frontend -> ref.stream().map(r -> Arguments.of(frontend,
                r.get("case"), r.get("line"), r.get("error"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("errors")
    void refusesWhatSkrubRefusesWithItsMessageAtTheLine(String frontend, String what, String line, String error)
            throws IOException {
        Path script = dir.resolve("concat.py");
        Files.writeString(script, HEADER + line + "\nprint(c.skb.eval())\n");
        Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
        assertEquals(2, r.code(), r::toString);
        String message = error.substring(error.indexOf(": ") + 2);
        assertTrue(r.err().contains("concat.py:5:") && r.err().contains(": error: .skb.concat: " + message), r::toString);
        assertEquals(1, r.err().split(": error: ", -1).length - 1, () -> "one error line: " + r);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "no stack trace: " + r);
    }

    @Test
    void aShorterTablesBoolColumnIsRefusedWherePandasMakesItAnObjectColumn() throws IOException {
        Path script = dir.resolve("concat.py");
        Files.writeString(script, HEADER + "f = skrub.var('f', pd.DataFrame({'flag': [True]}))\n"
                + "c = a.skb.concat([f], axis=1)\nprint(c.skb.eval())\n");
        for (String frontend : List.of("subset", "graalpy")) {
            Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains("concat.py:6:") && r.err().contains("bool column 'flag' would gain missing values,"
                    + " which pandas makes an object column"), r::toString);
        }
    }

    @Test
    void javaApiBuildsTheScriptsPlan() {
        String script = HEADER + "c = a.skb.concat([b, a[['x']]], axis=1)\nd = c.skb.concat([b])\nprint(d.skb.eval())\n";
        DataOp fromScript = ScriptBinder.bind(script, "concat.py", ExampleScripts.repoRoot()).actions().stream()
                .map(action -> ((io.stratum.frontend.bind.ScriptAction.ShowEvaluation) action).evaluation().plan())
                .findFirst().orElseThrow();
        DataOp a = DataOps.var("a", frame("a1", 0, 1, "x", 1, 2));
        DataOp b = DataOps.var("b", frame("x", 2, 3, "b2", 3, 4));
        DataOp c = a.skb().concat(List.of(b, a.get(List.of("x"))), 1);
        DataOp d = c.skb().concat(List.of(b), 0);
        assertEquals(fromScript.node().fingerprint(), d.skb().eval().plan().node().fingerprint());
    }

    /** {@code pd.DataFrame({first: [f0, f1], second: [s0, s1]})}. */
    private static DataOp frame(String first, long f0, long f1, String second, long s0, long s1) {
        Const.DictConst data = new Const.DictConst(List.of(Const.of(first), Const.of(second)),
                List.of(new Const.ListConst(List.of(Const.of(f0), Const.of(f1))),
                        new Const.ListConst(List.of(Const.of(s0), Const.of(s1)))));
        return DataOps.dataFrame(List.of(data), Map.of());
    }

    private static List<?> json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, List.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
