package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ExampleScripts.ReferenceScore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stratum run} and {@code stratum explain} in text and JSON. The quick-start script runs from a temporary
 * directory with its CSV there under an absolute path, since surefire's working directory is the module.
 */
class CliTest {
    private static final String QUICKSTART = "examples/quickstart.py";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path script;

    @BeforeEach
    void writeQuickstartWithAbsoluteDataPath() throws IOException {
        Path csv = dir.resolve("seattle-weather.csv");
        Files.copy(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv"), csv);
        String source = ExampleScripts.source(QUICKSTART);
        String relative = "\"examples/data/seattle-weather.csv\"";
        assertTrue(source.contains(relative), "the quick start no longer reads " + relative);
        script = dir.resolve("quickstart.py");
        Files.writeString(script, source.replace(relative, "\"" + csv.toString().replace("\\", "/") + "\""));
    }

    /** The reference candidates of the quick start, best first. */
    private static List<Map.Entry<String, ReferenceScore>> referenceBestFirst() {
        List<Map.Entry<String, ReferenceScore>> rows = new ArrayList<>(ExampleScripts.reference().get(QUICKSTART).entrySet());
        rows.sort(Comparator.comparingDouble((Map.Entry<String, ReferenceScore> e) -> e.getValue().mean()).reversed());
        return rows;
    }

    @Test
    void runPrintsResultsTableBestFirst() {
        Cli.Result r = Cli.run("run", "--threads", "1", script.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("alpha  mean_test_score", lines.get(0).strip(), r::toString);
        List<Map.Entry<String, ReferenceScore>> expected = referenceBestFirst();
        for (int i = 0; i < expected.size(); i++) {
            String[] cells = lines.get(1 + i).strip().split("\\s+");
            assertEquals(List.of(Integer.toString(i), expected.get(i).getKey().substring("alpha=".length()),
                    String.format(Locale.ROOT, "%.6f", expected.get(i).getValue().mean())), List.of(cells), "row " + i);
        }
        assertTrue(lines.get(1 + expected.size()).startsWith("wall time: "), r::toString);
        assertTrue(lines.get(1 + expected.size()).contains("3 candidates x 5 folds, optimizer on"), r::toString);
    }

    @Test
    void detailedResultsHaveSkrubsColumnsInSkrubsOrder() throws IOException {
        Files.writeString(script, Files.readString(script).replace("print(search.results_)", "print(search.detailed_results_)"));
        Cli.Result r = Cli.run("run", "--threads", "1", script.toString());
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        // As skrub's detailed_results_ lists them (checked with skrub 9fb3ac55; the times are Stratum's own), wider
        // than 80 characters, so printed as pandas prints it: the middle columns dropped, the footer counting all 7.
        assertEquals(List.of("alpha", "std_score_time", "...", "std_test_score", "mean_test_score"),
                List.of(lines.get(0).strip().split("\\s+")), r::toString);
        List<Map.Entry<String, ReferenceScore>> expected = referenceBestFirst();
        for (int i = 0; i < expected.size(); i++) {
            String[] cells = lines.get(1 + i).strip().split("\\s+");
            assertEquals(expected.get(i).getKey().substring("alpha=".length()), cells[1], "row " + i);
            assertEquals(String.format(Locale.ROOT, "%.6f", expected.get(i).getValue().std()), cells[4], "row " + i);
            assertEquals(String.format(Locale.ROOT, "%.6f", expected.get(i).getValue().mean()), cells[5], "row " + i);
        }
        assertEquals("[" + expected.size() + " rows x 7 columns]", lines.get(2 + expected.size()), r::toString);
    }

    @Test
    void runJsonHasScoresBestFirst() throws IOException {
        Cli.Result r = Cli.run("run", "--format", "json", "--threads", "2", script.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        JsonNode root = JSON.readTree(r.out());
        JsonNode results = root.get("results");
        List<Map.Entry<String, ReferenceScore>> expected = referenceBestFirst();
        assertEquals(expected.size(), results.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode row = results.get(i);
            double alpha = Double.parseDouble(expected.get(i).getKey().substring("alpha=".length()));
            assertTrue(row.get("alpha").isNumber(), "alpha is a number: " + row);
            assertEquals(alpha, row.get("alpha").asDouble(), 0.0, "row " + i);
            assertEquals(expected.get(i).getValue().mean(), row.get("mean_test_score").asDouble(),
                    1e-9 * Math.abs(expected.get(i).getValue().mean()), "mean of row " + i);
            assertEquals(expected.get(i).getValue().std(), row.get("std_test_score").asDouble(),
                    1e-9 * Math.abs(expected.get(i).getValue().std()), "std of row " + i);
            assertEquals(5, row.get("fold_test_scores").size());
        }
        assertEquals(results.get(0).get("alpha"), root.get("best_params").get("alpha"));
        assertEquals(results.get(0).get("mean_test_score").asDouble(), root.get("best_score").asDouble(), 0.0);
        assertEquals("r2", root.get("scoring").asText());
    }

    @Test
    void explainJsonHasThePlansFingerprintAndRules() throws IOException {
        Cli.Result r = Cli.run("explain", "--format", "json", script.toString());
        assertEquals(0, r.code(), r::toString);
        JsonNode root = JSON.readTree(r.out());
        for (String key : List.of("logical", "optimized", "physical", "fingerprint", "rules_fired")) {
            assertTrue(root.has(key), "missing key " + key + " in " + r.out());
        }
        assertTrue(root.get("fingerprint").asText().matches("[0-9a-f]{64}"), root.get("fingerprint").asText());
        assertTrue(root.get("rules_fired").isArray());
        assertTrue(root.get("physical").asText().startsWith("Search folds=5, scoring='r2', candidates=3"));
        // The summary's numbers are those the text form prints; the work is a number (the script's source has statistics).
        JsonNode summary = root.get("summary");
        assertTrue(summary.get("physical_operators_shared").asInt() < summary.get("physical_operators_unshared").asInt(), r.out());
        assertTrue(summary.get("estimated_work_saved").isNumber(), r.out());
        assertEquals(summary.get("estimated_work_unshared").asDouble() - summary.get("estimated_work_shared").asDouble(),
                summary.get("estimated_work_saved").asDouble(), 1e-6);

        // The JSON plans are the same texts the text form prints.
        Cli.Result text = Cli.run("explain", script.toString());
        assertEquals(0, text.code(), text::toString);
        assertEquals("== logical plan\n" + root.get("logical").asText()
                + "== optimized logical plan\n" + root.get("optimized").asText()
                + "== physical plan\n" + root.get("physical").asText(),
                text.out().substring(0, text.out().indexOf("== rules fired\n")));
        List<String> fired = new ArrayList<>();
        root.get("rules_fired").forEach(n -> fired.add(n.asText()));
        // The rule names run from "== rules fired" to the next section (the summary).
        assertEquals(fired, text.out().substring(text.out().indexOf("== rules fired\n")).lines().skip(1)
                .takeWhile(l -> !l.startsWith("== ")).toList());
    }

    @Test
    void explainNotesADefaultSortOnNumbersWhoseTieOrderDependsOnTheCpu() throws IOException {
        String source = Files.readString(script);
        String read = source.lines().filter(l -> l.contains("read_csv")).findFirst().orElseThrow();
        for (String[] c : new String[][] {{".sort_values(\"wind\")", "sort_values('wind') on the float64 column"},
                {".sort_values(\"wind\", kind=\"stable\")", null}, {".sort_values(\"weather\")", null}}) {
            Path sorted = dir.resolve("sorted.py");
            Files.writeString(sorted, source.replace(read, read.substring(0, read.lastIndexOf(')')) + c[0] + ")"));
            Cli.Result r = Cli.run("explain", sorted.toString());
            assertEquals(0, r.code(), r::toString);
            if (c[1] == null) {
                assertTrue(!r.err().contains("note:"), c[0] + ": " + r.err());
            } else {
                assertTrue(r.err().contains("note: " + sorted + ":") && r.err().contains(c[1])
                        && r.err().contains("kind='stable'"), r.err());
            }
        }
    }

    @Test
    void explainWithoutOptimizerOnlyBindsAndKeepsTheLogicalPlan() throws IOException {
        JsonNode on = JSON.readTree(Cli.run("explain", "--format", "json", script.toString()).out());
        JsonNode off = JSON.readTree(Cli.run("explain", "--format", "json", "--no-optimizer", script.toString()).out());
        // Binding frame methods still runs without the optimizer; no rule may fire that does not fire with it.
        List<String> onRules = new ArrayList<>();
        on.get("rules_fired").forEach(n -> onRules.add(n.asText()));
        off.get("rules_fired").forEach(n -> assertTrue(onRules.contains(n.asText()), n.asText() + " fired only without the optimizer"));
        assertEquals(on.get("logical"), off.get("logical"));
        assertEquals(on.get("fingerprint"), off.get("fingerprint"), "the logical plan does not depend on the optimizer");
    }

    @Test
    void versionExitsZero() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("stratum "), r::toString);
    }

    @Test
    void unknownFormatIsAUserError() {
        Cli.Result r = Cli.run("run", "--format", "yaml", script.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("unknown --format 'yaml'"), r::toString);
    }
}
