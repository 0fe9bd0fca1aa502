package io.stratum.frontend.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.runtime.exec.ExecutionStats;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run executed, for people and tools: the heavy hitters ({@code run --stats}, and {@code "stats"} in JSON)
 * and the per-operator notes of {@code explain --analyze}. Times are each task's own time, without the inputs it
 * waited for, so they add up.
 */
final class StatsReport {
    /** How many operators the heavy-hitters table lists. */
    static final int TOP = 10;

    private StatsReport() {
    }

    /** The heavy hitters as a text table, ending with the totals. */
    static String heavyHitters(ExecutionStats stats) {
        List<Map.Entry<String, ExecutionStats.OperatorStats>> top = stats.topOperators(TOP);
        StringBuilder b = new StringBuilder("== heavy hitters (operators by own time)\n");
        b.append(String.format(Locale.ROOT, "%-28s %7s %6s %10s %11s %10s %11s%n",
                "operator", "tasks", "fits", "cache hits", "time ms", "rows", "bytes"));
        for (Map.Entry<String, ExecutionStats.OperatorStats> e : top) {
            ExecutionStats.OperatorStats s = e.getValue();
            b.append(String.format(Locale.ROOT, "%-28s %7d %6d %10d %11.1f %10d %11s%n", e.getKey(), s.tasks(),
                    s.fits(), s.cacheHits(), s.nanos() / 1e6, s.rows(), bytes(s.bytes())));
        }
        b.append(String.format(Locale.ROOT, "tasks run: %d (fits %d), answered by the cache: %d",
                stats.totalTasks(), stats.totalFits(), stats.cacheHits()));
        // Work shared below the operator level: feature matrices, partition statistics, Gram statistics.
        java.util.SortedMap<String, Long> shared = stats.sharedProducts();
        if (!shared.isEmpty()) {
            b.append("; shared:");
            shared.forEach((name, count) -> b.append(' ').append(name).append(' ').append(count));
        }
        b.append('\n');
        io.stratum.runtime.exec.PoolStats pool = stats.memory();
        if (pool != null) {
            io.stratum.runtime.exec.PoolStats.Held peaks = pool.peaks();
            b.append(String.format(Locale.ROOT, "memory: peak %s held (at most %s of operator outputs, %s of feature"
                    + " matrices, %s of fitted states, %s of statistics, %s of kernels' working memory; %s of outputs"
                    + " produced, %d freed after their last consumer)", bytes(pool.peakHeldBytes()), bytes(peaks.outputs()),
                    bytes(peaks.matrices()), bytes(peaks.fitted()), bytes(peaks.statistics()), bytes(peaks.scratch()),
                    bytes(pool.producedBytes()), pool.releases()));
            if (pool.limitBytes() != Long.MAX_VALUE) {
                b.append(String.format(Locale.ROOT, "; limit %s: %d spilled (%s), %d read back, %d dropped, %d recomputed",
                        bytes(pool.limitBytes()), pool.spills(), bytes(pool.spilledBytes()), pool.reloads(), pool.drops(),
                        pool.recomputes()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The same figures for {@code --format json}. */
    static ObjectNode json(ExecutionStats stats) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("tasks", stats.totalTasks());
        root.put("fits", stats.totalFits());
        root.put("cache_hits", stats.cacheHits());
        ObjectNode shared = root.putObject("shared");
        stats.sharedProducts().forEach(shared::put);
        ArrayNode hitters = root.putArray("heavy_hitters");
        for (Map.Entry<String, ExecutionStats.OperatorStats> e : stats.topOperators(TOP)) {
            ExecutionStats.OperatorStats s = e.getValue();
            ObjectNode o = hitters.addObject();
            o.put("operator", e.getKey());
            o.put("kind", s.kind());
            o.put("tasks", s.tasks());
            o.put("fits", s.fits());
            o.put("cache_hits", s.cacheHits());
            o.put("time_ms", s.nanos() / 1e6);
            o.put("rows", s.rows());
            o.put("bytes", s.bytes());
        }
        io.stratum.runtime.exec.PoolStats pool = stats.memory();
        if (pool != null) {
            ObjectNode m = root.putObject("memory");
            if (pool.limitBytes() != Long.MAX_VALUE) {
                m.put("limit_bytes", pool.limitBytes());
            }
            m.put("produced_bytes", pool.producedBytes());
            m.put("peak_held_bytes", pool.peakHeldBytes());
            m.put("peak_pinned_bytes", pool.peakPinnedBytes());
            ObjectNode kinds = m.putObject("peak_held_bytes_by_kind");
            kinds.put("outputs", pool.peaks().outputs());
            kinds.put("feature_matrices", pool.peaks().matrices());
            kinds.put("fitted_states", pool.peaks().fitted());
            kinds.put("statistics", pool.peaks().statistics());
            kinds.put("kernel_working_memory", pool.peaks().scratch());
            m.put("released", pool.releases());
            m.put("spilled", pool.spills());
            m.put("spilled_bytes", pool.spilledBytes());
            m.put("reloaded", pool.reloads());
            m.put("dropped", pool.drops());
            m.put("recomputed", pool.recomputes());
        }
        return root;
    }

    /** Notes for EXPLAIN ANALYZE: each physical operator's tasks, cache hits, own time, rows and bytes. */
    static ExplainWriter.Annotator analyze(ExecutionStats stats) {
        return node -> {
            if (!(node instanceof PhysicalOp op)) {
                return null;
            }
            ExecutionStats.OperatorStats s = stats.operator(op.fingerprint());
            if (s == null) {
                return "(actual: not run)";
            }
            return String.format(Locale.ROOT, "(actual: tasks=%d fits=%d cache_hits=%d time=%.1fms rows=%d bytes=%s)",
                    s.tasks(), s.fits(), s.cacheHits(), s.nanos() / 1e6, s.rows(), bytes(s.bytes()));
        };
    }

    /** Bytes in binary units, as {@code --cache-size} takes them. */
    static String bytes(long n) {
        if (n < 1024) {
            return n + "B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f%s", v, units[u]);
    }
}
