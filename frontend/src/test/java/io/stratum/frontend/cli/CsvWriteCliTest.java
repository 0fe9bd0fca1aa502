package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ReferenceCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code df.to_csv(...)} writes, when the run reaches its line, exactly the file pandas writes for the same script
 * (written_files.csv, made by {@code frontend/reference/make_write_reference.py}), in both frontends with the optimizer
 * on and off; what cannot be written is an error at the call's line, never a file silently not written.
 */
class CsvWriteCliTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return ReferenceCsv.read("frontend/src/test/resources/reference/written_files.csv").stream()
                .map(r -> r.get("script")).distinct().flatMap(s -> Stream.of(Arguments.of(s, "subset", true),
                        Arguments.of(s, "subset", false), Arguments.of(s, "graalpy", true)));
    }

    @ParameterizedTest(name = "{0} {1} optimizer={2}")
    @MethodSource("cases")
    void writesWhatPandasWrote(String script, String frontend, boolean optimizer) throws Exception {
        List<Map<String, String>> expected = ReferenceCsv.read("frontend/src/test/resources/reference/written_files.csv")
                .stream().filter(r -> r.get("script").equals(script)).toList();
        Path out = Files.createDirectories(dir.resolve("out"));
        Path copy = dir.resolve(Path.of(script).getFileName().toString());
        String root = ExampleScripts.repoRoot().toString().replace("\\", "/") + "/";
        Files.writeString(copy, ExampleScripts.source(script).replace("\"examples/data/", "\"" + root + "examples/data/")
                .replace("\"out/", "\"" + out.toString().replace("\\", "/") + "/"));
        Cli.Result r = optimizer ? Cli.run("run", "--threads", "1", "--frontend", frontend, copy.toString())
                : Cli.run("run", "--threads", "1", "--no-optimizer", "--frontend", frontend, copy.toString());
        assertEquals(0, r.code(), r::toString);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(expected.size(), files.count(), "one file per to_csv call");
        }
        for (Map<String, String> file : expected) {
            assertEquals(file.get("content"), Files.readString(out.resolve(file.get("file"))), file.get("file"));
        }
    }

    @Test
    void whatCannotBeWrittenIsAnErrorAtItsLine() throws Exception {
        String head = "import pandas as pd\nimport skrub\ndf = pd.read_csv(\""
                + ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString().replace("\\", "/")
                + "\")\n";
        String[][] cases = {
                {"skrub.var('data', df).to_csv('" + dir.resolve("a.csv") + "')", "to_csv() of a skrub DataOp"},
                {"df.to_csv()", "Stratum writes files only"},
                {"df.to_csv('" + dir.resolve("b.csv") + "', float_format='%.2f')", "to_csv(float_format=...)"},
                {"df.to_csv('" + dir.resolve("c.csv") + "', mode='a')", "mode='w'"},
                {"(pd.to_datetime(df['date']) - pd.to_datetime(df['date']).min()).to_csv('" + dir.resolve("d.csv") + "')",
                        "duration column"},
                {"df.to_csv('" + dir.resolve("missing/e.csv") + "')", "cannot write"},
                {"df.to_parquet('" + dir.resolve("f.parquet") + "')", "writes CSV files only"}};
        for (String frontend : List.of("subset", "graalpy")) {
            for (String[] c : cases) {
                Path script = dir.resolve("w.py");
                Files.writeString(script, head + c[0] + "\n");
                Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
                assertEquals(2, r.code(), r::toString);
                assertTrue(r.err().contains("w.py:4:") && r.err().contains(c[1]), frontend + ": " + r);
            }
        }
    }

    /**
     * Values after np.log1p, np.expm1, np.log, np.exp, np.sin or np.cos not rounded after them are not written in full:
     * their last digit depends on the machine numpy runs on (what is written and printed around them:
     * {@code skb_ops/write_machine_digits.py}, {@code skb_ops/eval_machine_digits.py}).
     */
    @Test
    void fullPrecisionValuesAfterNumpysLogsAndExponentialsAreRefusedAtTheirLine() throws Exception {
        String head = """
                import numpy as np
                import pandas as pd
                import skrub
                from sklearn.linear_model import Ridge
                from sklearn.preprocessing import FunctionTransformer
                df = pd.read_csv("%s")
                df["l"] = np.log1p(df["temp_max"] + 10)
                """.formatted(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString()
                .replace("\\", "/"));
        String file = dir.resolve("m.csv").toString().replace("\\", "/");
        String[][] cases = {
                {"df.to_csv('" + file + "', index=False)", "8:4", "to_csv() would write column 'l' in full after np.log1p (line 7)"},
                {"df[['date', 'l']].to_csv('" + file + "', columns=['l'])", "8:19", "column 'l' in full after np.log1p (line 7)"},
                {"print('mean:', df['l'].mean())", "8:1", "does not write in full a number computed after np.log1p (line 7)"},
                {"print(np.expm1(df['temp_min']).max())", "8:1", "number computed after np.expm1 (line 8)"},
                {"skrub.var('data', df)[['wind']].skb.apply(FunctionTransformer(np.log1p)).skb.eval().to_csv('" + file
                        + "')", "8:85", "values in full after FunctionTransformer(np.log1p) (line 8)"},
                {"data = skrub.var('data', df)\npred = data[['wind']].skb.mark_as_X().skb.apply(Ridge(), y=data['l'].skb.mark_as_y())"
                        + "\npred.skb.eval().to_csv('" + file + "')", "10:17", "values in full after np.log1p (line 7)"}};
        assertMachineDependentRefusals(head, cases);
    }

    /**
     * Powers numpy computes with its pow (any exponent of floats but 2, -1, 0.5, 1 and 0), whose last digit depends on
     * the machine, are not written in full either; the exact ones are ({@code skb_ops/write_exact_powers.py}).
     */
    @Test
    void fullPrecisionValuesAfterNumpysPowAreRefusedAtTheirLine() throws Exception {
        String head = """
                import numpy as np
                import pandas as pd
                import skrub
                from sklearn.linear_model import Ridge
                df = pd.read_csv("%s")
                df["p"] = df["wind"] ** 1.5
                """.formatted(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString()
                .replace("\\", "/"));
        String file = dir.resolve("m.csv").toString().replace("\\", "/");
        String[][] cases = {
                {"df.to_csv('" + file + "', index=False)", "7:4", "to_csv() would write column 'p' in full after ** 1.5 (line 6)"},
                {"print(df['temp_max'].pow(3).mean())", "7:1", "number computed after ** 3 (line 7)"},
                {"print((2.0 ** df['temp_min']).sum())", "7:1", "number computed after 2.0 ** (line 7)"},
                {"data = skrub.var('data', df)\npred = data[['temp_min']].skb.mark_as_X().skb.apply(Ridge(), y=(data['wind'] ** -0.5).skb.mark_as_y())"
                        + "\npred.skb.eval().to_csv('" + file + "')", "9:17", "values in full after ** -0.5 (line 8)"}};
        assertMachineDependentRefusals(head, cases);
    }

    /**
     * Each case ({line appended to {@code head}, line:column, text of the error}) is refused in both frontends at its
     * line and column, as digits that depend on the machine numpy runs on, and writes nothing.
     */
    private void assertMachineDependentRefusals(String head, String[][] cases) throws Exception {
        for (String frontend : List.of("subset", "graalpy")) {
            for (String[] c : cases) {
                Path script = dir.resolve("m.py");
                Files.writeString(script, head + c[0] + "\n");
                Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
                assertEquals(2, r.code(), r::toString);
                assertTrue(r.err().contains("m.py:" + c[1] + ": error: ") && r.err().contains(c[2])
                        && r.err().contains("depends on the machine numpy runs on"), frontend + ": " + r);
                assertTrue(Files.notExists(dir.resolve("m.csv")), "nothing written");
            }
        }
    }
}
