package io.stratum.runtime.kernels.trees;

/**
 * One thread's copy of a boosting fit's per-row state ({@link Crew}): the raw predictions and gradients (and
 * hessians) of each tree of an iteration, and the order of the rows the tree being grown has partitioned them into,
 * with the buffer its partitions move rows through. Every replica changes the same way, so they hold the same bits;
 * replica 0 is the fit's own (its raw predictions are what the fit scores and returns).
 */
final class Replica {
    final double[][] raw;
    final float[][] gradients;
    /** Null when the hessians are constant (squared error without sample weights). */
    final float[][] hessians;
    /** A tree's rows in partition order: a node's rows are a range of it. */
    final int[] partition;
    final int[] buffer;

    private Replica(double[][] raw, float[][] gradients, float[][] hessians, int rows) {
        this.raw = raw;
        this.gradients = gradients;
        this.hessians = hessians;
        this.partition = new int[rows];
        this.buffer = new int[rows];
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

    /**
     * Takes {@code first}'s lasting state, its raw predictions: the gradients follow from them at the start of the
     * next iteration, and each tree partitions the rows afresh.
     */
    void resync(Replica first) {
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
}
