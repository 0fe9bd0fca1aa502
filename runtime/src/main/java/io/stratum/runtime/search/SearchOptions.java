package io.stratum.runtime.search;

/**
 * How to run a search: the number of worker threads (results do not depend on it) and the most bytes of
 * intermediate results the buffer pool may hold in memory ({@code Long.MAX_VALUE}: no limit; beyond it,
 * intermediates are spilled to disk or dropped and recomputed, and results do not depend on it either).
 */
public record SearchOptions(int threads, long memoryLimitBytes) {
    public SearchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (memoryLimitBytes < 1) {
            throw new IllegalArgumentException("the memory limit must be positive, got " + memoryLimitBytes);
        }
    }

    /** {@code threads} workers and no memory limit. */
    public SearchOptions(int threads) {
        this(threads, Long.MAX_VALUE);
    }

    /** One thread per available core, no memory limit. */
    public static SearchOptions defaults() {
        return new SearchOptions(Runtime.getRuntime().availableProcessors());
    }

    /** The same threads with a memory limit. */
    public SearchOptions withMemoryLimit(long bytes) {
        return new SearchOptions(threads, bytes);
    }
}
