package io.stratum.runtime.kernels.trees;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/**
 * Runs independent pieces of a tree kernel (one feature, one block of rows) on a fork/join pool. Every piece
 * writes only its own outputs, so results are the same bits whatever the number of threads.
 */
final class Parallel {
    private final ForkJoinPool pool;

    private Parallel(ForkJoinPool pool) {
        this.pool = pool;
    }

    /** Pieces run on the caller's thread, one after the other. */
    static Parallel sequential() {
        return new Parallel(null);
    }

    /** Pieces run on {@code pool}. */
    static Parallel on(ForkJoinPool pool) {
        return new Parallel(pool);
    }

    /** Pieces run on the JVM's common pool. */
    static Parallel common() {
        return ForkJoinPool.getCommonPoolParallelism() > 1 ? new Parallel(ForkJoinPool.commonPool()) : sequential();
    }

    /** Calls {@code body} for every index in [0, n). */
    void forEach(int n, IntConsumer body) {
        if (pool == null || n <= 1) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        Range root = new Range(0, n, body);
        if (java.util.concurrent.ForkJoinTask.getPool() == pool) {
            root.invoke();
        } else {
            pool.invoke(root);
        }
    }

    /** Calls {@code body(from, to)} for consecutive blocks of about {@code block} indices covering [0, n). */
    void forBlocks(int n, int block, BlockBody body) {
        int blocks = (n + block - 1) / block;
        forEach(blocks, b -> body.run(b * block, Math.min(n, (b + 1) * block)));
    }

    /** A block of indices [from, to). */
    @FunctionalInterface
    interface BlockBody {
        void run(int from, int to);
    }

    private static final class Range extends RecursiveAction {
        private final int from;
        private final int to;
        private final IntConsumer body;

        Range(int from, int to, IntConsumer body) {
            this.from = from;
            this.to = to;
            this.body = body;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                body.accept(from);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Range(from, mid, body), new Range(mid, to, body));
        }
    }
}
