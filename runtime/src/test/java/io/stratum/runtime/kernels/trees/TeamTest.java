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
 * The fit's team of threads: every piece of every job runs exactly once, on the owner and the helpers, a failure in
 * a piece reaches the owner after the job's other pieces have ended, the owner never depends on a helper
 * starting (a pool with no free worker leaves it all the pieces), nor waits at every job for a helper that does not
 * keep up.
 */
class TeamTest {

    /** Owners of every team in the process go alone after a late helper: no test inherits that from another. */
    @BeforeEach
    @AfterEach
    void forgetLateHelpers() {
        Team.forgetLateHelpers();
    }

    @Test
    void everyPieceRunsOnceAndHelpersTakePart() throws Exception {
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            Set<Thread> ran = ConcurrentHashMap.newKeySet();
            pool.submit(() -> {
                try (Parallel team = Parallel.on(pool).team()) {
                    assertEquals(2, team.threads());
                    // At least 2,000 jobs, and more until the helper took part: on a loaded machine the owner runs
                    // alone for a while whenever the helper came late.
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    for (int job = 0; job < 2_000 || (ran.size() < 2 && System.nanoTime() < deadline); job++) {
                        int pieces = 1 + job % 37;
                        AtomicIntegerArray runs = new AtomicIntegerArray(pieces);
                        team.forEach(pieces, i -> {
                            runs.incrementAndGet(i);
                            ran.add(Thread.currentThread());
                            long until = System.nanoTime() + 2_000;
                            while (System.nanoTime() < until) {
                                Thread.onSpinWait();
                            }
                        });
                        for (int i = 0; i < pieces; i++) {
                            assertEquals(1, runs.get(i), "job " + job + " piece " + i);
                        }
                    }
                }
            }).get(60, TimeUnit.SECONDS);
            assertEquals(2, ran.size(), "both threads ran pieces");
            assertTrue(pool.awaitQuiescence(10, TimeUnit.SECONDS), "the helper left when the team closed");
        }
    }

    /**
     * A helper taken off its core mid-piece (here it sleeps through its pieces, as other processes would keep it
     * waiting) does not hold the owner at every job: the owner runs alone for a while, and goes back to the team once
     * the helper keeps up again.
     */
    @Test
    void aHelperTakenOffItsCoreDoesNotHoldTheOwner() throws Exception {
        // a sleeping helper is not runnable: the machine stands for one with more runnable threads than cores
        Oversubscription.assumed = true;
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            pool.submit(() -> {
                try (Parallel team = Parallel.on(pool).team()) {
                    Thread owner = Thread.currentThread();
                    int jobs = 0;
                    int helped = 0;
                    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
                    while (System.nanoTime() < until) {
                        AtomicIntegerArray runs = new AtomicIntegerArray(2);
                        AtomicBoolean helper = new AtomicBoolean();
                        team.forEach(2, i -> {
                            runs.incrementAndGet(i);
                            if (Thread.currentThread() != owner) {
                                helper.set(true);
                                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(3));
                            }
                        });
                        assertEquals(1, runs.get(0));
                        assertEquals(1, runs.get(1));
                        jobs++;
                        helped += helper.get() ? 1 : 0;
                    }
                    // Waiting 3 ms for the helper at every job would allow at most 100 jobs in 300 ms, nearly all of
                    // them with the helper; alone, the owner runs thousands, the helper taking part only when the
                    // owner tries the team again.
                    assertTrue(jobs > 1_000, jobs + " jobs");
                    assertTrue(helped <= 20, "the helper ran pieces of " + helped + " of " + jobs + " jobs");
                    Set<Thread> ran = ConcurrentHashMap.newKeySet();
                    long back = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (ran.size() < 2 && System.nanoTime() < back) {
                        team.forEach(2, i -> {
                            ran.add(Thread.currentThread());
                            long end = System.nanoTime() + 20_000;
                            while (System.nanoTime() < end) {
                                Thread.onSpinWait();
                            }
                        });
                    }
                    assertEquals(2, ran.size(), "the helper takes part again once it keeps up");
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
                try (Parallel team = Parallel.on(pool).team()) {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (System.nanoTime() < deadline) {
                        team.forEach(2, i -> {
                            long end = System.nanoTime() + 50_000;
                            while (System.nanoTime() < end) {
                                Thread.onSpinWait();
                            }
                        });
                        if (Team.aloneNow()) {
                            return true;
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
        // team. Whether the helper wakes in time for a given job is up to the scheduler, so the test asks the team
        // itself after every job, and runs jobs until the helper has been late several times.
        Oversubscription.assumed = false;
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            pool.submit(() -> {
                try (Parallel team = Parallel.on(pool).team()) {
                    Thread owner = Thread.currentThread();
                    int helped = 0;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    for (int job = 0; job < 40 || (helped < 5 && System.nanoTime() < deadline); job++) {
                        AtomicBoolean helper = new AtomicBoolean();
                        team.forEach(2, i -> {
                            if (Thread.currentThread() != owner) {
                                helper.set(true);
                                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                            } else {
                                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(300));
                            }
                        });
                        helped += helper.get() ? 1 : 0;
                        assertFalse(Team.aloneNow(), "job " + job + " sent the owner alone");
                    }
                    assertTrue(helped >= 5, "the helper took part in " + helped + " jobs");
                }
            }).get(60, TimeUnit.SECONDS);
        } finally {
            Oversubscription.assumed = null;
        }
    }

    @Test
    void aFailingPieceFailsTheLoopAndTheTeamGoesOn() throws Exception {
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            pool.submit(() -> {
                try (Parallel team = Parallel.on(pool).team()) {
                    IllegalArgumentException failure = new IllegalArgumentException("piece 5");
                    for (int round = 0; round < 50; round++) {
                        AtomicIntegerArray runs = new AtomicIntegerArray(16);
                        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                                () -> team.forEach(16, i -> {
                                    runs.incrementAndGet(i);
                                    if (i == 5) {
                                        throw failure;
                                    }
                                }));
                        assertSame(failure, thrown);
                        for (int i = 0; i < 16; i++) {
                            assertEquals(1, runs.get(i), "every other piece still ran");
                        }
                    }
                    AtomicIntegerArray after = new AtomicIntegerArray(8);
                    team.forEach(8, after::incrementAndGet);
                    for (int i = 0; i < 8; i++) {
                        assertEquals(1, after.get(i));
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
            // starts while the team works.
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
                try (Parallel team = Parallel.on(pool).team()) {
                    Thread me = Thread.currentThread();
                    for (int job = 0; job < 100; job++) {
                        AtomicIntegerArray runs = new AtomicIntegerArray(4);
                        team.forEach(4, i -> {
                            assertSame(me, Thread.currentThread());
                            runs.incrementAndGet(i);
                        });
                        for (int i = 0; i < 4; i++) {
                            assertEquals(1, runs.get(i));
                        }
                    }
                } catch (Throwable t) {
                    failed.set(t);
                }
            });
            owner.start();
            owner.join(TimeUnit.SECONDS.toMillis(60));
            hold.set(false);
            assertTrue(!owner.isAlive(), "the owner finished without a helper");
            assertEquals(null, failed.get());
            assertTrue(pool.awaitQuiescence(10, TimeUnit.SECONDS), "the late helper saw the closed team and left");
        }
    }

    @Test
    void anIdleHelperLeavesForOtherTasksOfItsPool() throws Exception {
        try (ForkJoinPool one = new ForkJoinPool(1); Team team = Team.open(one, 1)) {
            Set<Thread> ran = ConcurrentHashMap.newKeySet();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (ran.size() < 2 && System.nanoTime() < until) {
                team.forEach(2, i -> {
                    ran.add(Thread.currentThread());
                    long end = System.nanoTime() + 20_000;
                    while (System.nanoTime() < end) {
                        Thread.onSpinWait();
                    }
                });
            }
            assertEquals(2, ran.size(), "the pool's only worker joined the team");
            // The team stays open, its owner idle: the worker must not stay parked in it while a task waits.
            assertEquals("ran", one.submit(() -> "ran").get(30, TimeUnit.SECONDS));
            AtomicIntegerArray runs = new AtomicIntegerArray(4);
            team.forEach(4, runs::incrementAndGet);
            for (int i = 0; i < 4; i++) {
                assertEquals(1, runs.get(i), "the owner goes on alone");
            }
        }
    }

    @Test
    void aLoopInsideAPieceRunsOnItsThread() throws Exception {
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            pool.submit(() -> {
                try (Parallel team = Parallel.on(pool).team()) {
                    AtomicIntegerArray runs = new AtomicIntegerArray(4 * 4);
                    team.forEach(4, i -> {
                        Thread outer = Thread.currentThread();
                        team.forEach(4, j -> {
                            assertSame(outer, Thread.currentThread());
                            runs.incrementAndGet(4 * i + j);
                        });
                    });
                    for (int i = 0; i < 16; i++) {
                        assertEquals(1, runs.get(i));
                    }
                }
            }).get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void oneThreadIsNoTeam() {
        try (ForkJoinPool one = new ForkJoinPool(1)) {
            assertEquals(1, one.submit(() -> {
                try (Parallel team = Parallel.common().team()) {
                    return team.threads();
                }
            }).join());
        }
        try (Parallel team = Parallel.sequential().team()) {
            assertEquals(1, team.threads());
        }
    }

    /**
     * A thread that already has its share of the cores (a cell of a parallel search, or --threads 1) opens no helper:
     * the team runs on it alone. Another thread, on a machine whose common pool has a worker, still gets one.
     */
    @Test
    void aThreadWithItsShareOfTheCoresOpensNoHelper() throws Exception {
        int[] inside = new int[1];
        io.stratum.runtime.kernels.parallel.CoreShare.runOnOneCore(() -> {
            try (Parallel team = Parallel.common().team()) {
                inside[0] = team.threads();
                Set<Thread> seen = ConcurrentHashMap.newKeySet();
                team.forEach(64, i -> seen.add(Thread.currentThread()));
                assertEquals(Set.of(Thread.currentThread()), seen);
            }
        });
        assertEquals(1, inside[0]);
        assertTrue(!io.stratum.runtime.kernels.parallel.CoreShare.oneCore(), "the mark ends with the block");
        if (ForkJoinPool.getCommonPoolParallelism() >= 1) {
            AtomicReference<Integer> outside = new AtomicReference<>();
            Thread t = new Thread(() -> {
                try (Parallel team = Parallel.common().team()) {
                    outside.set(team.threads());
                }
            });
            t.start();
            t.join();
            assertEquals(ForkJoinPool.getCommonPoolParallelism() + 1, outside.get());
        }
    }
}
