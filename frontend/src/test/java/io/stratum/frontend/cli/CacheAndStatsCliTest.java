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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --cache/--cache-size/--stats} and {@code explain --analyze} on the quick start: a warm cache runs no
 * task and gives the same scores bit for bit, and the heavy hitters and the analyzed plan have their documented
 * shape in text and JSON.
 */
class CacheAndStatsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HITTER = Pattern.compile(
            "\\S+ [0-9a-f]+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\.\\d\\s+\\d+\\s+\\d+(\\.\\d)?(B|KiB|MiB|GiB)");
    private static final Pattern ANNOTATION = Pattern.compile(
            "\\(actual: tasks=\\d+ fits=\\d+ cache_hits=\\d+ time=\\d+\\.\\dms rows=\\d+ bytes=[0-9.]+(B|KiB|MiB|GiB)\\)$");

    @TempDir
    Path dir;

    private Path script;
    private Path cache;

    @BeforeEach
    void writeQuickstartWithAbsoluteDataPath() throws IOException {
        Path csv = dir.resolve("seattle-weather.csv");
        Files.copy(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv"), csv);
        String source = ExampleScripts.source("examples/quickstart.py");
        String relative = "\"examples/data/seattle-weather.csv\"";
        script = dir.resolve("quickstart.py");
        Files.writeString(script, source.replace(relative, "\"" + csv.toString().replace("\\", "/") + "\""));
        cache = dir.resolve("cache");
    }

    private static JsonNode json(Cli.Result r) throws IOException {
        assertEquals(0, r.code(), r::toString);
        return JSON.readTree(r.out());
    }

    @Test
    void warmCacheRunsNoTaskAndGivesIdenticalScores() throws IOException {
        JsonNode plain = json(Cli.run("run", "--format", "json", "--stats", script.toString()));
        JsonNode cold = json(Cli.run("run", "--format", "json", "--stats", "--cache", cache.toString(), script.toString()));
        JsonNode warm = json(Cli.run("run", "--format", "json", "--stats", "--cache", cache.toString(), script.toString()));

        assertEquals(plain.get("stats").get("tasks"), cold.get("stats").get("tasks"));
        assertEquals(0, cold.get("stats").get("cache_hits").asLong());
        assertEquals(0, warm.get("stats").get("tasks").asLong(), warm::toPrettyString);
        assertTrue(warm.get("stats").get("cache_hits").asLong() > 0);
        // Bit-identical: JSON prints doubles with every digit (shortest round-trip form).
        assertEquals(plain.get("results").toString(), cold.get("results").toString());
        assertEquals(plain.get("results").toString(), warm.get("results").toString());
        try (Stream<Path> files = Files.walk(cache)) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".entry")), "entries were written");
        }
    }

    @Test
    void optimizerOffAgreesWithAndWithoutTheCache() throws IOException {
        JsonNode plain = json(Cli.run("run", "--format", "json", "--no-optimizer", script.toString()));
        JsonNode cold = json(Cli.run("run", "--format", "json", "--stats", "--no-optimizer", "--cache", cache.toString(), script.toString()));
        JsonNode warm = json(Cli.run("run", "--format", "json", "--stats", "--no-optimizer", "--cache", cache.toString(), script.toString()));
        assertEquals(0, warm.get("stats").get("tasks").asLong());
        assertEquals(plain.get("results").toString(), cold.get("results").toString());
        assertEquals(plain.get("results").toString(), warm.get("results").toString());
        JsonNode optimized = json(Cli.run("run", "--format", "json", "--cache", cache.toString(), script.toString()));
        assertEquals(plain.get("results").toString(), optimized.get("results").toString());
    }

    @Test
    void statsEndTheTextOutputWithTheHeavyHitters() {
        Cli.Result r = Cli.run("run", "--threads", "1", "--stats", script.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err(), "no progress bar when stderr is not a terminal");
        List<String> lines = r.out().lines().toList();
        int head = lines.indexOf("== heavy hitters (operators by own time)");
        assertTrue(head > 0, r.out());
        assertTrue(lines.get(head - 1).startsWith("wall time: "), "the table follows the wall time");
        assertTrue(lines.get(head + 1).matches("operator\\s+tasks\\s+fits\\s+cache hits\\s+time ms\\s+rows\\s+bytes"), lines.get(head + 1));
        List<String> rows = lines.subList(head + 2, lines.size() - 2);
        assertTrue(!rows.isEmpty() && rows.size() <= StatsReport.TOP, rows::toString);
        for (String row : rows) {
            assertTrue(HITTER.matcher(row).matches(), row);
        }
        assertTrue(lines.get(lines.size() - 2).matches("tasks run: \\d+ \\(fits \\d+\\), answered by the cache: 0"
                // Three Ridge alphas over five folds: one matrix per fold and mode, one Gram per fold, and each of
                // the two transformers scans each partition once.
                + "; shared: FeatureMatrix 10 GramStatistics 5 PartitionStatistics 10"),
                lines.get(lines.size() - 2));
        String size = "[0-9.]+(B|KiB|MiB)";
        assertTrue(lines.getLast().matches("memory: peak " + size + " held \\(at most " + size + " of operator outputs, "
                + size + " of feature matrices, " + size + " of fitted states, " + size + " of statistics, " + size
                + " of kernels' working memory; " + size + " of outputs produced, \\d+ freed after their last consumer\\)"),
                lines.getLast());
        // By own time, largest first.
        double previous = Double.MAX_VALUE;
        for (String row : rows) {
            double ms = Double.parseDouble(row.trim().split("\\s+")[5]);
            assertTrue(ms <= previous, rows::toString);
            previous = ms;
        }
    }

    @Test
    void withoutStatsTheOutputHasNoHeavyHitters() throws IOException {
        Cli.Result r = Cli.run("run", "--threads", "1", script.toString());
        assertTrue(!r.out().contains("heavy hitters"), r.out());
        assertTrue(!json(Cli.run("run", "--format", "json", script.toString())).has("stats"));
    }

    @Test
    void statsInJsonListOperatorsWithTheirFigures() throws IOException {
        JsonNode stats = json(Cli.run("run", "--format", "json", "--stats", script.toString())).get("stats");
        assertTrue(stats.get("tasks").asLong() > 0);
        assertTrue(stats.get("shared").get("FeatureMatrix").asLong() > 0, stats.toString());
        JsonNode hitters = stats.get("heavy_hitters");
        assertTrue(hitters.isArray() && !hitters.isEmpty() && hitters.size() <= StatsReport.TOP);
        for (JsonNode h : hitters) {
            for (String field : List.of("operator", "kind", "tasks", "fits", "cache_hits", "time_ms", "rows", "bytes")) {
                assertTrue(h.has(field), field + " in " + h);
            }
        }
    }

    @Test
    void analyzeAnnotatesEveryPhysicalOperator() {
        Cli.Result r = Cli.run("explain", "--analyze", script.toString());
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        int head = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("== analyzed physical plan (tasks run ")) {
                head = i;
            }
        }
        assertTrue(head >= 0, r.out());
        assertTrue(r.out().contains("== physical plan\n"), "the usual plans come first");
        int annotated = 0;
        for (String line : lines.subList(head + 1, lines.size())) {
            if (line.startsWith("== heavy hitters")) {
                break;
            }
            String t = line.strip();
            if (t.startsWith("Search ") || t.startsWith("candidate ") || t.contains("] ↑ ")) {
                continue;
            }
            assertTrue(ANNOTATION.matcher(t).find(), "not annotated: " + line);
            annotated++;
        }
        assertTrue(annotated >= 8, "the quick start has at least 8 distinct operators, annotated " + annotated);
        // The figures are the executor's counts: the CSV (1461 rows) is read once; the encoder is fitted on each of
        // the 5 folds and applied to its training and test rows (15 tasks, 5 x 1461 rows); each Ridge is fitted and
        // predicts once per fold, on 1461 test rows in all.
        String analyzedPlan = r.out().substring(r.out().indexOf("== analyzed physical plan"));
        assertTrue(Pattern.compile("ScanCsv .*\\(actual: tasks=1 fits=0 cache_hits=0 time=[0-9.]+ms rows=1461 ").matcher(analyzedPlan).find(), analyzedPlan);
        assertTrue(Pattern.compile("OneHotEncoder.*\\(actual: tasks=15 fits=5 cache_hits=0 time=[0-9.]+ms rows=7305 ").matcher(analyzedPlan).find(), analyzedPlan);
        assertTrue(Pattern.compile("FitPredict estimator=Ridge\\(alpha=0\\.1\\).*\\(actual: tasks=10 fits=5 cache_hits=0 time=[0-9.]+ms rows=1461 ").matcher(analyzedPlan).find(), analyzedPlan);
        assertTrue(r.out().contains("== heavy hitters"));
    }

    @Test
    void analyzeOnAWarmCacheShowsHitsInsteadOfTasks() throws IOException {
        assertEquals(0, Cli.run("run", "--cache", cache.toString(), script.toString()).code());
        Cli.Result r = Cli.run("explain", "--analyze", "--cache", cache.toString(), script.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("== analyzed physical plan (tasks run 0, cache hits "), r.out());
        // The predictions were answered by the cache, so the operators below them never ran.
        assertTrue(r.out().contains("(actual: not run)"), r.out());
        assertTrue(Pattern.compile("FitPredict .*\\(actual: tasks=0 fits=0 cache_hits=[1-9]").matcher(r.out()).find(), r.out());
    }

    @Test
    void analyzeInJsonAddsThePlanAndTheStats() throws IOException {
        JsonNode root = json(Cli.run("explain", "--analyze", "--format", "json", script.toString()));
        assertTrue(root.get("analyzed").asText().startsWith("== analyzed physical plan"));
        assertTrue(root.has("physical") && root.has("logical"));
        assertTrue(root.get("stats").get("tasks").asLong() > 0);
    }

    @Test
    void badCacheSizeIsAnErrorWithAHint() {
        Cli.Result r = Cli.run("run", "--cache", cache.toString(), "--cache-size", "lots", script.toString());
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("cannot read --cache-size 'lots'"), r.toString());
        assertTrue(r.err().contains("500MiB"), r.toString());
    }

    @Test
    void cacheSizesReadBinaryUnits() {
        assertEquals(2L << 30, CacheOptions.parseSize("2GiB"));
        assertEquals(500L << 20, CacheOptions.parseSize("500MB"));
        assertEquals(1536, CacheOptions.parseSize("1.5k"));
        assertEquals(1048576, CacheOptions.parseSize("1048576"));
    }
}
