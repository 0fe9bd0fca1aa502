package io.stratum.runtime.search;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.physical.SplitRows;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.exec.CopiedValue;
import io.stratum.runtime.exec.ExecutionStats;
import io.stratum.runtime.exec.FoldSplit;
import io.stratum.runtime.exec.Mode;
import io.stratum.runtime.exec.OperatorKernels;
import io.stratum.runtime.exec.PlanExecutor;
import io.stratum.runtime.exec.RuntimeValue;
import io.stratum.runtime.exec.TaskGraph;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a search plan: splits the rows into folds, then fits and scores every candidate on every fold, on a
 * pool of worker threads. Work is shared through one {@link PlanExecutor}, so an operator that several
 * candidates read runs once per fold, and work before the split runs once.
 */
public final class SearchDriver {
    private final OperatorKernels kernels;
    /** The lineage cache kept across runs, or null for none. */
    private final io.stratum.runtime.cache.LineageCache cache;

    public SearchDriver(OperatorKernels kernels) {
        this(kernels, null);
    }

    /** A driver whose runs read results from {@code cache} and store the ones they compute (null for none). */
    public SearchDriver(OperatorKernels kernels, io.stratum.runtime.cache.LineageCache cache) {
        this.kernels = kernels;
        this.cache = cache;
    }

    /** The same kernels with a lineage cache kept across runs. */
    public SearchDriver withCache(io.stratum.runtime.cache.LineageCache newCache) {
        return new SearchDriver(kernels, newCache);
    }

    /** A driver with every kernel Stratum ships. */
    public static SearchDriver standard() {
        return new SearchDriver(OperatorKernels.standard());
    }

    /** Runs every candidate of {@code plan} over every fold and returns the scores in candidate order. */
    public SearchOutcome run(SearchPlan plan, SearchOptions options) {
        return run(plan, options, SearchMonitor.NONE);
    }

    /**
     * Runs the search like {@link #run(SearchPlan, SearchOptions)}, reporting progress to {@code monitor}, which
     * may stop it ({@link SearchCancelled}).
     */
    public SearchOutcome run(SearchPlan plan, SearchOptions options, SearchMonitor monitor) {
        long start = System.nanoTime();
        ExecutionStats stats = new ExecutionStats();
        List<Scorer> scorers = new ArrayList<>();
        for (io.stratum.ir.physical.SearchScoring.Metric metric : plan.scoring().metrics()) {
            scorers.add(Scorer.named(metric.scorer()));
        }
        try (MemoryContext memory = MemoryContext.open()) {
            PlanExecutor beforeSplit = new PlanExecutor(memory, kernels, stats,
                    cache == null ? null : new io.stratum.runtime.exec.PersistentResults(cache), monitor::cancelled,
                    options.memoryLimitBytes());
            try {
                int rows;
                try {
                    rows = beforeSplit.asRoot("split", () -> splitRowCount(plan, beforeSplit));
                } catch (java.util.concurrent.CancellationException e) {
                    throw new SearchCancelled(0, plan.candidates().size() * plan.folds());
                }
                int splitRows = rows;
                List<FoldSplit> folds = Folds.of(plan.splitter(), rows,
                        () -> beforeSplit.asRoot("classes", () -> targetClasses(plan, beforeSplit)),
                        () -> beforeSplit.asRoot("groups", () -> groupIds(plan, beforeSplit, splitRows)),
                        splitterOrigin(plan));
                PlanExecutor executor = beforeSplit.withFolds(folds);
                io.stratum.runtime.exec.TaskGraph graph = taskGraph(plan, executor, folds.size(), options.trainScores());
                executor.plan(graph, Math.min(options.threads(), plan.candidates().size() * folds.size()));
                int tasks = graph.tasks();
                monitor.tasksPlanned(tasks, () -> Math.min(tasks, executor.tasksDone()));
                int n = plan.candidates().size();
                int metrics = scorers.size();
                double[][][] scores = new double[n][metrics][folds.size()];
                double[][][] trainScores = options.trainScores() ? new double[n][metrics][folds.size()] : null;
                double[][] fitSeconds = new double[n][folds.size()];
                double[][] scoreSeconds = new double[n][folds.size()];
                List<FitFailures.Failure> failed = java.util.Collections.synchronizedList(new ArrayList<>());
                runAll(plan, options, folds.size(), monitor, (c, f) -> failedAsNaN(c, f, scores, trainScores, failed,
                        () -> executor.asRoot(new TaskGraph.Cell(c, f), () -> {
                    Candidate candidate = plan.candidates().get(c);
                    long t0 = System.nanoTime();
                    Map<PhysicalOp, RuntimeValue> answers = new IdentityHashMap<>();
                    for (PhysicalOp response : candidate.distinctResponses()) {
                        answers.put(response, executor.output(response, f, Mode.PREDICT));
                    }
                    RuntimeValue truth = executor.output(candidate.target(), f, Mode.PREDICT);
                    long t1 = System.nanoTime();
                    for (int m = 0; m < metrics; m++) {
                        PhysicalOp response = candidate.responses().get(m);
                        Scorer scorer = scorers.get(m);
                        scores[c][m][f] = scoredOrNaN(scorer, c, f, failed,
                                () -> scorer.score(response, f, truth, answers.get(response)));
                    }
                    fitSeconds[c][f] = (t1 - t0) / 1e9;
                    scoreSeconds[c][f] = (System.nanoTime() - t1) / 1e9;
                    if (trainScores != null) {
                        // scikit-learn's return_train_score: the pipeline fitted on the training rows, scored on them.
                        RuntimeValue trainTruth = executor.output(candidate.target(), f, Mode.FIT);
                        for (int m = 0; m < metrics; m++) {
                            PhysicalOp response = candidate.responses().get(m);
                            RuntimeValue trainPredicted = executor.output(response, f, Mode.FIT);
                            Scorer scorer = scorers.get(m);
                            trainScores[c][m][f] = scoredOrNaN(scorer, c, f, failed,
                                    () -> scorer.score(response, f, trainTruth, trainPredicted));
                        }
                    }
                    return null;
                })));
                List<FitFailures.Failure> inOrder = new ArrayList<>(failed);
                inOrder.sort(java.util.Comparator.comparingInt(FitFailures.Failure::candidate)
                        .thenComparingInt(FitFailures.Failure::fold));
                FitFailures failures = new FitFailures(n * folds.size(), inOrder);
                if (failures.all()) {
                    throw failures.allFailed();
                }
                List<CandidateScores> out = new ArrayList<>();
                for (int c = 0; c < n; c++) {
                    out.add(new CandidateScores(plan.candidates().get(c), scores[c],
                            trainScores == null ? null : trainScores[c], fitSeconds[c], scoreSeconds[c],
                            plan.scoring().ranking()));
                }
                stats.recordMemory(executor.poolStats());
                return new SearchOutcome(plan.choiceNames(), out, stats, System.nanoTime() - start, failures);
            } finally {
                beforeSplit.closePool();
            }
        }
    }

    /**
     * What {@code learner.predict(split["test"])} returns: {@code response} (an operator of the plan's only candidate,
     * its final learner answering with the method asked for) on the test rows of the plan's only split, copied out of
     * the run's memory. The learner is fitted on the split's training rows, as {@link #run} fits it.
     */
    public CopiedValue predictions(SearchPlan plan, PhysicalOp response, SearchOptions options) {
        if (plan.candidates().size() != 1) {
            throw new IllegalArgumentException("predictions need a one-candidate plan, got " + plan.candidates().size());
        }
        try (MemoryContext memory = MemoryContext.open()) {
            PlanExecutor beforeSplit = new PlanExecutor(memory, kernels, new ExecutionStats(),
                    cache == null ? null : new io.stratum.runtime.exec.PersistentResults(cache), () -> false,
                    options.memoryLimitBytes());
            try {
                int rows = beforeSplit.asRoot("split", () -> splitRowCount(plan, beforeSplit));
                List<FoldSplit> folds = Folds.of(plan.splitter(), rows,
                        () -> beforeSplit.asRoot("classes", () -> targetClasses(plan, beforeSplit)),
                        () -> beforeSplit.asRoot("groups", () -> groupIds(plan, beforeSplit, rows)),
                        splitterOrigin(plan));
                if (folds.size() != 1) {
                    throw new IllegalArgumentException("predictions need one split, got " + folds.size());
                }
                PlanExecutor executor = beforeSplit.withFolds(folds);
                return executor.asRoot("predictions", () -> CopiedValue.of(executor.output(response, 0, Mode.PREDICT)));
            } finally {
                beforeSplit.closePool();
            }
        }
    }

    /**
     * What a learner fitted on one environment predicts on another ({@code learner.predict(environment)} of skrub):
     * {@code fitRoot}'s plan fitted on all its rows (skrub's {@code learner.fit(environment)}: every estimator on the
     * rows at {@code mark_as_X}/{@code mark_as_y}, or on all rows without them), then {@code predictRoot} (the same
     * pipeline reading the new environment's values) computed on the new rows with those fitted estimators. The new
     * environment needs no target: only the rows at {@code mark_as_X} are counted and the target is read when fitting.
     * Copied out of the run's memory.
     */
    public CopiedValue predictOnNew(PhysicalOp fitRoot, PhysicalOp predictRoot, SearchOptions options) {
        return predictOnNew(fitRoot, predictRoot, options, null);
    }

    /**
     * As {@link #predictOnNew(PhysicalOp, PhysicalOp, SearchOptions)}, the fitted pipeline taken from (or kept in)
     * {@code fitted}, so that the same learner predicting again is not fitted again (null: fitted for this call only).
     */
    public CopiedValue predictOnNew(PhysicalOp fitRoot, PhysicalOp predictRoot, SearchOptions options,
                                    FittedPipelines fitted) {
        return onNew(fitRoot, predictRoot, options, fitted,
                (executor, fold, mode) -> CopiedValue.of(executor.output(predictRoot, fold, mode)));
    }

    /**
     * A learner fitted on one environment scored on another ({@code learner.score(environment)}, or a metric of its
     * predictions on new data and of {@code truth}): {@code predictRoot} (a learner answering with the method
     * {@code scorer} reads) against {@code truth} (an operator of the new data, or null for the learner's own target
     * computed on the new environment), scored by {@code scorer} as a search scores a fold. The fitted pipeline is
     * taken from (or kept in) {@code fitted}, or fitted for this call only when it is null.
     */
    public double scoreOnNew(PhysicalOp fitRoot, PhysicalOp predictRoot, PhysicalOp truth, String scorer,
                             SearchOptions options, FittedPipelines fitted) {
        Scorer named = Scorer.named(scorer);
        if (truth == null && !(predictRoot instanceof io.stratum.ir.physical.FitPredict)) {
            throw new IllegalArgumentException("a learner's own target needs a learner at the root, got " + predictRoot.kind());
        }
        return onNew(fitRoot, predictRoot, options, fitted, (executor, fold, mode) -> {
            RuntimeValue predicted = executor.output(predictRoot, fold, mode);
            PhysicalOp target = truth != null ? truth : ((io.stratum.ir.physical.FitPredict) predictRoot).target();
            RuntimeValue y = executor.dependsOnSplit(target) ? executor.output(target, fold, mode)
                    : executor.output(target, -1, Mode.FULL);
            if (y.rows() != predicted.rows()) {
                throw new StratumError(target.origin(), "the true values have " + y.rows() + " rows but the learner"
                        + " predicted " + predicted.rows(), "pass the target of the same rows the learner predicts on");
            }
            return named.score(predictRoot, 0, y, predicted);
        });
    }

    /** What {@link #onNew} computes on the new data's executor: at {@code fold} and {@code mode} (no fold: FULL). */
    private interface OnNewData<T> {
        T compute(PlanExecutor executor, int fold, Mode mode);
    }

    private <T> T onNew(PhysicalOp fitRoot, PhysicalOp predictRoot, SearchOptions options, FittedPipelines fitted,
                        OnNewData<T> work) {
        FittedPipelines kept = fitted != null ? fitted : new FittedPipelines(1);
        try (MemoryContext memory = MemoryContext.open()) {
            PlanExecutor fit = kept.get(fitRoot, m -> fitExecutor(m, fitRoot, options)).executor();
            PlanExecutor predictBeforeSplit = new PlanExecutor(memory, kernels, new ExecutionStats(), null, () -> false,
                    options.memoryLimitBytes());
            try {
                PlanExecutor predict = predictBeforeSplit.fittedBy(
                        io.stratum.runtime.exec.FittedElsewhere.of(fit, fitRoot, predictRoot));
                List<SplitRows> predictSplits = new ArrayList<>();
                collectPredictedSplits(predictRoot, new IdentityHashMap<>(), predictSplits);
                if (predictSplits.isEmpty()) {
                    PlanExecutor whole = predict;
                    return whole.asRoot("predict", () -> work.compute(whole, -1, Mode.FULL));
                }
                PlanExecutor before = predict;
                int rows = before.asRoot("split", () -> rowsAt(predictSplits, before));
                PlanExecutor onNew = predict.withFolds(List.of(new FoldSplit(new int[0], allRows(rows))));
                return onNew.asRoot("predict", () -> work.compute(onNew, 0, Mode.PREDICT));
            } finally {
                predictBeforeSplit.closePool();
            }
        } finally {
            if (fitted == null) {
                kept.close();
            }
        }
    }

    /**
     * The executor that fits {@code fitRoot}'s plan on all its rows (skrub's {@code learner.fit(environment)}: every
     * estimator on the rows at {@code mark_as_X}/{@code mark_as_y}, or on all rows without them): one fold whose
     * training rows are all of them.
     */
    private PlanExecutor fitExecutor(MemoryContext memory, PhysicalOp fitRoot, SearchOptions options) {
        PlanExecutor before = new PlanExecutor(memory, kernels, new ExecutionStats(),
                cache == null ? null : new io.stratum.runtime.exec.PersistentResults(cache), () -> false,
                options.memoryLimitBytes());
        List<SplitRows> fitSplits = new ArrayList<>();
        collectSplits(fitRoot, new IdentityHashMap<>(), fitSplits);
        if (fitSplits.isEmpty()) {
            return before;
        }
        int rows = before.asRoot("split", () -> rowsAt(fitSplits, before));
        return before.withFolds(List.of(new FoldSplit(allRows(rows), allRows(rows))));
    }

    private static int[] allRows(int rows) {
        int[] all = new int[rows];
        for (int i = 0; i < rows; i++) {
            all[i] = i;
        }
        return all;
    }

    /**
     * The split points a prediction reads: those below {@code op} but not through what only fitting reads (a learner's
     * target), so that new data without a target column predicts.
     */
    private static void collectPredictedSplits(PhysicalOp op, Map<PhysicalOp, Boolean> seen, List<SplitRows> out) {
        if (seen.put(op, Boolean.TRUE) != null) {
            return;
        }
        if (op instanceof SplitRows s) {
            out.add(s);
        }
        List<PhysicalOp> read = op instanceof io.stratum.ir.physical.FitPredict p ? List.of(p.features()) : op.inputs();
        for (PhysicalOp in : read) {
            collectPredictedSplits(in, seen, out);
        }
    }

    /**
     * What {@code .skb.eval()} returns: {@code op} computed on all rows, as skrub's {@code fit_transform} mode computes
     * it: every estimator fitted on all rows (the rows at {@code mark_as_X}/{@code mark_as_y}, which must agree) and
     * applied to them; a learner's predictions are named after its target column, as skrub names them. Copied out of
     * the run's memory.
     */
    public CopiedValue evaluate(PhysicalOp op, SearchOptions options) {
        try (MemoryContext memory = MemoryContext.open()) {
            PlanExecutor beforeSplit = new PlanExecutor(memory, kernels, new ExecutionStats(),
                    cache == null ? null : new io.stratum.runtime.exec.PersistentResults(cache), () -> false,
                    options.memoryLimitBytes());
            try {
                List<SplitRows> splits = new ArrayList<>();
                collectSplits(op, new IdentityHashMap<>(), splits);
                if (splits.isEmpty()) {
                    return beforeSplit.asRoot("eval", () -> CopiedValue.of(beforeSplit.output(op, -1, Mode.FULL)));
                }
                int rows = beforeSplit.asRoot("split", () -> rowsAt(splits, beforeSplit));
                // One "fold" whose training rows are all rows: fitting reads them all and FIT-mode outputs are the
                // estimators' fit_transform (or fit then predict) on them.
                int[] all = new int[rows];
                for (int i = 0; i < rows; i++) {
                    all[i] = i;
                }
                PlanExecutor executor = beforeSplit.withFolds(List.of(new FoldSplit(all, all)));
                return executor.asRoot("eval", () -> CopiedValue.of(executor.output(op, 0, Mode.FIT)));
            } finally {
                beforeSplit.closePool();
            }
        }
    }

    /** Every cell's predictions and target on its fold's test rows, and all they read. */
    private static TaskGraph taskGraph(SearchPlan plan, PlanExecutor executor, int folds, boolean trainScores) {
        TaskGraph graph = executor.taskGraph();
        for (int c = 0; c < plan.candidates().size(); c++) {
            Candidate candidate = plan.candidates().get(c);
            for (int f = 0; f < folds; f++) {
                TaskGraph.Cell cell = new TaskGraph.Cell(c, f);
                for (PhysicalOp response : candidate.distinctResponses()) {
                    graph.root(cell, response, f, Mode.PREDICT);
                    if (trainScores) {
                        graph.root(cell, response, f, Mode.FIT);
                    }
                }
                graph.root(cell, candidate.target(), f, Mode.PREDICT);
                if (trainScores) {
                    graph.root(cell, candidate.target(), f, Mode.FIT);
                }
            }
        }
        return graph;
    }

    /**
     * Runs one cell; when it fails because an estimator rejects its data as scikit-learn's would
     * ({@link io.stratum.runtime.data.RejectedInput}), its scores are NaN and the failure is kept, as scikit-learn's
     * {@code error_score=np.nan} does ({@link FitFailures}).
     */
    private static void failedAsNaN(int c, int f, double[][][] scores, double[][][] trainScores,
                                    List<FitFailures.Failure> failed, Runnable cell) {
        try {
            cell.run();
        } catch (StratumError e) {
            if (!io.stratum.runtime.data.RejectedInput.isCause(e)) {
                throw e; // Stratum's own refusal, or a mistake in the plan: the search stops there
            }
            for (double[][] metric : new double[][][] {scores[c], trainScores == null ? new double[0][] : trainScores[c]}) {
                for (double[] perFold : metric) {
                    perFold[f] = Double.NaN;
                }
            }
            failed.add(new FitFailures.Failure(c, f, e));
        }
    }

    /**
     * One score of a cell; when the metric itself is undefined or fails on these rows as scikit-learn's does
     * ({@link io.stratum.runtime.data.RejectedInput}: one class in the true labels of {@code roc_auc}, targets at or
     * below -1 for {@code neg_mean_squared_log_error}), NaN and the failure kept, as scikit-learn's searches set a
     * failed scorer's score to {@code error_score=np.nan} and warn; the cell's other scores stand.
     */
    private static double scoredOrNaN(Scorer scorer, int c, int f, List<FitFailures.Failure> failed,
                                      java.util.function.DoubleSupplier score) {
        try {
            return score.getAsDouble();
        } catch (StratumError e) {
            if (!io.stratum.runtime.data.RejectedInput.isCause(e)) {
                throw e;
            }
            failed.add(new FitFailures.Failure(c, f, e, scorer.name()));
            return Double.NaN;
        }
    }

    private interface CellTask {
        void run(int candidate, int fold);
    }

    private static void runAll(SearchPlan plan, SearchOptions options, int folds, SearchMonitor monitor, CellTask cell) {
        int cells = plan.candidates().size() * folds;
        monitor.started(cells);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        // A cell asks the monitor before it starts, so a stop lets running cells finish and starts no new one.
        CellTask task = (c, f) -> {
            if (monitor.cancelled()) {
                return;
            }
            try {
                cell.run(c, f);
            } catch (java.util.concurrent.CancellationException e) {
                return; // stopped between two of its tasks; reported by stopIfCancelled
            }
            monitor.cellFinished(done.incrementAndGet(), cells);
        };
        if (options.threads() == 1 || cells == 1) {
            Runnable all = () -> {
                for (int c = 0; c < plan.candidates().size(); c++) {
                    for (int f = 0; f < folds; f++) {
                        task.run(c, f);
                    }
                }
            };
            if (options.threads() == 1) {
                io.stratum.runtime.kernels.parallel.CoreShare.runOnOneCore(all); // --threads 1 means one thread
            } else {
                all.run();
            }
            stopIfCancelled(monitor, done.get(), cells);
            return;
        }
        int searchThreads = Math.min(options.threads(), cells);
        // as many cell threads as cores: each has one core, so kernels do not add spinning helpers beside it
        boolean oneCoreEach = searchThreads >= Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(searchThreads, r -> {
            Thread t = new Thread(oneCoreEach ? () -> io.stratum.runtime.kernels.parallel.CoreShare.runOnOneCore(r) : r,
                    "stratum-search");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(cells);
            // Fold-major order: all candidates of fold 0 first, so shared per-fold work is reached early.
            for (int f = 0; f < folds; f++) {
                for (int c = 0; c < plan.candidates().size(); c++) {
                    int cc = c;
                    int ff = f;
                    futures.add(pool.submit(() -> task.run(cc, ff)));
                }
            }
            for (Future<?> fut : futures) {
                try {
                    fut.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("search interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
            awaitRunningCells(pool);
        }
        stopIfCancelled(monitor, done.get(), cells);
    }

    private static void stopIfCancelled(SearchMonitor monitor, int done, int cells) {
        if (monitor.cancelled() && done < cells) {
            throw new SearchCancelled(done, cells);
        }
    }

    /**
     * Waits for cells already running when the search stopped (kernels do not check interrupts): the caller
     * closes the run's memory next, and a cell still reading it would read freed Arrow buffers.
     */
    private static void awaitRunningCells(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The number of rows at the split points; X and y must agree, since folds index both. */
    private static int splitRowCount(SearchPlan plan, PlanExecutor executor) {
        Map<PhysicalOp, Boolean> seen = new IdentityHashMap<>();
        List<SplitRows> splits = new ArrayList<>();
        for (Candidate c : plan.candidates()) {
            collectSplits(c.predictions(), seen, splits);
            collectSplits(c.target(), seen, splits);
        }
        if (splits.isEmpty()) {
            throw new StratumError("the search has no .skb.mark_as_X() or .skb.mark_as_y(), so it cannot tell which rows to cross-validate");
        }
        int rows = rowsAt(splits, executor);
        if ((plan.splitter() instanceof io.stratum.ir.physical.SplitterSpec.KFold
                || plan.splitter() instanceof io.stratum.ir.physical.SplitterSpec.StratifiedKFold) && rows < plan.folds()) {
            throw new StratumError(io.stratum.ir.node.Origin.NONE, "cannot make " + plan.folds() + " folds of " + rows + " rows", "use a smaller cv");
        }
        return rows;
    }

    /** The rows at the split points {@code splits}, which must agree. */
    private static int rowsAt(List<SplitRows> splits, PlanExecutor executor) {
        int rows = -1;
        SplitRows first = null;
        for (SplitRows s : splits) {
            int n = executor.output(s.input(), -1, Mode.FULL).rows();
            if (rows < 0) {
                rows = n;
                first = s;
            } else if (n != rows) {
                throw new StratumError(s.origin(), "the " + s.role() + " marked here has " + n + " rows but the "
                        + first.role() + " marked at " + first.origin() + " has " + rows,
                        "X and y must have the same rows; mark both on frames derived from the same data");
            }
        }
        return rows;
    }

    /**
     * The class of every row of the search's target, for stratified folds: scikit-learn stratifies on the y the
     * search is given, which is every candidate's target on all rows.
     */
    private static int[] targetClasses(SearchPlan plan, PlanExecutor executor) {
        PhysicalOp target = plan.candidates().get(0).target();
        RuntimeValue y = executor.output(target, -1, Mode.FULL);
        io.stratum.runtime.data.Column column = switch (y) {
            case RuntimeValue.Series s -> s.column();
            case RuntimeValue.Frame f when f.table().columnCount() == 1 -> f.table().column(0);
            case RuntimeValue.Frame f -> throw new StratumError(target.origin(), "stratified folds need one target"
                    + " column, got a frame of " + f.table().columnCount(), "select the target with data['name']");
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
        try {
            return io.stratum.runtime.kernels.classify.ClassLabels.of(column).encode(column);
        } catch (io.stratum.runtime.data.DataException e) {
            StratumError error = new StratumError(target.origin(), "cannot stratify the folds on the target: "
                    + e.getMessage(), "drop rows with a missing target before mark_as_y; a continuous target needs a"
                    + " splitter that does not stratify (KFold, GroupKFold)");
            error.initCause(e);
            throw error;
        }
    }

    /**
     * The group of every row, for a grouped splitter: the plan's groups column ({@code split_kwargs={"groups": ...}})
     * computed on all rows at the split point, as skrub computes it with X and y.
     */
    private static io.stratum.runtime.kernels.split.GroupIds groupIds(SearchPlan plan, PlanExecutor executor, int rows) {
        PhysicalOp groups = plan.groups();
        io.stratum.runtime.data.Column column = switch (executor.output(groups, -1, Mode.FULL)) {
            case RuntimeValue.Series s -> s.column();
            case RuntimeValue.Frame f when f.table().columnCount() == 1 -> f.table().column(0);
            case RuntimeValue.Frame f -> throw new StratumError(groups.origin(), "the groups of " + plan.splitter().repr()
                    + " must be one column, got a frame of " + f.table().columnCount(),
                    "pass split_kwargs={\"groups\": data[\"<column>\"]}");
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
        if (column.length() != rows) {
            throw new StratumError(groups.origin(), "the groups have " + column.length() + " rows but X and y have "
                    + rows, "compute the groups from the same data as X, e.g. data[\"<column>\"]");
        }
        try {
            return io.stratum.runtime.kernels.split.GroupIds.of(column);
        } catch (io.stratum.runtime.data.DataException e) {
            StratumError error = new StratumError(groups.origin(), "cannot group the folds: " + e.getMessage(), null);
            error.initCause(e);
            throw error;
        }
    }

    /**
     * Where the script gave the splitter, for errors the data raises at the split: the groups column of a grouped
     * splitter (given in the same mark_as_X call), else the split point of X.
     */
    private static io.stratum.ir.node.Origin splitterOrigin(SearchPlan plan) {
        if (plan.groups() != null && plan.groups().origin() != io.stratum.ir.node.Origin.NONE) {
            return plan.groups().origin();
        }
        List<SplitRows> splits = new ArrayList<>();
        collectSplits(plan.candidates().get(0).predictions(), new IdentityHashMap<>(), splits);
        return splits.isEmpty() ? io.stratum.ir.node.Origin.NONE : splits.get(0).origin();
    }

    private static void collectSplits(PhysicalOp op, Map<PhysicalOp, Boolean> seen, List<SplitRows> out) {
        if (seen.put(op, Boolean.TRUE) != null) {
            return;
        }
        if (op instanceof SplitRows s) {
            out.add(s);
        }
        for (PhysicalOp in : op.inputs()) {
            collectSplits(in, seen, out);
        }
    }
}
