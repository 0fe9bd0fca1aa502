package io.stratum.runtime.exec;

import io.stratum.ir.physical.PhysicalOp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what a run executed: tasks per operator kind and per operator, and the time spent. Tests use it to
 * check that shared work ran once; {@code --stats} prints it.
 */
public final class ExecutionStats {
    /** Counted under this name each time an operator output is laid out as a feature matrix for learners. */
    public static final String FEATURE_MATRIX = "FeatureMatrix";
    /** Counted under this name each time a transformer's statistics of one partition are computed (fold algebra). */
    public static final String PARTITION_STATISTICS = "PartitionStatistics";

    private final ConcurrentHashMap<String, Counter> byKind = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Counter> byOperator = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Counter> shared = new ConcurrentHashMap<>();
    private final LongAdder fits = new LongAdder();
    private final LongAdder tasks = new LongAdder();
    private final ConcurrentHashMap<io.stratum.ir.node.Fingerprint, OperatorCounter> perOperator = new ConcurrentHashMap<>();
    private final LongAdder cacheHits = new LongAdder();
    private volatile PoolStats memory;

    /** Time and count of one group of tasks. */
    public static final class Counter {
        private final LongAdder count = new LongAdder();
        private final LongAdder nanos = new LongAdder();

        public long count() {
            return count.sum();
        }

        public long nanos() {
            return nanos.sum();
        }
    }

    /** One line of the heavy-hitters table. */
    public record Entry(String name, long count, long nanos) {
    }

    /**
     * What EXPLAIN ANALYZE shows for one operator: its tasks run (outputs and fits), the tasks answered by the
     * persistent cache instead, the time of both, and the rows and Arrow buffer bytes of the outputs produced.
     */
    public record OperatorStats(String kind, long tasks, long fits, long cacheHits, long nanos, long rows, long bytes) {
    }

    private static final class OperatorCounter {
        final String kind;
        final LongAdder tasks = new LongAdder();
        final LongAdder fits = new LongAdder();
        final LongAdder hits = new LongAdder();
        final LongAdder nanos = new LongAdder();
        final LongAdder rows = new LongAdder();
        final LongAdder bytes = new LongAdder();

        OperatorCounter(String kind) {
            this.kind = kind;
        }
    }

    /** Records a task that ran, with the value it produced (for rows and bytes). */
    void record(PhysicalOp op, LineageKey.Product product, long nanos, Object value) {
        record(op, product, nanos);
        OperatorCounter c = perOperator.computeIfAbsent(op.fingerprint(), f -> new OperatorCounter(op.kind()));
        c.tasks.increment();
        if (product == LineageKey.Product.FITTED) {
            c.fits.increment();
        }
        c.nanos.add(nanos);
        addSize(c, value);
    }

    /** Records a task answered by the persistent cache: not counted as a task, since no kernel ran. */
    void recordCacheHit(PhysicalOp op, long nanos, Object value) {
        OperatorCounter c = perOperator.computeIfAbsent(op.fingerprint(), f -> new OperatorCounter(op.kind()));
        c.hits.increment();
        c.nanos.add(nanos);
        addSize(c, value);
        cacheHits.increment();
    }

    private static void addSize(OperatorCounter c, Object value) {
        if (value instanceof RuntimeValue v) {
            c.rows.add(v.rows());
            c.bytes.add(bufferBytes(v));
        }
    }

    /** The bytes of the Arrow buffers behind a value. */
    static long bufferBytes(RuntimeValue v) {
        return switch (v) {
            case RuntimeValue.Frame f -> io.stratum.runtime.cache.ArrowPayloads.bufferBytes(f.table());
            case RuntimeValue.Series s -> io.stratum.runtime.cache.ArrowPayloads.bufferBytes(
                    io.stratum.runtime.data.Table.of(s.column()));
            // A value computed from the data lives on the heap, a few bytes.
            case RuntimeValue.Scalar value -> 0;
            case RuntimeValue.Row r -> 0;
            // A text vectorizer's or TruncatedSVD's matrix lives on the heap (the buffer pool sizes it as such).
            case RuntimeValue.Matrix m -> 0;
        };
    }

    /** Tasks answered by the persistent cache in this run. */
    public long cacheHits() {
        return cacheHits.sum();
    }

    /** Per-operator figures, or null when the operator never ran nor hit the cache. */
    public OperatorStats operator(io.stratum.ir.node.Fingerprint fingerprint) {
        OperatorCounter c = perOperator.get(fingerprint);
        return c == null ? null : snapshot(c);
    }

    private static OperatorStats snapshot(OperatorCounter c) {
        return new OperatorStats(c.kind, c.tasks.sum(), c.fits.sum(), c.hits.sum(), c.nanos.sum(), c.rows.sum(),
                c.bytes.sum());
    }

    /** Operators by total time (run and cache hits), largest first; ties by kind and fingerprint. */
    public List<Map.Entry<String, OperatorStats>> topOperators(int limit) {
        List<Map.Entry<String, OperatorStats>> out = new ArrayList<>();
        for (Map.Entry<io.stratum.ir.node.Fingerprint, OperatorCounter> e : perOperator.entrySet()) {
            out.add(Map.entry(e.getValue().kind + " " + e.getKey().shortHex(), snapshot(e.getValue())));
        }
        out.sort(Comparator.comparingLong((Map.Entry<String, OperatorStats> e) -> e.getValue().nanos()).reversed()
                .thenComparing(Map.Entry::getKey));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    void record(PhysicalOp op, LineageKey.Product product, long nanos) {
        String kind = op.kind() + (product == LineageKey.Product.FITTED ? ".fit" : "");
        add(byKind, kind, nanos);
        add(byOperator, kind + " " + op.fingerprint().shortHex(), nanos);
        tasks.increment();
        if (product == LineageKey.Product.FITTED) {
            fits.increment();
        }
    }

    /**
     * A product shared below the operator level, such as the Gram statistics of a linear fit (counted by name, not
     * as a task, so task counts still mean operator evaluations).
     */
    void recordShared(String product, long nanos) {
        add(byKind, product, nanos);
        add(shared, product, nanos);
    }

    /**
     * How often each product shared below the operator level was made ({@link #FEATURE_MATRIX},
     * {@link #PARTITION_STATISTICS}, the Gram statistics and spectra of linear fits), by name.
     */
    public java.util.SortedMap<String, Long> sharedProducts() {
        java.util.SortedMap<String, Long> out = new java.util.TreeMap<>();
        shared.forEach((k, v) -> out.put(k, v.count()));
        return out;
    }

    /**
     * A product of one operator that is not a task of it (its output laid out as a feature matrix, a transformer's
     * statistics of one partition): counted by name, its time added to the operator's for EXPLAIN ANALYZE.
     */
    void recordProduct(PhysicalOp op, String product, long nanos) {
        add(byKind, product, nanos);
        add(shared, product, nanos);
        perOperator.computeIfAbsent(op.fingerprint(), f -> new OperatorCounter(op.kind())).nanos.add(nanos);
    }

    private static void add(ConcurrentHashMap<String, Counter> map, String key, long nanos) {
        Counter c = map.computeIfAbsent(key, k -> new Counter());
        c.count.increment();
        c.nanos.add(nanos);
    }

    /** Tasks run for one operator kind, e.g. {@code FitTransform.fit} for fits of transformers. */
    public long count(String kind) {
        Counter c = byKind.get(kind);
        return c == null ? 0 : c.count();
    }

    /** Tasks run for one operator (kind and fingerprint), e.g. how often one encoder was fitted. */
    public long countFor(PhysicalOp op, LineageKey.Product product) {
        String kind = op.kind() + (product == LineageKey.Product.FITTED ? ".fit" : "");
        Counter c = byOperator.get(kind + " " + op.fingerprint().shortHex());
        return c == null ? 0 : c.count();
    }

    public long totalTasks() {
        return tasks.sum();
    }

    public long totalFits() {
        return fits.sum();
    }

    /** Operator kinds by total own time (each task without the inputs it waited for), largest first. */
    public List<Entry> heavyHitters() {
        List<Entry> out = new ArrayList<>();
        Map<String, Counter> sorted = new TreeMap<>(byKind);
        for (Map.Entry<String, Counter> e : sorted.entrySet()) {
            out.add(new Entry(e.getKey(), e.getValue().count(), e.getValue().nanos()));
        }
        out.sort(Comparator.comparingLong(Entry::nanos).reversed().thenComparing(Entry::name));
        return out;
    }

    /** What the buffer pool did (peak bytes held, releases, spills, drops), or null before the run ends. */
    public PoolStats memory() {
        return memory;
    }

    /** Set by the search driver when the run ends. */
    public void recordMemory(PoolStats pool) {
        memory = pool;
    }
}
