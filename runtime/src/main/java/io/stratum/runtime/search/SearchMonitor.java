package io.stratum.runtime.search;

/**
 * Watches a running search and may stop it: the driver reports the number of cells (candidate x fold) when it
 * starts and each cell finished, and asks before starting a cell whether to go on. Called from worker threads.
 */
public interface SearchMonitor {
    /** A monitor that watches nothing and never stops the search. */
    SearchMonitor NONE = new SearchMonitor() {
    };

    /** The search is about to run {@code cells} cells. */
    default void started(int cells) {
    }

    /**
     * The search's task graph holds {@code tasks} distinct tasks; {@code done} tells how many have produced their
     * result so far (work before the split and cache hits included), for a progress display to poll.
     */
    default void tasksPlanned(int tasks, java.util.function.IntSupplier done) {
    }

    /** One more cell finished; {@code done} of {@code cells} are finished now. */
    default void cellFinished(int done, int cells) {
    }

    /**
     * When true, no further cell or task starts (tasks already running finish) and the search ends with
     * {@link SearchCancelled}. Asked before every cell and every task, so it must be cheap.
     */
    default boolean cancelled() {
        return false;
    }
}
