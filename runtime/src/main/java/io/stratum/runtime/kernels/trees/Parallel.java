package io.stratum.runtime.kernels.trees;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/**
 * Runs independent pieces of a tree kernel (one feature, one block of rows) on a fork/join pool; a boosting fit's
 * many short loops run on a {@link Crew} of the same threads instead ({@link #crew}). Every piece writes only its own
 * outputs, so results are the same bits whatever the number of threads.
 */
final class Parallel {
    /** Null: run on the caller's thread only. */
    private final ForkJoinPool pool;
    /** Run on the pool of the calling worker thread, or, from any other thread, on the common pool plus the caller. */
    private final boolean ambient;

    private Parallel(ForkJoinPool pool, boolean ambient) {
        this.pool = pool;
        this.ambient = ambient;
    }

    /** Pieces run on the caller's thread, one after the other. */
    static Parallel sequential() {
        return new Parallel(null, false);
    }

    /** Pieces run on {@code pool}. */
    static Parallel on(ForkJoinPool pool) {
        return new Parallel(pool, false);
    }

    /**
     * Pieces run where the caller runs: on its fork/join pool when it is a worker (a search's {@code --threads}
     * pool), else on the JVM's common pool with the calling thread taking part, as parallel streams do (so a
     * 2-core machine, whose common pool has one worker, runs two threads).
     */
    static Parallel common() {
        return new Parallel(null, true);
    }

    /**
     * The same threads, at most {@code maxThreads} of them, as a crew that stays for many loops ({@link Crew}): the
     * calling thread plus helpers forked once onto the pool, each with its own replica of the fit's per-row state.
     * For a fit's many short loops (a tree's nodes); close it when they are done. With one thread, or on a thread
     * that already has its share of the cores (a cell of a parallel search, or --threads 1), the caller alone.
     */
    Crew crew(int maxThreads) {
        int threads = Math.min(threads(), Math.min(maxThreads, Crew.MAX_THREADS));
        if (threads <= 1 || (ambient && io.stratum.runtime.kernels.parallel.CoreShare.oneCore())) {
            return Crew.solo();
        }
        ForkJoinPool on = ambient ? (ForkJoinTask.getPool() != null ? ForkJoinTask.getPool() : ForkJoinPool.commonPool())
                : pool;
        return Crew.open(on, threads - 1);
    }

    /** How many threads may run pieces at once; 1 means {@link #forEach} runs them in order on the caller. */
    int threads() {
        if (ambient) {
            ForkJoinPool current = ForkJoinTask.getPool();
            return current != null ? current.getParallelism() : ForkJoinPool.getCommonPoolParallelism() + 1;
        }
        return pool == null ? 1 : pool.getParallelism();
    }

    /** Calls {@code body} for every index in [0, n). */
    void forEach(int n, IntConsumer body) {
        if (n <= 1 || threads() == 1) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        Range root = new Range(0, n, body);
        // A task invoked directly runs on the calling thread; its forks go to the caller's pool when the caller is
        // a worker, else to the common pool.
        if (ambient || ForkJoinTask.getPool() == pool) {
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
