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
    private final ConcurrentHashMap<String, Counter> byKind = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Counter> byOperator = new ConcurrentHashMap<>();
    private final LongAdder fits = new LongAdder();
    private final LongAdder tasks = new LongAdder();

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

    /** Operator kinds by total time, largest first. */
    public List<Entry> heavyHitters() {
        List<Entry> out = new ArrayList<>();
        Map<String, Counter> sorted = new TreeMap<>(byKind);
        for (Map.Entry<String, Counter> e : sorted.entrySet()) {
            out.add(new Entry(e.getKey(), e.getValue().count(), e.getValue().nanos()));
        }
        out.sort(Comparator.comparingLong(Entry::nanos).reversed().thenComparing(Entry::name));
        return out;
    }
}
