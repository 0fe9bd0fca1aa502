package io.stratum.frontend.api;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Var;
import io.stratum.ir.value.Const;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code pred.skb.make_learner()} returns: the pipeline with every choice at its default (skrub's
 * {@code choose="default"}). As in skrub, {@link #fit} changes the learner and returns it; {@link #score} and
 * {@link #predict} need it fitted on the training side of the same split they are given the test side of. Each
 * becomes a one-split, one-candidate search that a session runs: fit on the split's training rows, predict (and
 * score, with the learner's own {@code score}: R² for a regressor, accuracy for a classifier) on its test rows.
 */
public final class Learner {
    /** What to write instead of a metric of predictions on new data. */
    public static final String NEW_DATA_METRIC_HINT = "score on held-out rows with split = pred.skb.train_test_split(...),"
            + " learner.fit(split[\"train\"]) and metric(split[\"y_test\"], learner.predict(split[\"test\"]))";

    private final DataOp pipeline;
    private TrainTestSplit fittedOn;
    /** The plan fitted by {@code fit(environment)} or {@code make_learner(fitted=True)}: the pipeline reading its data. */
    private DataOp fittedPlan;
    /** For {@code search.best_learner_}: the fitted search whose best candidate picks the pipeline's choices, or null. */
    private final DataOp bestOf;

    Learner(DataOp pipeline) {
        this(pipeline, null);
    }

    private Learner(DataOp pipeline, DataOp bestOf) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.bestOf = bestOf;
    }

    /**
     * {@code search.best_learner_} of a fitted search: the searched pipeline with the choices of the search's best
     * candidate (known once the search has run), fitted on the data the search was fitted on, as skrub refits it.
     */
    public static Learner bestOf(DataOp fittedSearch) {
        if (!(fittedSearch.node() instanceof io.stratum.ir.logical.SearchRoot root)) {
            throw new IllegalArgumentException("not a search: " + fittedSearch.node().kind());
        }
        LogicalNode input = root.inputs().get(0);
        Learner best = new Learner(new DataOp(input), fittedSearch);
        best.fittedPlan = new DataOp(EvalModes.bind(input, "fit"));
        return best;
    }

    /**
     * {@code search.best_learner_} of a search fitted on {@code split["train"]} ({@link DataOps#fitSearch(DataOp,
     * TrainTestSplit.Part)}): the best candidate refitted on the split's training rows, as skrub's refit, so that it
     * scores and predicts on {@code split["test"]} of the same split.
     */
    public static Learner bestOf(DataOp fittedSearch, TrainTestSplit split) {
        if (!(fittedSearch.node() instanceof io.stratum.ir.logical.SearchRoot root)) {
            throw new IllegalArgumentException("not a search: " + fittedSearch.node().kind());
        }
        Learner best = new Learner(new DataOp(root.input()), fittedSearch);
        best.fittedOn = Objects.requireNonNull(split, "split");
        return best;
    }

    /**
     * The search to run first for a best learner's one-split search ({@link #evaluation}): the fitted search whose best
     * candidate it refits, or null when {@code search} is not such a one-split search.
     */
    public static DataOp selectionOf(DataOp search) {
        return search.node() instanceof io.stratum.ir.logical.SearchRoot root && refitDict(root) instanceof Const.DictConst d
                ? new DataOp(withCv(root, get(d, "search_cv"), get(d, "search_scoring"), get(d, "search_refit")))
                : null;
    }

    /**
     * A best learner's one-split search ({@link #evaluation}) once its selection ({@link #selectionOf}) has picked
     * {@code best} ({@code best_params_}): the pipeline with those outcomes fitted on the split's training rows and
     * scored (or predicting) on its test rows, as any learner's.
     */
    public static DataOp refitted(DataOp search, Map<String, Const> best) {
        io.stratum.ir.logical.SearchRoot root = (io.stratum.ir.logical.SearchRoot) search.node();
        Const.DictConst d = refitDict(root);
        Const scorer = get(d, "scorer");
        DataOp chosen = new DataOp(io.stratum.ir.logical.ChosenOutcomes.of(root.input(), best));
        return new Skb(chosen).learnerSearch((Const.DictConst) get(d, "split"),
                scorer instanceof Const.StrConst name ? name.value() : null);
    }

    private static final String REFIT_BEST = "refit_best";

    private static Const.DictConst refitDict(io.stratum.ir.logical.SearchRoot root) {
        return root.cv() instanceof Const.DictConst d && get(d, "splitter") instanceof Const.StrConst s
                && s.value().equals(REFIT_BEST) ? d : null;
    }

    private static Const get(Const.DictConst d, String key) {
        int i = d.keys().indexOf(Const.of(key));
        return i < 0 ? Const.none() : d.values().get(i);
    }

    private static io.stratum.ir.logical.SearchRoot withCv(io.stratum.ir.logical.SearchRoot root, Const cv, Const scoring,
                                                          Const refit) {
        return switch (root) {
            case io.stratum.ir.logical.GridSearch g -> new io.stratum.ir.logical.GridSearch(g.input(), cv, scoring, refit,
                    true, g.origin());
            case io.stratum.ir.logical.RandomizedSearch r -> new io.stratum.ir.logical.RandomizedSearch(r.input(), cv,
                    scoring, refit, true, r.nIter(), r.randomState(), r.origin());
        };
    }

    /** The fitted search whose best candidate picks this learner's choices ({@code best_learner_}), or null. */
    public DataOp bestOf() {
        return bestOf;
    }

    /** The learner's pipeline, every choice resolved to its default. */
    public DataOp pipeline() {
        return pipeline;
    }

    /**
     * What {@code skrub.cross_validate(learner, environment, ...)} cross-validates: scikit-learn clones the learner, so
     * whether it was fitted does not matter, only its pipeline. A search's {@code best_learner_} would be the pipeline
     * with the best candidate's choices, known only once the search has run: refused.
     */
    public DataOp crossValidated() {
        if (bestOf != null) {
            throw DataOp.error("skrub.cross_validate(search.best_learner_, ...) is not supported by Stratum yet",
                    "the search's own fold scores are in search.results_ (or search.cv_results_); to cross-validate one"
                            + " configuration, build it with those choices and call skrub.cross_validate("
                            + "pred.skb.make_learner(), environment)");
        }
        return pipeline;
    }

    /** {@code learner.fit(split["train"])}: returns this learner, now fitted on the split's training rows. */
    public Learner fit(TrainTestSplit.Part train) {
        if (!train.train()) {
            throw DataOp.error("learner.fit: fit on split[\"train\"], not split[\"test\"]",
                    "fit on the training side, then score or predict on split[\"test\"]");
        }
        fittedOn = train.split();
        fittedPlan = null;
        return this;
    }

    /**
     * {@code learner.fit(environment)}: returns this learner, now fitted on the environment's data (every
     * {@code skrub.var(name)} reading {@code environment[name]}; skrub's {@code UninitializedVariable} for one it
     * does not name); {@code learner.predict(new_environment)} then predicts on other data.
     */
    public Learner fit(Map<String, ?> environment) {
        DataOp plan = new DataOp(bound(EvalModes.bind(pipeline.node(), "fit"), environment, Set.of(), "learner.fit"));
        fittedOn = null;
        fittedPlan = plan;
        return this;
    }

    /** {@code .skb.make_learner(fitted=True)}: fitted on the values the variables were declared with. */
    public Learner fitOnDeclaredValues() {
        LogicalNode plan = EvalModes.bind(pipeline.node(), "fit");
        Set<String> names = variables(plan, false).keySet();
        Map<String, Object> none = new LinkedHashMap<>();
        for (String name : names) {
            if (declared(plan, name) == null) {
                throw DataOp.error(".skb.make_learner(fitted=True): variable '" + name + "' has no value to fit on",
                        "declare it with skrub.var(\"" + name + "\", value), or make the learner with fitted=False and"
                                + " call learner.fit({\"" + name + "\": ...})");
            }
        }
        fittedOn = null;
        fittedPlan = new DataOp(plan);
        return this;
    }

    /** Whether the learner was fitted on whole data ({@code fit(environment)}, {@code fitted=True}), not a split. */
    public boolean fittedOnData() {
        return fittedPlan != null;
    }

    /**
     * {@code learner.predict(environment)} of a learner fitted on data: its predictions on the environment's rows (the
     * variables that the pipeline's X reads must be in it; the target need not be), each estimator as fitted.
     */
    public LearnerPredictions predict(Map<String, ?> environment) {
        return onNewData(environment, io.stratum.ir.physical.Response.PREDICT, false);
    }

    /**
     * {@code learner.score(environment)} of a learner fitted on data: its own score (R² or accuracy) on the
     * environment's rows, against its target computed from the environment (which must name every variable).
     */
    public NewDataScore score(Map<String, ?> environment) {
        return new NewDataScore(onNewData(environment, io.stratum.ir.physical.Response.PREDICT, true), null, null, false);
    }

    /** {@code learner.predict_proba(environment)}: a classifier's class probabilities on the environment's rows. */
    public LearnerPredictions predictProba(Map<String, ?> environment) {
        return onNewData(environment, io.stratum.ir.physical.Response.PREDICT_PROBA, false);
    }

    /**
     * {@code learner.decision_function(environment)}: a classifier's decision function on the environment's rows (one
     * value per row for two classes, one column per class for more), for the learners scikit-learn gives one.
     */
    public LearnerPredictions decisionFunction(Map<String, ?> environment) {
        return onNewData(environment, io.stratum.ir.physical.Response.DECISION_FUNCTION, false);
    }

    private LearnerPredictions onNewData(Map<String, ?> environment, io.stratum.ir.physical.Response method,
                                         boolean scored) {
        String name = "learner." + (scored ? "score" : method.methodName());
        if (fittedPlan == null) {
            throw DataOp.error(name + "(environment): this learner is not fitted on data yet", fittedOn != null
                    ? "it was fitted on split[\"train\"]: predict on split[\"test\"] of the same split, or fit it with"
                    + " learner.fit({...}) first" : "call learner.fit({\"name\": data, ...}) first, or make it with"
                    + " .skb.make_learner(fitted=True)");
        }
        // skrub's predict mode: eval_mode() is "predict" outside estimators' parameters, which are evaluated when fitting.
        LogicalNode modes = EvalModes.bind(EvalModes.bindForFitting(pipeline.node()), "predict");
        // Scoring reads the target from the environment too: then every variable must be in it.
        Set<String> read = variables(modes, !scored).keySet();
        DataOp plan = new DataOp(bound(modes, environment, read, name));
        return LearnerPredictions.onNewData(this, fittedPlan, plan, method, bestOf);
    }

    /**
     * {@code node} with each variable reading the environment's value. The variables in {@code required} must be in it
     * (all of them when {@code required} is empty); the others keep the fitted plan's values, which only fitting reads.
     */
    private LogicalNode bound(LogicalNode node, Map<String, ?> environment, Set<String> required, String method) {
        Map<String, LogicalNode> values = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : environment.entrySet()) {
            values.put(e.getKey(), DataOps.lift(e.getValue()).node());
        }
        Set<String> needed = required.isEmpty() ? variables(node, false).keySet() : required;
        for (String name : needed) {
            if (!values.containsKey(name)) {
                io.stratum.ir.node.Origin at = origin(node, name);
                throw DataOp.error(method + "(environment): the environment has no value for variable '" + name + "'"
                        + (at.isKnown() ? " (skrub.var at line " + at.line() + ")" : ""), "add '" + name
                        + "': <its data> to the dict");
            }
        }
        if (!required.isEmpty() && fittedPlan != null) {
            // What only fitting reads (the target's variables) keeps the fitted data: it is never computed here.
            for (String name : variables(node, false).keySet()) {
                if (!values.containsKey(name)) {
                    LogicalNode fittedValue = declared(fittedPlan.node(), name);
                    if (fittedValue != null) {
                        values.put(name, fittedValue);
                    }
                }
            }
        }
        return io.stratum.ir.logical.VarBindings.bind(node, values).plan();
    }

    /**
     * The variables {@code root} reads, by name (sorted; the first found of each name); with {@code predicting}, not
     * through an estimator's {@code y}.
     */
    private static Map<String, Var> variables(LogicalNode root, boolean predicting) {
        Map<String, Var> out = new java.util.TreeMap<>();
        java.util.ArrayDeque<LogicalNode> todo = new java.util.ArrayDeque<>(List.of(root));
        Set<LogicalNode> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty()) {
            LogicalNode n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (n instanceof Var v) {
                if (!v.name().equals(Var.EVAL_MODE)) {
                    out.putIfAbsent(v.name(), v);
                }
                continue;
            }
            for (LogicalNode in : n.inputs()) {
                if (!(predicting && n instanceof io.stratum.ir.logical.Apply a && in == a.y())) {
                    todo.add(in);
                }
            }
        }
        return out;
    }

    /** The value variable {@code name} has in {@code root}, or null. */
    private static LogicalNode declared(LogicalNode root, String name) {
        Var v = variables(root, false).get(name);
        return v == null ? null : v.value();
    }

    private static io.stratum.ir.node.Origin origin(LogicalNode root, String name) {
        Var v = variables(root, false).get(name);
        return v == null ? io.stratum.ir.node.Origin.NONE : v.origin();
    }

    /** The split this learner was last fitted on, or null. */
    public TrainTestSplit fittedOn() {
        return fittedOn;
    }

    /**
     * {@code learner.score(split["test"])}: the search whose one score is the learner's own score on the test rows,
     * after fitting on the training rows of the same split.
     */
    public DataOp score(TrainTestSplit.Part test) {
        return evaluation(test, "score", null);
    }

    /**
     * {@code metric(split["y_test"], learner.predict(split["test"]))} for a metric of {@code sklearn.metrics}: the
     * search whose one score is {@code scorer} (the metric's scikit-learn scorer, {@link MetricScorers#onPredictions})
     * on the test rows, after fitting on the training rows of the same split. The predictions are the ones
     * {@code predictions} stands for, so the metric is computed from them.
     */
    public DataOp metricScore(LearnerPredictions predictions, String scorer) {
        if (predictions.learner() != this) {
            throw new IllegalArgumentException("predictions of another learner");
        }
        return evaluation(predictions.test(), "predict", scorer);
    }

    /**
     * {@code learner.predict(split["test"])}: the learner's predictions on the test rows (labels for a classifier,
     * values for a regressor), after fitting on the training rows of the same split; a session computes them.
     */
    public LearnerPredictions predict(TrainTestSplit.Part test) {
        return new LearnerPredictions(evaluation(test, "predict", null), io.stratum.ir.physical.Response.PREDICT, this, test);
    }

    /** {@code learner.predict_proba(split["test"])}: a classifier's class probabilities on the test rows. */
    public LearnerPredictions predictProba(TrainTestSplit.Part test) {
        return new LearnerPredictions(evaluation(test, "predict_proba", null), io.stratum.ir.physical.Response.PREDICT_PROBA,
                this, test);
    }

    /** {@code learner.decision_function(split["test"])}: a classifier's decision function on the test rows. */
    public LearnerPredictions decisionFunction(TrainTestSplit.Part test) {
        return new LearnerPredictions(evaluation(test, "decision_function", null),
                io.stratum.ir.physical.Response.DECISION_FUNCTION, this, test);
    }

    private DataOp evaluation(TrainTestSplit.Part test, String method, String scorer) {
        if (fittedOn == null && bestOf != null) {
            throw DataOp.error("search." + method + "(split[\"" + test.key() + "\"]): this search was fitted on data, not on"
                    + " split[\"train\"] of that split", "fit it with search.fit(split[\"train\"]) and " + method
                    + " on split[\"test\"], or " + method + " on a dict of data: search." + method + "({\"name\": data})");
        }
        if (fittedOn == null) {
            throw DataOp.error("learner." + method + ": this learner is not fitted yet",
                    "call learner.fit(split[\"train\"]) first (Stratum fits learners on a train_test_split's training side)");
        }
        if (test.train() || test.split() != fittedOn) {
            String owner = bestOf != null ? "search" : "learner";
            throw DataOp.error(owner + "." + method + ": Stratum " + method + "s a " + owner + " on split[\"test\"] of the"
                    + " split it was fitted on", "fit on split[\"train\"] and " + method + " on split[\"test\"] of the same"
                    + " .skb.train_test_split(...)");
        }
        if (bestOf != null) {
            // The selection runs first (a session resolves it): until then the plan keeps the search's choices, and the
            // cv names the search and the split to refit on.
            io.stratum.ir.logical.SearchRoot searched = (io.stratum.ir.logical.SearchRoot) bestOf.node();
            Const.DictConst refit = new Const.DictConst(List.of(Const.of("splitter"), Const.of("split"),
                    Const.of("search_cv"), Const.of("search_scoring"), Const.of("search_refit"), Const.of("scorer")),
                    List.of(Const.of(REFIT_BEST), fittedOn.cv(), searched.cv(), searched.scoring(), searched.refit(),
                            scorer == null ? Const.none() : Const.of(scorer)));
            return new DataOp(withCv(searched, refit, Const.none(), Const.of(true)));
        }
        // A split made with keep_subsampling=True splits the subsampled rows: the learner's plan must subsample too.
        DataOp plan = Subsampling.keptIn(fittedOn.dataOp().node()) ? new DataOp(Subsampling.keepAll(pipeline.node())) : pipeline;
        return new Skb(plan).learnerSearch(fittedOn.cv(), scorer);
    }
}
