package io.stratum.runtime.kernels.trees;

import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The threads of one fit: the thread that opened the team plus helper tasks forked once onto its fork/join pool,
 * which stay between jobs (spinning a little, then parked) instead of being woken per job as fork/join tasks are. A
 * tree's jobs are many and short (a node's histograms, its partition: tens of microseconds), and a parked worker
 * woken for each of them arrived after the caller had done most of the work itself. Pieces are claimed one at a
 * time by whoever comes first, so the owner never waits for a helper to start: if no worker is free, the owner runs
 * every piece itself; and an idle helper leaves the team when other tasks wait in its pool, so a search's other fits
 * are not held up. Every piece writes only its own outputs, so results are the same bits for any thread count.
 */
final class Team implements AutoCloseable {
    /** Bits of the claim word holding the next piece's index, and above them the job's piece count. */
    private static final int INDEX_BITS = 22;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    /** Most pieces one job can have; larger loops run as several jobs. */
    static final int MAX_PIECES = (int) INDEX_MASK;
    /** How long an idle helper spins for the next job before parking. */
    private static final long SPIN_NANOS = 50_000;
    /** How long a parked helper sleeps before it looks again whether other tasks wait in its pool. */
    /** Spin-wait hints between two looks at the claim word: a fraction of a microsecond. */
    private static final int SPIN_BATCH = 8;
    private static final long PARK_NANOS = 1_000_000;
    /** How many times the owner spins for a helper's unfinished piece before parking. */
    private static final int WAIT_SPINS = 2_000;
    /**
     * A helper is late when the owner, its own pieces done, waits longer than this (and longer than its own pieces
     * took) for the helper's: on a quiet machine the wait is the tail of one piece, tens of microseconds; a helper
     * taken off its core mid-piece by other processes keeps the owner waiting a scheduler slice, milliseconds.
     */
    private static final long LATE_NANOS = 200_000;
    /**
     * Helpers are absent when the owner has run every piece of every job itself for this long: they are not getting
     * a core (each woke after its job had ended, spun and parked again, taking the owner's share of the machine for
     * nothing). A parked helper on an idle core wakes within tens of microseconds.
     */
    private static final long ABSENT_NANOS = 1_000_000;
    /**
     * How often the owner notes its helpers' run-queue waits ({@link RunQueueWait}), and how many notes it keeps: a
     * late helper's wait is measured over the window since the oldest (three to four looks), long enough that a
     * compiler thread taking a core for a few milliseconds is not a machine that keeps the helper off its core. A
     * file read per helper per look: a fraction of a percent of a fit.
     */
    private static final long LOOK_NANOS = 10_000_000;
    private static final int LOOKS_KEPT = 4;
    /** How long owners run jobs alone after a late or absent helper; doubled while helpers keep failing soon after. */
    private static final long ALONE_MIN_NANOS = 2_000_000;
    private static final long ALONE_MAX_NANOS = 128_000_000;
    /**
     * Non-zero: until this System.nanoTime owners run every job alone. Shared by the teams of the process, as the
     * machine's load outlives one fit; races between owners only move a heuristic's times.
     */
    private static volatile long aloneUntil;
    /** The last time alone, and when a helper last came late or was absent. */
    private static volatile long aloneNanos = ALONE_MIN_NANOS;
    private static volatile long lateAt;

    private final Thread owner;
    private final Helper[] helpers;
    /** Job generation (high bits), piece count, next unclaimed piece: claimed by compare-and-set. */
    private final AtomicLong claim = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();
    private volatile IntConsumer body;
    private volatile Throwable failure;
    private volatile boolean closed;
    /** The owner is parked until a helper ends the job's last piece. */
    private volatile boolean ownerWaiting;
    private boolean busy;
    private long generation;
    /** Non-zero: when the run of jobs whose pieces the owner all ran itself began. */
    private long absentSince;
    /** When the owner last noted its helpers' run-queue waits. */
    private long lookedAt;

    private Team(ForkJoinPool pool, int helpers) {
        this.owner = Thread.currentThread();
        this.helpers = new Helper[helpers];
        boolean worker = ForkJoinTask.getPool() == pool;
        for (int i = 0; i < helpers; i++) {
            this.helpers[i] = new Helper();
            if (worker) {
                this.helpers[i].fork();
            } else {
                pool.execute(this.helpers[i]);
            }
        }
    }

    /** A team of the calling thread and {@code helpers} tasks on {@code pool}. */
    static Team open(ForkJoinPool pool, int helpers) {
        return new Team(pool, helpers);
    }

    /**
     * Calls {@code body} for every index in [0, n), on the team's threads; returns when all calls have. A call from a
     * helper, or from within a job (a nested loop), runs its pieces on the calling thread.
     */
    void forEach(int n, IntConsumer body) {
        if (n <= 1 || busy || Thread.currentThread() != owner || closed || alone()) {
            if (n > 1 && !busy && Thread.currentThread() == owner) {
                absentSince = 0; // a run of absent jobs counts from the team's next job
            }
            Throwable failed = null;
            for (int i = 0; i < n; i++) {
                try {
                    body.accept(i);
                } catch (Throwable t) {
                    failed = failed == null ? t : failed; // the other pieces still run, as on the team
                }
            }
            rethrow(failed);
            return;
        }
        busy = true;
        try {
            for (int first = 0; first < n; first += MAX_PIECES) {
                int pieces = Math.min(MAX_PIECES, n - first);
                int offset = first;
                run(pieces, offset == 0 ? body : i -> body.accept(offset + i));
            }
        } finally {
            busy = false;
        }
    }

    /**
     * Whether owners run jobs alone for now: a helper came late or was absent (the machine has more runnable threads
     * than cores). Waiting for helpers the scheduler takes off their cores, and waking helpers that spin without
     * getting a piece, made two threads slower than one there. The pieces are the same, so the bits are too.
     */
    private static boolean alone() {
        long until = aloneUntil;
        if (until == 0) {
            return false;
        }
        if (System.nanoTime() - until < 0) {
            return true;
        }
        aloneUntil = 0;
        return false;
    }

    /** Whether owners run their jobs alone right now (tests). */
    static boolean aloneNow() {
        long until = aloneUntil;
        return until != 0 && System.nanoTime() - until < 0;
    }

    /** Forgets late and absent helpers: tests start from a machine whose helpers kept up. */
    static void forgetLateHelpers() {
        aloneUntil = 0;
        aloneNanos = ALONE_MIN_NANOS;
        lateAt = 0;
    }

    /**
     * A helper came late or was absent at {@code now}: if a helper was kept off its core ({@link #keptOff}), owners
     * run alone for a while, twice as long as the last time if it happened again soon after they went back to their
     * teams, else for the shortest time again.
     */
    private void late(long now) {
        if (!keptOff(now)) {
            return; // a quiet machine's pause, not a helper the scheduler keeps off its core
        }
        goAlone(now);
    }

    private static void goAlone(long now) {
        long last = aloneNanos;
        long alone = lateAt != 0 && now - lateAt < 8 * last ? Math.min(2 * last, ALONE_MAX_NANOS) : ALONE_MIN_NANOS;
        aloneNanos = alone;
        lateAt = now;
        long until = now + alone;
        aloneUntil = until == 0 ? 1 : until;
    }

    /**
     * Whether a helper waited on the kernel's run queue for a good part of the last tens of milliseconds
     * ({@link RunQueueWait}): the scheduler keeps it off its core, so waiting for it, or waking it, costs the owner
     * more than its pieces save. Where no helper's wait can be read, whether the machine has more runnable threads
     * than cores ({@link Oversubscription}). Tests stand for either machine with {@link Oversubscription#assumed}.
     */
    private boolean keptOff(long now) {
        Boolean assumed = Oversubscription.assumed;
        if (assumed != null) {
            return assumed;
        }
        boolean known = false;
        boolean off = false;
        for (Helper helper : helpers) {
            long wait = helper.waitNow();
            if (wait < 0) {
                continue;
            }
            known = true;
            int oldest = helper.oldestLook();
            if (oldest >= 0) {
                off |= RunQueueWait.keptOff(wait - helper.waited[oldest], now - helper.lookedAt[oldest]);
            }
        }
        return known ? off : Oversubscription.now();
    }

    private void run(int pieces, IntConsumer job) {
        long started = System.nanoTime();
        if (started - lookedAt > LOOK_NANOS) {
            for (Helper helper : helpers) {
                helper.look(started);
            }
            lookedAt = started;
        }
        done.set(0);
        this.body = job;
        generation++;
        long start = (generation << (2 * INDEX_BITS)) | ((long) pieces << INDEX_BITS);
        claim.set(start);
        for (Helper helper : helpers) {
            if (helper.parked) {
                LockSupport.unpark(helper.thread);
            }
        }
        int mine = 0;
        while (true) {
            long word = claim.get();
            if (!claimable(word, start)) {
                break;
            }
            if (claim.compareAndSet(word, word + 1)) {
                mine++;
                runPiece(job, (int) (word & INDEX_MASK));
            }
        }
        // Pieces a helper claimed may still run: the next job must not start before they end.
        long ownEnd = done.get() < pieces ? System.nanoTime() : 0;
        for (int spins = 0; done.get() < pieces; spins++) {
            if (spins < WAIT_SPINS) {
                Thread.onSpinWait();
            } else {
                // A helper taken off its core mid-piece (a loaded machine): wait without spinning, woken by the
                // helper that ends the job's last piece.
                ownerWaiting = true;
                if (done.get() < pieces) {
                    LockSupport.parkNanos(this, 200_000);
                }
                ownerWaiting = false;
            }
        }
        watch(started, ownEnd, mine == pieces);
        Throwable failed = failure;
        failure = null;
        rethrow(failed);
    }

    private static void rethrow(Throwable failed) {
        if (failed == null) {
            return;
        }
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failed);
    }

    /**
     * Watches for helpers that do not keep up, after a job that began at {@code started} and whose pieces the owner
     * ran until {@code ownEnd} (0: no helper's piece was left then), all of them if {@code allMine}.
     */
    private void watch(long started, long ownEnd, boolean allMine) {
        if (ownEnd != 0) {
            long now = System.nanoTime();
            long waited = now - ownEnd;
            if (waited > LATE_NANOS && waited > ownEnd - started) {
                absentSince = 0;
                late(now);
                return;
            }
        }
        if (!allMine) {
            absentSince = 0;
        } else if (absentSince == 0) {
            absentSince = started == 0 ? 1 : started;
        } else {
            long now = System.nanoTime();
            if (now - absentSince > ABSENT_NANOS) {
                absentSince = 0;
                late(now);
            }
        }
    }

    /** Runs one claimed piece; a failure is kept for the owner to throw once every piece of the job has ended. */
    private void runPiece(IntConsumer job, int piece) {
        try {
            job.accept(piece);
        } catch (Throwable t) {
            if (failure == null) {
                failure = t;
            }
        }
        done.incrementAndGet();
        if (ownerWaiting && Thread.currentThread() != owner) {
            LockSupport.unpark(owner);
        }
    }

    /** Whether {@code word} belongs to the job that started at {@code start} and still has an unclaimed piece. */
    private static boolean claimable(long word, long start) {
        return (word >>> (2 * INDEX_BITS)) == (start >>> (2 * INDEX_BITS))
                && (word & INDEX_MASK) < ((word >>> INDEX_BITS) & INDEX_MASK);
    }

    /** Ends the helpers' loops; pieces are never running at this point (every job has returned). */
    @Override
    public void close() {
        closed = true;
        for (int i = helpers.length - 1; i >= 0; i--) {
            if (ForkJoinTask.getPool() != null) {
                helpers[i].tryUnfork(); // never started: take it back from this worker's queue
            }
        }
        for (Helper helper : helpers) {
            Thread t = helper.thread;
            if (t != null) {
                LockSupport.unpark(t);
            }
        }
    }

    /** One helper's loop: wait for a job it has not seen, claim and run its pieces, until the team closes. */
    private final class Helper extends ForkJoinTask<Void> {
        volatile Thread thread;
        volatile boolean parked;
        /** The helper thread's scheduler statistics ({@link RunQueueWait}); null until it starts, or where none. */
        volatile Path schedstat;
        /**
         * The run-queue waits the owner noted, and when (0: not yet), the next to write at {@code looks}; read and
         * written by the owner only.
         */
        final long[] waited = new long[LOOKS_KEPT];
        final long[] lookedAt = new long[LOOKS_KEPT];
        int looks;

        /** The helper thread's run-queue wait so far, or -1 when it cannot be read (not started, no statistics). */
        long waitNow() {
            Path file = schedstat;
            return file == null ? -1 : RunQueueWait.read(file);
        }

        /** The index of the oldest note, or -1 when there is none yet. */
        int oldestLook() {
            for (int i = 0; i < LOOKS_KEPT; i++) {
                int at = (looks + i) % LOOKS_KEPT;
                if (lookedAt[at] != 0) {
                    return at;
                }
            }
            return -1;
        }

        /** Notes the helper's run-queue wait at {@code now}, in place of the oldest note. */
        void look(long now) {
            long wait = waitNow();
            if (wait >= 0) {
                waited[looks] = wait;
                lookedAt[looks] = now;
                looks = (looks + 1) % LOOKS_KEPT;
            }
        }

        @Override
        protected boolean exec() {
            if (Thread.currentThread() == owner) {
                return true; // the owner ran its own queued helper (helping while it joined something): nothing to do
            }
            thread = Thread.currentThread();
            schedstat = RunQueueWait.ofCurrentThread();
            long seen = -1;
            boolean helped = true;
            while (!closed) {
                long word = claim.get();
                long job = word >>> (2 * INDEX_BITS);
                if (job != seen && word != 0) {
                    seen = job;
                    help(word);
                    helped = true;
                    continue;
                }
                if (!idle(job, helped)) {
                    break;
                }
                helped = false;
            }
            thread = null;
            return true;
        }

        /** Claims and runs pieces of the job whose claim word was {@code word}. */
        private void help(long word) {
            long job = word >>> (2 * INDEX_BITS);
            while (true) {
                if ((word >>> (2 * INDEX_BITS)) != job || (word & INDEX_MASK) >= ((word >>> INDEX_BITS) & INDEX_MASK)) {
                    return;
                }
                if (claim.compareAndSet(word, word + 1)) {
                    // The job cannot end while this piece is unfinished, so body is still this job's.
                    runPiece(body, (int) (word & INDEX_MASK));
                }
                word = claim.get();
            }
        }

        /**
         * Spins for a while for a job newer than {@code job} if it has just {@code helped} with one (a parked helper
         * whose sleep ran out without a job parks again at once: the owner may be running its jobs alone), then parks
         * until the owner publishes one. Returns false when the helper should leave the team instead: other tasks wait
         * in its pool (a search's other fits), which a worker parked here would hold up; the owner goes on without it.
         */
        private boolean idle(long job, boolean helped) {
            long until = System.nanoTime() + (helped ? SPIN_NANOS : 0);
            while (System.nanoTime() < until) {
                for (int i = 0; i < SPIN_BATCH; i++) {
                    Thread.onSpinWait();
                }
                if (closed || (claim.get() >>> (2 * INDEX_BITS)) != job) {
                    return true;
                }
            }
            ForkJoinPool pool = getPool();
            if (pool.hasQueuedSubmissions() || pool.getQueuedTaskCount() > 0) {
                return false;
            }
            parked = true;
            if (!closed && (claim.get() >>> (2 * INDEX_BITS)) == job) {
                LockSupport.parkNanos(this, PARK_NANOS);
            }
            parked = false;
            return true;
        }

        @Override
        public Void getRawResult() {
            return null;
        }

        @Override
        protected void setRawResult(Void value) {
        }
    }
}
