package io.stratum.runtime.kernels.trees;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Threads that spin until closed: a machine with more runnable threads than cores, for the tests of a team. */
final class BusyThreads implements AutoCloseable {
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    /** Starts {@code count} spinning daemon threads. */
    BusyThreads(int count) {
        for (int i = 0; i < count; i++) {
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    Thread.onSpinWait();
                }
            });
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    /** Twice as many as the machine has cores. */
    static BusyThreads twicePerCore() {
        return new BusyThreads(2 * Runtime.getRuntime().availableProcessors());
    }

    int count() {
        return threads.size();
    }

    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
    }
}
