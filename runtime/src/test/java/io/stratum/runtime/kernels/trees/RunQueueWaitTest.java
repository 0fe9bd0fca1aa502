package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A thread's run-queue wait, which tells a team's owner whether its late helper was kept off its core: read from the
 * kernel's scheduler statistics, near zero for a thread that spins or sleeps alone on its core, and a good part of
 * the time for one that shares a core with busy threads.
 */
class RunQueueWaitTest {

    @Test
    void theWaitIsTheSecondFieldOfSchedstat() {
        assertEquals(41_000, RunQueueWait.parse("2530023 41000 7\n"));
        assertEquals(0, RunQueueWait.parse("727010 0 1"));
        assertEquals(-1, RunQueueWait.parse("727010"));
        assertEquals(-1, RunQueueWait.parse("727010 x 1"));
        assertEquals(-1, RunQueueWait.parse(""));
    }

    @Test
    void aFewWakeUpsAreNotBeingKeptOffACore() {
        // a few wake-ups' microseconds, even over a short window, say nothing
        assertFalse(RunQueueWait.keptOff(20_000, 50_000));
        assertFalse(RunQueueWait.keptOff(RunQueueWait.NOISE_NANOS, 200_000));
        // two thirds of the window, as six busy threads on two cores
        assertTrue(RunQueueWait.keptOff(27_000_000, 40_000_000));
        // a third of the window, as three busy threads on two cores: the helper still runs most of the time
        assertFalse(RunQueueWait.keptOff(13_000_000, 40_000_000));
        // the JVM's compiler and collector threads' milliseconds over the window of four looks
        assertFalse(RunQueueWait.keptOff(10_000_000, 40_000_000));
        assertFalse(RunQueueWait.keptOff(0, 0));
    }

    @Test
    void aThreadAloneOnItsCoreBarelyWaits() throws Exception {
        Path file = RunQueueWait.ofCurrentThread();
        assumeTrue(file != null, "no scheduler statistics on this machine");
        long before = RunQueueWait.read(file);
        for (int i = 0; i < 50; i++) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        long waited = RunQueueWait.read(file) - before;
        assertTrue(waited >= 0, "the wait only grows: " + waited);
    }

    /**
     * Twice as many busy threads as cores: the measured thread, busy too, shares a core, and the kernel counts the
     * time it was runnable without running (about three fifths of it). This is the signal a crew acts on, on a machine that
     * is really oversubscribed.
     */
    @Test
    void aThreadSharingItsCoreWithBusyThreadsWaitsOnTheRunQueue() throws Exception {
        assumeTrue(RunQueueWait.ofCurrentThread() != null, "no scheduler statistics on this machine");
        int cores = Runtime.getRuntime().availableProcessors();
        try (BusyThreads busy = BusyThreads.twicePerCore()) {
            Path file = RunQueueWait.ofCurrentThread();
            long before = RunQueueWait.read(file);
            long start = System.nanoTime();
            long end = start + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            long waited = RunQueueWait.read(file) - before;
            long window = System.nanoTime() - start;
            assertTrue(RunQueueWait.keptOff(waited, window), "waited " + waited / 1000 + " us of " + window / 1000
                    + " us beside " + busy.count() + " busy threads on " + cores + " cores");
        }
    }
}
