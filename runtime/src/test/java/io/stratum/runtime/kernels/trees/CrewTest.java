package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fit's crew of threads: helpers apply every change the owner posts to their replicas, in order, before they run
 * a piece; every piece of every loop runs exactly once, on the replica of the thread that runs it; a failure in a
 * piece reaches the owner after the loop's other pieces have ended; the owner never depends on a helper starting
 * (a pool with no free worker leaves it everything), nor waits at every loop for a helper that does not keep up, and
 * a detached helper rejoins with the owner's state.
 */
class CrewTest {

    /** Owners of every crew in the process go alone after a late helper: no test inherits that from another. */
    @BeforeEach
    @AfterEach
    void forgetLateHelpers() {
        Crew.forgetLateHelpers();
    }

    /**
     * Per-replica state as a fit has it: each replica's counter counts the changes applied to it, and a piece checks
     * that its replica has applied every change posted before its loop.
     */
    @Test
    void helpersApplyEveryChangeInOrderBeforeTheirPieces() throws Exception {
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            Set<Thread> ran = ConcurrentHashMap.newKeySet();
            pool.submit(() -> {
                try (Crew crew = Parallel.on(pool).crew(8)) {
                    assertEquals(2, crew.size());
                    long[] changes = new long[2];
                    Thread owner = Thread.currentThread();
                    // At least 2,000 loops, and more until the helper took part: on a loaded machine the owner runs
                    // alone for a while whenever the helper came late.
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    for (int loop = 0; loop < 2_000 || (ran.size() < 2 && System.nanoTime() < deadline); loop++) {
                        crew.rejoin(r -> changes[r] = changes[0]);
                        int steps = loop % 5;
                        for (int s = 0; s < steps; s++) {
                            crew.everyReplica(r -> changes[r]++);
                        }
                        long expected = changes[0];
                        boolean affine = loop % 2 == 0;
                        int pieces = affine ? 2 : 1 + loop % 37;
                        AtomicIntegerArray runs = new AtomicIntegerArray(pieces);
                        crew.forEachPiece(pieces, affine, (p, r) -> {
                            runs.incrementAndGet(p);
                            ran.add(Thread.currentThread());
                            assertEquals(Thread.currentThread() == owner, r == 0, "the replica of the thread");
                            assertEquals(expected, changes[r], "replica " + r + " is up to date");
                            long until = System.nanoTime() + 2_000;
                            while (System.nanoTime() < until) {
                                Thread.onSpinWait();
                            }
                        });
                        for (int p = 0; p < pieces; p++) {
                            assertEquals(1, runs.get(p), "loop " + loop + " piece " + p);
                        }
                    }
                }
            }).get(60, TimeUnit.SECONDS);
            assertEquals(2, ran.size(), "both threads ran pieces");
            assertTrue(pool.awaitQuiescence(10, TimeUnit.SECONDS), "the helper left when the crew closed");
        }
    }

    /**
     * Background work ({@link Crew#whileWaiting}) runs on the replica of the thread that waits: the owner's while a
     * helper's longer piece keeps it waiting, a helper's while it waits for the owner's next entry; each replica's
     * work is what the log gave it.
     */
    @Test
    void threadsThatWaitDoTheirOwnReplicasBackgroundWork() throws Exception {
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            pool.submit(() -> {
                try (Crew crew = Parallel.on(pool).crew(2)) {
                    Thread owner = Thread.currentThread();
                    int[] left = new int[2];
                    int[] done = new int[2];
                    AtomicBoolean helperInPiece = new AtomicBoolean();
                    AtomicBoolean ownerWorkedWhileWaiting = new AtomicBoolean();
                    AtomicBoolean wrongThread = new AtomicBoolean();
                    crew.whileWaiting(r -> {
                        wrongThread.compareAndSet(false, (Thread.currentThread() == owner) != (r == 0));
                        if (left[r] == 0) {
                            return false;
                        }
                        left[r]--;
                        done[r]++;
                        if (r == 0 && helperInPiece.get()) {
                            ownerWorkedWhileWaiting.set(true);
                        }
                        return true;
                    });
                    int[] helperDone = new int[1];
                    boolean helperIdleWork = false;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while ((!ownerWorkedWhileWaiting.get() || !helperIdleWork) && System.nanoTime() < deadline) {
                        crew.rejoin(r -> left[r] = 0);
                        crew.everyReplica(r -> left[r] = 20);
                        crew.forEachPiece(2, true, (p, r) -> {
                            if (Thread.currentThread() == owner) {
                                spin(1_000_000);
                            } else {
                                helperInPiece.set(true);
                                spin(3_000_000);
                                helperInPiece.set(false);
                            }
                        });
                        LockSupport.parkNanos(20_000_000); // the helper, idle, works through its replica's 20
                        crew.everyReplica(r -> {
                            if (r == 1) {
                                helperDone[0] = done[1];
                            }
                        });
                        crew.forEachPiece(2, true, (p, r) -> { }); // the helper has applied the entry above
                        helperIdleWork |= helperDone[0] > 0 && !crew.isDetached();
                    }
                    assertFalse(wrongThread.get(), "background work ran on its own thread's replica only");
                    assertTrue(ownerWorkedWhileWaiting.get(), "the owner worked while the helper's piece ran");
                    assertTrue(helperIdleWork, "the helper worked while it waited for the next entry");
                }
            }).get(60, TimeUnit.SECONDS);
        }
    }

    private static void spin(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    /**
     * A helper taken off its core mid-piece (here it sleeps through its pieces, as other processes would keep it
     * waiting) does not hold the owner at every loop: the owner detaches it and runs alone for a while (loops are then
     * cut for one thread), and the helper rejoins once it keeps up again, its replica given the owner's state.
     */
    @Test
    void aHelperTakenOffItsCoreDoesNotHoldTheOwner() throws Exception {
        // a sleeping helper is not runnable: the machine stands for one with more runnable threads than cores
        Oversubscription.assumed = true;
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            pool.submit(() -> {
                try (Crew crew = Parallel.on(pool).crew(8)) {
                    Thread owner = Thread.currentThread();
                    long[] changes = new long[2];
                    int loops = 0;
                    int helped = 0;
                    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
                    while (System.nanoTime() < until) {
                        crew.rejoin(r -> changes[r] = changes[0]);
                        crew.everyReplica(r -> changes[r]++);
                        AtomicIntegerArray runs = new AtomicIntegerArray(2);
                        AtomicBoolean helper = new AtomicBoolean();
                        crew.forEachPiece(2, true, (p, r) -> {
                            runs.incrementAndGet(p);
                            if (Thread.currentThread() != owner) {
                                helper.set(true);
                                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(3));
                            }
                        });
                        assertEquals(1, runs.get(0));
                        assertEquals(1, runs.get(1));
                        loops++;
                        helped += helper.get() ? 1 : 0;
                    }
                    // Waiting 3 ms for the helper at every loop would allow at most 100 loops in 300 ms, nearly all of
                    // them with the helper; alone, the owner runs thousands, the helper taking part only when it
                    // rejoins.
                    assertTrue(loops > 1_000, loops + " loops");
                    assertTrue(helped <= 20, "the helper ran pieces of " + helped + " of " + loops + " loops");
                    assertTrue(crew.isDetached(), "the owner runs alone");
                    assertEquals(1, crew.threadsNow(), "so loops are cut for one thread");
                    Oversubscription.assumed = false;
                    Crew.forgetLateHelpers();
                    AtomicBoolean back = new AtomicBoolean();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (!back.get() && System.nanoTime() < deadline) {
                        crew.rejoin(r -> changes[r] = changes[0]);
                        crew.everyReplica(r -> changes[r]++);
                        long expected = changes[0];
                        crew.forEachPiece(2, true, (p, r) -> {
                            if (Thread.currentThread() != owner) {
                                assertEquals(expected, changes[r], "the rejoined replica has the owner's state");
                                back.set(true);
                            }
                            long end = System.nanoTime() + 20_000;
                            while (System.nanoTime() < end) {
                                Thread.onSpinWait();
                            }
                        });
                    }
                    assertTrue(back.get(), "the helper takes part again once it keeps up");
                    assertEquals(2, crew.threadsNow(), "and loops are cut for two threads again");
                }
            }).get(60, TimeUnit.SECONDS);
        } finally {
            Oversubscription.assumed = null;
        }
    }

    /**
     * The machine really oversubscribed (twice as many busy threads as cores), nothing assumed: the owner sees its
     * late helper's run-queue wait ({@link RunQueueWait}) and goes alone.
     */
    @Test
    void aHelperThatWaitsForACoreSendsTheOwnerAlone() throws Exception {
        assumeTrue(RunQueueWait.ofCurrentThread() != null, "no scheduler statistics on this machine");
        try (BusyThreads busy = BusyThreads.twicePerCore(); ForkJoinPool pool = new ForkJoinPool(2)) {
            boolean alone = pool.submit(() -> {
                try (Crew crew = Parallel.on(pool).crew(8)) {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (System.nanoTime() < deadline) {
                        crew.rejoin(r -> { });
                        crew.forEachPiece(2, true, (p, r) -> {
                            long end = System.nanoTime() + 50_000;
                            while (System.nanoTime() < end) {
                                Thread.onSpinWait();
                            }
                        });
                        if (Crew.aloneNow()) {
                            return crew.isDetached();
                        }
                    }
                    return false;
                }
            }).get(60, TimeUnit.SECONDS);
            assertTrue(alone, "the owner kept waiting for a helper beside " + busy.count() + " busy threads");
        }
    }

    @Test
    void theRunnableCountIsReadFromTheKernelsLoadLine() {
        assertEquals(4, Oversubscription.parse("1.77 2.24 3.47 4/131 12082\n"));
        assertEquals(-1, Oversubscription.parse("1.77 2.24"));
        assertEquals(-1, Oversubscription.parse("1.77 2.24 3.47 x/131 12082"));
        int now = Oversubscription.runnable();
        assertTrue(now >= 1 || now == -1, "this thread is runnable: " + now);
    }

    @Test
    void aSlowHelperOnAQuietMachineDoesNotSendTheOwnerAlone() throws Exception {
        // the same late helper as above, on a machine with no more runnable threads than cores: the owner keeps its
        // crew. Whether the helper wakes in time for a given loop is up to the scheduler, so the test asks the crew
        // itself after every loop, and runs loops until the helper has been late several times.
        Oversubscription.assumed = false;
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            pool.submit(() -> {
                try (Crew crew = Parallel.on(pool).crew(8)) {
                    Thread owner = Thread.currentThread();
                    int helped = 0;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    for (int loop = 0; loop < 40 || (helped < 5 && System.nanoTime() < deadline); loop++) {
                        AtomicBoolean helper = new AtomicBoolean();
                        crew.forEachPiece(2, true, (p, r) -> {
                            if (Thread.currentThread() != owner) {
                                helper.set(true);
                                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                            } else {
                                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(300));
                            }
                        });
                        helped += helper.get() ? 1 : 0;
                        assertFalse(Crew.aloneNow(), "loop " + loop + " sent the owner alone");
                        assertFalse(crew.isDetached(), "loop " + loop + " detached the helper");
                    }
                    assertTrue(helped >= 5, "the helper took part in " + helped + " loops");
                }
            }).get(60, TimeUnit.SECONDS);
        } finally {
            Oversubscription.assumed = null;
        }
    }

    @Test
    void aFailingPieceFailsTheLoopAndTheCrewGoesOn() throws Exception {
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            pool.submit(() -> {
                try (Crew crew = Parallel.on(pool).crew(8)) {
                    IllegalArgumentException failure = new IllegalArgumentException("piece 5");
                    for (int round = 0; round < 50; round++) {
                        AtomicIntegerArray runs = new AtomicIntegerArray(16);
                        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                                () -> crew.forEachPiece(16, false, (p, r) -> {
                                    runs.incrementAndGet(p);
                                    if (p == 5) {
                                        throw failure;
                                    }
                                }));
                        assertSame(failure, thrown);
                        for (int p = 0; p < 16; p++) {
                            assertEquals(1, runs.get(p), "every other piece still ran");
                        }
                        AtomicIntegerArray affine = new AtomicIntegerArray(2);
                        assertThrows(IllegalArgumentException.class, () -> crew.forEachPiece(2, true, (p, r) -> {
                            affine.incrementAndGet(p);
                            if (p == 1) {
                                throw failure;
                            }
                        }));
                        assertEquals(1, affine.get(0));
                        assertEquals(1, affine.get(1));
                    }
                    AtomicIntegerArray after = new AtomicIntegerArray(8);
                    crew.forEachPiece(8, false, (p, r) -> after.incrementAndGet(p));
                    for (int p = 0; p < 8; p++) {
                        assertEquals(1, after.get(p));
                    }
                }
            }).get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void theOwnerRunsEverythingWhenNoWorkerIsFree() throws Exception {
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            AtomicBoolean hold = new AtomicBoolean(true);
            CountDownLatch busy = new CountDownLatch(2);
            // Both workers are held elsewhere (spinning, so the pool adds no worker), so the helper task never
            // starts while the crew works: more changes than a helper may be behind, and loops of both kinds.
            for (int w = 0; w < 2; w++) {
                pool.execute(() -> {
                    busy.countDown();
                    while (hold.get()) {
                        Thread.onSpinWait();
                    }
                });
            }
            busy.await();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread owner = new Thread(() -> {
                try (Crew crew = Parallel.on(pool).crew(8)) {
                    Thread me = Thread.currentThread();
                    for (int loop = 0; loop < 10_000; loop++) {
                        crew.replay(r -> { });
                        AtomicIntegerArray runs = new AtomicIntegerArray(2);
                        crew.forEachPiece(2, loop % 2 == 0, (p, r) -> {
                            assertSame(me, Thread.currentThread());
                            assertEquals(0, r);
                            runs.incrementAndGet(p);
                        });
                        assertEquals(1, runs.get(0));
                        assertEquals(1, runs.get(1));
                    }
                    assertTrue(crew.isDetached(), "a helper that never started is detached");
                } catch (Throwable t) {
                    failed.set(t);
                }
            });
            owner.start();
            owner.join(TimeUnit.SECONDS.toMillis(60));
            hold.set(false);
            assertTrue(!owner.isAlive(), "the owner finished without a helper");
            assertEquals(null, failed.get());
            assertTrue(pool.awaitQuiescence(10, TimeUnit.SECONDS), "the late helper saw the closed crew and left");
        }
    }

    @Test
    void anIdleHelperLeavesForOtherTasksOfItsPool() throws Exception {
        try (ForkJoinPool one = new ForkJoinPool(1); Crew crew = Crew.open(one, 1)) {
            Set<Thread> ran = ConcurrentHashMap.newKeySet();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (ran.size() < 2 && System.nanoTime() < until) {
                crew.rejoin(r -> { }); // a loaded machine may have detached the helper for a while
                crew.forEachPiece(2, true, (p, r) -> {
                    ran.add(Thread.currentThread());
                    long end = System.nanoTime() + 20_000;
                    while (System.nanoTime() < end) {
                        Thread.onSpinWait();
                    }
                });
            }
            assertEquals(2, ran.size(), "the pool's only worker joined the crew");
            // The crew stays open, its owner idle: the worker must not stay parked in it while a task waits.
            assertEquals("ran", one.submit(() -> "ran").get(30, TimeUnit.SECONDS));
            AtomicIntegerArray runs = new AtomicIntegerArray(2);
            crew.forEachPiece(2, true, (p, r) -> runs.incrementAndGet(p));
            assertEquals(1, runs.get(0), "the owner goes on alone");
            assertEquals(1, runs.get(1), "the owner goes on alone");
            assertFalse(crew.rejoin(r -> { }), "a helper that left does not rejoin");
        }
    }

    @Test
    void aLoopInsideAPieceIsRefused() throws Exception {
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            pool.submit(() -> {
                try (Crew crew = Parallel.on(pool).crew(8)) {
                    AtomicIntegerArray refused = new AtomicIntegerArray(4);
                    crew.forEachPiece(4, false, (p, r) -> {
                        try {
                            crew.forEachPiece(2, false, (q, s) -> { });
                        } catch (IllegalStateException e) {
                            refused.incrementAndGet(p);
                        }
                    });
                    for (int p = 0; p < 4; p++) {
                        assertEquals(1, refused.get(p), "piece " + p);
                    }
                }
            }).get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void oneThreadIsNoCrew() {
        try (ForkJoinPool one = new ForkJoinPool(1)) {
            assertEquals(1, one.submit(() -> {
                try (Crew crew = Parallel.common().crew(8)) {
                    return crew.size();
                }
            }).join());
        }
        try (Crew crew = Parallel.sequential().crew(8)) {
            assertEquals(1, crew.size());
        }
        try (ForkJoinPool four = new ForkJoinPool(4)) {
            assertEquals(2, four.submit(() -> {
                try (Crew crew = Parallel.common().crew(2)) {
                    return crew.size();
                }
            }).join(), "no more threads than asked for");
        }
    }

    /**
     * A thread that already has its share of the cores (a cell of a parallel search, or --threads 1) opens no helper:
     * the crew runs on it alone. Another thread, on a machine whose common pool has a worker, still gets one.
     */
    @Test
    void aThreadWithItsShareOfTheCoresOpensNoHelper() throws Exception {
        int[] inside = new int[1];
        io.stratum.runtime.kernels.parallel.CoreShare.runOnOneCore(() -> {
            try (Crew crew = Parallel.common().crew(64)) {
                inside[0] = crew.size();
                Set<Thread> seen = ConcurrentHashMap.newKeySet();
                crew.forEachPiece(64, false, (p, r) -> seen.add(Thread.currentThread()));
                assertEquals(Set.of(Thread.currentThread()), seen);
            }
        });
        assertEquals(1, inside[0]);
        assertTrue(!io.stratum.runtime.kernels.parallel.CoreShare.oneCore(), "the mark ends with the block");
        if (ForkJoinPool.getCommonPoolParallelism() >= 1) {
            AtomicReference<Integer> outside = new AtomicReference<>();
            Thread t = new Thread(() -> {
                try (Crew crew = Parallel.common().crew(64)) {
                    outside.set(crew.size());
                }
            });
            t.start();
            t.join();
            assertEquals(Math.min(64, ForkJoinPool.getCommonPoolParallelism() + 1), outside.get());
        }
    }
}
