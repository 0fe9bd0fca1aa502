package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.ColumnStorage;
import io.stratum.runtime.data.HeapSize;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.ScratchMemory;
import io.stratum.runtime.data.SharedFeatureMatrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Holds the results of a run's tasks by lineage key and frees an operator output as soon as no task still
 * needs it.
 *
 * <p>Each output has two counts: the consumers the {@link TaskGraph} says will still ask for it
 * ({@code planned}), and the tasks running now that asked for it and may still read it ({@code pins}). When
 * both are zero the output is released: its entry leaves the pool and every Arrow vector no other held output
 * shares is closed. Columns are immutable and outputs share vectors (a selection or an assignment keeps its
 * input's columns), so vectors carry their own count of held outputs. Before a graph is installed (work before
 * the split, while the folds are not known yet) nothing is released.
 *
 * <p>With a memory limit, when held outputs exceed it, outputs no running task reads are evicted, least
 * recently used first: spilled to an Arrow IPC file or dropped, whichever {@link EvictionCosts} says is cheaper
 * to get back. A later request reloads a spilled output or recomputes a dropped one. When the outputs that
 * running tasks read exceed the limit alone, the run stops with an error that says how much memory it needs.
 *
 * <p>Everything else the pool keeps counts against the limit too, by its estimated heap size ({@link HeapSize}):
 * feature matrices, fitted states, per-partition statistics and the Gram statistics and spectra of linear fits are
 * released after their last consumer like outputs, and evicted like them: a feature matrix or a fitted state with a
 * stored form ({@link io.stratum.runtime.cache.Persistable}) is spilled or dropped by the same cost model, the others
 * (statistics, rebuilt from their partition's rows or their learner's matrix) are dropped and recomputed. Kernels
 * reserve their large working memory ({@link ScratchMemory}) against the same budget while they run.
 */
final class BufferPool implements AutoCloseable, ScratchMemory.Budget {
    /** Something that asks for task results: a task (its {@link LineageKey}) or a root such as a search cell. */
    interface Consumer {
    }

    /** A running task or root and the results it asked for (each pinned once until the frame ends). */
    static final class Frame {
        final Object consumer;
        final Set<LineageKey> pinned = new HashSet<>();
        final List<LineageKey> inputs = new ArrayList<>();

        Frame(Object consumer) {
            this.consumer = consumer;
        }
    }

    /** The answer to a request: the future to wait for, and whether the requester must produce the value. */
    record Demand(CompletableFuture<Object> future, boolean produce, SpilledValues.Spilled reload, boolean recompute) {
    }

    private enum State {
        COMPUTING, HELD, SPILLED, RELEASED, FAILED
    }

    private static final class Entry {
        final LineageKey key;
        State state;
        CompletableFuture<Object> future;
        Object value;
        int planned;
        int pins;
        long bytes;
        long ownNanos;
        long lastUse;
        int computations;
        boolean everProduced;
        List<LineageKey> inputs = List.of();
        SpilledValues.Spilled spilled;

        Entry(LineageKey key) {
            this.key = key;
        }
    }

    /** Bytes held now and at most, per kind ({@link PoolStats.Held}'s order). */
    private final long[] heldByKind = new long[PoolStats.KINDS];
    private final long[] peakByKind = new long[PoolStats.KINDS];
    /** Scratch memory reserved by running kernels now (counted in {@code heldBytes} too). */
    private long scratchBytes;
    /** Distinct keys produced at least once. */
    private int tasksDone;

    private final long limitBytes;
    private final MemoryContext memory;
    private final EvictionCosts costs;
    private final PoolStats.Counters counters = new PoolStats.Counters();
    private final HashMap<LineageKey, Entry> entries = new HashMap<>();
    private final IdentityHashMap<Object, Integer> vectorHolders = new IdentityHashMap<>();
    /** Per consumer (a task's key or a root), the inputs the task graph says it will still ask for. */
    private final HashMap<Object, Set<LineageKey>> pendingInputs = new HashMap<>();
    /** Entries some running task reads now: they cannot be evicted. */
    private final Set<Entry> pinnedEntries = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private SpilledValues spills;
    private boolean tracking;
    private long heldBytes;
    private long tick;
    private int threads = 1;

    BufferPool(MemoryContext memory, long limitBytes, EvictionCosts costs) {
        this.memory = memory;
        this.limitBytes = limitBytes;
        this.costs = costs;
    }

    /** The number of threads running tasks, named in the memory error. */
    synchronized void threads(int n) {
        threads = n;
    }

    /**
     * Installs the task graph: from now on an output is released after its last planned consumer. Consumers
     * already finished (work before the split) no longer count, and outputs no one will read are released now.
     */
    synchronized void plan(Map<Object, Set<LineageKey>> consumersToInputs) {
        for (Map.Entry<Object, Set<LineageKey>> c : consumersToInputs.entrySet()) {
            if (c.getKey() instanceof LineageKey task && finished(entries.get(task))) {
                continue;
            }
            Set<LineageKey> pending = pendingInputs.computeIfAbsent(c.getKey(), k -> new HashSet<>());
            for (LineageKey input : c.getValue()) {
                if (pending.add(input)) {
                    entries.computeIfAbsent(input, Entry::new).planned++;
                }
            }
        }
        tracking = true;
        for (Entry e : List.copyOf(entries.values())) {
            releaseIfUnused(e);
        }
    }

    private static boolean finished(Entry e) {
        return e != null && (e.state == State.HELD || e.state == State.SPILLED || e.state == State.RELEASED);
    }

    /**
     * A request for {@code key} by {@code frame} (null outside any task): counts the planned edge as used,
     * pins the result for the frame, and says whether the caller must compute, reload or wait.
     */
    synchronized Demand acquire(LineageKey key, Frame frame) {
        Entry e = entries.computeIfAbsent(key, Entry::new);
        e.lastUse = ++tick;
        if (frame != null) {
            Set<LineageKey> pending = pendingInputs.get(frame.consumer);
            if (pending != null && pending.remove(key)) {
                e.planned--;
            }
            if (frame.pinned.add(key)) {
                if (e.pins++ == 0) {
                    pinnedEntries.add(e);
                }
                frame.inputs.add(key);
            }
        }
        switch (e.state) {
            case null -> {
                return startComputing(e, false);
            }
            case COMPUTING, HELD, FAILED -> {
                return new Demand(e.future, false, null, false);
            }
            case SPILLED -> {
                SpilledValues.Spilled file = e.spilled;
                e.state = State.COMPUTING;
                e.future = new CompletableFuture<>();
                return new Demand(e.future, true, file, false);
            }
            case RELEASED -> {
                counters.recomputes++;
                return startComputing(e, true);
            }
        }
    }

    private Demand startComputing(Entry e, boolean recompute) {
        e.state = State.COMPUTING;
        e.future = new CompletableFuture<>();
        e.computations++;
        return new Demand(e.future, true, null, recompute);
    }

    /**
     * The value of {@code key} is ready ({@code ownNanos} to compute, or -1 for a reload, which keeps the
     * compute time measured first); the frame that produced it read {@code inputs}. Evicts others if the limit
     * is passed.
     */
    void produced(LineageKey key, Object value, long ownNanos, List<LineageKey> inputs) {
        // Sized before taking the pool's lock: walking a large fitted state must not hold up other threads.
        long heapBytes = arrowOutput(key, value) ? 0
                : value instanceof SharedFeatureMatrix m ? m.bytes() + 64 : HeapSize.of(value);
        produced(key, value, ownNanos, inputs, heapBytes);
    }

    private synchronized void produced(LineageKey key, Object value, long ownNanos, List<LineageKey> inputs,
                                       long heapBytes) {
        Entry e = entries.get(key);
        if (!e.everProduced) {
            e.everProduced = true;
            tasksDone++;
        }
        e.state = State.HELD;
        e.value = value;
        if (ownNanos >= 0) {
            e.ownNanos = ownNanos;
            e.inputs = List.copyOf(inputs);
        }
        if (e.spilled != null && ownNanos < 0) {
            counters.reloads++;
        }
        if (arrowOutput(key, value)) {
            e.bytes = hold((RuntimeValue) value);
        } else {
            e.bytes = heapBytes;
            heldBytes += e.bytes;
            counted(kind(key), e.bytes);
        }
        counters.peakPinnedBytes = Math.max(counters.peakPinnedBytes, pinnedBytes());
        releaseIfUnused(e);
        enforceLimit(null);
        // What the pool holds once it has made room (the new output itself was allocated by its kernel).
        notePeaks();
    }

    /** The task of {@code key} failed (or was stopped): requesters see the failure; nothing is held. */
    synchronized void failed(LineageKey key, Throwable error) {
        Entry e = entries.get(key);
        e.state = State.FAILED;
        e.future.completeExceptionally(error);
    }

    /**
     * A task or root finished: it no longer reads what it asked for, nor will it ask for what the task graph
     * expected but it did not need (a learner that took the direct path instead of the shared Gram statistics).
     */
    synchronized void finished(Frame frame) {
        for (LineageKey k : frame.inputs) {
            Entry e = entries.get(k);
            if (--e.pins == 0) {
                pinnedEntries.remove(e);
            }
            releaseIfUnused(e);
        }
        Set<LineageKey> unused = pendingInputs.remove(frame.consumer);
        if (unused != null) {
            for (LineageKey k : unused) {
                Entry e = entries.get(k);
                e.planned--;
                releaseIfUnused(e);
            }
        }
    }

    private void releaseIfUnused(Entry e) {
        if (!tracking || e.planned > 0 || e.pins > 0) {
            return;
        }
        if (e.state == State.HELD) {
            unhold(e);
            if (e.spilled != null) {
                spills.delete(e.spilled);
                e.spilled = null;
            }
            e.state = State.RELEASED;
            e.future = null;
            counters.releases++;
        }
        if (e.state == State.SPILLED) {
            spills.delete(e.spilled);
            e.spilled = null;
            e.state = State.RELEASED;
            e.future = null;
            counters.releases++;
        }
    }

    private static int kind(LineageKey key) {
        return switch (key.product()) {
            case OUTPUT -> PoolStats.OUTPUTS;
            case MATRIX -> PoolStats.MATRICES;
            case FITTED -> PoolStats.FITTED;
            case STATISTICS, GRAM, SPECTRUM -> PoolStats.STATISTICS;
        };
    }

    private void counted(int kind, long bytes) {
        heldByKind[kind] += bytes;
    }

    /** Records the peaks once room has been made (what the pool holds, not the moment before it evicts). */
    private void notePeaks() {
        counters.peakHeldBytes = Math.max(counters.peakHeldBytes, heldBytes);
        for (int k = 0; k < PoolStats.KINDS; k++) {
            peakByKind[k] = Math.max(peakByKind[k], heldByKind[k]);
        }
    }

    /** Bytes of the distinct vectors behind the outputs running tasks read now: what no eviction can free. */
    private long pinnedBytes() {
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        long total = 0;
        for (Entry e : pinnedEntries) {
            if (e.state != State.HELD) {
                continue;
            }
            if (arrowOutput(e.key, e.value)) {
                for (Object vec : vectors((RuntimeValue) e.value)) {
                    if (seen.add(vec)) {
                        total += ColumnStorage.bytes(vec);
                    }
                }
            } else {
                total += e.bytes;
            }
        }
        return total + scratchBytes;
    }

    private void enforceLimit(String needing) {
        if (heldBytes <= limitBytes) {
            return;
        }
        List<Entry> victims = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.state == State.HELD && e.pins == 0) {
                victims.add(e);
            }
        }
        victims.sort(Comparator.comparingLong((Entry e) -> e.lastUse));
        for (Entry victim : victims) {
            if (heldBytes <= limitBytes) {
                return;
            }
            evict(victim);
        }
        if (heldBytes > limitBytes) {
            String scratch = scratchBytes == 0 ? "" : String.format(Locale.ROOT, ", of which %s is working memory of"
                    + " running kernels%s", size(scratchBytes), needing == null ? "" : " (now: " + needing + ")");
            throw new StratumError(Origin.NONE, String.format(Locale.ROOT,
                    "the search needs at least %s of memory (%d bytes: the inputs and outputs of the %s running now%s)"
                            + " but --memory-limit is %s", size(heldBytes), heldBytes,
                    threads == 1 ? "task" : "tasks of " + threads + " threads", scratch, size(limitBytes)),
                    "raise --memory-limit to " + roundedUp(heldBytes) + " or more" + (threads > 1 ? ", or use fewer --threads" : ""));
        }
    }

    /**
     * A running kernel needs {@code bytes} of working memory for {@code purpose}: counted as held until released,
     * making room by evicting what no running task reads, or failing with how much memory the search needs.
     */
    @Override
    public synchronized void reserve(long bytes, String purpose) {
        heldBytes += bytes;
        scratchBytes += bytes;
        try {
            enforceLimit(size(bytes) + " for " + purpose);
        } catch (RuntimeException e) {
            heldBytes -= bytes;
            scratchBytes -= bytes;
            throw e;
        }
        counted(PoolStats.SCRATCH, bytes);
        counters.peakPinnedBytes = Math.max(counters.peakPinnedBytes, pinnedBytes());
        notePeaks();
    }

    @Override
    public synchronized void release(long bytes) {
        heldBytes -= bytes;
        scratchBytes -= bytes;
        heldByKind[PoolStats.SCRATCH] -= bytes;
    }

    /** {@code bytes} rounded up to whole MiB, or whole KiB below one MiB, as --memory-limit takes it. */
    private static String roundedUp(long bytes) {
        return bytes >= 1 << 20 ? ((bytes + (1 << 20) - 1) >> 20) + "MiB" : ((bytes + 1023) >> 10) + "KiB";
    }

    private void evict(Entry victim) {
        long recompute = recomputeNanos(victim, new HashSet<>());
        // Spilling writes the whole value, even columns it shares with other outputs (a selection, a rename).
        long valueBytes = arrowOutput(victim.key, victim.value) ? ExecutionStats.bufferBytes((RuntimeValue) victim.value)
                : victim.bytes;
        boolean storable = PersistentResults.storable(victim.value);
        boolean spill = storable && costs.spillNanos(valueBytes) < recompute;
        if (spill) {
            if (spills == null) {
                spills = SpilledValues.create();
            }
            if (victim.spilled == null) {
                victim.spilled = spills.write(victim.key, victim.value);
            }
            counters.spills++;
            counters.spilledBytes += valueBytes;
        } else {
            counters.drops++;
        }
        unhold(victim);
        victim.state = spill ? State.SPILLED : State.RELEASED;
        victim.future = null;
    }

    /**
     * What getting {@code e} back by computing costs: its own measured time plus that of every input that is
     * not held any more and would have to be recomputed too.
     */
    private long recomputeNanos(Entry e, Set<LineageKey> seen) {
        if (!seen.add(e.key)) {
            return 0;
        }
        long total = e.ownNanos;
        for (LineageKey in : e.inputs) {
            Entry input = entries.get(in);
            if (input == null || input.state == State.RELEASED) {
                total += input == null ? 0 : recomputeNanos(input, seen);
            } else if (input.state == State.SPILLED) {
                total += costs.reloadNanos(input.bytes);  // bytes first held by it: a lower bound
            }
        }
        return total;
    }

    private long hold(RuntimeValue value) {
        long added = 0;
        for (Object v : vectors(value)) {
            Integer n = vectorHolders.get(v);
            if (n == null) {
                long b = ColumnStorage.bytes(v);
                added += b;
                heldBytes += b;
                counted(PoolStats.OUTPUTS, b);
                counters.producedBytes += b;
                vectorHolders.put(v, 1);
            } else {
                vectorHolders.put(v, n + 1);
            }
        }
        return added;
    }

    /**
     * Whether {@code value} is an output held in Arrow buffers (counted by its vectors, which outputs may share); a
     * matrix (a text vectorizer's or TruncatedSVD's) lives on the heap and is counted like a fitted state.
     */
    private static boolean arrowOutput(LineageKey key, Object value) {
        return key.product() == LineageKey.Product.OUTPUT && value instanceof RuntimeValue
                && !(value instanceof RuntimeValue.Matrix);
    }

    private void unhold(Entry e) {
        if (!arrowOutput(e.key, e.value)) {
            heldBytes -= e.bytes;
            heldByKind[kind(e.key)] -= e.bytes;
            e.value = null;
            return;
        }
        for (Object v : vectors((RuntimeValue) e.value)) {
            Integer n = vectorHolders.get(v);
            if (n == null) {
                continue;
            }
            if (n == 1) {
                vectorHolders.remove(v);
                long b = ColumnStorage.bytes(v);
                heldBytes -= b;
                heldByKind[PoolStats.OUTPUTS] -= b;
                ColumnStorage.release(v);
            } else {
                vectorHolders.put(v, n - 1);
            }
        }
        e.value = null;
    }

    /** The distinct storages behind a value (a frame may hold one column under two names), see {@link ColumnStorage}. */
    private static Set<Object> vectors(RuntimeValue value) {
        Set<Object> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Column> columns = switch (value) {
            case RuntimeValue.Frame f -> f.table().columns();
            case RuntimeValue.Series s -> List.of(s.column());
            case RuntimeValue.Scalar v -> List.of();
            case RuntimeValue.Row r -> List.of();
            case RuntimeValue.Matrix m -> List.of();
        };
        for (Column c : columns) {
            out.add(ColumnStorage.of(c));
        }
        return out;
    }

    /** Reads back a spilled output or fitted state (outputs into the run's memory). */
    Object reload(SpilledValues.Spilled file) {
        return spills.read(file, memory);
    }

    /** Distinct tasks that produced their result at least once. */
    synchronized int tasksDone() {
        return tasksDone;
    }

    /** Bytes of the outputs held now. */
    synchronized long heldBytes() {
        return heldBytes;
    }

    /** Keys of outputs held now (in memory or spilled), for tests that check nothing outlives its consumers. */
    synchronized List<LineageKey> heldOutputs() {
        List<LineageKey> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if ((e.state == State.HELD || e.state == State.SPILLED) && e.key.product() == LineageKey.Product.OUTPUT) {
                out.add(e.key);
            }
        }
        return out;
    }

    /** Planned consumers still to come for {@code key}, for tests. */
    synchronized int plannedConsumers(LineageKey key) {
        Entry e = entries.get(key);
        return e == null ? 0 : e.planned;
    }

    synchronized PoolStats stats() {
        return counters.snapshot(limitBytes, heldOutputs().size(), spills == null ? null : spills.directory().toString(),
                peakByKind);
    }

    /** Deletes the spill folder; the run's memory context frees the vectors still held. */
    @Override
    public synchronized void close() {
        if (spills != null) {
            spills.close();
        }
    }

    static String size(long bytes) {
        if (bytes == Long.MAX_VALUE) {
            return "unlimited";
        }
        if (bytes >= 1 << 20 || bytes % 1024 != 0) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
        }
        return bytes / 1024 + " KiB";
    }
}
