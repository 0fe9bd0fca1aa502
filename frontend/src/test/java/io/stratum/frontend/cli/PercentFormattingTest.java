package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormatSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python's printf-style formatting ({@code "%.3f" % x}) in the subset frontend: of constants (CPython 3.11's text in
 * the comments), of a search's best_score_ and of values pandas computes from the data (written once the plan has run),
 * and the errors Python raises or Stratum's refusals, at the script's line. (The GraalPy frontend runs Python's own
 * {@code %}, which needs a value's number while the plan is built: there only {@code %s} writes such a value.)
 */
class PercentFormattingTest {
    @TempDir
    Path dir;

    private Path script(String body) throws Exception {
        Path script = dir.resolve("percent.py");
        Files.writeString(script, """
                import pandas as pd
                import skrub
                from sklearn.linear_model import Ridge

                df = pd.read_csv("DATA")
                wet = df[df["precipitation"] > 0]
                """.replace("DATA", ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString()) + body);
        return script;
    }

    @Test
    void constantsAreWrittenAsPythonWritesThem() throws Exception {
        Cli.Result r = Cli.run("run", "--threads", "1", script("""
                print("%s has %d rows, %5.2f|%-6s|%+d|%05.1f|%e|%g|%i|%%" % ("x", 334, 4209.0568, "ab", 7, 3.14159, 12345.678, 0.0001, 2))
                print("n=%d %d %s %r %.3s|%5s|%-5s|" % (3.9, True, None, "q", "abcdef", "ab", "ab"))
                print("%(a)s-%(b).1f %(a)r" % {"a": "x", "b": 2.25})
                print("%s" % [1, 2], "%.0f %.1e %G" % (2.5, -0.00012345, 1e20))
                """).toString());
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        // CPython 3.11: x has 334 rows, 4209.06|ab    |+7|003.1|1.234568e+04|0.0001|2|%
        assertEquals("x has 334 rows, 4209.06|ab    |+7|003.1|1.234568e+04|0.0001|2|%", lines.get(0));
        // CPython 3.11: n=3 1 None 'q' abc|   ab|ab   |
        assertEquals("n=3 1 None 'q' abc|   ab|ab   |", lines.get(1));
        // CPython 3.11: x-2.2 'x'
        assertEquals("x-2.2 'x'", lines.get(2));
        // CPython 3.11: [1, 2] 2 -1.2e-04 1E+20
        assertEquals("[1, 2] 2 -1.2e-04 1E+20", lines.get(3));
    }

    @Test
    void valuesKnownOnceThePlanHasRunAreWrittenThen() throws Exception {
        Cli.Result r = Cli.run("run", "--threads", "1", script("""
                X = skrub.var("data", df)[["temp_min", "wind"]].skb.mark_as_X()
                y = skrub.var("data", df)["temp_max"].skb.mark_as_y()
                search = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="a")), y=y).skb.make_grid_search(cv=3, fitted=True)
                print("best %.4f|%10.2e|%s" % (search.best_score_, search.best_score_, search.best_score_))
                print("%d wet days of %d, mean %.2f, %8s|%-8s|" % (len(wet), df.shape[0], wet["temp_max"].mean(), wet["wind"].max(), wet["wind"].max()))
                """).toString());
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        String[] parts = lines.get(0).substring("best ".length()).split("\\|");
        double best = Double.parseDouble(parts[2]);
        assertEquals(PyFormatSpec.format(Const.of(best), ".4f"), parts[0]);
        assertEquals(PyFormatSpec.format(Const.of(best), "10.2e"), parts[1]);
        // pandas: 623 rows with precipitation > 0 of 1461, their temp_max mean 12.995666131621187, wind max 9.5
        assertEquals("623 wet days of 1461, mean 13.00,      9.5|9.5     |", lines.get(1));
        assertTrue(!r.out().contains("\uE000"), r.out());
    }

    @Test
    void pythonsErrorsAndStratumsRefusalsNameTheLine() throws Exception {
        assertRefused("print(\"%d\" % (1, 2))", "TypeError: not all arguments converted during string formatting");
        assertRefused("print(\"%s %s\" % (\"a\",))", "TypeError: not enough arguments for format string");
        assertRefused("print(\"%(k)s\" % (1,))", "TypeError: format requires a mapping");
        assertRefused("print(\"%d\" % \"a\")", "TypeError: %d format: a real number is required, not str");
        assertRefused("print(\"%x\" % 5)", "Stratum does not write %x yet");
        assertRefused("print(\"%d\" % wet[\"wind\"].mean())", "not %d");
        assertRefused("print(\"%.2s\" % wet[\"wind\"].mean())", "not with %s");
        assertRefused("print(f\"{wet:.2f}\")", "TypeError: unsupported format string passed to DataFrame.__format__");
        assertRefused("print(f\"{wet['wind']:.2f}\")", "TypeError: unsupported format string passed to Series.__format__");
    }

    private void assertRefused(String line, String message) throws Exception {
        Cli.Result r = Cli.run("run", "--threads", "1", script(line + "\n").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("percent.py:7:") && r.err().contains(message), r::toString);
    }
}
