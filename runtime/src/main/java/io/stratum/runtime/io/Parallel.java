package io.stratum.runtime.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs independent pieces of one reader's work (row chunks, columns) on the common fork-join pool, with the
 * calling thread taking part. Each piece writes only its own output, so results never depend on how many
 * threads ran or in which order the pieces were taken.
 */
public final class Parallel {
    private Parallel() {
    }

    /** Calls {@code body} for every index in {@code [0, count)}, possibly concurrently; rethrows the first failure. */
    public static void forEach(int count, IntConsumer body) {
        int helpers = Math.min(count - 1, ForkJoinPool.getCommonPoolParallelism());
        if (helpers <= 0) {
            for (int i = 0; i < count; i++) {
                body.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    body.accept(i);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<AtomicBoolean> claims = new ArrayList<>(helpers);
        List<ForkJoinTask<?>> tasks = new ArrayList<>(helpers);
        for (int h = 0; h < helpers; h++) {
            AtomicBoolean claim = new AtomicBoolean();
            claims.add(claim);
            tasks.add(ForkJoinPool.commonPool().submit(() -> {
                if (claim.compareAndSet(false, true)) {
                    work.run();
                }
            }));
        }
        work.run();
        for (int h = 0; h < helpers; h++) {
            // A helper that has not started yet is claimed here and will do nothing; one that started is awaited.
            if (!claims.get(h).compareAndSet(false, true)) {
                tasks.get(h).join();
            }
        }
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }
}
