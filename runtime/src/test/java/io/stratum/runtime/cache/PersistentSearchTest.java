package io.stratum.runtime.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.physical.SearchPlan;
import io.stratum.runtime.exec.ExecutionStats;
import io.stratum.runtime.exec.LineageKey;
import io.stratum.runtime.exec.TestPlans;
import io.stratum.runtime.search.CandidateScores;
import io.stratum.runtime.search.SearchCancelled;
import io.stratum.runtime.search.SearchDriver;
import io.stratum.runtime.search.SearchMonitor;
import io.stratum.runtime.search.SearchOptions;
import io.stratum.runtime.search.SearchOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lineage cache across search runs of the quick start: a second run executes nothing, edited data reruns
 * everything, a changed step reruns only what follows it, damaged entries are recomputed, a stopped search
 * leaves only whole entries, and scores never depend on where results came from.
 */
class PersistentSearchTest {
    private static final int FOLDS = 5;

    @TempDir
    Path tmp;

    private Path data() throws IOException {
        Path csv = tmp.resolve("weather.csv");
        if (!Files.exists(csv)) {
            Files.copy(TestPlans.seattleWeather(), csv);
        }
        return csv;
    }

    private SearchOutcome run(SearchPlan plan, LineageCache cache, int threads) {
        SearchDriver driver = cache == null ? SearchDriver.standard() : SearchDriver.standard().withCache(cache);
        return driver.run(plan, new SearchOptions(threads));
    }

    private static void assertSameScores(SearchOutcome expected, SearchOutcome actual) {
        assertEquals(expected.scores().size(), actual.scores().size());
        for (int c = 0; c < expected.scores().size(); c++) {
            CandidateScores e = expected.scores().get(c);
            CandidateScores a = actual.scores().get(c);
            double[] ef = e.foldScores();
            double[] af = a.foldScores();
            assertEquals(ef.length, af.length);
            for (int f = 0; f < ef.length; f++) {
                assertEquals(Double.doubleToRawLongBits(ef[f]), Double.doubleToRawLongBits(af[f]),
                        "candidate " + c + " fold " + f + " differs bit for bit");
            }
        }
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2})
    void secondRunExecutesNoKernelAndScoresAreBitIdentical(int threads) throws IOException {
        SearchPlan plan = TestPlans.quickstart(data()).search(List.of(0.1, 1.0, 10.0), true, FOLDS, "r2");
        SearchOutcome plain = run(plan, null, threads);

        LineageCache cache = LineageCache.open(tmp.resolve("cache"), LineageCache.DEFAULT_CAPACITY);
        SearchOutcome first = run(plan, cache, threads);
        assertEquals(plain.stats().totalTasks(), first.stats().totalTasks(), "a cold cache runs every task");
        assertEquals(0, first.stats().cacheHits());
        assertTrue(cache.entryCount() > 0);

        SearchOutcome second = run(plan, LineageCache.open(tmp.resolve("cache"), LineageCache.DEFAULT_CAPACITY), threads);
        assertEquals(0, second.stats().totalTasks(), "no kernel runs on a warm cache");
        assertEquals(0, second.stats().totalFits());
        assertTrue(second.stats().cacheHits() > 0);

        assertSameScores(plain, first);
        assertSameScores(plain, second);
    }

    @Test
    void editedDataInvalidatesEverythingReadFromIt() throws IOException {
        TestPlans.Quickstart q = TestPlans.quickstart(data());
        SearchPlan plan = q.search(List.of(1.0), false, FOLDS, "r2");
        LineageCache cache = LineageCache.open(tmp.resolve("cache"), LineageCache.DEFAULT_CAPACITY);
        run(plan, cache, 1);

        // Same path, same plan, one value changed.
        String text = Files.readString(data());
        Files.writeString(data(), text.replaceFirst("2012-01-01,0.0,12.8", "2012-01-01,0.0,13.8"));
        SearchOutcome plain = run(plan, null, 1);
        SearchOutcome edited = run(plan, cache, 1);

        assertEquals(0, edited.stats().cacheHits(), "nothing computed from the old file is reused");
        assertEquals(plain.stats().totalTasks(), edited.stats().totalTasks());
        assertEquals(1, edited.stats().count("ScanCsv"));
        assertSameScores(plain, edited);
    }

    @Test
    void changedStepRerunsOnlyWhatDependsOnIt() throws IOException {
        TestPlans.Quickstart q = TestPlans.quickstart(data());
        LineageCache cache = LineageCache.open(tmp.resolve("cache"), LineageCache.DEFAULT_CAPACITY);
        run(q.search(List.of(0.1, 1.0), false, FOLDS, "r2"), cache, 1);

        // The script now tries alpha=5.0 instead of 1.0: the encoder, scaler and alpha=0.1 are unchanged.
        SearchPlan edited = q.search(List.of(0.1, 5.0), false, FOLDS, "r2");
        SearchOutcome again = run(edited, cache, 1);
        ExecutionStats stats = again.stats();
        assertEquals(0, stats.countFor(q.encoder(), LineageKey.Product.FITTED), "encoder fits");
        assertEquals(0, stats.countFor(q.scaler(), LineageKey.Product.FITTED), "scaler fits");
        assertEquals(0, stats.count("ScanCsv"));
        assertEquals(FOLDS, stats.count("FitPredict.fit"), "only the new alpha is fitted");
        assertEquals(FOLDS, stats.count("FitPredict"), "and only its predictions are made");
        assertSameScores(run(edited, null, 1), again);
    }

    @Test
    void damagedEntriesAreRecomputedNotTrusted() throws IOException {
        SearchPlan plan = TestPlans.quickstart(data()).search(List.of(1.0), false, FOLDS, "r2");
        SearchOutcome plain = run(plan, null, 1);
        LineageCache cache = LineageCache.open(tmp.resolve("cache"), LineageCache.DEFAULT_CAPACITY);
        run(plan, cache, 1);

        // Damage every entry: flip a byte in half of them, truncate the others.
        List<Path> entries = entries(cache.directory());
        for (int i = 0; i < entries.size(); i++) {
            byte[] bytes = Files.readAllBytes(entries.get(i));
            if (i % 2 == 0) {
                bytes[bytes.length / 2] ^= 0x5a;
                Files.write(entries.get(i), bytes);
            } else {
                Files.write(entries.get(i), java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
        LineageCache reopened = LineageCache.open(cache.directory(), LineageCache.DEFAULT_CAPACITY);
        SearchOutcome recomputed = run(plan, reopened, 1);
        assertEquals(0, recomputed.stats().cacheHits());
        assertTrue(reopened.counters().corrupt() > 0);
        assertSameScores(plain, recomputed);

        // The recomputed results were stored again and now serve a warm run.
        SearchOutcome warm = run(plan, LineageCache.open(cache.directory(), LineageCache.DEFAULT_CAPACITY), 1);
        assertEquals(0, warm.stats().totalTasks());
        assertSameScores(plain, warm);
    }

    @Test
    void smallCapEvictsButResultsStayCorrect() throws IOException {
        SearchPlan plan = TestPlans.quickstart(data()).search(List.of(0.1, 1.0), false, FOLDS, "r2");
        SearchOutcome plain = run(plan, null, 1);
        long cap = 64 * 1024;
        LineageCache cache = LineageCache.open(tmp.resolve("cache"), cap);
        SearchOutcome first = run(plan, cache, 1);
        assertTrue(cache.counters().evictions() > 0, "the cap forced evictions");
        assertTrue(cache.sizeBytes() <= cap);
        long onDisk = 0;
        for (Path p : entries(cache.directory())) {
            onDisk += Files.size(p);
        }
        assertTrue(onDisk <= cap, "entries on disk " + onDisk + " exceed the cap");
        SearchOutcome second = run(plan, LineageCache.open(cache.directory(), cap), 1);
        assertTrue(second.stats().totalTasks() > 0, "evicted work runs again");
        assertSameScores(plain, first);
        assertSameScores(plain, second);
    }

    @Test
    void stoppedSearchLeavesOnlyWholeEntries() throws IOException {
        SearchPlan plan = TestPlans.quickstart(data()).search(List.of(0.1, 1.0, 10.0), true, FOLDS, "r2");
        LineageCache cache = LineageCache.open(tmp.resolve("cache"), LineageCache.DEFAULT_CAPACITY);
        SearchMonitor stopAfterThree = new SearchMonitor() {
            private volatile int done;

            @Override
            public void cellFinished(int finished, int cells) {
                done = finished;
            }

            @Override
            public boolean cancelled() {
                return done >= 3;
            }
        };
        SearchCancelled stopped = assertThrows(SearchCancelled.class,
                () -> SearchDriver.standard().withCache(cache).run(plan, new SearchOptions(2), stopAfterThree));
        assertTrue(stopped.done() >= 3 && stopped.done() < stopped.cells(), stopped.getMessage());

        try (Stream<Path> s = Files.walk(cache.directory())) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
        // Every entry left is whole: a fresh run verifies each one it reads and finds none damaged.
        LineageCache reopened = LineageCache.open(cache.directory(), LineageCache.DEFAULT_CAPACITY);
        SearchOutcome resumed = run(plan, reopened, 1);
        assertEquals(0, reopened.counters().corrupt());
        assertTrue(resumed.stats().cacheHits() > 0, "the work done before the stop is reused");
        assertSameScores(run(plan, null, 1), resumed);
    }

    @Test
    void stopInsideACellStartsNoFurtherTask() throws IOException {
        SearchPlan plan = TestPlans.quickstart(data()).search(List.of(0.1, 1.0), false, FOLDS, "r2");
        LineageCache cache = LineageCache.open(tmp.resolve("cache"), LineageCache.DEFAULT_CAPACITY);
        // The driver asks before each cell and the executor before each task: stop at the sixth question, inside
        // the first cell, after a few tasks have run.
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        SearchMonitor stopEarly = new SearchMonitor() {
            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() > 6;
            }
        };
        SearchCancelled stopped = assertThrows(SearchCancelled.class,
                () -> SearchDriver.standard().withCache(cache).run(plan, new SearchOptions(1), stopEarly));
        assertEquals(0, stopped.done(), "no cell finished");
        int kept = entries(cache.directory()).size();
        assertTrue(kept > 0 && kept < 6, "only the tasks finished before the stop were stored: " + kept);

        LineageCache reopened = LineageCache.open(cache.directory(), LineageCache.DEFAULT_CAPACITY);
        SearchOutcome resumed = run(plan, reopened, 1);
        assertEquals(0, reopened.counters().corrupt());
        assertTrue(resumed.stats().cacheHits() > 0);
        assertSameScores(run(plan, null, 1), resumed);
    }

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".entry")).sorted().toList();
        }
    }
}
