package io.stratum.runtime.kernels.relational;

import java.util.stream.IntStream;

/**
 * Runs a body over fixed-size row chunks on the common fork-join pool. Chunk boundaries depend only on the row
 * count, never on the number of threads, so kernels that combine per-chunk results in chunk order give
 * bit-identical answers on any machine.
 */
final class RowChunks {
    /** Rows per chunk: large enough to amortize scheduling, small enough to balance 2 to 64 cores. */
    static final int CHUNK = 1 << 16;

    private RowChunks() {
    }

    /** The body of one chunk: rows {@code [from, to)} of chunk number {@code chunk}. */
    interface Body {
        void run(int chunk, int from, int to);
    }

    static int count(int rows) {
        return Math.max(1, (rows + CHUNK - 1) / CHUNK);
    }

    static void forEach(int rows, Body body) {
        int chunks = count(rows);
        if (chunks == 1) {
            body.run(0, 0, rows);
            return;
        }
        IntStream.range(0, chunks).parallel().forEach(c -> body.run(c, c * CHUNK, Math.min(rows, (c + 1) * CHUNK)));
    }
}
