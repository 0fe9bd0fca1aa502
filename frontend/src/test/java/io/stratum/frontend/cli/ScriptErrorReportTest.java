package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratum.frontend.ExampleScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a script author makes: each ends with exit code 2 and one compiler-style error naming the file,
 * line and column, the source line with a caret under that column, and a hint where one helps — never a Java
 * stack trace unless {@code --debug} asks for it.
 */
class ScriptErrorReportTest {
    @TempDir
    Path dir;

    private String csv;

    @BeforeEach
    void copyData() throws IOException {
        Path copy = dir.resolve("seattle-weather.csv");
        Files.copy(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv"), copy);
        csv = copy.toString().replace("\\", "/");
    }

    /** A valid seven-line prefix; line 8 is {@code pred} and line 9 the search unless a test says otherwise. */
    private String prefix(String dataPath, String target) {
        return """
                import pandas as pd
                import skrub
                from sklearn.linear_model import Ridge

                data = skrub.var("data", pd.read_csv("%s"))
                y = data["%s"].skb.mark_as_y()
                X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X()
                """.formatted(dataPath, target);
    }

    private String script(String predLine) {
        return prefix(csv, "temp_max") + predLine + "\n" + "search = pred.skb.make_grid_search(cv=5, scoring=\"r2\")\n";
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /**
     * Runs {@code stratum run} on the script and checks the error report: header at line:col, the source line,
     * a caret under the column, the hint (when expected), and nothing else.
     */
    private String assertReported(Path script, int line, int column, String problemPart, String hint) throws IOException {
        Cli.Result r = Cli.run("run", "--threads", "1", script.toString());
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out(), "nothing on stdout: " + r);
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r);
        List<String> lines = r.err().lines().toList();
        String header = script + ":" + line + ":" + column + ": error: ";
        assertTrue(lines.get(0).startsWith(header), "expected a header starting with '" + header + "' in\n" + r.err());
        assertTrue(lines.get(0).contains(problemPart), "expected '" + problemPart + "' in " + lines.get(0));
        String sourceLine = Files.readAllLines(script).get(line - 1);
        assertEquals(sourceLine, lines.get(1), "the offending source line");
        assertEquals(" ".repeat(column - 1) + "^", lines.get(2), "caret under column " + column);
        if (hint != null) {
            assertEquals(4, lines.size(), r::toString);
            assertTrue(lines.get(3).startsWith("hint: "), r::toString);
            assertTrue(lines.get(3).contains(hint), "expected hint containing '" + hint + "' in " + lines.get(3));
        } else {
            assertTrue(lines.size() <= 4, r::toString);
        }
        assertEquals(1, r.err().lines().filter(l -> l.contains(": error: ")).count(), "exactly one error: " + r);
        return lines.get(0);
    }

    @Test
    void syntaxError() throws IOException {
        Path s = write("syntax.py", script("pred = X.skb.apply(Ridge(alpha=1.0), y=y"));
        assertReported(s, 8, 19, "unclosed '('", "add the matching ')'");
    }

    @Test
    void undefinedNameSuggestsTheNearestName() throws IOException {
        Path s = write("undefined.py", script("pred = Xx.skb.apply(Ridge(alpha=1.0), y=y)"));
        assertReported(s, 8, 8, "name 'Xx' is not defined", "did you mean X ");
    }

    @Test
    void misspelledSkbMethod() throws IOException {
        Path s = write("aply.py", script("pred = X.skb.aply(Ridge(alpha=1.0), y=y)"));
        assertReported(s, 8, 14, "'aply'", "did you mean 'apply'?");
    }

    @Test
    void misspelledEstimatorParameter() throws IOException {
        Path s = write("alpah.py", script("pred = X.skb.apply(Ridge(alpah=1.0), y=y)"));
        assertReported(s, 8, 20, "unexpected keyword argument 'alpah'", "did you mean 'alpha'?");
    }

    @Test
    void parameterOfTheWrongType() throws IOException {
        Path s = write("type.py", script("pred = X.skb.apply(Ridge(alpha=\"x\"), y=y)"));
        String header = assertReported(s, 8, 20, "'alpha' must be float", null);
        assertTrue(header.contains("str"), header);
    }

    @Test
    void unknownImportSuggestsTheKnownClass() throws IOException {
        Path s = write("rigde.py", script("pred = X.skb.apply(Ridge(alpha=1.0), y=y)")
                .replace("from sklearn.linear_model import Ridge", "from sklearn.linear_model import Rigde"));
        assertReported(s, 3, 34, "'sklearn.linear_model.Rigde'", "did you mean Ridge?");
    }

    @Test
    void missingDataFilePointsAtReadCsv() throws IOException {
        String missing = dir.resolve("no-such-file.csv").toString().replace("\\", "/");
        Path s = write("missing.py", prefix(missing, "temp_max") + "pred = X.skb.apply(Ridge(alpha=1.0), y=y)\n"
                + "search = pred.skb.make_grid_search(cv=5, scoring=\"r2\")\n");
        String header = assertReported(s, 5, 29, "cannot read", null);
        assertTrue(header.contains("no-such-file.csv"), header);
    }

    @Test
    void missingColumnFoundWhileCompilingPointsAtTheScriptAndListsColumns() throws IOException {
        Path s = write("column.py", prefix(csv, "temp_mx") + "pred = X.skb.apply(Ridge(alpha=1.0), y=y)\n"
                + "search = pred.skb.make_grid_search(cv=5, scoring=\"r2\")\n");
        // The optimizer knows the CSV's columns from its statistics, so even explain, which runs nothing, reports it.
        Cli.Result explained = Cli.run("explain", s.toString());
        assertEquals(2, explained.code(), explained::toString);
        assertTrue(explained.err().contains(s + ":6:5: error: no column 'temp_mx'"), explained::toString);
        assertTrue(explained.err().contains("did you mean 'temp_max'"), explained::toString);
        String header = assertReported(s, 6, 5, "no column 'temp_mx'", "check the spelling");
        for (String column : List.of("date", "precipitation", "temp_max", "temp_min", "wind", "weather")) {
            assertTrue(header.contains(column), "the error lists column " + column + ": " + header);
        }
    }

    @Test
    void unsupportedScoring() throws IOException {
        Path s = write("jaccard.py", prefix(csv, "temp_max") + "pred = X.skb.apply(Ridge(alpha=1.0), y=y)\n"
                + "search = pred.skb.make_grid_search(cv=5, scoring=\"jaccard\")\n");
        assertReported(s, 9, 19, "scoring='jaccard' is not supported", "r2");
    }

    @Test
    void classificationScoringOnARegressorPointsAtTheRegressor() throws IOException {
        Path s = write("accuracy.py", prefix(csv, "temp_max") + "pred = X.skb.apply(Ridge(alpha=1.0), y=y)\n"
                + "search = pred.skb.make_grid_search(cv=5, scoring=\"accuracy\")\n");
        assertReported(s, 8, 14, "scoring='accuracy' scores a classifier, but Ridge is a regressor", "regression scoring");
    }

    @Test
    void debugPrintsTheStackTrace() throws IOException {
        Path s = write("column.py", prefix(csv, "temp_mx") + "pred = X.skb.apply(Ridge(alpha=1.0), y=y)\n"
                + "search = pred.skb.make_grid_search(cv=5, scoring=\"r2\")\n");
        Cli.Result r = Cli.run("run", "--debug", "--threads", "1", s.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("\tat "), "--debug shows where the error was raised: " + r);
        assertTrue(r.err().contains(s + ":6:5: error: no column 'temp_mx'"), r::toString);
    }

    @Test
    void jsonFormatReportsTheErrorAsAnObject() throws IOException {
        Path s = write("alpah.py", script("pred = X.skb.apply(Ridge(alpah=1.0), y=y)"));
        Cli.Result r = Cli.run("run", "--format", "json", s.toString());
        assertEquals(2, r.code(), r::toString);
        JsonNode error = new ObjectMapper().readTree(r.out()).get("error");
        assertEquals(s.toString(), error.get("file").asText());
        assertEquals(8, error.get("line").asInt());
        assertEquals(20, error.get("column").asInt());
        assertEquals("did you mean 'alpha'?", error.get("hint").asText());
    }

    @Test
    void constructOutsideTheSubsetSaysSoAndSuggestsGraalPy() throws IOException {
        Path s = write("loop.py", script("pred = X.skb.apply(Ridge(alpha=1.0), y=y)").replace(
                "pred = X.skb", "while False:\n    pass\npred = X.skb"));
        Cli.Result r = Cli.run("run", "--frontend", "subset", s.toString());
        assertEquals(2, r.code(), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
        List<String> lines = r.err().lines().toList();
        assertEquals(s + ":8:1: error: 'while' loops are outside the Python subset Stratum parses", lines.get(0), r::toString);
        assertEquals("while False:", lines.get(1));
        assertEquals("^", lines.get(2));
        assertTrue(lines.get(3).startsWith("hint: ") && lines.get(3).contains("--frontend graalpy"), r::toString);
    }

    @Test
    void missingScriptFile() {
        Cli.Result r = Cli.run("run", dir.resolve("nope.py").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("cannot read script") && r.err().contains("no such file"), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }
}
