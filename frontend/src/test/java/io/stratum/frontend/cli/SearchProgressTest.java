package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The progress bar counts the task graph's tasks (and cells), shows elapsed time and an ETA, and is silent off a terminal. */
class SearchProgressTest {

    @Test
    void onATerminalTheBarShowsTasksCellsElapsedAndEta() {
        StringWriter out = new StringWriter();
        SearchProgress progress = new SearchProgress(new PrintWriter(out), true);
        AtomicInteger tasksDone = new AtomicInteger(3);
        progress.tasksPlanned(12, tasksDone::get);
        progress.started(4);
        assertTrue(out.toString().matches("\\r\\[#{7}\\.{23}] 3/12 tasks, 0/4 cells  [0-9.]+s elapsed  ETA [0-9.]+s "),
                out.toString());
        tasksDone.set(12);
        progress.cellFinished(4, 4);
        String last = out.toString().substring(out.toString().lastIndexOf('\r'));
        assertTrue(last.matches("\\r\\[#{30}] 12/12 tasks, 4/4 cells  [0-9.]+s elapsed  ETA 0\\.0s \\R"), last);
        progress.close();
    }

    @Test
    void beforeAnyTaskIsDoneTheEtaIsUnknown() {
        StringWriter out = new StringWriter();
        SearchProgress progress = new SearchProgress(new PrintWriter(out), true);
        progress.tasksPlanned(5, () -> 0);
        progress.started(2);
        assertTrue(out.toString().contains("0/5 tasks, 0/2 cells") && out.toString().endsWith("ETA ? "), out.toString());
        progress.close();
        assertTrue(out.toString().endsWith(System.lineSeparator()), "an unfinished bar line is ended on close");
    }

    @Test
    void offATerminalNothingIsDrawnButAStopIsStillHonoured() {
        StringWriter out = new StringWriter();
        SearchProgress progress = new SearchProgress(new PrintWriter(out), false);
        progress.tasksPlanned(5, () -> 1);
        progress.started(2);
        progress.cellFinished(2, 2);
        progress.close();
        assertEquals("", out.toString());
        assertFalse(progress.cancelled());
        progress.requestStop();
        assertTrue(progress.cancelled(), "Ctrl-C (or a stop request) cancels the search");
    }
}
