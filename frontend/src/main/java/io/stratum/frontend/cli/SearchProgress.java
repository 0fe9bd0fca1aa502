package io.stratum.frontend.cli;

import io.stratum.runtime.search.SearchMonitor;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The CLI's view of a running search: a progress bar on stderr (tasks of the task graph done of all, with the
 * cells — candidate x fold — done, elapsed time, estimated time left) when stderr is a terminal, silent otherwise, and Ctrl-C as a clean stop: the first interrupt lets running kernels finish and
 * starts no new task (so the cache holds only whole entries), a second one ends the process at once.
 */
final class SearchProgress implements SearchMonitor, AutoCloseable {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean bar;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final long start = System.nanoTime();
    private volatile long lastDraw;
    /** Whether the bar's line is unfinished, so that a later message starts on a line of its own. */
    private volatile boolean midLine;
    private Object previousHandler;

    private volatile int tasks;
    private volatile java.util.function.IntSupplier tasksDone = () -> 0;

    /** {@code bar}: whether to draw (the CLI draws when stderr is a terminal). */
    SearchProgress(PrintWriter err, boolean bar) {
        this.err = err;
        this.bar = bar;
    }

    /** Watches a search run by the CLI; draws only on a terminal and stops on Ctrl-C until closed. */
    static SearchProgress start(PrintWriter err) {
        SearchProgress p = new SearchProgress(err, System.console() != null);
        p.handleInterrupts();
        return p;
    }

    private void handleInterrupts() {
        try {
            previousHandler = sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> {
                if (!stop.compareAndSet(false, true)) {
                    Runtime.getRuntime().halt(130); // a second Ctrl-C: the user does not want to wait
                }
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // The JVM reserves the signal (-Xrs): Ctrl-C then ends the process as usual, still without partial entries.
        }
    }

    /** Stops the search as Ctrl-C does. */
    void requestStop() {
        stop.set(true);
    }

    @Override
    public boolean cancelled() {
        return stop.get();
    }

    @Override
    public void started(int cells) {
        draw(0, cells, true);
    }

    @Override
    public void tasksPlanned(int total, java.util.function.IntSupplier done) {
        tasks = total;
        tasksDone = done;
    }

    @Override
    public void cellFinished(int done, int cells) {
        draw(done, cells, done == cells);
    }

    private void draw(int done, int cells, boolean force) {
        if (!bar) {
            return;
        }
        long now = System.nanoTime();
        // At most ten redraws a second: a search of thousands of small cells must not be slowed by its bar.
        if (!force && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        double elapsed = (now - start) / 1e9;
        // Progress in tasks once the graph is known (cells differ in cost: the first cells of a fold do its shared
        // work), in cells before.
        int total = tasks > 0 ? tasks : cells;
        int finished = done == cells ? total : tasks > 0 ? Math.min(total, tasksDone.getAsInt()) : done;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * finished / total);
        String eta = finished == 0 ? "?" : String.format(Locale.ROOT, "%.1fs", elapsed * (total - finished) / finished);
        synchronized (err) {
            err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d tasks, %d/%d cells  %.1fs elapsed  ETA %s ",
                    "#".repeat(filled), ".".repeat(WIDTH - filled), finished, total, done, cells, elapsed, eta));
            midLine = done != cells;
            if (!midLine) {
                err.println();
            }
            err.flush();
        }
    }

    @Override
    public void close() {
        if (midLine) {
            synchronized (err) {
                err.println();
                err.flush();
            }
            midLine = false;
        }
        if (previousHandler instanceof sun.misc.SignalHandler h) {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), h);
        }
    }
}
