package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ReferenceCsv;
import java.io.IOException;
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
 * A script Stratum refuses at one statement prints what the statements before it print, as Python prints it before
 * failing there, then the error at that statement, with both frontends and the optimizer on and off: whether the
 * refusal comes while the script is traced (an unknown method or function, a misspelt keyword, a type error of plain
 * values, a column the frame lacks), when its steps are checked, used or not (a method the frame lacks, text added to
 * numbers, a missing or malformed file: skrub's preview fails them at their statement), or while the plan runs (a
 * position outside the rows, a conversion that fails on the values: the prints of later statements that ran before
 * the plan computed the step are not printed). A script that does not parse prints nothing, as Python compiles the
 * whole file first.
 */
class BindPrintsCliTest {
    private static final String HEAD = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import Ridge\n";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Map<String, String>> ref = ReferenceCsv.read("frontend/src/test/resources/reference/bind_prints.csv");
        return ref.stream().flatMap(r -> Stream.of("subset", "graalpy").flatMap(frontend -> Stream.of(true, false)
                .map(optimizer -> Arguments.of(r.get("script"), frontend, optimizer, r.get("printed"),
                        Integer.parseInt(r.get("line")), r.get("error")))));
    }

    /** What skrub printed before the statement that raised ({@code frontend/reference/make_bind_prints_reference.py}). */
    @ParameterizedTest(name = "{0} {1} optimizer={2}")
    @MethodSource("cases")
    void printsWhatSkrubPrintedBeforeTheFailingStatement(String script, String frontend, boolean optimizer, String printed,
                                                         int line, String pythonError) throws IOException {
        String root = ExampleScripts.repoRoot().toString().replace("\\", "/") + "/";
        Path copy = dir.resolve(Path.of(script).getFileName().toString());
        Files.writeString(copy, ExampleScripts.source(script).replace("\"examples/data/", "\"" + root + "examples/data/")
                .replace("\"frontend/src/test/resources/", "\"" + root + "frontend/src/test/resources/"));
        Cli.Result r = run(copy, frontend, optimizer);
        assertEquals(2, r.code(), r::toString);
        assertEquals(printed, r.out(), () -> "skrub failed with " + pythonError + "\n" + r);
        assertTrue(r.err().startsWith(copy + ":" + line + ":"), () -> "skrub failed at line " + line + " with "
                + pythonError + "\n" + r);
    }

    static Stream<Arguments> refusals() {
        String read = "data = skrub.var('data', pd.read_csv('" + ExampleScripts.repoRoot().resolve(
                "examples/data/seattle-weather.csv").toString().replace("\\", "/") + "'))\n";
        String search = "X = data[['wind', 'temp_min']].skb.mark_as_X()\n"
                + "search = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name='alpha')),"
                + " y=data['temp_max'].skb.mark_as_y()).skb.make_grid_search(cv=3, fitted=True)\n";
        return Stream.of(
                // a print() with a value Stratum refuses prints nothing of its line, though an earlier value was bound
                new String[] {"print with a refused value", read + search + "print('table:')\nprint(search.results_)\n",
                        "print(search.results_, 'and', data.skb.eval().head(2), search.results_)\n", ":9:1: "},
                // refused when the plan printed last is compiled, at the step that computes in float32: what the
                // statements before that step print, not the print after it that ran before the plan was compiled
                new String[] {"refused while the plan compiles", read + "print(data[['wind']].skb.eval().head(2))\n",
                        "X = (data[['wind']].astype('float32') * 2).skb.mark_as_X()\nprint('after')\n"
                                + "print(X.skb.apply(Ridge(), y=data['temp_max'].skb.mark_as_y()).skb.make_grid_search(cv=3,"
                                + " fitted=True).results_)\n", ":6:6: "})
                .flatMap(c -> Stream.of("subset", "graalpy").flatMap(frontend -> Stream.of(true, false)
                        .map(optimizer -> Arguments.of(c[0], c[1], c[2], c[3], frontend, optimizer))));
    }

    /**
     * Refusals of what Python runs (so no reference from skrub): the script prints exactly what its statements before
     * the refused one print when they run alone.
     */
    @ParameterizedTest(name = "{0} {4} optimizer={5}")
    @MethodSource("refusals")
    void printsWhatTheStatementsBeforeTheRefusedOnePrint(String what, String before, String refused, String where,
                                                         String frontend, boolean optimizer) throws IOException {
        Path prefix = dir.resolve("prefix.py");
        Files.writeString(prefix, HEAD + before);
        Cli.Result alone = run(prefix, frontend, optimizer);
        assertEquals(0, alone.code(), alone::toString);
        int wallTime = alone.out().lastIndexOf("wall time: ");
        assertTrue(wallTime >= 0 && alone.out().indexOf('\n', wallTime) == alone.out().length() - 1, alone::toString);
        Path script = dir.resolve("script.py");
        Files.writeString(script, HEAD + before + refused);
        Cli.Result r = run(script, frontend, optimizer);
        assertEquals(2, r.code(), r::toString);
        assertEquals(alone.out().substring(0, wallTime), r.out(), r::toString);
        assertTrue(r.err().startsWith(script + where), r::toString);
    }

    /** Python compiles the whole file before it runs a statement: a syntax error after prints prints nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("frontends")
    void aScriptThatDoesNotParsePrintsNothing(String frontend) throws IOException {
        Path unclosed = dir.resolve("unclosed.py");
        Files.writeString(unclosed, "print('before')\nx = [1, 2]\nprint(x)\ny = (1 +\n");
        Cli.Result r = run(unclosed, frontend, true);
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertTrue(r.err().startsWith(unclosed + ":4:5: error: "), r::toString);

        Path returns = dir.resolve("returns.py");
        Files.writeString(returns, "print('before')\nreturn 5\nprint('after')\n");
        Cli.Result top = run(returns, frontend, true);
        assertEquals(2, top.code(), top::toString);
        assertEquals("", top.out(), top::toString);
        assertTrue(top.err().startsWith(returns + ":2:1: error: ") && top.err().contains("'return' outside function"),
                top::toString);
    }

    static Stream<String> frontends() {
        return Stream.of("subset", "graalpy");
    }

    /**
     * With the default frontend, a construct outside the subset after prints is no failure of the script: GraalPy runs
     * it from the start, and its prints are printed once, then the error where GraalPy stops.
     */
    @Test
    void theFallbackToGraalPyPrintsTheScriptsPrintsOnce() throws IOException {
        Path script = dir.resolve("loop.py");
        Files.writeString(script, "import skrub\nprint('before')\nx = 0\nwhile x < 3:\n    x += 1\n"
                + "print('after loop', x)\nskrub.frobnicate()\n");
        Cli.Result r = Cli.run("run", "--threads", "1", script.toString());
        assertEquals(2, r.code(), r::toString);
        assertEquals("before\nafter loop 3\n", r.out(), r::toString);
        assertTrue(r.err().startsWith("stratum: note: " + script + ":4:1: ") && r.err().contains(script + ":7:1: error: "),
                r::toString);
    }

    private static Cli.Result run(Path script, String frontend, boolean optimizer) {
        return optimizer ? Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString())
                : Cli.run("run", "--threads", "1", "--no-optimizer", "--frontend", frontend, script.toString());
    }
}
