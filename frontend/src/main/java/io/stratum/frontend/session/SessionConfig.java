package io.stratum.frontend.session;

/**
 * How a session compiles and runs searches: optimizer on or off, the number of worker threads, and the most bytes
 * of intermediate results the runtime's buffer pool may hold in memory ({@code Long.MAX_VALUE}: no limit; beyond
 * it intermediates are spilled to disk or dropped and recomputed, with the same results).
 */
public record SessionConfig(boolean optimizerEnabled, int threads, long memoryLimitBytes) {
    public SessionConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (memoryLimitBytes < 1) {
            throw new IllegalArgumentException("the memory limit must be positive, got " + memoryLimitBytes);
        }
    }

    /** No memory limit. */
    public SessionConfig(boolean optimizerEnabled, int threads) {
        this(optimizerEnabled, threads, Long.MAX_VALUE);
    }

    /** The optimizer on, one thread per core, no memory limit. */
    public static SessionConfig defaults() {
        return new SessionConfig(true, Runtime.getRuntime().availableProcessors());
    }

    public SessionConfig withOptimizer(boolean enabled) {
        return new SessionConfig(enabled, threads, memoryLimitBytes);
    }

    public SessionConfig withThreads(int n) {
        return new SessionConfig(optimizerEnabled, n, memoryLimitBytes);
    }

    /** The same settings with the buffer pool capped at {@code bytes} of intermediate results. */
    public SessionConfig withMemoryLimit(long bytes) {
        return new SessionConfig(optimizerEnabled, threads, bytes);
    }
}
