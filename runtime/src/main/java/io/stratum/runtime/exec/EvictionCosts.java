package io.stratum.runtime.exec;

/**
 * The cost model the buffer pool uses to choose, for an output it must evict, between spilling it to disk and
 * dropping it to compute it again: spilling costs writing and reading its Arrow IPC bytes, dropping costs the
 * time its task took (plus inputs that would have to be recomputed as well). Throughputs are deliberately
 * modest (a loaded machine, a page cache under pressure), so that cheap tasks are recomputed and expensive ones
 * (fits, joins, long chains) are spilled.
 */
record EvictionCosts(double writeNanosPerByte, double readNanosPerByte) {
    /** About 500 MB/s to write an IPC file and 1 GB/s to read it back, including serialization. */
    static final EvictionCosts DEFAULT = new EvictionCosts(2.0, 1.0);

    long spillNanos(long bytes) {
        return (long) (bytes * (writeNanosPerByte + readNanosPerByte));
    }

    long reloadNanos(long bytes) {
        return (long) (bytes * readNanosPerByte);
    }
}
