package io.stratum.runtime.kernels.trees;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A tree grown by the crew's threads a node at a time each: a regressor's (one tree per iteration), or a classifier's
 * when it has fewer trees per iteration than threads. The root's histograms, split search and children's histograms
 * are split between the threads by features, as the crew does ({@link TreeGrower#start}, {@link
 * TreeGrower#splitRootOn}); then each thread, when free, prepares the split of the node of largest gain that nobody
 * has begun ({@link TreeGrower#prepare}: its rows partitioned, its smaller
 * child's histograms over all features, its children's split searches), and whichever thread holds the lock splits
 * the prepared nodes at the top of the heap in the heap's order ({@link TreeGrower#splitPrepared}). The order of the
 * splits, and so the tree, is scikit-learn's: a node's split depends on nothing but the node, so it may be prepared
 * ahead of its turn; what its turn decides (the leaf budget) only drops a prepared split (its rows stay partitioned
 * in what becomes one leaf's range).
 *
 * <p>Against the crew's split of each node by features, a node's whole pass over its rows stays on one core, which
 * the twenty-first session found is where two threads lose (cores that share no cache). Its rows are a range of the
 * tree's one partition ({@link SharedRows}) that no other node in flight shares.
 */
final class NodesInFlight {
    private final ReentrantLock lock = new ReentrantLock();
    private final TreeGrower grower;
    private final SharedRows rows;
    /** Changes when a split is prepared or the tree is grown: a thread with nothing to prepare waits for one. */
    private final AtomicInteger events = new AtomicInteger();
    private volatile boolean grown;

    /** @param replicas the crew's replicas, one per thread */
    NodesInFlight(BinnedSamples binned, BinMapper mapper, Replica[] replicas, int tree, GrowerSettings settings,
                  Crew crew, SharedRows.Room room) {
        this.rows = new SharedRows(replicas, tree, room.rows());
        this.grower = new TreeGrower(binned, mapper, replicas, tree, 1f, settings, crew, room.spare(), false);
    }

    /**
     * Grows the tree on the crew's {@code threads} threads and adds its leaves to every replica's raw predictions;
     * returns it as a predictor. {@code ownerAddsInLoop}: every helper took a piece of the previous such tree's loop
     * ({@link #everyHelperAdded}), so none has a copy of replica 0's raw predictions still to make, and the owner
     * adds the leaves to replica 0 inside the loop, while the helpers add theirs, instead of after it ({@link
     * SharedRows#addLeavesTo}).
     */
    TreePredictor grow(Crew crew, int threads, Replica[] replicas, BinMapper mapper, boolean ownerAddsInLoop) {
        grower.start();
        if (grower.growing()) {
            grower.splitRootOn(rows.views());
        } else {
            rows.view(0).identity(); // a root that stays a leaf: its range is every row, in the tree's partition
        }
        if (!grower.growing()) {
            grower.finish();
            grown = true;
        }
        crew.forEachPiece(threads, true, (p, r) -> {
            work(r);
            if (r != 0 || ownerAddsInLoop) {
                rows.addLeavesTo(grower.leaves(), replicas, r);
            }
        });
        rows.addLeavesTo(grower.leaves(), replicas, 0);
        crew.everyReplica(r -> rows.copyIfMissing(replicas, r));
        return TreePredictor.of(grower.root(), grower.nodeCount(), mapper);
    }

    /** Whether every helper took a piece of the loop that grew the tree, and added its leaves itself. */
    boolean everyHelperAdded() {
        return rows.everyHelperAdded();
    }

    /** One thread's part: prepares splits and splits the prepared ones in turn until no node is left to split. */
    private void work(int replica) {
        Replica view = rows.view(replica);
        while (true) {
            TreeGrower.Node pick;
            Histograms small = null;
            int seen;
            // the lock is held for microseconds: spinning for it beats parking, whose wake-up costs tens of them
            while (!lock.tryLock()) {
                Thread.onSpinWait();
            }
            try {
                if (grown) {
                    return;
                }
                for (TreeGrower.Node top = grower.top(); top != null && top.state == TreeGrower.Node.PREPARED;
                        top = grower.top()) {
                    grower.splitPrepared();
                }
                if (!grower.growing()) {
                    grower.finish(); // the leaves' values shrunk before any thread adds them
                    grown = true;
                    events.incrementAndGet();
                    return;
                }
                pick = grower.bestUnprepared(replica);
                if (pick != null) {
                    pick.state = TreeGrower.Node.PREPARING;
                    small = grower.newHistograms();
                }
                seen = events.get();
            } finally {
                lock.unlock();
            }
            if (pick == null) {
                // every node in the heap is being prepared: wait for one
                while (events.get() == seen && !grown) {
                    Thread.onSpinWait();
                }
                continue;
            }
            pick.prepared = grower.prepare(pick, view, small, replica);
            pick.state = TreeGrower.Node.PREPARED;
            events.incrementAndGet();
        }
    }
}
