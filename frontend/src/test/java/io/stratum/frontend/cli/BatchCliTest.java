package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratum.frontend.ExampleScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stratum run DIR/} and {@code stratum run a.py b.py}: one results table with the {@code script} column
 * first; {@code explain} shows the merged plan with the shared encoder once; mistakes name the right file.
 */
class BatchCliTest {
    private static final List<String> SCRIPTS = List.of("a_ridge.py", "b_wet_wind.py", "c_linear.py");
    private static final String RELATIVE_CSV = "\"examples/data/seattle-weather.csv\"";

    @TempDir
    Path dir;

    private Path batch;
    private String csv;

    @BeforeEach
    void copyBatchWithAbsoluteDataPath() throws IOException {
        Path data = dir.resolve("seattle-weather.csv");
        Files.copy(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv"), data);
        csv = "\"" + data.toString().replace("\\", "/") + "\"";
        batch = Files.createDirectory(dir.resolve("batch"));
        for (String s : SCRIPTS) {
            String source = ExampleScripts.source("examples/batch/" + s);
            assertTrue(source.contains(RELATIVE_CSV), s + " no longer reads " + RELATIVE_CSV);
            Files.writeString(batch.resolve(s), source.replace(RELATIVE_CSV, csv));
        }
        Files.writeString(batch.resolve("notes.txt"), "not a script");
    }

    @Test
    void runningADirectoryPrintsOneTableWithTheScriptColumnFirst() {
        Cli.Result r = Cli.run("run", "--threads", "2", batch.toString() + "/");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of("script", "alpha", "ridge_alpha", "scale", "mean_test_score"),
                List.of(lines.get(0).strip().split("\\s+")), r::toString);
        assertEquals(1 + 9 + 1, lines.size(), r::toString);
        // Best first: b_wet_wind's alpha=9.99... is the best candidate of the three scripts (see expected_scores.csv),
        // shown as pandas shows a float column: six decimals, shared trailing zeros trimmed.
        assertTrue(lines.get(1).matches("0\\s+b_wet_wind.py\\s+NaN\\s+10.0\\s+NaN\\s+0.825336"), lines.get(1));
        assertTrue(lines.get(10).startsWith("wall time: "), lines.get(10));
        assertTrue(lines.get(10).contains("(3 scripts, 9 candidates x 5 folds, optimizer on)"), lines.get(10));
    }

    @Test
    void scriptsGivenOneByOneAreTheSameSearchInTheGivenOrder() throws IOException {
        Cli.Result r = Cli.run("run", "--format", "json", batch.resolve("c_linear.py").toString(),
                batch.resolve("a_ridge.py").toString());
        assertEquals(0, r.code(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(5, json.get("candidates").asInt());
        JsonNode first = json.get("results").get(0);
        assertEquals("script", first.fieldNames().next());
        assertTrue(json.get("best_params").has("script"));
    }

    @Test
    void explainShowsTheMergedPlanWithTheEncoderOnce() {
        Cli.Result r = Cli.run("explain", batch.toString());
        assertEquals(0, r.code(), r::toString);
        String physical = r.out().substring(r.out().indexOf("== physical"));
        Matcher m = Pattern.compile("FitTransform estimator=OneHotEncoder").matcher(physical);
        int count = 0;
        while (m.find()) {
            count++;
        }
        assertEquals(1, count, r::toString);
        assertTrue(r.out().contains("Choice name='script', labels=['a_ridge.py', 'b_wet_wind.py', 'c_linear.py']"), r::toString);
    }

    @Test
    void aMistakeInTheSecondScriptNamesThatFile() throws IOException {
        Path bad = batch.resolve("b_wet_wind.py");
        Files.writeString(bad, Files.readString(bad).replace("n_steps=4", "n_stepz=4"));
        Cli.Result r = Cli.run("run", batch.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith(bad + ":14:"), r::toString);
        assertTrue(r.err().contains("did you mean 'n_steps'?"), r::toString);
    }

    @Test
    void disagreeingCvIsAnErrorNamingBothScripts() throws IOException {
        Path c = batch.resolve("c_linear.py");
        Files.writeString(c, Files.readString(c).replace("cv=5", "cv=3"));
        Cli.Result r = Cli.run("run", batch.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(c + " searches with cv=3 but " + batch.resolve("a_ridge.py") + " with cv=5"), r::toString);
        assertTrue(r.err().startsWith(c + ":15:"), r::toString);
    }

    @Test
    void anEmptyDirectoryIsAnError() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Cli.Result r = Cli.run("run", empty.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("holds no .py script"), r::toString);
    }
}
