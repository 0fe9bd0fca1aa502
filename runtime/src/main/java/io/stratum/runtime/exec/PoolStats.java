package io.stratum.runtime.exec;

/**
 * What the buffer pool did in a run: the bytes of all operator outputs it was given (distinct Arrow vectors; what
 * a pool that never frees would hold at the end), the most bytes of operator outputs it held at once, the most bytes running
 * tasks read at once (no eviction can go below it), the outputs it still
 * holds (after a whole search: none, every output was freed after its last consumer), outputs released, and
 * under a memory limit the outputs spilled to disk (and their bytes), reloaded, dropped and recomputed, and the
 * folder spills went to (null if nothing was spilled; deleted when the run ends).
 */
public record PoolStats(long limitBytes, long producedBytes, long peakHeldBytes, long peakPinnedBytes, int heldOutputs, long releases, long spills,
                        long spilledBytes, long reloads, long drops, long recomputes, String spillFolder) {

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

        PoolStats snapshot(long limit, int held, String folder) {
            return new PoolStats(limit, producedBytes, peakHeldBytes, peakPinnedBytes, held, releases, spills, spilledBytes, reloads, drops, recomputes,
                    folder);
        }
    }
}
