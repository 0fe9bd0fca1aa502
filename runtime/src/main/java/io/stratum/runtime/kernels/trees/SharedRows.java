package io.stratum.runtime.kernels.trees;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The one partition of the rows of a tree that several threads grow ({@link SharedTree}, {@link NodesInFlight}):
 * each thread's view of it with its own replica's gradients (every replica holds the same bits), and the grown
 * tree's leaves added to every replica's raw predictions. The trees grown alone defer their leaves to their
 * replica's raw predictions as they are made final; these are added once the tree is grown, from this partition,
 * by each thread to its own replica, or copied from replica 0 by a helper that took no piece of the loop.
 */
final class SharedRows {
    private final int tree;
    private final Replica rows;
    /** Per replica, its raw predictions and gradients with the tree's partition. */
    private final Replica[] views;
    /** Per replica, whether the tree's leaves were added to its raw predictions (by its own thread). */
    private final boolean[] added;

    /**
     * What a tree that several threads grow leaves to the same tree of the next iteration: its partition of the rows
     * (with the buffer its partitions move rows through) and the histograms no longer used (which move between
     * threads with its steps).
     */
    record Room(Replica rows, ArrayDeque<Histograms> spare) {
        Room(int rows) {
            this(Replica.rowsOnly(rows), new ArrayDeque<>());
        }
    }

    /** @param rows the partition and buffer the tree is grown in, reused from iteration to iteration */
    SharedRows(Replica[] replicas, int tree, Replica rows) {
        this.tree = tree;
        this.rows = rows;
        this.views = new Replica[replicas.length];
        for (int r = 0; r < replicas.length; r++) {
            views[r] = Replica.withRowsOf(replicas[r], rows);
        }
        this.added = new boolean[replicas.length];
    }

    int tree() {
        return tree;
    }

    /** Replica {@code replica}'s raw predictions and gradients with the tree's partition. */
    Replica view(int replica) {
        return views[replica];
    }

    /** Every replica's view, by replica. */
    Replica[] views() {
        return views;
    }

    /**
     * Once the tree is grown: adds its final {@code leaves}' (shrunk) values to replica {@code replica}'s raw
     * predictions of the tree, unless they were added already. Each row gets its leaf's value once, the same addition
     * the trees grown alone defer.
     * <ul>
     *   <li>A helper's replica: on the helper's thread, inside the crew's loop whose pieces grew the tree. The tree's
     *       partition is read before the loop ends; after it, the owner goes on to the next iteration's tree, in the
     *       same partition.</li>
     *   <li>Replica 0: by the owner after that loop, and before it posts the copies for helpers that took no piece
     *       ({@link #copyIfMissing}). A helper behind in the log that took no piece thus copies replica 0's raw
     *       predictions of this tree either before the owner adds the next iteration's leaves or together with them
     *       (and then copies again, after that iteration); a helper that takes the next iteration's piece has applied
     *       this copy before it, while the owner waits for its piece. Where every helper took a piece of the previous
     *       such tree ({@link #everyHelperAdded}), no copy is pending, and the owner may add them inside the loop
     *       ({@link NodesInFlight}).</li>
     * </ul>
     */
    void addLeavesTo(List<TreeGrower.Node> leaves, Replica[] replicas, int replica) {
        if (added[replica]) {
            return;
        }
        double[] raw = replicas[replica].raw[tree];
        int[] partition = rows.partition;
        for (TreeGrower.Node leaf : leaves) {
            double value = leaf.value;
            for (int k = leaf.start; k < leaf.stop; k++) {
                raw[partition[k]] += value;
            }
        }
        added[replica] = true;
    }

    /** Whether every helper's replica had the leaves added by its own thread (none copies replica 0's). */
    boolean everyHelperAdded() {
        for (int r = 1; r < added.length; r++) {
            if (!added[r]) {
                return false;
            }
        }
        return true;
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
