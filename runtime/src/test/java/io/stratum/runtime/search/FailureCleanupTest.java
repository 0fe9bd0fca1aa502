package io.stratum.runtime.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.exec.EstimatorKernels;
import io.stratum.runtime.exec.OperatorKernels;
import io.stratum.runtime.exec.TestPlans;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * When one cell of a parallel search fails, the driver reports the error only after the cells still running
 * have stopped: the run's Arrow memory is released when it returns, and a kernel still reading it would read
 * freed memory.
 */
class FailureCleanupTest {

    private static EstimatorSpec spec(String name) {
        return new EstimatorSpec(name, List.of(), List.of(), List.of());
    }

    @Test
    void runningCellsFinishBeforeTheMemoryIsReleased() {
        CountDownLatch slowStarted = new CountDownLatch(1);
        AtomicBoolean slowFinished = new AtomicBoolean();
        AtomicReference<Throwable> slowSaw = new AtomicReference<>();
        EstimatorKernels estimators = EstimatorKernels.standard()
                .register("test.Failing", new EstimatorKernels.Transformer() {
                    @Override
                    public Object fit(MemoryContext memory, Table columns, EstimatorSpec s) {
                        try {
                            slowStarted.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        throw new StratumError("deliberate failure");
                    }

                    @Override
                    public Table transform(MemoryContext memory, Object fitted, Table columns) {
                        throw new AssertionError("never fitted");
                    }
                })
                .register("test.Slow", new EstimatorKernels.Transformer() {
                    @Override
                    public Object fit(MemoryContext memory, Table columns, EstimatorSpec s) {
                        slowStarted.countDown();
                        // A kernel busy in a loop does not look at interrupts.
                        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
                        while (System.nanoTime() < until) {
                            Thread.onSpinWait();
                        }
                        try {
                            memory.allocator();
                            columns.column(0).toDoubleArray();
                        } catch (Throwable t) {
                            slowSaw.set(t);
                        }
                        slowFinished.set(true);
                        return columns;
                    }

                    @Override
                    public Table transform(MemoryContext memory, Object fitted, Table columns) {
                        return columns;
                    }
                });
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        FitTransform failing = new FitTransform(q.assigned(), spec("test.Failing"), List.of("wind"), "test", TestPlans.line(16));
        FitTransform slow = new FitTransform(q.assigned(), spec("test.Slow"), List.of("wind"), "test", TestPlans.line(17));
        SearchPlan plan = new SearchPlan(List.of("step"), List.of(
                new Candidate(0, List.of(Const.of("failing")), new FitPredict(failing, q.y(), TestPlans.ridge(1.0),
                        "ridge_cholesky", TestPlans.line(19)), q.y()),
                new Candidate(1, List.of(Const.of("slow")), new FitPredict(slow, q.y(), TestPlans.ridge(1.0),
                        "ridge_cholesky", TestPlans.line(19)), q.y())), 5, "r2");

        StratumError e = assertThrows(StratumError.class,
                () -> new SearchDriver(new OperatorKernels(estimators)).run(plan, new SearchOptions(2)));

        assertEquals("deliberate failure", e.getMessage());
        assertEquals(TestPlans.line(16), e.origin());
        assertTrue(slowFinished.get(), "the driver returned while a cell was still running");
        assertNull(slowSaw.get(), () -> "the running cell saw its memory released: " + slowSaw.get());
    }
}
