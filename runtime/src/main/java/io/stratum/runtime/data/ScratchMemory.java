package io.stratum.runtime.data;

/**
 * Working memory a kernel needs while it runs (a copy of its input in another layout, a Gram matrix, a binned
 * matrix), reserved against the run's memory budget before it is allocated, so {@code --memory-limit} covers it.
 *
 * <p>The executor binds the run's budget to the thread running a task; a kernel reserves on that thread before it
 * forks work, and releases when it is done: {@code try (var r = ScratchMemory.reserve(bytes, "what")) { ... }}.
 * Without a bound budget (a kernel called directly, a Java API user) reserving does nothing.
 */
public final class ScratchMemory {
    /** What reservations are counted against: makes room or fails saying how much memory the run needs. */
    public interface Budget {
        void reserve(long bytes, String purpose);

        void release(long bytes);
    }

    /** A reservation held until closed. */
    public static final class Reservation implements AutoCloseable {
        private final Budget budget;
        private long bytes;

        private Reservation(Budget budget, long bytes) {
            this.budget = budget;
            this.bytes = bytes;
        }

        @Override
        public void close() {
            if (budget != null && bytes > 0) {
                budget.release(bytes);
                bytes = 0;
            }
        }
    }

    private static final Reservation NONE = new Reservation(null, 0);
    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

    private ScratchMemory() {
    }

    /**
     * Reserves {@code bytes} of working memory for {@code purpose} (named in the error when the budget cannot make
     * room, such as "Ridge's Gram matrix").
     */
    public static Reservation reserve(long bytes, String purpose) {
        Budget budget = CURRENT.get();
        if (budget == null || bytes <= 0) {
            return NONE;
        }
        budget.reserve(bytes, purpose);
        return new Reservation(budget, bytes);
    }

    /** Bytes of {@code count} doubles, saturating instead of overflowing. */
    public static long doubles(long count) {
        return count > Long.MAX_VALUE / 8 ? Long.MAX_VALUE : count * 8;
    }

    /** Binds {@code budget} to this thread (null to unbind); returns the budget bound before, to restore. */
    public static Budget bind(Budget budget) {
        Budget before = CURRENT.get();
        if (budget == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(budget);
        }
        return before;
    }
}
