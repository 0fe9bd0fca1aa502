package io.stratum.runtime.kernels.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * Fixed blocks of indices ({@value #SIZE} rows by default) run on fork/join threads (the caller's pool when it is a worker, else the
 * common pool). The blocks do not depend on the thread count, and each writes only its own outputs, so a sum taken
 * per block and then over the blocks in order is the same bits however many threads ran them.
 */
final class RowBlocks {
    static final int SIZE = 4096;

    private RowBlocks() {
    }

    /** A block of indices [from, to), numbered {@code block}. */
    @FunctionalInterface
    interface Body {
        void run(int block, int from, int to);
    }

    static int count(int n) {
        return (n + SIZE - 1) / SIZE;
    }

    /** Runs {@code body} on every block of [0, n). */
    static void run(int n, Body body) {
        run(n, SIZE, body);
    }

    /** Runs {@code body} on every block of {@code size} indices of [0, n). */
    static void run(int n, int size, Body body) {
        int blocks = (n + size - 1) / size;
        if (blocks <= 1 || ForkJoinPool.getCommonPoolParallelism() <= 1) {
            for (int b = 0; b < blocks; b++) {
                body.run(b, b * size, Math.min(n, (b + 1) * size));
            }
            return;
        }
        List<RecursiveAction> tasks = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            int block = b;
            tasks.add(new RecursiveAction() {
                @Override
                protected void compute() {
                    body.run(block, block * size, Math.min(n, (block + 1) * size));
                }
            });
        }
        if (ForkJoinTask.inForkJoinPool()) {
            ForkJoinTask.invokeAll(tasks);
        } else {
            ForkJoinPool.commonPool().invoke(new RecursiveAction() {
                @Override
                protected void compute() {
                    ForkJoinTask.invokeAll(tasks);
                }
            });
        }
    }
}
