package io.stratum.runtime.exec;

/**
 * What the buffer pool did in a run: the bytes of all operator outputs it was given (distinct Arrow vectors; what
 * a pool that never frees would hold at the end), the most bytes it held at once (outputs, feature matrices, fitted states, statistics and kernels' working memory), the most bytes running
 * tasks read at once (no eviction can go below it), the outputs it still
 * holds (after a whole search: none, every output was freed after its last consumer), outputs released, and
 * under a memory limit the outputs spilled to disk (and their bytes), reloaded, dropped and recomputed, and the
 * folder spills went to (null if nothing was spilled; deleted when the run ends).
 */
public record PoolStats(long limitBytes, long producedBytes, long peakHeldBytes, long peakPinnedBytes, int heldOutputs, long releases, long spills,
                        long spilledBytes, long reloads, long drops, long recomputes, String spillFolder, Held peaks) {

    static final int OUTPUTS = 0;
    static final int MATRICES = 1;
    static final int FITTED = 2;
    static final int STATISTICS = 3;
    static final int SCRATCH = 4;
    static final int KINDS = 5;

    /**
     * The most bytes held at once of each kind the memory limit counts: operator outputs (Arrow buffers), feature
     * matrices, fitted states, statistics (per-partition, Gram, spectra) and kernels' working memory. Each is its own
     * peak, so they need not add up to {@link #peakHeldBytes}.
     */
    public record Held(long outputs, long matrices, long fitted, long statistics, long scratch) {
    }

    /** Mutable counters, guarded by the pool's lock. */
    static final class Counters {
        long producedBytes;
        long peakHeldBytes;
        long peakPinnedBytes;
        long releases;
        long spills;
        long spilledBytes;
        long reloads;
        long drops;
        long recomputes;

        PoolStats snapshot(long limit, int held, String folder, long[] peaks) {
            return new PoolStats(limit, producedBytes, peakHeldBytes, peakPinnedBytes, held, releases, spills, spilledBytes, reloads, drops, recomputes,
                    folder, new Held(peaks[OUTPUTS], peaks[MATRICES], peaks[FITTED], peaks[STATISTICS], peaks[SCRATCH]));
        }
    }
}
