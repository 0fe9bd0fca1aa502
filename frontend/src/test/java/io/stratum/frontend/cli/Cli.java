package io.stratum.frontend.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures what it printed. */
final class Cli {
    /** The exit code and both streams of one invocation. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    /**
     * {@code stratum run} of {@code script} on one thread with {@code frontend}, the optimizer on or off: it succeeds and
     * prints {@code expected}, then the wall time (what the script printed when skrub ran it, in the printed-text tests).
     */
    static void assertRunPrints(String script, String frontend, boolean optimizer, String expected) {
        Result r = optimizer ? run("run", "--threads", "1", "--frontend", frontend, script)
                : run("run", "--threads", "1", "--no-optimizer", "--frontend", frontend, script);
        org.junit.jupiter.api.Assertions.assertEquals(0, r.code(), r::toString);
        org.junit.jupiter.api.Assertions.assertTrue(r.out().startsWith(expected),
                () -> "expected\n" + expected + "\nbut got\n" + r.out());
        org.junit.jupiter.api.Assertions.assertTrue(r.out().substring(expected.length()).startsWith("wall time: "),
                r::toString);
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StratumCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
