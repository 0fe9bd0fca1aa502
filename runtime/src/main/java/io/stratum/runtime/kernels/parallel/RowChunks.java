package io.stratum.runtime.kernels.parallel;

import java.util.stream.IntStream;

/**
 * Runs a body over fixed-size chunks of {@code [0, n)} (rows, or features) on fork/join threads: the caller's pool
 * when it runs on a worker, else the common pool. Chunk boundaries depend only on {@code n} and the chunk size, never
 * on the number of threads, and each chunk writes only its own outputs, so a kernel that combines per-chunk results
 * in chunk order gives the same bits on any machine.
 */
public final class RowChunks {
    /** Rows per chunk of the relational kernels: large enough to amortize scheduling, small enough to balance 2 to 64 cores. */
    public static final int CHUNK = 1 << 16;

    private RowChunks() {
    }

    /** The body of one chunk: indices {@code [from, to)} of chunk number {@code chunk}. */
    @FunctionalInterface
    public interface Body {
        void run(int chunk, int from, int to);
    }

    /** The number of {@link #CHUNK}-sized chunks {@link #forEach(int, Body)} runs for {@code rows} (at least one). */
    public static int count(int rows) {
        return count(rows, CHUNK);
    }

    /** The number of chunks of {@code size} that {@link #forEach(int, int, Body)} runs for {@code n} (at least one). */
    public static int count(int n, int size) {
        return Math.max(1, (n + size - 1) / size);
    }

    /** Runs {@code body} on every {@link #CHUNK}-sized chunk of {@code [0, rows)}. */
    public static void forEach(int rows, Body body) {
        forEach(rows, CHUNK, body);
    }

    /** Runs {@code body} on every chunk of {@code size} indices of {@code [0, n)}; one empty chunk when n is 0. */
    public static void forEach(int n, int size, Body body) {
        int chunks = count(n, size);
        if (chunks == 1) {
            body.run(0, 0, n);
            return;
        }
        IntStream.range(0, chunks).parallel().forEach(c -> body.run(c, c * size, Math.min(n, (c + 1) * size)));
    }
}
