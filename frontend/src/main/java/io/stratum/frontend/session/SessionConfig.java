package io.stratum.frontend.session;

/** How a session compiles and runs searches: optimizer on or off, and the number of worker threads. */
public record SessionConfig(boolean optimizerEnabled, int threads) {
    public SessionConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** The optimizer on, one thread per core. */
    public static SessionConfig defaults() {
        return new SessionConfig(true, Runtime.getRuntime().availableProcessors());
    }

    public SessionConfig withOptimizer(boolean enabled) {
        return new SessionConfig(enabled, threads);
    }

    public SessionConfig withThreads(int n) {
        return new SessionConfig(optimizerEnabled, n);
    }
}
