package io.stratum.runtime.search;

/** How to run a search: the number of worker threads (results do not depend on it). */
public record SearchOptions(int threads) {
    public SearchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** One thread per available core. */
    public static SearchOptions defaults() {
        return new SearchOptions(Runtime.getRuntime().availableProcessors());
    }
}
