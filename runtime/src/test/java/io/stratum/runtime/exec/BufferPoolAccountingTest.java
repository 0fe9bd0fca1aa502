package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Fingerprint;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.ScratchMemory;
import io.stratum.runtime.data.SharedFeatureMatrix;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.linear.FittedLinearModel;
import io.stratum.runtime.kernels.linear.RidgeKernel;
import io.stratum.runtime.kernels.linear.RidgeParams;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Everything the buffer pool holds counts against the memory limit — operator outputs, feature matrices, fitted
 * states, partition and Gram statistics — and so does the working memory kernels reserve while they run: each
 * test below fails if its kind were left out of the count.
 */
class BufferPoolAccountingTest {
    private static final long LIMIT = 1 << 20;
    /** About 2 MiB of doubles: twice the limit. */
    private static final int BIG = 1 << 18;

    private static LineageKey key(int id, LineageKey.Product product) {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) id;
        return new LineageKey(new Fingerprint(bytes), 0, Mode.FIT, product);
    }

    /** A value of about 2 MiB of the kind a task of {@code product} produces. */
    private static Object bigValue(MemoryContext memory, LineageKey.Product product) {
        double[] values = new double[BIG];
        java.util.Arrays.fill(values, 1.5);
        return switch (product) {
            case OUTPUT -> new RuntimeValue.Frame(Table.of(Float64Column.of(memory, "x", values)));
            case MATRIX -> SharedFeatureMatrix.of(Table.of(Float64Column.of(memory, "x", values)));
            case FITTED -> RidgeKernel.fit(FeatureMatrix.ofColumnMajor(1, java.util.Collections.nCopies(BIG, "x"),
                    values), new double[] {2.0}, new RidgeParams(1.0, false));
            case STATISTICS, GRAM, SPECTRUM -> values;
        };
    }

    /** What the pool counts for a value: Arrow buffers for an output, the estimated heap size of the rest. */
    private static long sizeOf(Object value) {
        return value instanceof RuntimeValue v ? ExecutionStats.bufferBytes(v)
                : value instanceof SharedFeatureMatrix m ? m.bytes() + 64 : io.stratum.runtime.data.HeapSize.of(value);
    }

    /** Produces {@code key}'s value read by a running task (pinned): nothing can be evicted to make room. */
    private static void producePinned(BufferPool pool, LineageKey key, Object value) {
        BufferPool.Frame reader = new BufferPool.Frame("cell");
        BufferPool.Demand demand = pool.acquire(key, reader);
        assertTrue(demand.produce());
        pool.produced(key, value, 1_000, List.of());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LineageKey.Product.class)
    void aValueOfEveryKindCountsAgainstTheLimit(LineageKey.Product product) {
        try (MemoryContext memory = MemoryContext.open()) {
            Object value = bigValue(memory, product);
            long bytes = sizeOf(value);
            assertTrue(bytes > BIG * 8L, product + " counted as " + bytes + " bytes");
            BufferPool pool = new BufferPool(memory, bytes - 1024, EvictionCosts.DEFAULT);
            StratumError e = assertThrows(StratumError.class, () -> producePinned(pool, key(1, product), value));
            assertTrue(e.getMessage().matches("the search needs at least [0-9.]+ MiB of memory \\(" + bytes
                    + " bytes: .*\\) but --memory-limit is [0-9.]+ MiB"), e.getMessage());
            pool.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = LineageKey.Product.class, names = {"OUTPUT", "MATRIX", "FITTED"})
    void aValueWithAStoredFormIsSpilledAndReadBackEqual(LineageKey.Product product) {
        try (MemoryContext memory = MemoryContext.open()) {
            LineageKey first = key(1, product);
            Object value = bigValue(memory, product);
            BufferPool pool = new BufferPool(memory, sizeOf(value) * 3 / 2, new EvictionCosts(0, 0));
            pool.plan(Map.of("later", Set.of(first)));
            produceAndFinish(pool, first, value);
            // A second value of the same size passes the limit: the first, read by no running task, is spilled.
            produceAndFinish(pool, key(2, product), bigValue(memory, product));
            PoolStats stats = pool.stats();
            assertEquals(1, stats.spills(), stats.toString());
            BufferPool.Demand again = pool.acquire(first, new BufferPool.Frame("later"));
            assertTrue(again.produce() && again.reload() != null, "the spilled value is read back, not recomputed");
            Object reloaded = pool.reload(again.reload());
            switch (product) {
                case MATRIX -> assertEquals(java.util.Arrays.toString(((SharedFeatureMatrix) value).forLearner(false)
                        .toColumnMajorArray()), java.util.Arrays.toString(((SharedFeatureMatrix) reloaded)
                        .forLearner(false).toColumnMajorArray()));
                case FITTED -> assertEquals(java.util.Arrays.toString(((FittedLinearModel) value).coef()),
                        java.util.Arrays.toString(((FittedLinearModel) reloaded).coef()));
                default -> assertEquals(1.5, ((Float64Column) ((RuntimeValue.Frame) reloaded).table().column(0))
                        .getDouble(BIG - 1));
            }
            pool.close();
        }
    }

    @Test
    void statisticsWithoutAStoredFormAreDroppedAndRecomputed() {
        try (MemoryContext memory = MemoryContext.open()) {
            BufferPool pool = new BufferPool(memory, 3L << 20, new EvictionCosts(0, 0));
            LineageKey first = key(1, LineageKey.Product.GRAM);
            pool.plan(Map.of("later", Set.of(first)));
            produceAndFinish(pool, first, bigValue(memory, LineageKey.Product.GRAM));
            produceAndFinish(pool, key(2, LineageKey.Product.GRAM), bigValue(memory, LineageKey.Product.GRAM));
            assertEquals(1, pool.stats().drops());
            BufferPool.Demand again = pool.acquire(first, new BufferPool.Frame("later"));
            assertTrue(again.produce() && again.reload() == null && again.recompute());
            pool.close();
        }
    }

    private static void produceAndFinish(BufferPool pool, LineageKey key, Object value) {
        BufferPool.Frame task = new BufferPool.Frame("task" + key.operator());
        assertTrue(pool.acquire(key, task).produce());
        pool.produced(key, value, 1_000_000_000L, List.of());
        pool.finished(task);
    }

    @Test
    void kernelWorkingMemoryCountsAndNamesWhatNeedsIt() {
        try (MemoryContext memory = MemoryContext.open()) {
            BufferPool pool = new BufferPool(memory, LIMIT, EvictionCosts.DEFAULT);
            StratumError e = assertThrows(StratumError.class, () -> pool.reserve(2L << 20, "a test's Gram matrix"));
            assertTrue(e.getMessage().contains("needs at least 2.0 MiB") && e.getMessage().contains(
                    "of which 2.0 MiB is working memory of running kernels (now: 2.0 MiB for a test's Gram matrix)"),
                    e.getMessage());
            assertEquals(0, pool.heldBytes(), "a refused reservation is not held");
            pool.reserve(LIMIT / 2, "half");
            assertEquals(LIMIT / 2, pool.heldBytes());
            pool.release(LIMIT / 2);
            assertEquals(0, pool.heldBytes());
            assertEquals(LIMIT / 2, pool.stats().peaks().scratch());
            pool.close();
        }
    }

    @Test
    void aReservationEvictsWhatNoRunningTaskReads() {
        try (MemoryContext memory = MemoryContext.open()) {
            BufferPool pool = new BufferPool(memory, 3L << 20, new EvictionCosts(0, 0));
            LineageKey held = key(1, LineageKey.Product.OUTPUT);
            pool.plan(Map.of("later", Set.of(held)));
            produceAndFinish(pool, held, bigValue(memory, LineageKey.Product.OUTPUT));
            pool.reserve(2L << 20, "a kernel");
            assertEquals(1, pool.stats().spills(), "the idle output made room for the kernel");
            pool.release(2L << 20);
            pool.close();
        }
    }

    @Test
    void ridgeReservesItsCopyOfXAndItsGramMatrix() {
        try (MemoryContext memory = MemoryContext.open()) {
            BufferPool pool = new BufferPool(memory, 64 << 10, EvictionCosts.DEFAULT);
            int n = 4000;  // 8 * (4000 * 3 + 9) bytes: above the 64 KiB limit
            double[] x = new double[n * 3];
            double[] y = new double[n];
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.sin(i);
            }
            FeatureMatrix matrix = FeatureMatrix.ofColumnMajor(n, List.of("a", "b", "c"), x);
            ScratchMemory.Budget before = ScratchMemory.bind(pool);
            try {
                StratumError e = assertThrows(StratumError.class,
                        () -> RidgeKernel.fit(matrix, y, new RidgeParams(1.0, true)));
                assertTrue(e.getMessage().contains("for Ridge's centered copy of X and its Gram matrix"), e.getMessage());
            } finally {
                ScratchMemory.bind(before);
            }
            // Unbound (a kernel called directly), nothing is reserved.
            assertSame(FittedLinearModel.class, RidgeKernel.fit(matrix, y, new RidgeParams(1.0, true)).getClass());
            pool.close();
        }
    }

    @Test
    void aFeatureMatrixWithASparseBlockIsDroppedAndRebuiltNotSpilled() {
        try (MemoryContext memory = MemoryContext.open()) {
            io.stratum.runtime.data.CsrMatrix block = new io.stratum.runtime.data.CsrMatrix(3, 2, new int[] {0, 1, 2, 3},
                    new int[] {0, 1, 0}, new double[] {1, 1, 1});
            SharedFeatureMatrix sparse = SharedFeatureMatrix.of(Table.of(Float64Column.of(memory, "x",
                    new double[] {1, 2, 3})), List.of("c_a", "c_b"), block);
            assertTrue(!sparse.writable() && !PersistentResults.storable(sparse));
            assertTrue(PersistentResults.storable(bigValue(memory, LineageKey.Product.MATRIX)));
        }
    }
}
