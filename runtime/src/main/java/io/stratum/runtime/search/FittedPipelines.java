package io.stratum.runtime.search;

import io.stratum.ir.node.Fingerprint;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.Response;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.exec.PlanExecutor;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Pipelines fitted on one environment and kept fitted while their learner predicts on other data, so that a script's
 * {@code learner.predict(...)}, {@code predict_proba(...)}, {@code score(...)} and metrics of the same learner fit it
 * once: at most {@code capacity}, the least recently used released first (its executor's results and its memory).
 * A plan is known by its fingerprint, a learner whatever method it answers with; {@link #close()} releases them all.
 */
public final class FittedPipelines implements AutoCloseable {
    /** A pipeline fitted on its data: the executor holding its fitted states, and the memory its outputs live in. */
    record Fitted(MemoryContext memory, PlanExecutor executor) {
        void release() {
            try {
                executor.closePool();
            } finally {
                memory.close();
            }
        }
    }

    private final int capacity;
    private final LinkedHashMap<Fingerprint, Fitted> byPlan = new LinkedHashMap<>(4, 0.75f, true);
    private boolean closed;

    public FittedPipelines(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** The pipeline {@code fitRoot} fitted, by {@code fit} (given its own memory) the first time it is asked for. */
    synchronized Fitted get(PhysicalOp fitRoot, Function<MemoryContext, PlanExecutor> fit) {
        if (closed) {
            throw new IllegalStateException("the fitted pipelines were released");
        }
        Fingerprint key = key(fitRoot);
        Fitted known = byPlan.get(key);
        if (known != null) {
            return known;
        }
        MemoryContext memory = MemoryContext.open();
        Fitted made;
        try {
            made = new Fitted(memory, fit.apply(memory));
        } catch (RuntimeException | Error e) {
            memory.close();
            throw e;
        }
        byPlan.put(key, made);
        Iterator<Map.Entry<Fingerprint, Fitted>> oldest = byPlan.entrySet().iterator();
        while (byPlan.size() > capacity) {
            Fitted evicted = oldest.next().getValue();
            oldest.remove();
            evicted.release();
        }
        return made;
    }

    /** The number of pipelines kept fitted now. */
    public synchronized int size() {
        return byPlan.size();
    }

    private static Fingerprint key(PhysicalOp fitRoot) {
        // predict_proba, decision_function and a scorer's method read the same fit as predict
        return fitRoot instanceof FitPredict p && p.output() != Response.PREDICT
                ? p.withOutput(Response.PREDICT).fingerprint() : fitRoot.fingerprint();
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Fitted f : byPlan.values()) {
            f.release();
        }
        byPlan.clear();
    }
}
