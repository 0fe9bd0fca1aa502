package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Fingerprint;
import io.stratum.ir.physical.AssignColumns;
import io.stratum.ir.physical.DropColumns;
import io.stratum.ir.physical.DropMissingRows;
import io.stratum.ir.physical.EvalColumn;
import io.stratum.ir.physical.MapColumns;
import io.stratum.ir.physical.RenameColumns;
import io.stratum.ir.physical.FilterRows;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.HashAggregate;
import io.stratum.ir.physical.HashJoin;
import io.stratum.ir.physical.SliceRows;
import io.stratum.ir.physical.ConcatFrames;
import io.stratum.ir.physical.LiteralFrame;
import io.stratum.ir.physical.CountValues;
import io.stratum.ir.physical.DropDuplicateRows;
import io.stratum.ir.physical.SortRows;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.OneHotLayouts;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.ScanCsv;
import io.stratum.ir.physical.ScanFile;
import io.stratum.ir.physical.SelectColumn;
import io.stratum.ir.physical.SelectColumns;
import io.stratum.ir.physical.SplitRows;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.SharedFeatureMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates physical operators for a fold and mode, each {@link LineageKey} at most once: the first thread to
 * ask for a key computes it, others wait for the same result. Work before the split is keyed without a fold, so
 * it runs once for the whole search; an estimator is fitted once per fold however many candidates read it.
 *
 * <p>Waiting cannot deadlock: a thread only waits for a key that is not on its own stack, and a key's
 * computation only asks for keys of operators it reads, so any cycle of waits would be a cycle in the plan.
 */
public final class PlanExecutor {
    private final MemoryContext memory;
    private final List<FoldSplit> folds;
    private final OperatorKernels kernels;
    private final ExecutionStats stats;
    /** Every task's result by lineage key; frees outputs after their last consumer and enforces the memory limit. */
    private final BufferPool pool;
    private final ConcurrentHashMap<Fingerprint, Boolean> splitDependence;
    private final SharedLinearFits linearFits;
    /** The folds' rows grouped so each training set is a union of cells, or null when that saves nothing. */
    private final TrainingCells cells;
    /** Per transformer fingerprint: where its per-partition statistics are read from, if anywhere ({@link PartitionLineage}). */
    private final ConcurrentHashMap<Fingerprint, java.util.Optional<PhysicalOp>> statisticsSources = new ConcurrentHashMap<>();
    /** The cache kept across runs, or null when the run has none. */
    private final PersistentResults persistent;
    /** Asked before each new task; when true the task is not started (Ctrl-C: running kernels finish, no new ones). */
    private final java.util.function.BooleanSupplier stopRequested;
    /** Where every fitted state comes from when this executor predicts on new data, or null: it fits its own. */
    private final FittedElsewhere fittedElsewhere;

    /** An executor that knows no folds yet: it can compute everything before the split. */
    public PlanExecutor(MemoryContext memory, OperatorKernels kernels, ExecutionStats stats) {
        this(memory, kernels, stats, null);
    }

    /** An executor that also reads and fills {@code persistent}, a lineage cache kept across runs (may be null). */
    public PlanExecutor(MemoryContext memory, OperatorKernels kernels, ExecutionStats stats, PersistentResults persistent) {
        this(memory, kernels, stats, persistent, () -> false);
    }

    /**
     * An executor that also starts no new task once {@code stopRequested} is true: such a task fails with a
     * {@link java.util.concurrent.CancellationException}, while tasks already running finish (and are cached).
     */
    public PlanExecutor(MemoryContext memory, OperatorKernels kernels, ExecutionStats stats, PersistentResults persistent,
                        java.util.function.BooleanSupplier stopRequested) {
        this(memory, kernels, stats, persistent, stopRequested, Long.MAX_VALUE);
    }

    /**
     * An executor whose buffer pool holds at most {@code memoryLimitBytes} of operator outputs, spilling or
     * dropping the rest ({@link BufferPool}); {@code Long.MAX_VALUE} for no limit.
     */
    public PlanExecutor(MemoryContext memory, OperatorKernels kernels, ExecutionStats stats, PersistentResults persistent,
                        java.util.function.BooleanSupplier stopRequested, long memoryLimitBytes) {
        this(memory, kernels, stats, persistent, stopRequested, memoryLimitBytes, EvictionCosts.DEFAULT);
    }

    /** An executor whose pool chooses between spilling and recomputing with {@code costs} (tests force either). */
    PlanExecutor(MemoryContext memory, OperatorKernels kernels, ExecutionStats stats, PersistentResults persistent,
                 java.util.function.BooleanSupplier stopRequested, long memoryLimitBytes, EvictionCosts costs) {
        this(memory, List.of(), kernels, stats, new BufferPool(memory, memoryLimitBytes, costs),
                new ConcurrentHashMap<>(), new SharedLinearFits(), persistent, stopRequested, null);
    }

    private PlanExecutor(MemoryContext memory, List<FoldSplit> folds, OperatorKernels kernels, ExecutionStats stats,
                         BufferPool pool,
                         ConcurrentHashMap<Fingerprint, Boolean> splitDependence, SharedLinearFits linearFits,
                         PersistentResults persistent, java.util.function.BooleanSupplier stopRequested,
                         FittedElsewhere fittedElsewhere) {
        this.memory = memory;
        this.folds = List.copyOf(folds);
        this.kernels = kernels;
        this.stats = stats;
        this.pool = pool;
        this.splitDependence = splitDependence;
        this.linearFits = linearFits;
        this.cells = TrainingCells.of(this.folds);
        this.persistent = persistent;
        this.stopRequested = stopRequested;
        this.fittedElsewhere = fittedElsewhere;
    }

    /**
     * The same executor with the folds set, sharing every result computed so far (the row count that the folds
     * need comes from work before the split, which must not run twice).
     */
    public PlanExecutor withFolds(List<FoldSplit> newFolds) {
        return new PlanExecutor(memory, newFolds, kernels, stats, pool, splitDependence, linearFits, persistent, stopRequested,
                fittedElsewhere);
    }

    /**
     * The same executor (no result computed yet: its outputs are of other data than {@code source}'s) taking every
     * fitted state, and every output on training rows, from {@code source}: a learner fitted on one environment
     * predicting on another. Its own outputs are never stored across runs: they depend on a fit their keys do not name.
     */
    public PlanExecutor fittedBy(FittedElsewhere source) {
        return new PlanExecutor(memory, folds, kernels, stats, pool, splitDependence, linearFits, null, stopRequested,
                java.util.Objects.requireNonNull(source, "source"));
    }

    /**
     * Whether {@code t}'s fit on a fold's training rows is combined from its statistics of the cells that make up
     * those rows ({@link TrainingCells}: the other folds' test rows with KFold): the folds have such cells, its
     * transformer is a decomposable aggregate, and the columns it reads are made row by row from the split.
     */
    boolean fitsFromPartitions(FitTransform t) {
        return cells != null && dependsOnSplit(t) && kernels.partitioned(t) && statisticsSource(t) != null;
    }

    /** The partitions (cells) whose statistics make up {@code fold}'s training rows, in combination order. */
    List<Integer> trainingPartitions(int fold) {
        return cells.trainingPartitions(fold);
    }

    /**
     * The rows of {@code fold} and {@code mode}: a fold's training or test rows, or, for a number past the folds, the
     * rows of a cell that is no fold's test set (read in PREDICT mode).
     */
    private int[] rowsOf(int fold, Mode mode) {
        return fold < folds.size() ? folds.get(fold).rowsFor(mode) : cells.extraRows(fold);
    }

    /** The rows of {@code fold} as a split, for the lineage cache's key (null before the split). */
    private FoldSplit splitOf(int fold) {
        if (fold < 0) {
            return null;
        }
        return fold < folds.size() ? folds.get(fold) : new FoldSplit(new int[0], cells.extraRows(fold));
    }

    /** The operator whose output on a partition's rows holds the columns {@code t} is fitted on, or null. */
    PhysicalOp statisticsSource(FitTransform t) {
        return statisticsSources.computeIfAbsent(t.fingerprint(),
                f -> java.util.Optional.ofNullable(PartitionLineage.statisticsSource(t))).orElse(null);
    }

    /** The number of folds (0 before they are known). */
    int folds() {
        return folds.size();
    }

    /** The key of {@code t}'s statistics of partition {@code partition} (a fold's test rows, or a further cell). */
    LineageKey statisticsKey(FitTransform t, int partition) {
        return new LineageKey(t.fingerprint(), partition, Mode.PREDICT, LineageKey.Product.STATISTICS);
    }

    private Object partitionStatistics(FitTransform t, int partition) {
        return once(statisticsKey(t, partition), t,
                () -> kernels.transformerStatistics(t, output(statisticsSource(t), partition, Mode.PREDICT)));
    }

    /** The output of {@code op} on the rows of {@code fold} and {@code mode} (or on all rows, before the split). */
    public RuntimeValue output(PhysicalOp op, int fold, Mode mode) {
        if (fittedElsewhere != null && mode == Mode.FIT) {
            return fittedElsewhere.fitOutput(op);
        }
        LineageKey key = outputKey(op, fold, mode);
        return (RuntimeValue) once(key, op, () -> computeOutput(op, key.fold(), key.mode()));
    }

    /** The estimator of {@code op} fitted on the training rows of {@code fold} (on all rows, before the split). */
    public Object fitted(PhysicalOp op, int fold) {
        if (fittedElsewhere != null) {
            return fittedElsewhere.fitted(op);
        }
        LineageKey key = fittedKey(op, fold);
        return once(key, op, () -> computeFit(op, key.fold(), key.mode()));
    }

    /**
     * {@code op}'s output on {@code fold} and {@code mode} laid out as a feature matrix, built once however many
     * learners read it; each learner checks it for the values it refuses ({@link SharedFeatureMatrix#forLearner}).
     */
    SharedFeatureMatrix matrix(PhysicalOp op, int fold, Mode mode) {
        LineageKey key = matrixKey(op, fold, mode);
        return (SharedFeatureMatrix) once(key, op, () -> {
            SparseBlockChain chain = sparseMatrix(op);
            SharedFeatureMatrix m = null;
            if (chain != null) {
                List<Object> stepFits = new ArrayList<>(chain.steps().size());
                for (FitTransform step : chain.steps()) {
                    stepFits.add(fitted(step, key.fold()));
                }
                m = kernels.transformToMatrix(memory, chain, fitted(chain.encoder(), key.fold()), stepFits,
                        output(chain.encoder().input(), key.fold(), key.mode()));
            }
            return m != null ? m : OperatorKernels.featureMatrix(output(op, key.fold(), key.mode()));
        });
    }

    /**
     * The chain when {@code op}'s feature matrix is written with a sparse block (a one-hot encoder the lowering laid
     * out as {@link OneHotLayouts#SPARSE}, possibly followed by column steps on the columns it kept), so the dense
     * indicators are not formed for it; else null: the matrix is laid out from {@code op}'s output.
     */
    static SparseBlockChain sparseMatrix(PhysicalOp op) {
        return SparseBlockChain.of(op);
    }

    /**
     * A product shared below the operator level (the Gram statistics or spectrum of a linear fit), computed once
     * per key by {@code compute} and held by the buffer pool like any task's result.
     */
    Object shared(LineageKey key, PhysicalOp op, java.util.function.Supplier<?> compute) {
        return once(key, op, compute::get);
    }

    /**
     * The key of the Gram statistics ({@code product} GRAM) or spectrum (SPECTRUM) that learner {@code op} reads on
     * the rows of {@code fold} and {@code mode} (those of its fitted state): shared by every learner on the same
     * features and target with the same centering.
     */
    static LineageKey gramKey(FitPredict op, int fold, Mode mode, boolean centered, LineageKey.Product product) {
        return new LineageKey(LineageKey.gramOperator(op.features().fingerprint(), op.target().fingerprint(), centered),
                fold, mode, product);
    }

    /**
     * Whether learner {@code op} centers the Gram statistics it may read ({@link GramLearner#centered}), or null when
     * it reads none (not a linear learner, or one whose kernel is unknown: its fit reports that).
     */
    Boolean gramCentering(FitPredict op) {
        if (op.weights() != null) {
            return null;
        }
        try {
            return kernels.learner(op) instanceof GramLearner g ? g.centered(op.spec()) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The key of {@code op}'s output laid out as a feature matrix: as {@link #outputKey}, another product. */
    LineageKey matrixKey(PhysicalOp op, int fold, Mode mode) {
        LineageKey output = outputKey(op, fold, mode);
        return new LineageKey(output.operator(), output.fold(), output.mode(), LineageKey.Product.MATRIX);
    }

    /** The key of {@code op}'s output on {@code fold} and {@code mode}: without fold and mode before the split. */
    LineageKey outputKey(PhysicalOp op, int fold, Mode mode) {
        return dependsOnSplit(op)
                ? new LineageKey(op.fingerprint(), fold, mode, LineageKey.Product.OUTPUT)
                : new LineageKey(op.fingerprint(), LineageKey.NO_FOLD, Mode.FULL, LineageKey.Product.OUTPUT);
    }

    /** The key of {@code op}'s fitted state on {@code fold}'s training rows (all rows before the split). */
    LineageKey fittedKey(PhysicalOp op, int fold) {
        // A learner answering with predict_proba or decision_function is the same fit as the one predicting
        // labels: several scorers of one candidate share it.
        PhysicalOp fit = op instanceof FitPredict p && p.output() != io.stratum.ir.physical.Response.PREDICT
                ? p.withOutput(io.stratum.ir.physical.Response.PREDICT) : op;
        return dependsOnSplit(op)
                ? new LineageKey(fit.fingerprint(), fold, Mode.FIT, LineageKey.Product.FITTED)
                : new LineageKey(fit.fingerprint(), LineageKey.NO_FOLD, Mode.FULL, LineageKey.Product.FITTED);
    }

    /** An empty task graph for this executor's folds; add the search's roots, then {@link #plan(TaskGraph)} it. */
    public TaskGraph taskGraph() {
        return new TaskGraph(this);
    }

    /**
     * From now on, frees each output after the last consumer {@code graph} names; {@code threads} is the number
     * of threads that will run tasks (named in the memory-limit error).
     */
    public void plan(TaskGraph graph, int threads) {
        pool.threads(threads);
        pool.plan(graph.consumers());
    }

    /**
     * Runs {@code work} as the root {@code consumer} (a search cell): the results it asks for stay held until it
     * returns, and count as used by that consumer of the task graph.
     */
    public <T> T asRoot(Object consumer, java.util.function.Supplier<T> work) {
        BufferPool.Frame frame = new BufferPool.Frame(consumer);
        java.util.ArrayDeque<BufferPool.Frame> frames = FRAMES.get();
        frames.push(frame);
        try {
            return work.get();
        } finally {
            frames.pop();
            pool.finished(frame);
        }
    }

    BufferPool pool() {
        return pool;
    }

    /** What the buffer pool did so far in this run. */
    public PoolStats poolStats() {
        return pool.stats();
    }

    /** Distinct tasks that have produced their result so far in this run (a recompute is not counted again). */
    public int tasksDone() {
        return pool.tasksDone();
    }

    /** Outputs held now (in memory or spilled); after a planned search, none should be left. */
    public List<LineageKey> heldOutputs() {
        return pool.heldOutputs();
    }

    /** Bytes of operator outputs held in memory now. */
    public long heldBytes() {
        return pool.heldBytes();
    }

    /** Deletes what the pool spilled to disk (the run's memory context frees the rest). */
    public void closePool() {
        pool.close();
    }

    /** True when {@code op} reads, directly or not, rows split by cross-validation. */
    public boolean dependsOnSplit(PhysicalOp op) {
        Boolean known = splitDependence.get(op.fingerprint());
        if (known != null) {
            return known;
        }
        boolean dependent = op instanceof SplitRows;
        for (PhysicalOp in : op.inputs()) {
            dependent |= dependsOnSplit(in);
        }
        splitDependence.put(op.fingerprint(), dependent);
        return dependent;
    }

    private interface Computation {
        Object run();
    }

    /**
     * Time the current thread spent in tasks nested in (or awaited by) the task it runs, so that each task records
     * only its own time and EXPLAIN ANALYZE's figures add up instead of counting inputs again at every level.
     */
    private static final ThreadLocal<long[]> NESTED_NANOS = ThreadLocal.withInitial(() -> new long[1]);

    /** The tasks the current thread is running, innermost first: the consumer each request is made for. */
    private static final ThreadLocal<java.util.ArrayDeque<BufferPool.Frame>> FRAMES =
            ThreadLocal.withInitial(java.util.ArrayDeque::new);

    private Object once(LineageKey key, PhysicalOp op, Computation computation) {
        java.util.ArrayDeque<BufferPool.Frame> frames = FRAMES.get();
        BufferPool.Demand demand = pool.acquire(key, frames.peek());
        long[] nested = NESTED_NANOS.get();
        if (!demand.produce()) {
            long waitStart = System.nanoTime();
            try {
                return demand.future().join();
            } catch (CompletionException e) {
                throw rethrow(e.getCause());
            } finally {
                nested[0] += System.nanoTime() - waitStart;
            }
        }
        if (stopRequested.getAsBoolean()) {
            java.util.concurrent.CancellationException stopped = new java.util.concurrent.CancellationException("the search was stopped");
            pool.failed(key, stopped);
            throw stopped;
        }
        long outerNested = nested[0];
        nested[0] = 0;
        long start = System.nanoTime();
        BufferPool.Frame frame = new BufferPool.Frame(key);
        frames.push(frame);
        // Kernels reserve their working memory against the run's budget (the pool) on this thread.
        io.stratum.runtime.data.ScratchMemory.Budget outerBudget = io.stratum.runtime.data.ScratchMemory.bind(pool);
        try {
            if (demand.reload() != null) {
                Object value = pool.reload(demand.reload());
                pool.produced(key, value, -1, frame.inputs);
                demand.future().complete(value);
                return value;
            }
            // Feature matrices and statistics are rebuilt from outputs, never stored across runs.
            io.stratum.runtime.cache.CacheKey stored = persistent == null || (key.product() != LineageKey.Product.OUTPUT
                    && key.product() != LineageKey.Product.FITTED) ? null : persistent.keyOf(key, op,
                    splitOf(key.fold()));
            Object value = stored == null ? null : persistent.load(stored, memory);
            if (value != null) {
                long own = System.nanoTime() - start - nested[0];
                stats.recordCacheHit(op, own, value);
                pool.produced(key, value, own, frame.inputs);
                demand.future().complete(value);
                return value;
            }
            value = computation.run();
            long own = System.nanoTime() - start - nested[0];
            // Counted by name, not as tasks of the operator: task counts still mean operator evaluations.
            if (key.product() == LineageKey.Product.MATRIX) {
                stats.recordProduct(op, ExecutionStats.FEATURE_MATRIX, own);
            } else if (key.product() == LineageKey.Product.STATISTICS) {
                stats.recordProduct(op, ExecutionStats.PARTITION_STATISTICS, own);
            } else if (key.product() == LineageKey.Product.GRAM) {
                stats.recordShared(SharedLinearFits.STATISTICS, own);
            } else if (key.product() == LineageKey.Product.SPECTRUM) {
                stats.recordShared(SharedLinearFits.SPECTRUM, own);
            } else {
                stats.record(op, key.product(), own, value);
            }
            pool.produced(key, value, own, frame.inputs);
            demand.future().complete(value);
            if (stored != null) {
                // After completing, so threads waiting for this result do not also wait for the disk; the
                // requester's pin keeps the value in memory meanwhile.
                persistent.store(stored, value);
            }
            return value;
        } catch (DataException e) {
            StratumError error = new StratumError(op.origin(), e.getMessage(), null);
            error.initCause(e);
            pool.failed(key, error);
            throw error;
        } catch (StratumError e) {
            StratumError located = e.at(op.origin());
            pool.failed(key, located);
            throw located;
        } catch (RuntimeException | Error e) {
            pool.failed(key, e);
            throw e;
        } finally {
            io.stratum.runtime.data.ScratchMemory.bind(outerBudget);
            frames.pop();
            pool.finished(frame);
            nested[0] = outerNested + (System.nanoTime() - start);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }

    /**
     * The filter whose rows {@code op} counts ({@code len(df[mask])}), which the executor counts from the filter's
     * inputs without running the filter (no column is gathered); else null. {@link TaskGraph} reads the same inputs.
     */
    static FilterRows countedFilter(PhysicalOp op) {
        return op instanceof io.stratum.ir.physical.ReduceRows r && r.function().equals("len")
                && r.input() instanceof FilterRows f ? f : null;
    }

    /**
     * True when {@code op}'s output on {@code mode}'s rows is what skrub's fit_transform mode gives ({@code .skb.eval()},
     * a fit's view of a prediction fed on): the learner was fitted here on these very rows, and skrub names its
     * {@code predict} after the target ({@link OperatorKernels#namedAfterTarget}). In predict mode skrub answers a bare
     * array; and a learner fitted elsewhere predicts on new rows that need no target. Depends on the task's key only
     * (the operator and the mode), so a stored result means the same whichever caller computed it.
     */
    static boolean formatsPredictions(FitPredict op, Mode mode, boolean fittedHere) {
        return mode != Mode.PREDICT && fittedHere && op.output() == io.stratum.ir.physical.Response.PREDICT;
    }

    private boolean formatsPredictions(FitPredict op, Mode mode) {
        return formatsPredictions(op, mode, fittedElsewhere == null);
    }

    private RuntimeValue computeOutput(PhysicalOp op, int fold, Mode mode) {
        return switch (op) {
            case ScanCsv scan -> kernels.scan(memory, scan);
            case ScanFile scan -> kernels.scan(memory, scan);
            case SelectColumns s -> kernels.selectColumns(output(s.input(), fold, mode), s);
            case SelectColumn s -> kernels.selectColumn(output(s.input(), fold, mode), s);
            case DropColumns d -> kernels.dropColumns(output(d.input(), fold, mode), d);
            case AssignColumns a -> kernels.assign(memory, a, inputsOf(a, fold, mode));
            case EvalColumn e -> kernels.evalColumn(memory, e, inputsOf(e, fold, mode));
            case MapColumns m -> kernels.mapColumns(memory, m, output(m.input(), fold, mode));
            case RenameColumns r -> kernels.renameColumns(r, output(r.input(), fold, mode));
            case io.stratum.ir.physical.AffixColumns a -> kernels.affixColumns(a, output(a.input(), fold, mode));
            case DropMissingRows d -> kernels.dropMissingRows(d, output(d.input(), fold, mode));
            case SplitRows s -> {
                RuntimeValue all = output(s.input(), LineageKey.NO_FOLD, Mode.FULL);
                if (mode == Mode.FULL) {
                    yield all;
                }
                yield kernels.takeRows(all, rowsOf(fold, mode));
            }
            case FitTransform t -> kernels.transform(memory, t, fitted(t, fold), output(t.input(), fold, mode));
            case FitPredict p when formatsPredictions(p, mode) -> OperatorKernels.namedAfterTarget(
                    kernels.predict(memory, p, fitted(p, fold), matrix(p.features(), fold, mode)),
                    output(p.target(), fold, mode));
            case FitPredict p -> kernels.predict(memory, p, fitted(p, fold), matrix(p.features(), fold, mode));
            case FilterRows f -> RelationalOperators.filter(f, output(f.input(), fold, mode), output(f.mask(), fold, mode));
            case HashJoin j -> RelationalOperators.join(memory, j, output(j.left(), fold, mode), output(j.right(), fold, mode));
            case HashAggregate a -> RelationalOperators.aggregate(memory, a, output(a.input(), fold, mode));
            case io.stratum.ir.physical.HashGroupTransform t -> RelationalOperators.groupTransform(memory, t, output(t.input(), fold, mode));
            case io.stratum.ir.physical.ShiftRows s -> RelationalOperators.shift(memory, s, output(s.input(), fold, mode));
            case io.stratum.ir.physical.WindowRows w -> RelationalOperators.window(memory, w, output(w.input(), fold, mode));
            case SortRows s -> RelationalOperators.sort(s, output(s.input(), fold, mode));
            case SliceRows s -> RelationalOperators.slice(s, output(s.input(), fold, mode));
            case io.stratum.ir.physical.TakeRows t -> RelationalOperators.take(t, output(t.input(), fold, mode));
            case io.stratum.ir.physical.TakeSplitRows t -> SplitPartRows.take(t, output(t.input(), fold, mode),
                    t.stratify() == null ? null : output(t.stratify(), fold, mode));
            case ConcatFrames c -> {
                List<RuntimeValue> frames = new ArrayList<>();
                for (PhysicalOp f : c.frames()) {
                    frames.add(output(f, fold, mode));
                }
                yield RelationalOperators.concat(memory, c, frames);
            }
            case LiteralFrame l -> new RuntimeValue.Frame(io.stratum.runtime.io.LiteralTables.table(memory, l.names(), l.columns()));
            case DropDuplicateRows d -> RelationalOperators.dropDuplicates(d, output(d.input(), fold, mode));
            case CountValues v -> RelationalOperators.valueCounts(memory, v, output(v.input(), fold, mode));
            case io.stratum.ir.physical.ReduceRows r when countedFilter(r) instanceof FilterRows f ->
                    RelationalOperators.countFiltered(f, output(f.input(), fold, mode), output(f.mask(), fold, mode));
            case io.stratum.ir.physical.ReduceRows r when Summary.computes(r) ->
                    Summary.of(memory, r, output(r.input(), fold, mode));
            case io.stratum.ir.physical.ReduceRows r -> kernels.reduce(memory, r, output(r.input(), fold, mode));
            // skrub's freeze_after_fit: predicting reuses the value computed on the fold's training rows.
            case io.stratum.ir.physical.FrozenAtFit f when fittedElsewhere != null -> fittedElsewhere.fitOutput(f.input());
            case io.stratum.ir.physical.FrozenAtFit f -> output(f.input(), fold, mode == Mode.PREDICT ? Mode.FIT : mode);
            // skrub's Match/IfElse: the query first, then only the target it picks.
            case io.stratum.ir.physical.SwitchValue s -> output(SwitchTargets.pick(s, output(s.query(), fold, mode)), fold, mode);
            case io.stratum.ir.physical.ConstantValue c -> SwitchTargets.constant(c);
        };
    }

    private Object computeFit(PhysicalOp op, int fold, Mode mode) {
        return switch (op) {
            // Fold algebra: the statistics of the cells of the training rows, each computed once, combined.
            case FitTransform t when mode == Mode.FIT && fitsFromPartitions(t) -> {
                List<Object> parts = new ArrayList<>();
                for (int p : trainingPartitions(fold)) {
                    parts.add(partitionStatistics(t, p));
                }
                Object combined = parts.contains(OperatorKernels.NOT_IN_SOURCE) ? null : kernels.combineStatistics(t, parts);
                yield combined != null ? combined : kernels.fitTransformer(memory, t, output(t.input(), fold, mode));
            }
            case FitTransform t -> kernels.fitTransformer(memory, t, output(t.input(), fold, mode));
            // Linear learners on the same X and y share their Gram statistics per fold (fold algebra).
            // Weighted fits never share: the Gram statistics are of unweighted rows.
            case FitPredict p when p.weights() != null -> kernels.fitLearner(memory, p, matrix(p.features(), fold, mode),
                    output(p.target(), fold, mode), output(p.weights(), fold, mode));
            case FitPredict p -> linearFits.fit(this, kernels, memory, p, fold, mode, matrix(p.features(), fold, mode),
                    output(p.target(), fold, mode));
            default -> throw new IllegalStateException(op.kind() + " has no fitted state");
        };
    }

    private List<RuntimeValue> inputsOf(PhysicalOp op, int fold, Mode mode) {
        List<RuntimeValue> out = new ArrayList<>(op.inputs().size());
        for (PhysicalOp in : op.inputs()) {
            out.add(output(in, fold, mode));
        }
        return out;
    }
}
