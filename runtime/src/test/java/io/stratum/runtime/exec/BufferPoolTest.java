package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.search.CandidateScores;
import io.stratum.runtime.search.SearchDriver;
import io.stratum.runtime.search.SearchOptions;
import io.stratum.runtime.search.SearchOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The buffer pool frees each operator output after its last consumer, and under a memory limit spills or drops
 * and recomputes outputs without changing a single prediction; a limit the running tasks alone exceed is an
 * error saying how much memory the search needs.
 */
class BufferPoolTest {
    private static final int FOLDS = 5;
    private static final long NO_LIMIT = Long.MAX_VALUE;

    private static SearchPlan plan() {
        return TestPlans.quickstart(TestPlans.seattleWeather()).search(List.of(0.1, 1.0, 10.0), true, FOLDS, "r2");
    }

    /** Contiguous folds (the pool does not care how rows are split, only that every run splits them alike). */
    private static List<FoldSplit> folds(int rows) {
        List<FoldSplit> out = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            int from = f * rows / FOLDS;
            int to = (f + 1) * rows / FOLDS;
            int[] test = IntStream.range(from, to).toArray();
            int[] train = IntStream.concat(IntStream.range(0, from), IntStream.range(to, rows)).toArray();
            out.add(new FoldSplit(train, test));
        }
        return out;
    }

    /** What a manual run of the plan produced: every cell's predictions and what the pool did. */
    private record Run(List<double[]> predictions, PoolStats pool, ExecutionStats stats) {
    }

    /**
     * Runs every cell on one thread as the search driver does, checking after each cell that every output
     * still held has a consumer to come: an intermediate that outlived its last consumer fails here.
     */
    private static Run runCells(SearchPlan plan, long limit, EvictionCosts costs) {
        ExecutionStats stats = new ExecutionStats();
        try (MemoryContext memory = MemoryContext.open()) {
            PlanExecutor before = new PlanExecutor(memory, OperatorKernels.standard(), stats, null, () -> false, limit, costs);
            try {
                Candidate first = plan.candidates().get(0);
                int rows = before.asRoot("split", () -> before.output(
                        ((io.stratum.ir.physical.SplitRows) first.target()).input(), LineageKey.NO_FOLD, Mode.FULL).rows());
                PlanExecutor executor = before.withFolds(folds(rows));
                TaskGraph graph = executor.taskGraph();
                for (int c = 0; c < plan.candidates().size(); c++) {
                    for (int f = 0; f < FOLDS; f++) {
                        graph.root(new TaskGraph.Cell(c, f), plan.candidates().get(c).predictions(), f, Mode.PREDICT);
                        graph.root(new TaskGraph.Cell(c, f), plan.candidates().get(c).target(), f, Mode.PREDICT);
                    }
                }
                executor.plan(graph, 1);
                List<double[]> predictions = new ArrayList<>();
                for (int f = 0; f < FOLDS; f++) {
                    for (int c = 0; c < plan.candidates().size(); c++) {
                        Candidate cand = plan.candidates().get(c);
                        int ff = f;
                        predictions.add(executor.asRoot(new TaskGraph.Cell(c, f), () -> {
                            executor.output(cand.target(), ff, Mode.PREDICT);
                            return values(executor.output(cand.predictions(), ff, Mode.PREDICT));
                        }));
                        for (LineageKey held : executor.heldOutputs()) {
                            assertTrue(executor.pool().plannedConsumers(held) > 0,
                                    "output " + held + " is held after its last consumer (cell " + c + ", fold " + f + ")");
                        }
                    }
                }
                return new Run(predictions, executor.poolStats(), stats);
            } finally {
                before.closePool();
            }
        }
    }

    private static double[] values(RuntimeValue v) {
        Column c = switch (v) {
            case RuntimeValue.Series s -> s.column();
            case RuntimeValue.Frame f -> f.table().column(0);
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
        return ((Float64Column) c).toDoubleArray();
    }

    private static long totalOutputBytes(ExecutionStats stats) {
        return stats.topOperators(Integer.MAX_VALUE).stream().map(java.util.Map.Entry::getValue).mapToLong(ExecutionStats.OperatorStats::bytes).sum();
    }

    @Test
    void everyOutputIsFreedAfterItsLastConsumer() {
        Run run = runCells(plan(), NO_LIMIT, EvictionCosts.DEFAULT);
        assertEquals(0, run.pool().heldOutputs(), "nothing is held once every cell finished");
        assertTrue(run.pool().releases() > 0);
        long total = totalOutputBytes(run.stats());
        assertTrue(run.pool().peakHeldBytes() * 2 < total, "peak " + run.pool().peakHeldBytes()
                + " bytes held, while all outputs together take " + total);
        assertEquals(0, run.pool().recomputes(), "the task graph names every consumer, so nothing is computed twice");
    }

    @Test
    void everyKindASearchHoldsIsCountedAndKeptUnderTheLimit() {
        Run free = runCells(plan(), NO_LIMIT, EvictionCosts.DEFAULT);
        PoolStats.Held peaks = free.pool().peaks();
        // The quick start holds encoded frames, their feature matrices, fitted encoders/scalers/Ridges, scaler
        // partition moments and Gram statistics, and Ridge's Gram is working memory while it is formed.
        assertTrue(peaks.outputs() > 0 && peaks.matrices() > 0 && peaks.fitted() > 0 && peaks.statistics() > 0
                && peaks.scratch() > 0, peaks.toString());
        // A limit the outputs alone would have fitted under: with everything else counted too, the pool must evict.
        long limit = Math.max(peaks.outputs(), free.pool().peakPinnedBytes());
        assertTrue(limit < free.pool().peakHeldBytes(), free.pool().toString());
        Run limited = runCells(plan(), limit, EvictionCosts.DEFAULT);
        assertTrue(limited.pool().peakHeldBytes() <= limit, limited.pool().toString());
        assertTrue(limited.pool().spills() + limited.pool().drops() > 0, limited.pool().toString());
        assertSamePredictions(free, limited);
        assertEquals(0, limited.pool().heldOutputs());
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void aSearchEndsHoldingNothing(int threads) {
        SearchOutcome outcome = SearchDriver.standard().run(plan(), new SearchOptions(threads));
        PoolStats pool = outcome.stats().memory();
        assertEquals(0, pool.heldOutputs());
        assertEquals(0, pool.recomputes());
        assertTrue(pool.peakHeldBytes() < totalOutputBytes(outcome.stats()));
        assertNull(pool.spillFolder(), "nothing spilled without a limit");
    }

    /**
     * A limit under the peak of an unlimited one-thread run, {@code share} of the way from what its running
     * tasks read at once (below which no eviction helps) to that peak.
     */
    private static long tightLimit(double share) {
        PoolStats free = runCells(plan(), NO_LIMIT, EvictionCosts.DEFAULT).pool();
        return free.peakPinnedBytes() + (long) (share * (free.peakHeldBytes() - free.peakPinnedBytes()));
    }

    @Test
    void spillingUnderALimitGivesTheSamePredictionsAndCleansUp() {
        Run free = runCells(plan(), NO_LIMIT, EvictionCosts.DEFAULT);
        long limit = tightLimit(0.5);
        // Disk made free: every eviction spills (the default model decides by measured task times, which vary).
        Run spilling = runCells(plan(), limit, new EvictionCosts(0, 0));
        PoolStats pool = spilling.pool();
        assertTrue(pool.spills() > 0 && pool.reloads() > 0, pool.toString());
        // Outputs, feature matrices and fitted states have a stored form and are spilled, never refitted; only
        // statistics are dropped (rebuilt from their rows).
        assertEquals(free.stats().count("FitPredict.fit"), spilling.stats().count("FitPredict.fit"), pool.toString());
        assertTrue(pool.peakHeldBytes() <= limit, pool.toString());
        assertFalse(Files.exists(Path.of(pool.spillFolder())), "the spill folder is deleted at the end of the run");
        assertSamePredictions(free, spilling);
        assertEquals(free.stats().count("FitTransform.fit"), spilling.stats().count("FitTransform.fit"),
                "spilled outputs are read back, not recomputed");
        assertEquals(0, pool.heldOutputs());
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2})
    void theDriverUnderALimitGivesTheSameScores(int threads) {
        SearchOutcome free = SearchDriver.standard().run(plan(), new SearchOptions(threads));
        // Below the unlimited peak, with room for what two threads' tasks read at once.
        PoolStats unlimited = free.stats().memory();
        long limit = Math.max(unlimited.peakHeldBytes() - 1024, 2 * unlimited.peakPinnedBytes());
        SearchOutcome limited = SearchDriver.standard().run(plan(), new SearchOptions(threads, limit));
        assertSameScores(free, limited);
        assertEquals(0, limited.stats().memory().heldOutputs());
    }

    @Test
    void droppingWhenRecomputingIsCheaperGivesTheSamePredictions() {
        Run free = runCells(plan(), NO_LIMIT, EvictionCosts.DEFAULT);
        // Disk made absurdly slow: every eviction drops the output, and a later request recomputes it.
        // Recomputing pins whole chains again, so it needs more room than spilling.
        Run dropping = runCells(plan(), tightLimit(0.9), new EvictionCosts(1e9, 1e9));
        assertTrue(dropping.pool().drops() > 0 && dropping.pool().recomputes() > 0, dropping.pool().toString());
        assertEquals(0, dropping.pool().spills());
        assertSamePredictions(free, dropping);
        assertEquals(0, dropping.pool().heldOutputs());
    }

    private static void assertSamePredictions(Run expected, Run actual) {
        assertEquals(expected.predictions().size(), actual.predictions().size());
        for (int i = 0; i < expected.predictions().size(); i++) {
            assertArrayEquals(expected.predictions().get(i), actual.predictions().get(i), "cell " + i);
        }
    }

    @Test
    void aLimitBelowWhatOneTaskReadsSaysHowMuchIsNeeded() {
        StratumError e = assertThrows(StratumError.class,
                () -> SearchDriver.standard().run(plan(), new SearchOptions(1, 4096)));
        assertTrue(e.getMessage().matches("the search needs at least [0-9.]+ MiB of memory \\(\\d+ bytes: .*\\) but --memory-limit is 4 KiB"),
                e.getMessage());
        assertTrue(e.hint().contains("raise --memory-limit"), e.hint());
    }

    private static void assertSameScores(SearchOutcome expected, SearchOutcome actual) {
        assertEquals(expected.scores().size(), actual.scores().size());
        for (int i = 0; i < expected.scores().size(); i++) {
            CandidateScores a = expected.scores().get(i);
            CandidateScores b = actual.scores().get(i);
            assertArrayEquals(a.foldScores(), b.foldScores(), "candidate " + i);
        }
    }
}
