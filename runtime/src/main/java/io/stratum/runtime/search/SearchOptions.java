package io.stratum.runtime.search;

/**
 * How to run a search: the number of worker threads (results do not depend on it), the most bytes of intermediate
 * results the buffer pool may hold in memory ({@code Long.MAX_VALUE}: no limit; beyond it, intermediates are spilled
 * to disk or dropped and recomputed, and results do not depend on it either), and whether to also score each fold's
 * training rows (scikit-learn's {@code return_train_score}).
 */
public record SearchOptions(int threads, long memoryLimitBytes, boolean trainScores) {
    public SearchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (memoryLimitBytes < 1) {
            throw new IllegalArgumentException("the memory limit must be positive, got " + memoryLimitBytes);
        }
    }

    /** {@code threads} workers, a memory limit, test scores only. */
    public SearchOptions(int threads, long memoryLimitBytes) {
        this(threads, memoryLimitBytes, false);
    }

    /** {@code threads} workers, no memory limit, test scores only. */
    public SearchOptions(int threads) {
        this(threads, Long.MAX_VALUE);
    }

    /** One thread per available core, no memory limit. */
    public static SearchOptions defaults() {
        return new SearchOptions(Runtime.getRuntime().availableProcessors());
    }

    /** The same options with a memory limit. */
    public SearchOptions withMemoryLimit(long bytes) {
        return new SearchOptions(threads, bytes, trainScores);
    }

    /** The same options, scoring the training rows too when {@code train}. */
    public SearchOptions withTrainScores(boolean train) {
        return new SearchOptions(threads, memoryLimitBytes, train);
    }
}
