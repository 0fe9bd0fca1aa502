package io.stratum.runtime.kernels.trees;

import java.util.Arrays;

/**
 * One thread's copy of a boosting fit's per-row state ({@link Crew}): the raw predictions and gradients (and
 * hessians) of each tree of an iteration, and the order of the rows the tree being grown has partitioned them into,
 * with the buffer its partitions move rows through. Every replica changes the same way, so they hold the same bits;
 * replica 0 is the fit's own (its raw predictions are what the fit scores and returns).
 *
 * <p>A leaf's rows are a range of the partition that no later split moves, so its value can be added to their raw
 * predictions as soon as it is final, at any time before the next iteration's gradients: the replica keeps these
 * updates ({@link #deferLeaf}) for its thread to apply a chunk at a time while it would otherwise wait
 * ({@link #updateSome}), and applies the rest at the end of the tree ({@link #updateAll}). Each row gets one leaf's
 * value per tree, so the order of the updates does not change a bit.
 */
final class Replica {
    /** Rows per deferred update: short enough that a thread that takes one while waiting is back within microseconds. */
    static final int UPDATE_CHUNK = 2_048;

    final double[][] raw;
    final float[][] gradients;
    /** Null when the hessians are constant (squared error without sample weights). */
    final float[][] hessians;
    /** A tree's rows in partition order: a node's rows are a range of it. */
    final int[] partition;
    final int[] buffer;
    /**
     * Deferred updates, a queue of (tree, partition range still to add, value), one per leaf: touched by the
     * replica's thread, and by {@link #resync} while that thread is kept out ({@link Crew#rejoin}).
     */
    private int[] updateTree = new int[32];
    private int[] updateFrom = new int[32];
    private int[] updateTo = new int[32];
    private double[] updateValue = new double[32];
    private int updateHead;
    private int updateTail;

    private Replica(double[][] raw, float[][] gradients, float[][] hessians, int rows) {
        this(raw, gradients, hessians, new int[rows], new int[rows]);
    }

    private Replica(double[][] raw, float[][] gradients, float[][] hessians, int[] partition, int[] buffer) {
        this.raw = raw;
        this.gradients = gradients;
        this.hessians = hessians;
        this.partition = partition;
        this.buffer = buffer;
    }

    /**
     * A view of {@code state}'s raw predictions and gradients (and hessians) with {@code rows}'s partition and buffer:
     * for a tree that threads take turns growing ({@link SharedTree}), each step reading its own thread's gradients
     * and partitioning the tree's one partition. Its deferred updates are its own (a shared tree defers none).
     */
    static Replica withRowsOf(Replica state, Replica rows) {
        return new Replica(state.raw, state.gradients, state.hessians, rows.partition, rows.buffer);
    }

    /** A replica of nothing but a partition and its buffer of {@code rows} rows ({@link #withRowsOf}). */
    static Replica rowsOnly(int rows) {
        return new Replica(null, null, null, rows);
    }

    /** The fit's own replica, over its arrays. */
    static Replica of(double[][] raw, float[][] gradients, float[][] hessians) {
        return new Replica(raw, gradients, hessians, raw[0].length);
    }

    /** A replica with arrays of its own shaped as {@code first}'s; its raw predictions are copied ({@link #resync}). */
    static Replica like(Replica first) {
        int trees = first.raw.length;
        int rows = first.raw[0].length;
        Replica replica = new Replica(new double[trees][rows], new float[trees][rows],
                first.hessians == null ? null : new float[trees][rows], rows);
        replica.resync(first);
        return replica;
    }

    /** Bytes of one replica of {@code rows} rows and {@code trees} trees per iteration. */
    static long bytes(long rows, int trees, boolean hessians) {
        return rows * (8L + trees * (8L + 4L + (hessians ? 4L : 0L)));
    }

    /** Bytes of a partition of {@code rows} rows and its buffer ({@link #rowsOnly}). */
    static long partitionBytes(long rows) {
        return rows * 8L;
    }

    /**
     * Takes {@code first}'s lasting state, its raw predictions: the gradients follow from them at the start of the
     * next iteration, and each tree partitions the rows afresh. Deferred updates of the replica's out-of-date state
     * are dropped.
     */
    void resync(Replica first) {
        updateHead = 0;
        updateTail = 0;
        for (int k = 0; k < raw.length; k++) {
            System.arraycopy(first.raw[k], 0, raw[k], 0, raw[k].length);
        }
    }

    /** Fills the partition with the rows in order (a tree whose root stays a leaf). */
    void identity() {
        for (int i = 0; i < partition.length; i++) {
            partition[i] = i;
        }
    }

    /**
     * Defers adding {@code value} to tree {@code tree}'s raw predictions of the rows {@code partition[from, to)}, a
     * final leaf's; {@link #updateSome} adds it {@link #UPDATE_CHUNK} rows at a time.
     */
    void deferLeaf(int tree, int from, int to, double value) {
        if (updateTail == updateTree.length) {
            int capacity = 2 * updateTree.length;
            updateTree = Arrays.copyOf(updateTree, capacity);
            updateFrom = Arrays.copyOf(updateFrom, capacity);
            updateTo = Arrays.copyOf(updateTo, capacity);
            updateValue = Arrays.copyOf(updateValue, capacity);
        }
        updateTree[updateTail] = tree;
        updateFrom[updateTail] = from;
        updateTo[updateTail] = to;
        updateValue[updateTail] = value;
        updateTail++;
    }

    /** Applies up to {@link #UPDATE_CHUNK} rows of the oldest deferred update; false when none was left. */
    boolean updateSome() {
        if (updateHead == updateTail) {
            return false;
        }
        int k = updateHead;
        double[] rawK = raw[updateTree[k]];
        double value = updateValue[k];
        int[] rows = partition;
        int from = updateFrom[k];
        int to = Math.min(updateTo[k], from + UPDATE_CHUNK);
        for (int at = from; at < to; at++) {
            rawK[rows[at]] += value;
        }
        updateFrom[k] = to;
        if (to == updateTo[k] && ++updateHead == updateTail) {
            updateHead = 0;
            updateTail = 0;
        }
        return true;
    }

    /** Applies every deferred update (the end of a tree: the partition is about to be overwritten). */
    void updateAll() {
        while (updateSome()) {
            // until none is left
        }
    }
}
