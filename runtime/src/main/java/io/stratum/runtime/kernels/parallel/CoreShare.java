package io.stratum.runtime.kernels.parallel;

/**
 * Whether the calling thread already has its whole share of the machine: a search that runs several cells at once
 * gives each of its threads one core, and a search run with {@code --threads 1} asks for one thread. A kernel that
 * would keep extra threads busy for a long loop (the tree kernel's team, whose helper spins between jobs) runs on the
 * calling thread alone there; two fits each adding a helper to the common pool's one worker on a 2-core machine made
 * three threads spin on two cores. The native boosting libraries' fits left at {@code n_jobs=None} get one thread
 * there too (see {@code exec.BoostingEstimators#threads}). Only the number of threads changes: the tree kernels give
 * the same bits on any count; LightGBM's and XGBoost's predictions do too, and their fits do on small data, while on
 * large data their per-thread histogram sums may move the last bits (as they do in Python between machines).
 */
public final class CoreShare {
    private static final ThreadLocal<Boolean> ONE_CORE = ThreadLocal.withInitial(() -> false);

    private CoreShare() {
    }

    /** True while the calling thread runs inside {@link #runOnOneCore}. */
    public static boolean oneCore() {
        return ONE_CORE.get();
    }

    /** Runs {@code body} with the calling thread marked as having one core. */
    public static void runOnOneCore(Runnable body) {
        boolean was = ONE_CORE.get();
        ONE_CORE.set(true);
        try {
            body.run();
        } finally {
            ONE_CORE.set(was);
        }
    }
}
