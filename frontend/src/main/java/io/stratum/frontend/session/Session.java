package io.stratum.frontend.session;

import io.stratum.frontend.api.DataOp;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.SearchRoot;
import io.stratum.optimizer.OptimizationResult;
import io.stratum.optimizer.Optimizer;
import io.stratum.optimizer.OptimizerConfig;
import io.stratum.runtime.search.SearchDriver;
import io.stratum.runtime.search.SearchOptions;
import io.stratum.runtime.search.SearchOutcome;

/**
 * The facade that compiles a search built with the DataOps API (by a Java program or a traced script) and runs
 * it: optimize and lower the logical plan, then execute the physical plan on the runtime.
 */
public final class Session implements AutoCloseable {
    private final SessionConfig config;
    private final Optimizer optimizer;
    private final SearchDriver driver;
    /**
     * Learners fitted on data that predicted on other data, kept so that predicting, scoring or a metric of the same
     * learner again does not fit it again (the two most recent; {@link #close()} releases them).
     */
    private final io.stratum.runtime.search.FittedPipelines fittedPipelines = new io.stratum.runtime.search.FittedPipelines(2);
    /**
     * The results of searches fitted on a split's training rows, by plan: their best learners refit the best candidate
     * (and a randomized search without a seed must keep the candidates it drew).
     */
    private final java.util.Map<io.stratum.ir.logical.LogicalNode, SearchResults> selections = new java.util.HashMap<>();

    public Session(SessionConfig config) {
        this(config, null);
    }

    /** A session whose searches read and fill {@code cache}, a lineage cache kept across runs (null for none). */
    public Session(SessionConfig config, io.stratum.runtime.cache.LineageCache cache) {
        this(config, cache, FileSourceStatistics.shared());
    }

    /** A session whose optimizer takes its source statistics from {@code statistics} (tests use a fresh one). */
    public Session(SessionConfig config, io.stratum.runtime.cache.LineageCache cache,
                   io.stratum.optimizer.metadata.SourceStatistics statistics) {
        this.config = config;
        this.optimizer = new Optimizer(OptimizerConfig.DEFAULT.withEnabled(config.optimizerEnabled()), statistics);
        this.driver = cache == null ? SearchDriver.standard() : SearchDriver.standard().withCache(cache);
    }

    public Session() {
        this(SessionConfig.defaults());
    }

    public SessionConfig config() {
        return config;
    }

    /** The learners this session keeps fitted for predictions on new data (the two most recent), by count. */
    public int fittedLearners() {
        return fittedPipelines.size();
    }

    /**
     * Releases the learners this session kept fitted for predictions on new data (their outputs and memory); a session
     * that never predicted on new data holds nothing. The session may still run searches afterwards, not predict.
     */
    @Override
    public void close() {
        fittedPipelines.close();
    }

    /** Optimizes and lowers {@code search} (the result of {@code .skb.make_grid_search(...)}) without running it. */
    public OptimizationResult compile(DataOp search) {
        if (!(search.node() instanceof SearchRoot)) {
            throw new StratumError(search.node().origin(), "only a search can be run; got a " + search.node().kind(),
                    "end the pipeline with .skb.make_grid_search(cv=5, scoring=\"r2\")");
        }
        return optimizer.optimize(refitted(search).node());
    }

    /**
     * {@code search} itself, or for a best learner's one-split search ({@code search.best_learner_} of a search fitted on
     * {@code split["train"]}) that search's best candidate as a learner's search: its selection runs first (once per
     * session, {@link #selections}).
     */
    private DataOp refitted(DataOp search) {
        DataOp selection = io.stratum.frontend.api.Learner.selectionOf(search);
        if (selection == null) {
            return search;
        }
        SearchResults ran = selections.get(selection.node());
        if (ran == null) {
            ran = run(selection, io.stratum.runtime.search.SearchMonitor.NONE, false);
        }
        return io.stratum.frontend.api.Learner.refitted(search, ran.bestParams());
    }

    /**
     * For a best learner's one-split search ({@code search.score(split["test"])} of a search fitted on
     * {@code split["train"]}), the results of the search that chose its candidate, once that has run; else null. The
     * CLI's summary counts that search's candidates and folds: the one-split refit is one candidate on one fold.
     */
    public SearchResults selectionResults(DataOp search) {
        DataOp selection = io.stratum.frontend.api.Learner.selectionOf(search);
        return selection == null ? null : selections.get(selection.node());
    }

    /** Compiles and runs {@code search}, returning every candidate's scores. */
    public SearchResults run(DataOp search) {
        return run(search, io.stratum.runtime.search.SearchMonitor.NONE);
    }

    /** Compiles and runs {@code search}, reporting progress to {@code monitor}, which may stop it. */
    public SearchResults run(DataOp search, io.stratum.runtime.search.SearchMonitor monitor) {
        return run(search, monitor, false);
    }

    /**
     * {@code learner.score(split["test"])}: fits the learner on the split's training rows and returns its own score
     * (R² for a regressor, accuracy for a classifier) on the test rows.
     */
    public double score(io.stratum.frontend.api.Learner learner, io.stratum.frontend.api.TrainTestSplit.Part test) {
        return onlyScore(run(learner.score(test)));
    }

    /**
     * {@code learner.predict(split["test"])}, {@code learner.predict_proba(split["test"])} or
     * {@code learner.decision_function(split["test"])}: fits the learner on the split's training rows and returns its
     * final estimator's answer on the test rows, in the split's test-row order (a series of labels or values, a frame
     * with one probability or decision column per class, or a series of decisions for two classes).
     */
    public io.stratum.runtime.exec.CopiedValue predictions(io.stratum.frontend.api.LearnerPredictions predictions) {
        return predictions(predictions, this::run);
    }

    /**
     * As {@link #predictions(io.stratum.frontend.api.LearnerPredictions)}, where {@code searches} gives the results of a
     * search that {@code search.best_learner_} needs (a caller that already ran it passes its results).
     */
    public io.stratum.runtime.exec.CopiedValue predictions(io.stratum.frontend.api.LearnerPredictions predictions,
                                                           java.util.function.Function<DataOp, SearchResults> searches) {
        io.stratum.runtime.exec.CopiedValue value = computedPredictions(predictions, searches);
        if (predictions.method() == io.stratum.ir.physical.Response.DECISION_FUNCTION && value.frame()
                && value.columns().size() == 1) {
            // scikit-learn's decision_function of two classes is one value per row: a 1-d array
            return new io.stratum.runtime.exec.CopiedValue(false, value.columns());
        }
        return value;
    }

    private io.stratum.runtime.exec.CopiedValue computedPredictions(io.stratum.frontend.api.LearnerPredictions predictions,
                                                                    java.util.function.Function<DataOp, SearchResults> searches) {
        if (predictions.newData() != null) {
            return predictionsOnNewData(predictions.newData(), predictions.method(), searches);
        }
        OptimizationResult compiled = compile(predictions.search());
        io.stratum.ir.physical.SearchPlan plan = compiled.searchPlan();
        io.stratum.ir.physical.PhysicalOp last = plan.candidates().get(0).predictions();
        if (!(last instanceof io.stratum.ir.physical.FitPredict predict)) {
            throw new IllegalStateException("a learner's search ends in a learner, got " + last.kind());
        }
        io.stratum.ir.physical.FitPredict answering = io.stratum.optimizer.lower.Lowering.answering(
                io.stratum.optimizer.OptimizerConfig.DEFAULT.catalog(), predict, predictions.method());
        return driver.predictions(plan, answering, new SearchOptions(config.threads(), config.memoryLimitBytes(), false));
    }

    /**
     * The true and the predicted labels of {@code classification_report(...)}/{@code confusion_matrix(...)}: on a split's
     * test rows, the learner's target there and its predictions (fitted on the training rows); on new data, the true
     * values the script gave (computed as {@code .skb.eval()} computes them) and the predictions.
     */
    public io.stratum.runtime.exec.CopiedValue[] reportInputs(io.stratum.frontend.api.PredictionReport report,
                                                              java.util.function.Function<DataOp, SearchResults> searches) {
        io.stratum.runtime.exec.CopiedValue predicted = predictions(report.predictions(), searches);
        SearchOptions options = new SearchOptions(config.threads(), config.memoryLimitBytes(), false);
        io.stratum.runtime.exec.CopiedValue truth;
        if (report.truth() != null) {
            truth = driver.evaluate(optimizer.lowerValue(io.stratum.ir.logical.DefaultOutcomes.of(report.truth().node())),
                    options);
        } else {
            truth = testTarget(report.predictions());
        }
        return new io.stratum.runtime.exec.CopiedValue[] {truth, predicted};
    }

    /** {@code split["y_test"]} of the split {@code predictions} are on: the learner's target on its test rows. */
    public io.stratum.runtime.exec.CopiedValue testTarget(io.stratum.frontend.api.LearnerPredictions predictions) {
        if (predictions.residual() != null && predictions.residual().truth() != null) {
            // preds - new["y"]: the column pandas computes from the new rows
            return evaluate(predictions.residual().truthValue());
        }
        io.stratum.ir.physical.SearchPlan plan = compile(predictions.search()).searchPlan();
        return driver.predictions(plan, plan.candidates().get(0).target(),
                new SearchOptions(config.threads(), config.memoryLimitBytes(), false));
    }

    /**
     * {@code print(split["y_test"])}: the target of the split's test rows ({@link TrainTestSplit#targetSearch}); a split
     * of a DataOp that is not a learner's pipeline is an error at {@code origin}.
     */
    public io.stratum.runtime.exec.CopiedValue testTarget(io.stratum.frontend.api.TrainTestSplit split,
                                                          io.stratum.ir.node.Origin origin) {
        io.stratum.ir.physical.SearchPlan plan = compile(io.stratum.frontend.api.SourceScope.at(origin,
                split::targetSearch)).searchPlan();
        return driver.predictions(plan, plan.candidates().get(0).target(),
                new SearchOptions(config.threads(), config.memoryLimitBytes(), false));
    }

    /**
     * {@code learner.predict(environment)} of a learner fitted on data: the pipeline fitted on the data it was given
     * ({@code learner.fit(environment)} or the declared values), then computed on the new environment's rows with
     * every estimator as fitted ({@link io.stratum.runtime.search.SearchDriver#predictOnNew}).
     */
    private io.stratum.runtime.exec.CopiedValue predictionsOnNewData(io.stratum.frontend.api.LearnerPredictions.NewData data,
                                                                     io.stratum.ir.physical.Response method,
                                                                     java.util.function.Function<DataOp, SearchResults> searches) {
        io.stratum.ir.physical.PhysicalOp[] plans = newDataPlans(data, searches);
        return driver.predictOnNew(answering(plans[0], method), answering(plans[1], method),
                new SearchOptions(config.threads(), config.memoryLimitBytes(), false), fittedPipelines);
    }

    /**
     * {@code learner.score(environment)} or {@code metric(y_true, learner.predict(environment))}: the learner fitted on
     * its data, then scored on the new data's rows as a search scores a fold (the scorer reading the method it needs).
     * {@code searches} gives the results of the search a {@code best_learner_} needs.
     */
    public double score(io.stratum.frontend.api.NewDataScore score,
                        java.util.function.Function<DataOp, SearchResults> searches) {
        io.stratum.ir.physical.PhysicalOp[] plans = newDataPlans(score.predictions().newData(), searches);
        if (!(plans[0] instanceof io.stratum.ir.physical.FitPredict fit)
                || !(plans[1] instanceof io.stratum.ir.physical.FitPredict predict)) {
            throw new StratumError(plans[1].origin(), "a score needs a pipeline that ends in a learner (it ends in "
                    + plans[1].kind() + ")", "end the pipeline with .skb.apply(a regressor or classifier, y=y)");
        }
        io.stratum.ir.catalog.ApiCatalog catalog = io.stratum.optimizer.OptimizerConfig.DEFAULT.catalog();
        io.stratum.optimizer.lower.Lowering.Scored fitted = io.stratum.optimizer.lower.Lowering.scored(catalog, fit, score.scorer());
        io.stratum.optimizer.lower.Lowering.Scored predicted = io.stratum.optimizer.lower.Lowering.scored(catalog, predict,
                score.scorer());
        io.stratum.ir.physical.PhysicalOp truth = score.truth() == null ? null
                : optimizer.lowerValue(io.stratum.ir.logical.DefaultOutcomes.of(score.truth().node()));
        // The scorer's value (greater is better); a loss metric's caller negates it (NewDataScore.negate).
        return driver.scoreOnNew(fitted.answering(), predicted.answering(), truth, predicted.scorer(),
                new SearchOptions(config.threads(), config.memoryLimitBytes(), false), fittedPipelines);
    }

    /** The fitted and predicting plans of predictions on new data, lowered; a best_learner_'s choices resolved first. */
    private io.stratum.ir.physical.PhysicalOp[] newDataPlans(io.stratum.frontend.api.LearnerPredictions.NewData data,
                                                             java.util.function.Function<DataOp, SearchResults> searches) {
        io.stratum.ir.logical.LogicalNode fitted = data.fitted().node();
        io.stratum.ir.logical.LogicalNode predicted = data.predicted().node();
        if (data.bestOf() != null) {
            // search.best_learner_: the choices of the search's best candidate (best_params_), once it has run.
            java.util.Map<String, io.stratum.ir.value.Const> best = searches.apply(data.bestOf()).bestParams();
            fitted = io.stratum.ir.logical.ChosenOutcomes.of(fitted, best);
            predicted = io.stratum.ir.logical.ChosenOutcomes.of(predicted, best);
        }
        return new io.stratum.ir.physical.PhysicalOp[] {optimizer.lowerValue(fitted), optimizer.lowerValue(predicted)};
    }

    /** {@code root} answering with {@code method} ({@code predict_proba}: the learner at the pipeline's end must have it). */
    private static io.stratum.ir.physical.PhysicalOp answering(io.stratum.ir.physical.PhysicalOp root,
                                                               io.stratum.ir.physical.Response method) {
        if (method == io.stratum.ir.physical.Response.PREDICT) {
            return root;
        }
        if (!(root instanceof io.stratum.ir.physical.FitPredict predict)) {
            throw new StratumError(root.origin(), "learner." + method.methodName() + ": the pipeline does not end in a"
                    + " learner (it ends in " + root.kind() + ")", "end the pipeline with .skb.apply(a classifier, y=y)");
        }
        return io.stratum.optimizer.lower.Lowering.answering(io.stratum.optimizer.OptimizerConfig.DEFAULT.catalog(), predict,
                method);
    }

    /**
     * {@code .skb.eval(...)} or {@code .skb.preview()} of a frame or a column: bound, lowered and computed on all
     * rows ({@link io.stratum.runtime.search.SearchDriver#evaluate}). A constant has nothing to compute
     * ({@link io.stratum.frontend.api.Evaluation#constant()}).
     */
    public io.stratum.runtime.exec.CopiedValue evaluate(io.stratum.frontend.api.Evaluation evaluation) {
        if (evaluation.constant() != null) {
            throw new IllegalArgumentException("a constant needs no evaluation: " + evaluation.constant().repr());
        }
        io.stratum.ir.physical.PhysicalOp op = optimizer.lowerValue(evaluation.plan().node());
        return driver.evaluate(op, new SearchOptions(config.threads(), config.memoryLimitBytes(), false));
    }

    /**
     * The first of {@code columns} (null: all) of {@code evaluation}'s value whose last digits depend on the machine numpy
     * runs on (np.log1p, np.exp, ... not rounded after them), which Stratum writes only rounded; null when none does.
     */
    public io.stratum.optimizer.metadata.MachineDependentDigits.Found machineDependentDigits(
            io.stratum.frontend.api.Evaluation evaluation, java.util.List<String> columns) {
        return optimizer.machineDependentDigits(evaluation.plan().node(), columns);
    }

    /** The one score of a one-candidate, one-split search (a learner's score). */
    public static double onlyScore(SearchResults results) {
        double[] scores = results.outcome().scores().get(0).foldScores();
        if (results.outcome().scores().size() != 1 || scores.length != 1) {
            throw new IllegalArgumentException("not a one-candidate, one-split search");
        }
        return scores[0];
    }

    /** Runs {@code .skb.cross_validate(...)}: its one candidate on every fold, training-row scores when asked for. */
    public CrossValidationResults crossValidate(io.stratum.frontend.api.CrossValidation cv) {
        return crossValidate(cv, io.stratum.runtime.search.SearchMonitor.NONE);
    }

    /** Runs {@code .skb.cross_validate(...)}, reporting progress to {@code monitor}, which may stop it. */
    public CrossValidationResults crossValidate(io.stratum.frontend.api.CrossValidation cv,
                                                io.stratum.runtime.search.SearchMonitor monitor) {
        return new CrossValidationResults(run(cv.search(), monitor, cv.returnTrainScore()));
    }

    private SearchResults run(DataOp search, io.stratum.runtime.search.SearchMonitor monitor, boolean trainScores) {
        long start = System.nanoTime();
        OptimizationResult compiled = compile(search);
        SearchOutcome outcome = driver.run(compiled.searchPlan(), new SearchOptions(config.threads(), config.memoryLimitBytes(), trainScores), monitor);
        SearchResults results = new SearchResults(compiled, outcome, System.nanoTime() - start);
        if (search.node() instanceof SearchRoot root && root.cv() instanceof io.stratum.ir.value.Const.DictConst cv
                && io.stratum.optimizer.lower.CvSplitters.isWithinTrainingRows(cv)) {
            selections.put(root, results);
        }
        return results;
    }
}
