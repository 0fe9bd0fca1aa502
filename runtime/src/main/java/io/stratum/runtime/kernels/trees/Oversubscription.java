package io.stratum.runtime.kernels.trees;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the machine has more runnable threads than cores right now: a {@link Crew}'s fallback, where its helpers'
 * run-queue waits cannot be read ({@link RunQueueWait}), for whether a late helper is late for a reason worth
 * running alone for. A helper is also late on a quiet machine now and then (a JIT or GC pause, a wake-up that comes
 * after the owner finished a small job), and going alone then costs two-thread fits about a fifth of their time. The
 * count includes the crew's own threads, so on a two-core machine any third runnable thread says yes. On Linux the
 * answer is the kernel's count of runnable threads ({@code /proc/loadavg}'s fourth field, the reading thread
 * included); where that cannot be read the answer is yes, the crews' behaviour before this check.
 */
final class Oversubscription {
    private static final Path LOADAVG = Path.of("/proc/loadavg");
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Tests set it to stand for a loaded machine (a helper that sleeps is not runnable); null: ask the kernel. */
    static volatile Boolean assumed;

    private Oversubscription() {
    }

    /**
     * How long an answer is reused: while a helper stays away a team asks once per millisecond of its absence, and
     * reading the file each time would cost a few percent of a quiet machine's fit.
     */
    private static final long REUSE_NANOS = 10_000_000;
    private static volatile long askedAt;
    private static volatile boolean answer;

    /** True when more threads are runnable than there are cores, or when that cannot be known. */
    static boolean now() {
        Boolean a = assumed;
        if (a != null) {
            return a;
        }
        long t = System.nanoTime();
        long at = askedAt;
        if (at != 0 && t - at < REUSE_NANOS) {
            return answer;
        }
        int running = runnable();
        boolean over = running < 0 || running > CORES;
        answer = over;
        askedAt = t == 0 ? 1 : t;
        return over;
    }

    /** The kernel's count of runnable threads, or -1 when it cannot be read. */
    static int runnable() {
        try {
            return parse(Files.readString(LOADAVG, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** {@code "1.77 2.24 3.47 4/131 12082"}: the 4 of "4/131"; -1 for text of another shape. */
    static int parse(String loadavg) {
        String[] fields = loadavg.trim().split("\\s+");
        if (fields.length < 4) {
            return -1;
        }
        int slash = fields[3].indexOf('/');
        if (slash <= 0) {
            return -1;
        }
        try {
            return Integer.parseInt(fields[3].substring(0, slash));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
