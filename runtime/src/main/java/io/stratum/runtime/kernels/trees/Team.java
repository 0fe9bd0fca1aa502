package io.stratum.runtime.kernels.trees;

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
        if (n <= 1 || busy || Thread.currentThread() != owner || closed) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
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

    private void run(int pieces, IntConsumer job) {
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
        while (true) {
            long word = claim.get();
            if (!claimable(word, start)) {
                break;
            }
            if (claim.compareAndSet(word, word + 1)) {
                runPiece(job, (int) (word & INDEX_MASK));
            }
        }
        // Pieces a helper claimed may still run: the next job must not start before they end.
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
        Throwable failed = failure;
        if (failed != null) {
            failure = null;
            if (failed instanceof RuntimeException e) {
                throw e;
            }
            if (failed instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(failed);
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

        @Override
        protected boolean exec() {
            if (Thread.currentThread() == owner) {
                return true; // the owner ran its own queued helper (helping while it joined something): nothing to do
            }
            thread = Thread.currentThread();
            long seen = -1;
            while (!closed) {
                long word = claim.get();
                long job = word >>> (2 * INDEX_BITS);
                if (job != seen && word != 0) {
                    seen = job;
                    help(word);
                    continue;
                }
                if (!idle(job)) {
                    break;
                }
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
         * Spins for a while for a job newer than {@code job}, then parks until the owner publishes one. Returns false
         * when the helper should leave the team instead: other tasks wait in its pool (a search's other fits), which
         * a worker parked here would hold up; the owner goes on without it.
         */
        private boolean idle(long job) {
            long until = System.nanoTime() + SPIN_NANOS;
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
