package io.stratum.runtime.kernels.trees;

import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The threads of one fit, each working on its own replica of the fit's per-row state (raw predictions, gradients, a
 * tree's partition of the rows): the thread that opened the crew (the owner, replica 0) and helper tasks forked once
 * onto its fork/join pool (helper {@code i}, replica {@code i + 1}).
 *
 * <p>On machines whose cores share no cache, a line one core wrote costs the other hundreds of nanoseconds to read,
 * and a tree's work split between threads over one shared partition and one array of gradients read the other
 * core's lines at every node (a large node's partition took longer on two threads than on one). Here every thread
 * changes its own replica the same way instead: the owner posts each change of the per-row state ({@link #replay})
 * to a log, applies it to replica 0 itself and goes on without waiting; helpers apply the log to their replicas in
 * order, behind the owner. Work that can be split ({@link #forEachPiece}: a node's histograms by features) is posted
 * to the same log, so a helper runs its piece once its replica has caught up, reading only what its own core
 * wrote. Every change is deterministic, so the replicas hold the same bits, and a piece gives the same result on any
 * replica: the owner runs a helper's piece itself on replica 0 when the helper does not come.
 *
 * <p>On a loaded machine, where a helper waits for a core, the owner detaches the helpers ({@link #detached}): it
 * posts nothing more and runs everything on replica 0, and helpers skip what they had not applied yet. The helpers
 * rejoin at the start of a boosting iteration ({@link #rejoin}), once they have caught up and the machine has calmed,
 * after the owner has copied replica 0's lasting state (the raw predictions) into theirs. An idle helper leaves the
 * crew when other tasks wait in its pool (a search's other fits); the owner then goes on alone.
 *
 * <p>Threads that wait (the owner for a helper's piece, a helper for the owner's next entry) spend the time on
 * background work of their own replica ({@link #whileWaiting}: the raw predictions of the tree's final leaves).
 */
final class Crew implements AutoCloseable {
    /** A change of the per-row state, applied to one replica. */
    @FunctionalInterface
    interface Step {
        void run(int replica);
    }

    /** One piece of a split loop, run on the replica of the thread that runs it. */
    @FunctionalInterface
    interface Piece {
        void run(int piece, int replica);
    }

    /**
     * Work a thread may do on its own replica, a little at a time, while it would otherwise wait (the owner for a
     * helper's piece, a helper for the next entry): returns false when it has none.
     */
    @FunctionalInterface
    interface Background {
        boolean runSome(int replica);
    }

    /** Most threads in a crew: a job's pieces claimed by one thread each are bits of one word. */
    static final int MAX_THREADS = 64;
    /** Log entries a helper may be behind the owner; the owner detaches the helpers beyond that. */
    private static final int CAPACITY = 1 << 12;
    /**
     * How long an idle helper spins for the next entry before parking: longer than the owner's stretches of small
     * nodes, which it splits alone, so that the next large node does not wait for a parked helper to wake (tens of
     * microseconds; with 50 microseconds of spinning helpers parked about 300 times per 100-tree fit).
     */
    private static final long SPIN_NANOS = 1_000_000;
    private static final int SPIN_BATCH = 8;
    /** How long a parked helper sleeps before it looks again whether other tasks wait in its pool. */
    private static final long PARK_NANOS = 1_000_000;
    /** How many times the owner spins for a helper's unfinished piece before parking. */
    private static final int WAIT_SPINS = 2_000;
    /**
     * The owner, its own piece done, waits for a helper to take its piece at least this long and as long as its own
     * piece took, then runs the piece itself: a helper applying the log right behind the owner takes its piece within
     * about a microsecond; one that is not on a core would keep the owner waiting a scheduler slice.
     */
    private static final long MIN_GRACE_NANOS = 5_000;
    /**
     * A helper is late when the owner waits for its piece longer than this and longer than its own piece took, or
     * when the owner ran a helper's piece itself: then, if the scheduler keeps the helper off its core
     * ({@link #keptOff}), the crew detaches its helpers for a while.
     */
    private static final long LATE_NANOS = 200_000;
    /**
     * How often the owner notes its helpers' run-queue waits ({@link RunQueueWait}), and how many notes it keeps: a
     * late helper's wait is measured over the window since the oldest (three to four looks), long enough that a
     * compiler thread taking a core for a few milliseconds is not a machine that keeps the helper off its core.
     */
    private static final long LOOK_NANOS = 10_000_000;
    private static final int LOOKS_KEPT = 4;
    /** How long owners run alone after a late helper; doubled while helpers keep failing soon after. */
    private static final long ALONE_MIN_NANOS = 2_000_000;
    private static final long ALONE_MAX_NANOS = 128_000_000;
    /**
     * Non-zero: until this System.nanoTime owners run alone. Shared by the crews of the process, as the machine's
     * load outlives one fit; races between owners only move a heuristic's times.
     */
    private static volatile long aloneUntil;
    private static volatile long aloneNanos = ALONE_MIN_NANOS;
    private static volatile long lateAt;

    /**
     * Tests: how long a helper waits, once started, before it applies the log (or until the crew closes), as a helper
     * the scheduler keeps off its core would.
     */
    static volatile long startDelayNanos;

    private final Thread owner;
    private final Helper[] helpers;
    private final Object[] log;
    /** Entries posted to the log so far (written by the owner only). */
    private volatile long posted;
    /** The helpers' replicas are out of date: the owner posts nothing and runs everything on replica 0. */
    private volatile boolean detached;
    private volatile boolean closed;
    /** What threads do while they wait ({@link #whileWaiting}), or null. */
    private volatile Background background;
    /** The owner is parked until a helper ends a piece. */
    private volatile boolean ownerWaiting;
    private volatile Throwable failure;
    /** When the owner last noted its helpers' run-queue waits. */
    private long lookedAt;
    /** The owner is inside a loop's piece (owner-only). */
    private boolean busy;

    private Crew(ForkJoinPool pool, int helpers) {
        this(Thread.currentThread(), pool, helpers);
    }

    private Crew(Thread owner, ForkJoinPool pool, int helpers) {
        this.owner = owner;
        this.helpers = new Helper[helpers];
        this.log = helpers == 0 ? null : new Object[CAPACITY];
        boolean worker = pool != null && ForkJoinTask.getPool() == pool;
        for (int i = 0; i < helpers; i++) {
            this.helpers[i] = new Helper(i + 1);
            if (worker) {
                this.helpers[i].fork();
            } else {
                pool.execute(this.helpers[i]);
            }
        }
    }

    /** A crew of the calling thread alone: every step and piece runs on it, on replica 0. */
    static Crew solo() {
        return new Crew(null, 0);
    }

    /**
     * A crew of one thread that may be a different one from call to call, for a tree that threads take turns
     * growing ({@link SharedTree}): every step and piece runs on the calling thread, on replica 0. The turns must not
     * overlap, and each must see what the one before it wrote (a lock between them).
     */
    static Crew unowned() {
        return new Crew(null, null, 0);
    }

    /** A crew of the calling thread and {@code helpers} tasks on {@code pool}. */
    static Crew open(ForkJoinPool pool, int helpers) {
        if (helpers + 1 > MAX_THREADS) {
            throw new IllegalArgumentException("a crew has at most " + MAX_THREADS + " threads");
        }
        return new Crew(pool, helpers);
    }

    /** How many threads, and replicas: replica indices are [0, size()). */
    int size() {
        return helpers.length + 1;
    }

    /** Posts a change of the per-row state for the helpers ({@link #replay}) and applies it to replica 0. */
    void everyReplica(Step step) {
        replay(step);
        step.run(0);
    }

    /**
     * Posts a change of the per-row state for the helpers to apply to their replicas, in order; the owner applies it
     * to replica 0 itself (before or after: helpers read nothing of replica 0), as {@link #everyReplica} does where
     * the owner needs nothing back from it. Nothing is posted while the helpers are detached.
     */
    void replay(Step step) {
        checkOwner();
        if (busy) {
            throw new IllegalStateException("a change of the replicas posted from inside a piece");
        }
        post(step);
    }

    /**
     * Has every thread run {@code work} on its replica, a little at a time, while it waits: the owner for a helper's
     * piece, a helper for the owner's next entry. What it does must commute with the log's changes that follow it
     * (it is done at a time no thread chooses), and each replica's owner must make sure it is done before it needs
     * its effect (a change posted with {@link #everyReplica} that finishes it).
     */
    void whileWaiting(Background work) {
        checkOwner();
        background = work;
    }

    /**
     * Calls {@code body} for every piece in [0, pieces) and returns when all calls have. {@code affine}: piece
     * {@code p} belongs to thread {@code p} (owner 0, helper {@code p - 1}), which reads the data its earlier pieces
     * left in its cache; the owner runs a helper's piece itself when the helper does not take it in time. Otherwise
     * any thread takes the next piece. Each piece runs once, on the replica of the thread that runs it. A piece must
     * not start another loop (its thread would wait for pieces queued behind it).
     */
    void forEachPiece(int pieces, boolean affine, Piece body) {
        checkOwner();
        if (busy) {
            throw new IllegalStateException("a loop of the crew started inside a piece of another");
        }
        busy = true;
        try {
            runLoop(pieces, affine, body);
        } finally {
            busy = false;
        }
    }

    private void runLoop(int pieces, boolean affine, Piece body) {
        if (pieces > 1) {
            detachIfAlone();
        }
        if (pieces <= 1 || detached || closed || (affine && pieces > size())) {
            runAll(pieces, body);
            return;
        }
        long started = System.nanoTime();
        if (started - lookedAt > LOOK_NANOS) {
            for (Helper helper : helpers) {
                helper.look(started);
            }
            lookedAt = started;
        }
        Job job = new Job(pieces, affine, body);
        if (!post(job)) {
            runAll(pieces, body);
            return;
        }
        if (affine) {
            job.claim(0);
            job.run(0, 0, this);
        } else {
            for (int p = job.next(); p >= 0; p = job.next()) {
                job.run(p, 0, this);
            }
        }
        long ownEnd = System.nanoTime();
        boolean late = false;
        if (affine) {
            for (int p = 1; p < pieces; p++) {
                late |= takeOrWait(job, p, started, ownEnd);
            }
        }
        late |= waitForAll(job, started, ownEnd);
        if (late) {
            late(System.nanoTime());
        }
        Throwable failed = failure;
        failure = null;
        rethrow(failed);
    }

    /**
     * Waits for the helper of affine piece {@code p} to take it, for a grace as long as the owner's own piece took,
     * then runs it on replica 0 if it is still untaken. Returns whether the helper was late.
     */
    private boolean takeOrWait(Job job, int p, long started, long ownEnd) {
        long grace = Math.max(MIN_GRACE_NANOS, ownEnd - started);
        Helper helper = helpers[p - 1];
        while (!job.claimed(p)) {
            if (helper.gone || System.nanoTime() - ownEnd > grace) {
                if (job.claim(p)) {
                    job.run(p, 0, this);
                    return !helper.gone;
                }
                return false;
            }
            if (!ownerBackground()) {
                Thread.onSpinWait();
            }
        }
        return false;
    }

    /** Waits until every claimed piece has ended; returns whether a helper kept the owner waiting long. */
    private boolean waitForAll(Job job, long started, long ownEnd) {
        if (job.done.get() == job.pieces) {
            return false;
        }
        long waitFrom = System.nanoTime();
        for (int spins = 0; job.done.get() < job.pieces; spins++) {
            if (ownerBackground()) {
                spins = 0;
            } else if (spins < WAIT_SPINS) {
                Thread.onSpinWait();
            } else {
                // a helper taken off its core mid-piece: wait without spinning, woken by the helper that ends a piece
                ownerWaiting = true;
                if (job.done.get() < job.pieces) {
                    LockSupport.parkNanos(this, 200_000);
                }
                ownerWaiting = false;
            }
        }
        long waited = System.nanoTime() - waitFrom;
        return waited > LATE_NANOS && waited > ownEnd - started;
    }

    /** Runs a little of the background work on replica 0; false when there is none. */
    private boolean ownerBackground() {
        Background work = background;
        return work != null && work.runSome(0);
    }

    /** Calls {@code body(from, to)} for consecutive blocks of {@code block} indices covering [0, n), on any thread. */
    void forBlocks(int n, int block, Parallel.BlockBody body) {
        forEachPiece((n + block - 1) / block, false, (b, r) -> body.run(b * block, Math.min(n, (b + 1) * block)));
    }

    private void runAll(int pieces, Piece body) {
        Throwable failed = null;
        for (int p = 0; p < pieces; p++) {
            try {
                body.run(p, 0);
            } catch (Throwable t) {
                failed = failed == null ? t : failed; // the other pieces still run, as on the crew
            }
        }
        rethrow(failed);
    }

    /**
     * At the start of a boosting iteration: when the helpers are detached, have caught up, and no helper was late
     * lately, copies replica 0's lasting state into each helper's replica ({@code resync}, run by the owner) and
     * lets the helpers apply the log again. Returns whether the helpers take part from here.
     */
    boolean rejoin(Step resync) {
        checkOwner();
        if (helpers.length == 0) {
            return false;
        }
        if (!detached) {
            return true;
        }
        if (alone()) {
            return false;
        }
        long at = posted;
        for (Helper helper : helpers) {
            if (helper.gone || helper.applied != at) {
                return false;
            }
        }
        for (Helper helper : helpers) {
            // a helper that began some background work before it saw the crew detached ends it first
            while (helper.inBackground) {
                Thread.onSpinWait();
            }
            resync.run(helper.replica);
        }
        detached = false; // published to the helpers by the next post
        return true;
    }

    /** Whether the helpers are detached (tests). */
    boolean isDetached() {
        return detached;
    }

    /**
     * How many threads the next loop runs on: 1 while the helpers are detached, or now that owners run alone (the
     * helpers are detached here, as the loop would), when the owner runs every piece itself and a loop cut for more
     * threads would cost it more than one piece.
     */
    int threadsNow() {
        checkOwner();
        if (helpers.length == 0) {
            return 1;
        }
        detachIfAlone();
        return detached ? 1 : size();
    }

    private void detach() {
        detached = true;
    }

    /** Detaches the helpers now that owners run alone (a late helper on a loaded machine), if not yet. */
    private void detachIfAlone() {
        if (!detached && alone()) {
            detach();
        }
    }

    /** Posts {@code entry}; false when the helpers are (or are now) detached. */
    private boolean post(Object entry) {
        if (helpers.length == 0 || detached) {
            return false;
        }
        long at = posted;
        for (Helper helper : helpers) {
            if (helper.gone) {
                detach(); // for good: a helper that left cannot catch up
                return false;
            }
            if (at - helper.applied >= CAPACITY) {
                detach(); // a helper this far behind is not getting a core
                return false;
            }
        }
        log[(int) (at & (CAPACITY - 1))] = entry;
        posted = at + 1;
        for (Helper helper : helpers) {
            if (helper.parked) {
                LockSupport.unpark(helper.thread);
            }
        }
        return true;
    }

    private void checkOwner() {
        if (owner != null && Thread.currentThread() != owner) {
            throw new IllegalStateException("only the thread that opened the crew posts to it, not from a piece");
        }
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

    // ---- when helpers do not keep up

    /** Whether owners run alone for now: a helper came late on a machine that keeps helpers off their cores. */
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

    /** Whether owners run alone right now (tests). */
    static boolean aloneNow() {
        long until = aloneUntil;
        return until != 0 && System.nanoTime() - until < 0;
    }

    /** Forgets late helpers: tests start from a machine whose helpers kept up. */
    static void forgetLateHelpers() {
        aloneUntil = 0;
        aloneNanos = ALONE_MIN_NANOS;
        lateAt = 0;
    }

    /**
     * A helper came late at {@code now}: if a helper was kept off its core ({@link #keptOff}), the helpers are
     * detached and owners run alone for a while, twice as long as the last time if it happened again soon after,
     * else for the shortest time again.
     */
    private void late(long now) {
        if (!keptOff(now)) {
            return; // a quiet machine's pause, not a helper the scheduler keeps off its core
        }
        long last = aloneNanos;
        long alone = lateAt != 0 && now - lateAt < 8 * last ? Math.min(2 * last, ALONE_MAX_NANOS) : ALONE_MIN_NANOS;
        aloneNanos = alone;
        lateAt = now;
        long until = now + alone;
        aloneUntil = until == 0 ? 1 : until;
        detach();
    }

    /**
     * Whether a helper waited on the kernel's run queue for a good part of the last tens of milliseconds
     * ({@link RunQueueWait}); where no helper's wait can be read, whether the machine has more runnable threads than
     * cores ({@link Oversubscription}). Tests stand for either machine with {@link Oversubscription#assumed}.
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

    /** Ends the helpers' loops; what they had not applied is dropped with their replicas. */
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

    /** A split loop posted to the log: its pieces, who claimed them, how many ended. */
    private static final class Job {
        final int pieces;
        final boolean affine;
        final Piece body;
        /** Affine: bit p set once piece p is claimed. Otherwise: the next unclaimed piece. */
        final AtomicLong claims = new AtomicLong();
        final AtomicInteger done = new AtomicInteger();

        Job(int pieces, boolean affine, Piece body) {
            this.pieces = pieces;
            this.affine = affine;
            this.body = body;
        }

        boolean claim(int p) {
            long bit = 1L << p;
            while (true) {
                long word = claims.get();
                if ((word & bit) != 0) {
                    return false;
                }
                if (claims.compareAndSet(word, word | bit)) {
                    return true;
                }
            }
        }

        boolean claimed(int p) {
            return (claims.get() & (1L << p)) != 0;
        }

        /** The next unclaimed piece of a loop that is not affine, claimed, or -1. */
        int next() {
            long p = claims.getAndIncrement();
            return p < pieces ? (int) p : -1;
        }

        /** Runs a claimed piece; a failure is kept for the owner to throw once every piece has ended. */
        void run(int p, int replica, Crew crew) {
            try {
                body.run(p, replica);
            } catch (Throwable t) {
                if (crew.failure == null) {
                    crew.failure = t;
                }
            }
            done.incrementAndGet();
            if (crew.ownerWaiting && Thread.currentThread() != crew.owner) {
                LockSupport.unpark(crew.owner);
            }
        }
    }

    /** One helper's loop: apply the log to its replica, in order, until the crew closes or it leaves. */
    private final class Helper extends ForkJoinTask<Void> {
        final int replica;
        volatile Thread thread;
        volatile boolean parked;
        /**
         * The helper is doing background work: set before it checks that the crew is not detached, so an owner that
         * sees it clear after detaching may change the helper's replica ({@link #rejoin}).
         */
        volatile boolean inBackground;
        /** Log entries applied (or skipped while detached) so far. */
        volatile long applied;
        /** The helper left the crew (other tasks wait in its pool): its replica is out of date for good. */
        volatile boolean gone;
        /** The helper thread's scheduler statistics ({@link RunQueueWait}); null until it starts, or where none. */
        volatile Path schedstat;
        /** The run-queue waits the owner noted, and when (0: not yet); read and written by the owner only. */
        final long[] waited = new long[LOOKS_KEPT];
        final long[] lookedAt = new long[LOOKS_KEPT];
        int looks;

        Helper(int replica) {
            this.replica = replica;
        }

        long waitNow() {
            Path file = schedstat;
            return file == null ? -1 : RunQueueWait.read(file);
        }

        int oldestLook() {
            for (int i = 0; i < LOOKS_KEPT; i++) {
                int at = (looks + i) % LOOKS_KEPT;
                if (lookedAt[at] != 0) {
                    return at;
                }
            }
            return -1;
        }

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
                gone = true; // the owner ran its own queued helper (helping while it joined something): no helper
                return true;
            }
            thread = Thread.currentThread();
            schedstat = RunQueueWait.ofCurrentThread();
            long delay = startDelayNanos;
            for (long start = System.nanoTime(); delay > 0 && !closed && System.nanoTime() - start < delay; ) {
                LockSupport.parkNanos(this, 1_000_000);
            }
            long at = applied;
            boolean worked = true;
            while (!closed) {
                long end = posted;
                if (at < end) {
                    if (detached) {
                        at = end; // out of date until the owner copies replica 0's state in (rejoin)
                    } else {
                        apply(log[(int) (at & (CAPACITY - 1))]);
                        at++;
                    }
                    applied = at;
                    worked = true;
                    continue;
                }
                if (!idle(end, worked)) {
                    gone = true;
                    break;
                }
                worked = false;
            }
            thread = null;
            return true;
        }

        private void apply(Object entry) {
            if (entry instanceof Step step) {
                try {
                    step.run(replica);
                } catch (Throwable t) {
                    if (failure == null) {
                        failure = t;
                    }
                }
            } else if (entry instanceof Job job) {
                if (job.affine) {
                    if (replica < job.pieces && job.claim(replica)) {
                        job.run(replica, replica, Crew.this);
                    }
                } else {
                    for (int p = job.next(); p >= 0; p = job.next()) {
                        job.run(p, replica, Crew.this);
                    }
                }
            }
        }

        /**
         * Spins for a while for an entry after {@code end} if it has just {@code worked}, then parks until the owner
         * posts one. Returns false when the helper should leave the crew instead: other tasks wait in its pool.
         */
        private boolean idle(long end, boolean worked) {
            while (!closed && posted == end && background()) {
                worked = true;
            }
            long until = System.nanoTime() + (worked ? SPIN_NANOS : 0);
            while (System.nanoTime() < until) {
                for (int i = 0; i < SPIN_BATCH; i++) {
                    Thread.onSpinWait();
                }
                if (closed || posted != end) {
                    return true;
                }
            }
            ForkJoinPool pool = getPool();
            if (pool != null && (pool.hasQueuedSubmissions() || pool.getQueuedTaskCount() > 0)) {
                return false;
            }
            parked = true;
            if (!closed && posted == end) {
                LockSupport.parkNanos(this, PARK_NANOS);
            }
            parked = false;
            return true;
        }

        /** Runs a little of the background work on the helper's replica; false when there is none (or detached). */
        private boolean background() {
            Background work = background;
            if (work == null || detached) {
                return false;
            }
            inBackground = true;
            try {
                return !detached && work.runSome(replica);
            } catch (Throwable t) {
                if (failure == null) {
                    failure = t;
                }
                return false;
            } finally {
                inBackground = false;
            }
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
