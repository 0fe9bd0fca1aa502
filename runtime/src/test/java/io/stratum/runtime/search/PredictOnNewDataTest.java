package io.stratum.runtime.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.exec.CopiedValue;
import io.stratum.runtime.exec.EstimatorKernels;
import io.stratum.runtime.exec.OperatorKernels;
import io.stratum.runtime.exec.TestPlans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipeline fitted on one environment predicting on another ({@link SearchDriver#predictOnNew}): every estimator is
 * fitted once on the fit data (never on the new rows), however often the same learner predicts or is scored, and the
 * predictions on the fit data itself are {@code .skb.eval()}'s. The frontend's fixtures hold the numbers to skrub's.
 */
class PredictOnNewDataTest {
    @TempDir
    Path dir;

    private final AtomicInteger fits = new AtomicInteger();
    /** The rows each fit of the counted step saw. */
    private final List<Integer> fitRows = java.util.Collections.synchronizedList(new ArrayList<>());
    private final SearchDriver driver = new SearchDriver(new OperatorKernels(EstimatorKernels.standard()
            .register("test.Counting", new EstimatorKernels.Transformer() {
                @Override
                public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                    fits.incrementAndGet();
                    fitRows.add(columns.rowCount());
                    return columns.rowCount();
                }

                @Override
                public Table transform(MemoryContext memory, Object fitted, Table columns) {
                    return columns;
                }
            })));
    private final SearchOptions options = new SearchOptions(2);

    /** The quick start's pipeline reading {@code csv}, a counted pass-through step over {@code column} before Ridge. */
    private static FitPredict pipeline(Path csv, String column) {
        TestPlans.Quickstart q = TestPlans.quickstart(csv);
        FitTransform counted = new FitTransform(q.scaler(), new EstimatorSpec("test.Counting", List.of(), List.of(),
                List.of()), List.of(column), "test", TestPlans.line(18));
        return new FitPredict(counted, q.y(), TestPlans.ridge(1.0), "ridge_cholesky", TestPlans.line(19));
    }

    /** The weather rows {@code from} (inclusive) to {@code to} (exclusive) as a CSV file of their own. */
    private Path rows(String name, int from, int to) throws IOException {
        List<String> lines = Files.readAllLines(TestPlans.seattleWeather());
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        out.addAll(lines.subList(1 + from, 1 + to));
        return Files.write(dir.resolve(name), out);
    }

    private static double[] values(CopiedValue v) {
        return (double[]) v.columns().get(0).values();
    }

    @Test
    void theSameLearnerIsFittedOnceHoweverOftenItPredicts() throws IOException {
        FitPredict fit = pipeline(rows("train.csv", 0, 1000), "wind");
        FitPredict predict = pipeline(rows("new.csv", 1000, 1461), "wind");
        try (FittedPipelines fitted = new FittedPipelines(2)) {
            CopiedValue first = driver.predictOnNew(fit, predict, options, fitted);
            CopiedValue again = driver.predictOnNew(fit, predict, options, fitted);
            double r2 = driver.scoreOnNew(fit, predict, null, "r2", options, fitted);
            assertEquals(461, first.rows());
            assertArrayEquals(values(first), values(again));
            assertTrue(r2 > 0.5 && r2 < 1, "r2 " + r2);
            assertEquals(List.of(1000), fitRows, "the counted step is fitted on the fit rows only, once");
            assertEquals(1, fitted.size());
        }
        // without kept fits, each call fits again
        driver.predictOnNew(fit, predict, options);
        assertEquals(2, fits.get());
    }

    @Test
    void predictingTheFitDataGivesWhatEvaluatingTheFittedPipelineGives() throws IOException {
        Path train = rows("train.csv", 0, 1000);
        CopiedValue onNew = driver.predictOnNew(pipeline(train, "wind"), pipeline(rows("same.csv", 0, 1000), "wind"),
                options);
        CopiedValue evaluated = driver.evaluate(pipeline(train, "wind"), options);
        assertArrayEquals(values(evaluated), values(onNew));
    }

    @Test
    void aStepThatDiffersOnTheNewDataIsAnErrorAtItsLineNotARefit() throws IOException {
        FitPredict fit = pipeline(rows("train.csv", 0, 1000), "wind");
        FitPredict predict = pipeline(rows("new.csv", 1000, 1461), "temp_min");
        StratumError e = assertThrows(StratumError.class, () -> driver.predictOnNew(fit, predict, options));
        assertTrue(e.getMessage().contains("not the same on the new data"), e.getMessage());
        assertEquals(TestPlans.line(18), e.origin());
        // the learner above it was fitted on the fit rows (its inputs too); nothing was fitted on the new rows
        assertEquals(List.of(1000), fitRows);
    }
}
