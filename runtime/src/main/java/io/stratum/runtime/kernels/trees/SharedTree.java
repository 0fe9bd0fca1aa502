package io.stratum.runtime.kernels.trees;

import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A tree that the crew's threads take turns growing, a step at a time, between the steps of the trees they grow
 * alone: a classifier's third tree of three on two threads, which would otherwise be grown after the first two, by
 * the whole crew (whose split of each node's work between cores that share no cache gains little) or by one thread
 * while the other waits. A step ({@link TreeGrower#step}: a node's partition, its smaller child's histograms, its
 * children's split searches) is taken by whichever thread comes to it free, reading its own replica's gradients
 * (every replica holds the same bits) and the tree's one partition, so the tree is the same bits whoever takes which
 * step. A lock orders the steps and hands each the state the step before it wrote.
 *
 * <p>The final leaves' values are not deferred to a replica's raw predictions as the trees grown alone do: once the
 * tree is grown, a replica's thread adds them from the tree's partition ({@link #addLeavesTo}), or a helper that took
 * no piece of the loop copies replica 0's ({@link #copyIfMissing}).
 *
 * <p>On two threads, growing the third of three trees by the whole crew after the first two took as long as on one
 * thread; taken in turns, the three-class fit of the benchmark took 9-16% less (docs/benchmarks.md).
 */
final class SharedTree {
    private final ReentrantLock turn = new ReentrantLock();
    private final int tree;
    private final Replica rows;
    /** Per replica, its raw predictions and gradients with the tree's partition. */
    private final Replica[] views;
    private final TreeGrower grower;
    /** Per replica, whether the tree's leaves were added to its raw predictions (by its own thread). */
    private final boolean[] added;
    private boolean started;
    private volatile boolean grown;

    /**
     * What a shared tree of one iteration leaves to the same tree of the next: its partition of the rows (with the
     * buffer its partitions move rows through) and the histograms no longer used (which move between threads with
     * its steps).
     */
    record Room(Replica rows, ArrayDeque<Histograms> spare) {
        Room(int rows) {
            this(Replica.rowsOnly(rows), new ArrayDeque<>());
        }
    }

    /** @param replicas the crew's replicas, one per thread */
    SharedTree(BinnedSamples binned, BinMapper mapper, Replica[] replicas, int tree, GrowerSettings settings,
               Room room) {
        this.tree = tree;
        this.rows = room.rows();
        this.views = new Replica[replicas.length];
        for (int r = 0; r < replicas.length; r++) {
            views[r] = Replica.withRowsOf(replicas[r], rows);
        }
        this.added = new boolean[replicas.length];
        this.grower = new TreeGrower(binned, mapper, new Replica[] {views[0]}, tree, 1f, settings, Crew.unowned(),
                room.spare(), false);
    }

    int tree() {
        return tree;
    }

    /**
     * Takes the tree's next step on replica {@code replica}'s thread unless another thread is taking one; returns
     * false when it took none (busy, or grown).
     */
    boolean tryStep(int replica) {
        if (grown || !turn.tryLock()) {
            return false;
        }
        try {
            if (grown) {
                return false;
            }
            grower.on(views[replica]);
            if (!started) {
                started = true;
                grower.start();
            } else {
                grower.step();
            }
            if (!grower.growing()) {
                grower.finish(); // the leaves' values shrunk before any thread reads them (addLeavesTo)
                grown = true;
            }
            return true;
        } finally {
            turn.unlock();
        }
    }

    /** Whether the tree is grown (no node left to split). */
    boolean grown() {
        return grown;
    }

    /** Takes one step of the first of {@code trees} that is neither grown nor being stepped, if any. */
    static void stepAny(SharedTree[] trees, int replica) {
        for (SharedTree tree : trees) {
            if (tree.tryStep(replica)) {
                return;
            }
        }
    }

    /** Takes steps of {@code trees}, waiting out other threads' turns, until every one is grown. */
    static void growAll(SharedTree[] trees, int replica) {
        for (boolean left = true; left; ) {
            left = false;
            boolean stepped = false;
            for (SharedTree tree : trees) {
                if (!tree.grown) {
                    left = true;
                    stepped |= tree.tryStep(replica);
                }
            }
            if (left && !stepped) {
                Thread.onSpinWait();
            }
        }
    }

    /** Once grown: the tree as a predictor (its leaves' values shrunk). */
    TreePredictor predictor(BinMapper mapper) {
        if (!grown) {
            throw new IllegalStateException("tree " + tree + " is not grown yet");
        }
        return TreePredictor.of(grower.root(), grower.nodeCount(), mapper);
    }

    /**
     * Once grown: adds the leaves' (shrunk) values to replica {@code replica}'s raw predictions of the tree, unless
     * they were added already. Each row gets its leaf's value once, the same addition the trees grown alone defer.
     * <ul>
     *   <li>A helper's replica: on the helper's thread, inside the crew's loop whose pieces grew the tree. The tree's
     *       partition is read before the loop ends; after it, the owner goes on to the next iteration's tree, in the
     *       same partition.</li>
     *   <li>Replica 0: by the owner after that loop, and before it posts the copies for helpers that took no piece
     *       ({@link #copyIfMissing}). A helper behind in the log that took no piece thus copies replica 0's raw
     *       predictions of this tree either before the owner adds the next iteration's leaves or together with them
     *       (and then copies again, after that iteration); a helper that takes the next iteration's piece has applied
     *       this copy before it, while the owner waits for its piece.</li>
     * </ul>
     */
    void addLeavesTo(Replica[] replicas, int replica) {
        if (added[replica]) {
            return;
        }
        double[] raw = replicas[replica].raw[tree];
        int[] partition = rows.partition;
        for (TreeGrower.Node leaf : grower.leaves()) {
            double value = leaf.value;
            for (int k = leaf.start; k < leaf.stop; k++) {
                raw[partition[k]] += value;
            }
        }
        added[replica] = true;
    }

    /**
     * After that loop, for a replica whose thread took no piece of it (a late helper): copies the tree's raw
     * predictions from replica 0, whose thread always takes one.
     */
    void copyIfMissing(Replica[] replicas, int replica) {
        if (!added[replica]) {
            double[] raw = replicas[0].raw[tree];
            System.arraycopy(raw, 0, replicas[replica].raw[tree], 0, raw.length);
        }
    }
}
