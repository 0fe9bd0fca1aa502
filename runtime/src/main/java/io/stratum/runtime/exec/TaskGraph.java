package io.stratum.runtime.exec;

import io.stratum.ir.physical.FilterRows;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.SplitRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tasks a search will run, expanded from its roots (each cell's predictions and target on the fold's test
 * rows) before any of them runs: for every task, the tasks whose results it reads. The buffer pool counts a
 * result's consumers from it, to free the result after the last one.
 *
 * <p>The expansion mirrors what {@link PlanExecutor} asks for when it computes a task. If the two ever
 * disagree, nothing breaks silently: a consumer the graph missed finds its input released and recomputes it
 * (counted as a recompute in {@link PoolStats}), and a consumer the graph invented keeps its input held to the
 * end of the run (which the pool's tests look for).
 */
public final class TaskGraph {
    /** A root that reads results without being a task: one cell (candidate, fold) of the search. */
    public record Cell(int candidate, int fold) {
    }

    private final PlanExecutor executor;
    private final Map<Object, Set<LineageKey>> inputs = new LinkedHashMap<>();
    private final Map<LineageKey, PhysicalOp> operators = new HashMap<>();

    TaskGraph(PlanExecutor executor) {
        this.executor = executor;
    }

    /** Adds a cell reading {@code op}'s output on {@code fold} and {@code mode}. */
    public TaskGraph root(Cell cell, PhysicalOp op, int fold, Mode mode) {
        visit(cell, executor.outputKey(op, fold, mode), op);
        return this;
    }

    /** For every consumer (task key or cell), the results it reads. */
    Map<Object, Set<LineageKey>> consumers() {
        return inputs;
    }

    /** The number of distinct tasks in the graph. */
    public int tasks() {
        return operators.size();
    }

    private void visit(Object consumer, LineageKey key, PhysicalOp op) {
        inputs.computeIfAbsent(consumer, c -> new LinkedHashSet<>()).add(key);
        if (operators.putIfAbsent(key, op) != null) {
            return;
        }
        inputs.computeIfAbsent(key, c -> new LinkedHashSet<>());
        for (Input in : inputsOf(key, op)) {
            visit(key, in.key(), in.op());
        }
    }

    private record Input(LineageKey key, PhysicalOp op) {
    }

    /** What computing {@code key} (a task of {@code op}) reads, as {@code PlanExecutor.computeOutput/computeFit} do. */
    private List<Input> inputsOf(LineageKey key, PhysicalOp op) {
        List<Input> out = new ArrayList<>();
        int fold = key.fold();
        Mode mode = key.mode();
        if (key.product() == LineageKey.Product.MATRIX) {
            SparseBlockChain sparse = PlanExecutor.sparseMatrix(op);
            if (sparse != null) {
                out.add(new Input(executor.fittedKey(sparse.encoder(), fold), sparse.encoder()));
                for (FitTransform step : sparse.steps()) {
                    out.add(new Input(executor.fittedKey(step, fold), step));
                }
                out.add(output(sparse.encoder().input(), fold, mode));
            } else {
                out.add(output(op, fold, mode));
            }
            return out;
        }
        if (key.product() == LineageKey.Product.STATISTICS) {
            out.add(output(executor.statisticsSource((FitTransform) op), fold, mode));
            return out;
        }
        if (key.product() == LineageKey.Product.GRAM) {
            return out;  // read from the matrix and target its first fit holds
        }
        if (key.product() == LineageKey.Product.SPECTRUM) {
            out.add(new Input(new LineageKey(key.operator(), fold, mode, LineageKey.Product.GRAM), op));
            return out;
        }
        if (key.product() == LineageKey.Product.FITTED) {
            switch (op) {
                case FitTransform t when mode == Mode.FIT && executor.fitsFromPartitions(t) -> {
                    for (int p : executor.trainingPartitions(fold)) {
                        out.add(new Input(executor.statisticsKey(t, p), t));
                    }
                }
                case FitTransform t -> out.add(output(t.input(), fold, mode));
                case FitPredict p -> {
                    out.add(matrix(p.features(), fold, mode));
                    out.add(output(p.target(), fold, mode));
                    if (p.weights() != null) {
                        out.add(output(p.weights(), fold, mode));
                    }
                    // A linear learner may read the shared Gram statistics and spectrum; if its fit takes another
                    // path, the pool drops the expectation when the fit finishes.
                    if (executor.gramCentering(p) instanceof Boolean centered) {
                        out.add(new Input(PlanExecutor.gramKey(p, fold, mode, centered, LineageKey.Product.GRAM), p));
                        out.add(new Input(PlanExecutor.gramKey(p, fold, mode, centered, LineageKey.Product.SPECTRUM), p));
                    }
                }
                default -> throw new IllegalStateException(op.kind() + " has no fitted state");
            }
            return out;
        }
        switch (op) {
            case io.stratum.ir.physical.ReduceRows r when PlanExecutor.countedFilter(r) instanceof FilterRows f -> {
                out.add(output(f.input(), fold, mode));
                out.add(output(f.mask(), fold, mode));
            }
            case SplitRows s -> out.add(output(s.input(), LineageKey.NO_FOLD, Mode.FULL));
            case io.stratum.ir.physical.FrozenAtFit f -> out.add(output(f.input(), fold, mode == Mode.PREDICT ? Mode.FIT : mode));
            case FitTransform t -> {
                out.add(new Input(executor.fittedKey(t, fold), t));
                out.add(output(t.input(), fold, mode));
            }
            case FitPredict p -> {
                out.add(new Input(executor.fittedKey(p, fold), p));
                out.add(matrix(p.features(), fold, mode));
                if (PlanExecutor.formatsPredictions(p, mode, true)) {
                    out.add(output(p.target(), fold, mode));
                }
            }
            default -> {
                for (PhysicalOp in : op.inputs()) {
                    out.add(output(in, fold, mode));
                }
            }
        }
        return out;
    }

    private Input output(PhysicalOp op, int fold, Mode mode) {
        return new Input(executor.outputKey(op, fold, mode), op);
    }

    private Input matrix(PhysicalOp op, int fold, Mode mode) {
        return new Input(executor.matrixKey(op, fold, mode), op);
    }
}
