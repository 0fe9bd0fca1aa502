package io.stratum.runtime.kernels.trees;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long one thread has been runnable without running: the kernel's run-queue wait of that thread
 * ({@code /proc/<pid>/task/<tid>/schedstat}'s second field, nanoseconds). It grows only while the thread wants a core
 * and another thread has it, so it tells a team's helper kept off its core by other work (other processes, the
 * JVM's compiler threads) from one that was merely slow or parked: a count of runnable threads
 * ({@link Oversubscription}) includes the team's own two threads and any third thread of the machine, and on a
 * quiet two-core machine it sent owners alone for nine in ten of a fit's jobs.
 */
final class RunQueueWait {
    private RunQueueWait() {
    }

    /** The calling thread's schedstat file, or null where the kernel has none (not Linux, no scheduler statistics). */
    static Path ofCurrentThread() {
        try {
            Path file = Path.of("/proc").resolve(Files.readSymbolicLink(Path.of("/proc/thread-self")))
                    .resolve("schedstat");
            return read(file) >= 0 ? file : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The thread's run-queue wait in nanoseconds so far, or -1 when {@code schedstat} cannot be read. */
    static long read(Path schedstat) {
        try {
            return parse(Files.readString(schedstat, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** {@code "2530023 41000 7"} (on-core time, run-queue wait, time slices): 41000; -1 for text of another shape. */
    static long parse(String schedstat) {
        String[] fields = schedstat.trim().split("\\s+");
        if (fields.length < 2) {
            return -1;
        }
        try {
            long wait = Long.parseLong(fields[1]);
            return wait >= 0 ? wait : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Run-queue waits up to this long say nothing: a few wake-ups from a park, each some microseconds. */
    static final long NOISE_NANOS = 100_000;

    /**
     * Whether a thread that waited {@code waited} nanoseconds on the run queue over a window of {@code window}
     * nanoseconds was kept off its core: more than half of the window and more than {@link #NOISE_NANOS}. A helper
     * that runs at least half the time still saves the owner work (the owner runs the pieces the helper misses, after
     * waiting as long as its own piece took), so only a helper that waits more than it runs is not worth waiting
     * for: four busy threads beside the crew on two cores make it wait about two thirds of the time. On a quiet
     * machine the JVM's own threads (compilers, the collector's) took a quarter of a helper's window now and then,
     * and detaching the helper for that cost two-thread fits about 12% (twenty-second session).
     */
    static boolean keptOff(long waited, long window) {
        return waited > NOISE_NANOS && waited > window / 2;
    }
}
