package io.stratum.runtime.kernels.trees;

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
 * <p>The final leaves' values are added to the replicas' raw predictions once the tree is grown ({@link SharedRows}).
 *
 * <p>On two threads, growing the third of three trees by the whole crew after the first two took as long as on one
 * thread; taken in turns, the three-class fit of the benchmark took 9-16% less (docs/benchmarks.md).
 */
final class SharedTree {
    private final ReentrantLock turn = new ReentrantLock();
    private final SharedRows rows;
    private final TreeGrower grower;
    private boolean started;
    private volatile boolean grown;

    /** @param replicas the crew's replicas, one per thread */
    SharedTree(BinnedSamples binned, BinMapper mapper, Replica[] replicas, int tree, GrowerSettings settings,
               SharedRows.Room room) {
        this.rows = new SharedRows(replicas, tree, room.rows());
        this.grower = new TreeGrower(binned, mapper, new Replica[] {rows.view(0)}, tree, 1f, settings,
                Crew.unowned(), room.spare(), false);
    }

    int tree() {
        return rows.tree();
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
            grower.on(rows.view(replica));
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
            throw new IllegalStateException("tree " + rows.tree() + " is not grown yet");
        }
        return TreePredictor.of(grower.root(), grower.nodeCount(), mapper);
    }

    /** Once grown: adds the leaves' values to a replica's raw predictions ({@link SharedRows#addLeavesTo}). */
    void addLeavesTo(Replica[] replicas, int replica) {
        rows.addLeavesTo(grower.leaves(), replicas, replica);
    }

    /** After the loop, for a helper that took no piece of it ({@link SharedRows#copyIfMissing}). */
    void copyIfMissing(Replica[] replicas, int replica) {
        rows.copyIfMissing(replicas, replica);
    }
}
