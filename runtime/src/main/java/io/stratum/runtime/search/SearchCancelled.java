package io.stratum.runtime.search;

/** Thrown when a {@link SearchMonitor} stopped a search: the cells already running finished, no others started. */
public final class SearchCancelled extends RuntimeException {
    private final int done;
    private final int cells;

    public SearchCancelled(int done, int cells) {
        super("search stopped after " + done + " of " + cells + " cells");
        this.done = done;
        this.cells = cells;
    }

    public int done() {
        return done;
    }

    public int cells() {
        return cells;
    }
}
