package io.stratum.frontend.api;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.GridSearch;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.logical.RandomizedSearch;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;

/** The {@code .skb} namespace of a {@link DataOp}, with skrub's method names and defaults. */
public final class Skb {
    /** The {@code .skb} methods scripts may call, in both frontends. */
    public static final List<String> METHODS = List.of("apply", "apply_func", "mark_as_X", "mark_as_y", "make_grid_search",
            "make_randomized_search", "cross_validate", "train_test_split", "make_learner", "eval", "preview",
            "describe_param_grid", "describe_defaults", "describe_steps", "set_name", "set_description", "select", "drop", "match", "if_else",
            "subsample", "freeze_after_fit", "concat", "with_scoring", "get_data");

    /** The error for {@code .skb.<name>} that is not one of {@link #METHODS}, suggesting the nearest one. */
    public static io.stratum.ir.diagnostics.StratumError unknownMethod(String name) {
        List<String> near = io.stratum.ir.diagnostics.NearestNames.nearest(name, METHODS, 2);
        return DataOp.error(".skb has no method '" + name + "' that Stratum supports",
                near.isEmpty() ? "supported: " + String.join(", ", METHODS) : "did you mean '" + near.get(0) + "'?");
    }
    private final DataOp self;

    Skb(DataOp self) {
        this.self = self;
    }

    /** The DataOp this namespace belongs to. */
    public DataOp owner() {
        return self;
    }

    /** {@code .skb.apply(estimator)}: fit on all columns, transform (or predict, for a learner needing no y). */
    public DataOp apply(DataOp estimator) {
        return apply(estimator, null, null);
    }

    /**
     * {@code .skb.apply(estimator, y=y, cols=cols)}: fit {@code estimator} on the training rows of
     * {@code cols} (all columns when null), transform them and keep the other columns as they are; with a
     * learner, fit on {@code y} and predict.
     */
    public DataOp apply(DataOp estimator, DataOp y, List<String> cols) {
        checkEstimator(estimator.node());
        Const colsConst = cols == null ? Const.none() : Const.ofStrings(cols);
        return new DataOp(new Apply(self.node(), estimator.node(), y == null ? null : y.node(), colsConst,
                SourceScope.current()));
    }

    /**
     * {@code .skb.apply(learner, y=y, ..., fit_kwargs={"sample_weight": weights})}: {@code applied} (what
     * {@code apply} returned) fitted with {@code fit(X, y, sample_weight=weights)}. skrub evaluates {@code weights} on
     * the rows it evaluates X and y on, so weights computed from X (such as {@code X["weight"]}) follow the training
     * rows of every fold. Which learners take weights is checked when the plan is lowered (at this step's line).
     */
    public static DataOp fitWithSampleWeight(DataOp applied, DataOp weights) {
        java.util.Objects.requireNonNull(weights, "weights");
        if (!(applied.node() instanceof Apply a) || a.sampleWeight() != null) {
            throw DataOp.error(".skb.apply(fit_kwargs={'sample_weight': ...}) is supported by Stratum for one learner"
                    + " applied to its X (not for a scikit-learn Pipeline, allow_reject=True or a function)",
                    "apply the learner as its own step: X.skb.apply(learner, y=y, fit_kwargs={'sample_weight': w})");
        }
        return new DataOp(a.withSampleWeight(weights.node()));
    }

    /**
     * {@code .skb.apply(FunctionTransformer(func, kw_args=...), cols=cols)} with {@code func} a function of the script:
     * skrub wraps the transformer in {@code ApplyToSubFrame}, which calls {@code func} on the selected columns (all when
     * {@code cols} is null) and puts its output after the columns it left untouched, a name one of those already has
     * made unique. Stratum traces {@code func} on the DataOp of the selected columns, as {@code .skb.apply_func} bodies
     * are traced, so its steps join the plan; FunctionTransformer learns nothing, so fitting and predicting run the same
     * steps. A function that gives a column or a constant instead of a frame is refused with skrub's error.
     */
    public DataOp applyFunction(java.util.function.UnaryOperator<DataOp> func, ColumnSelector cols) {
        if (cols instanceof ColumnSelector.Cols names && names.names().isEmpty()) {
            return self;
        }
        DataOp selected = cols == null ? self : select(cols);
        DataOp transformed = func.apply(selected);
        io.stratum.optimizer.metadata.OutputKind kind = transformed == null ? null
                : io.stratum.optimizer.metadata.OutputKind.of(transformed.node());
        if (transformed == null || kind == io.stratum.optimizer.metadata.OutputKind.COLUMN
                || kind == io.stratum.optimizer.metadata.OutputKind.CONSTANT
                || kind == io.stratum.optimizer.metadata.OutputKind.VALUE) {
            String type = kind == io.stratum.optimizer.metadata.OutputKind.COLUMN ? "Series" : "a value that is not a DataFrame";
            throw DataOp.error("FunctionTransformer.fit_transform returned a result of type " + type + ", but a pandas"
                    + " DataFrame was expected (skrub's error)", "return a frame from the function, e.g. df[[\"a\"]] or"
                    + " df.assign(b=...) instead of df[\"a\"]");
        }
        if (cols == null) {
            return transformed;
        }
        return drop(cols).skb().concat(List.of(transformed), 1);
    }

    /**
     * {@code .skb.apply(estimator, y=y, cols=selector)}: as {@link #apply(DataOp, DataOp, List)}, with the columns
     * picked by a skrub selector from the actual frame when the plan runs. {@code s.cols(...)} alone is the
     * same as a list of names. (A separate name, so that {@code apply(estimator, y, null)} stays unambiguous.)
     */
    public DataOp applyToSelected(DataOp estimator, DataOp y, ColumnSelector cols) {
        if (cols instanceof ColumnSelector.Cols names) {
            return apply(estimator, y, names.names());
        }
        checkEstimator(estimator.node());
        return new DataOp(new Apply(self.node(), estimator.node(), y == null ? null : y.node(), cols.toConst(),
                SourceScope.current()));
    }

    /**
     * {@code .skb.apply(estimator, y=y, cols=cols, exclude_cols=exclude)}: the columns {@code cols} picks (all when
     * null) minus those {@code exclude} picks, as skrub's {@code ApplyToCols} subtracts them.
     */
    public DataOp applyExcluding(DataOp estimator, DataOp y, ColumnSelector cols, ColumnSelector exclude) {
        ColumnSelector picked = new ColumnSelector.Combined(ColumnSelector.Operator.SUB,
                cols == null ? new ColumnSelector.All() : cols, exclude);
        checkEstimator(estimator.node());
        return new DataOp(new Apply(self.node(), estimator.node(), y == null ? null : y.node(), picked.toConst(),
                SourceScope.current()));
    }

    /**
     * {@code .skb.apply(transformer, y=y, cols=cols, exclude_cols=exclude, allow_reject=True)}: skrub wraps a transformer
     * applied to a frame in {@code ApplyToCols(transformer, cols=cols, exclude_cols=exclude, allow_reject=True)} and
     * applies that to the whole frame ({@code _wrap_estimator}), so Stratum builds the same step. skrub refuses the flag
     * for a predictor and for input that is not a frame, with the errors given here; a choice is checked outcome by
     * outcome, as skrub wraps whichever outcome a candidate picks. {@code cols}/{@code exclude} null mean skrub's
     * defaults ({@code s.all()}, None).
     */
    public DataOp applyAllowingRejects(DataOp estimator, DataOp y, ColumnSelector cols, ColumnSelector exclude) {
        checkEstimator(estimator.node());
        boolean skipped = estimator.node() instanceof io.stratum.ir.logical.Value v && isPassthrough(v.value());
        if (!skipped) {
            checkRejectable(estimator.node());
        }
        if (io.stratum.optimizer.metadata.OutputKind.of(self.node()) == io.stratum.optimizer.metadata.OutputKind.COLUMN) {
            throw DataOp.error(".skb.apply: `allow_reject` must be False (the default) when the input is not a DataFrame"
                    + " (skrub's error)", "apply the transformer without allow_reject, or to a frame (e.g. df[[\"a\"]])");
        }
        if (skipped) {
            // skrub wraps PassThrough() in ApplyToCols, which never rejects a column: the step without the flag (the
            // selected columns, unchanged, after the others; see the lowering).
            if (exclude != null) {
                return applyExcluding(estimator, y, cols, exclude);
            }
            return cols == null ? apply(estimator, y, null) : applyToSelected(estimator, y, cols);
        }
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("transformer", estimator);
        if (cols != null) {
            params.put("cols", selectorConst(cols));
        }
        if (exclude != null) {
            params.put("exclude_cols", selectorConst(exclude));
        }
        params.put("allow_reject", true);
        return apply(DataOps.estimator("skrub.ApplyToCols", params), y, null);
    }

    /** A {@code cols=} value as ApplyToCols' parameter holds it: a list of names, or the selector's constant. */
    private static Const selectorConst(ColumnSelector cols) {
        return cols instanceof ColumnSelector.Cols names ? Const.ofStrings(names.names()) : cols.toConst();
    }

    /** skrub's {@code _check_wrap_params} for a predictor, and the choice outcomes Stratum cannot wrap (None/"passthrough"). */
    private static void checkRejectable(LogicalNode node) {
        switch (node) {
            case Estimator e when CATALOG.lookup(e.qualifiedName()) != null
                    && CATALOG.lookup(e.qualifiedName()).kind() != EntryKind.TRANSFORMER ->
                    throw DataOp.error(".skb.apply: `allow_reject` must be False (the default) when `estimator` is a"
                            + " predictor (not a transformer) (skrub's error; " + e.simpleName() + " predicts)",
                            "drop allow_reject=True: it only lets single-column transformers pass columns through");
            case Choice c -> {
                for (LogicalNode outcome : c.outcomes()) {
                    checkRejectable(outcome);
                }
            }
            case io.stratum.ir.logical.Value v -> throw DataOp.error(".skb.apply(choose_from([..., None or 'passthrough']),"
                    + " allow_reject=True) is not supported by Stratum yet", "drop allow_reject=True if no outcome rejects"
                    + " columns, or choose between the DataOps: skrub.choose_from([X.skb.apply(None, allow_reject=True),"
                    + " X.skb.apply(transformer, allow_reject=True)])");
            default -> {
            }
        }
    }

    /**
     * {@code .skb.apply(estimator, y=y, cols=cols, unsupervised=True)}: as skrub, {@code y} is not passed to the
     * estimator's fit (it is still the target searches split and score with). Stratum's transformers never read y when
     * fitting, so for them the plan is the one without {@code unsupervised}; a regressor or classifier cannot fit
     * without y and is refused with scikit-learn's error ({@link #checkUnsupervised}).
     */
    public DataOp applyUnsupervised(DataOp estimator, DataOp y, List<String> cols) {
        checkUnsupervised(estimator);
        return apply(estimator, y, cols);
    }

    /**
     * skrub's {@code unsupervised=True} fits the estimator without y: what scikit-learn says when that estimator (or
     * any outcome of a choice of estimators) is a regressor or classifier, which needs y to fit.
     */
    public void checkUnsupervised(DataOp estimator) {
        Estimator supervised = firstSupervised(estimator.node());
        if (supervised != null) {
            throw DataOp.error(".skb.apply(unsupervised=True): This " + supervised.simpleName() + " estimator requires y"
                    + " to be passed, but the target y is None.", "skrub fits with unsupervised=True without y; drop"
                    + " unsupervised=True to fit " + supervised.simpleName() + " on y (it is for estimators that use y"
                    + " only for scoring, such as clustering)");
        }
    }

    private static Estimator firstSupervised(LogicalNode node) {
        if (node instanceof Estimator e && CATALOG.lookup(e.qualifiedName()) != null
                && (CATALOG.lookup(e.qualifiedName()).kind() == EntryKind.REGRESSOR
                || CATALOG.lookup(e.qualifiedName()).kind() == EntryKind.CLASSIFIER)) {
            return e;
        }
        if (node instanceof Choice c) {
            for (LogicalNode outcome : c.outcomes()) {
                Estimator found = firstSupervised(outcome);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** {@code .skb.select(cols)}: the frame restricted to these columns, in this order (skrub's SelectCols). */
    public DataOp select(List<String> cols) {
        return self.get(cols);
    }

    /** {@code .skb.select(selector)}: the columns a skrub selector picks, in the frame's order. */
    public DataOp select(ColumnSelector cols) {
        if (cols instanceof ColumnSelector.Cols names) {
            return select(names.names());
        }
        return new DataOp(new io.stratum.ir.logical.GetItem(self.node(),
                new io.stratum.ir.logical.Value(cols.toConst(), SourceScope.current()), SourceScope.current()));
    }

    /** {@code .skb.drop(cols)}: the frame without these columns, each of which must exist (skrub's DropCols). */
    public DataOp drop(List<String> cols) {
        return self.drop(cols);
    }

    /** {@code .skb.drop(selector)}: the frame without the columns a skrub selector picks, as selecting its inverse. */
    public DataOp drop(ColumnSelector cols) {
        if (cols instanceof ColumnSelector.Cols names) {
            return drop(names.names());
        }
        return select(new ColumnSelector.Inverted(cols));
    }

    /**
     * {@code .skb.concat(others, axis=axis)}: this frame and {@code others} stacked ({@code axis=0}: pandas'
     * {@code concat(ignore_index=True)}, columns united in order of first appearance) or side by side ({@code axis=1}: a
     * column name already taken is made unique as skrub does, {@link io.stratum.ir.value.UniqueColumnNames}).
     */
    public DataOp concat(List<DataOp> others, int axis) {
        return concat((Object) others, Const.of((long) axis));
    }

    /**
     * {@code .skb.concat(others, axis=axis)} with the values a script passed: {@code others} a list of DataOps (as a
     * {@code List} or {@link Const.ListConst}), {@code axis} a constant. What skrub refuses is refused with skrub's
     * message: an axis other than 0 or 1, a single frame not wrapped in a list, a list holding something other than
     * frames (a column among them is refused when the plan runs, where Stratum knows it is one).
     */
    public DataOp concat(Object others, Object axis) {
        boolean columns = concatAxis(axis);
        List<?> items = switch (others) {
            case DataOp d -> throw DataOp.error(".skb.concat: `concat` should be passed a list of numpy arrays or"
                    + " dataframes. If you have a single array or dataframe, wrap it in a list: `concat([table_1],"
                    + " axis=...)` not `concat(table_1, axis=...)`", "write .skb.concat([other], axis=...)");
            case List<?> l -> l;
            case Const.ListConst l -> l.items();
            case Const.StrConst s -> s.value().isEmpty() ? List.of() : List.of(s);
            case Const c -> throw DataOp.error(".skb.concat: `concat` should be passed a list of numpy arrays or"
                    + " dataframes.Got object of type " + io.stratum.ir.value.PyFormat.strRepr(c.typeName()), "write .skb.concat([other], axis=...)");
            case java.util.Map<?, ?> m -> List.copyOf(m.keySet());
            default -> throw DataOp.error(".skb.concat: `concat` should be passed a list of numpy arrays or dataframes",
                    "write .skb.concat([other], axis=...)");
        };
        List<LogicalNode> frames = new ArrayList<>();
        frames.add(self.node());
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof DataOp d)) {
                String type = items.get(i) instanceof Const c ? c.typeName() : items.get(i) instanceof java.util.Map<?, ?> ? "dict" : "list";
                throw DataOp.error(".skb.concat: When accessed on a dataframe, `concat` should be passed a list of"
                        + " dataframes: `table_0.skb.concat([table_1, ...], axis=...)`. An object of type "
                        + io.stratum.ir.value.PyFormat.strRepr(type) + " was found at index " + i + ".", "pass DataOps that are frames");
            }
            frames.add(d.node());
        }
        return new DataOp(new io.stratum.ir.logical.Concat(frames, columns, true, SourceScope.current()));
    }

    /** skrub's check of {@code axis}: {@code axis not in (0, 1)} is its ValueError (so True and 1.0 are 1, as in Python). */
    private static boolean concatAxis(Object axis) {
        Const c = axis instanceof Const k ? k : null;
        Double value = switch (c) {
            case Const.IntConst i -> (double) i.value();
            case Const.BoolConst b -> b.value() ? 1.0 : 0.0;
            case Const.FloatConst f -> f.value();
            case null, default -> null;
        };
        if (value == null || (value != 0.0 && value != 1.0)) {
            throw DataOp.error(".skb.concat: Invalid axis value " + (c == null ? "<a DataOp>" : c.repr())
                    + " for concat. Expected one of 0 or 1.", "use axis=0 (stack rows) or axis=1 (side by side)");
        }
        return value == 1.0;
    }

    /**
     * {@code .skb.subsample(n=n, how=how)}: the identity, except in previews and where {@code keep_subsampling=True}
     * ({@link #keepSubsampling()}) puts it in effect: then the first {@code n} rows ({@code "head"}) or {@code n} rows
     * drawn as skrub draws them ({@code "random"}: pandas' {@code sample} with skrub's seed 0).
     */
    public DataOp subsample(long n, String how) {
        if (!"head".equals(how) && !"random".equals(how)) {
            throw DataOp.error(".skb.subsample: `how` should be 'head' or 'random', got: "
                    + (how == null ? "None" : Const.of(how).repr()), "use how=\"head\" (the default) or how=\"random\"");
        }
        if (n < 0) {
            throw DataOp.error(".skb.subsample: n must be a non-negative number of rows, got " + n, "use n=1000 (skrub's default)");
        }
        return new DataOp(new io.stratum.ir.logical.Subsample(self.node(), n, how.equals("random"), false,
                SourceScope.current()));
    }

    /**
     * skrub's {@code keep_subsampling=True}: the same namespace with every {@code .skb.subsample()} of the plan in
     * effect, so the searches, cross-validation, splits and evaluations made from it run on the subsample (skrub's error
     * when the plan has none).
     */
    public Skb keepSubsampling() {
        return new Skb(new DataOp(Subsampling.keep(self.node())).withScorers(self.scorers()));
    }

    /**
     * {@code .skb.with_scoring(scoring, name=name)}: the same DataOp with scorers attached, which the searches and
     * {@code cross_validate} made from it use when given no {@code scoring} ({@link ScoringSteps}); calls chain, adding
     * scorers. {@code scoring} is a scorer name, a list of names, a dict from names to scorer names, or None.
     */
    public DataOp withScoring(Const scoring, String name) {
        return self.withScorers(ScoringSteps.of(scoring, name));
    }

    /** {@code scoring}, or the scorers {@code with_scoring} attached when it names none. */
    private Scoring scored(Scoring scoring) {
        if (!(scoring.scorers() instanceof Const.NoneConst) || self.scorers().isEmpty()) {
            return scoring;
        }
        return new Scoring(ScoringSteps.scoringOf(self.scorers()), scoring.refit());
    }

    /**
     * {@code .skb.match({key: value, ...}, default=...)}: on a choice, the choice's match ({@link DataOp#match}); on any
     * other DataOp the value of the key its value equals, which Stratum knows when the value is known before the plan
     * runs (a constant, {@code skrub.eval_mode()} in previews, evaluations and estimators' parameters). Without a default
     * a value matching no key is an error, as skrub's KeyError.
     */
    public DataOp match(List<Const> keys, List<?> values, Object defaultValue, boolean hasDefault) {
        if (self.node() instanceof Choice) {
            return self.match(keys, values, defaultValue, hasDefault);
        }
        refuseRows("match");
        List<LogicalNode> targets = new ArrayList<>();
        for (Object v : values) {
            targets.add(DataOps.lift(v).node());
        }
        return new DataOp(new io.stratum.ir.logical.Switch(self.node(), keys, targets,
                hasDefault ? DataOps.lift(defaultValue).node() : null, false, SourceScope.current()));
    }

    /** {@code .skb.if_else(a, b)}: on a bool choice the choice's if_else; else {@code a} when the value is true, as skrub. */
    public DataOp ifElse(Object ifTrue, Object ifFalse) {
        if (self.node() instanceof Choice) {
            return self.ifElse(ifTrue, ifFalse);
        }
        refuseRows("if_else");
        return new DataOp(io.stratum.ir.logical.Switch.ifElse(self.node(), DataOps.lift(ifTrue).node(),
                DataOps.lift(ifFalse).node(), SourceScope.current()));
    }

    /** A branch on a column or a frame fails in skrub when it runs (a Series has no truth value and is no dict key). */
    private void refuseRows(String method) {
        io.stratum.optimizer.metadata.OutputKind kind = io.stratum.optimizer.metadata.OutputKind.of(self.node());
        if (kind == io.stratum.optimizer.metadata.OutputKind.COLUMN || kind == io.stratum.optimizer.metadata.OutputKind.FRAME) {
            String what = kind == io.stratum.optimizer.metadata.OutputKind.COLUMN ? "column" : "frame";
            throw DataOp.error(".skb." + method + " on a " + what + ": " + (method.equals("if_else")
                    ? "its truth value is ambiguous (pandas' ValueError)" : "it cannot be a dict key (TypeError: unhashable)"),
                    "branch on one value computed from it, e.g. (df[\"a\"].mean() > 0).skb.if_else(a, b)");
        }
    }

    /**
     * {@code .skb.freeze_after_fit()}: skrub computes the value when fitting and reuses it when predicting. A value that
     * does not depend on X or y is the same in both, so it is this DataOp; one computed from X or y is a
     * {@link io.stratum.ir.logical.FreezeAfterFit} step: a fold's test rows see the value of its training rows.
     */
    public DataOp freezeAfterFit() {
        if (firstMark(self.node(), new java.util.HashSet<>()) == null) {
            return self;
        }
        return new DataOp(new io.stratum.ir.logical.FreezeAfterFit(self.node(), SourceScope.current()));
    }

    private static LogicalNode firstMark(LogicalNode node, java.util.Set<LogicalNode> seen) {
        if (!seen.add(node)) {
            return null;
        }
        if (node instanceof MarkX || node instanceof MarkY) {
            return node;
        }
        for (LogicalNode in : node.inputs()) {
            LogicalNode found = firstMark(in, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** {@code .skb.mark_as_X()}: these are the features; cross-validation splits rows here. */
    public DataOp markAsX() {
        return new DataOp(new MarkX(self.node(), SourceScope.current()));
    }

    /**
     * {@code .skb.mark_as_X(cv=splitter, split_kwargs={"groups": groups})}: as skrub, searches and cross-validations
     * given no {@code cv} of their own split with {@code splitter} (such as {@code GroupKFold(5)}), which reads the
     * group of each row from {@code groups} (a column computed from the same data as X; null for none).
     */
    public DataOp markAsX(DataOp splitter, DataOp groups) {
        return new DataOp(new MarkX(self.node(), splitterConst(splitter, "mark_as_X"),
                groups == null ? null : groups.node(), SourceScope.current()));
    }

    /** {@code .skb.mark_as_X(cv=k)}: searches given no {@code cv} use {@code KFold(k)} (skrub's {@code check_cv(k)}). */
    public DataOp markAsX(int cv) {
        return new DataOp(new MarkX(self.node(), foldCount(cv, "mark_as_X"), null, SourceScope.current()));
    }

    /** {@code .skb.mark_as_y()}: this is the target; cross-validation splits rows here. */
    public DataOp markAsY() {
        return new DataOp(new MarkY(self.node(), SourceScope.current()));
    }

    /** {@code .skb.make_grid_search(cv=cv, scoring=scoring, fitted=fitted)}. */
    public DataOp makeGridSearch(int cv, String scoring, boolean fitted) {
        return makeGridSearch(cv, Scoring.of(scoring), fitted);
    }

    /**
     * {@code .skb.make_grid_search(scoring=..., refit=..., fitted=fitted)} without {@code cv}: the splitter given to
     * {@code mark_as_X(cv=...)}, else skrub's default (5 folds, stratified for a classifier).
     */
    public DataOp makeGridSearch(Scoring scoring, boolean fitted) {
        return gridSearch(cvNone(), scoring, fitted);
    }

    /** {@code .skb.make_randomized_search(...)} without {@code cv}, as {@link #makeGridSearch(Scoring, boolean)}. */
    public DataOp makeRandomizedSearch(int nIter, Long randomState, Scoring scoring, boolean fitted) {
        return randomizedSearch(nIter, randomState, cvNone(), scoring, fitted);
    }

    /** {@code .skb.cross_validate(scoring=...)} without {@code cv}, as {@link #makeGridSearch(Scoring, boolean)}. */
    public CrossValidation crossValidate(Scoring scoring, boolean returnTrainScore) {
        return new CrossValidation(defaults().gridSearch(cvNone(), withoutRefit(scored(scoring)), false), returnTrainScore);
    }

    /**
     * What {@code cv=None} is in the plan: None when X is marked with a splitter (the lowering then uses it), else
     * the 5 folds skrub's default means (so plans without a marked splitter keep their form).
     */
    private Const cvNone() {
        return MarkX.withSplitterBelow(self.node()) != null ? Const.none() : Const.of(5L);
    }

    /** {@code .skb.make_grid_search(cv=cv, scoring=..., refit=..., fitted=fitted)} with one or several scorers. */
    public DataOp makeGridSearch(int cv, Scoring scoring, boolean fitted) {
        return gridSearch(foldCount(cv, "make_grid_search"), scoring, fitted);
    }

    /**
     * {@code .skb.make_grid_search(cv=splitter, ...)} with a scikit-learn splitter such as
     * {@code KFold(5, shuffle=True, random_state=0)}; the plan keeps it as a dict of its class and parameters.
     */
    public DataOp makeGridSearch(DataOp splitter, String scoring, boolean fitted) {
        return makeGridSearch(splitter, Scoring.of(scoring), fitted);
    }

    /** {@code .skb.make_grid_search(cv=splitter, scoring=..., refit=...)} with one or several scorers. */
    public DataOp makeGridSearch(DataOp splitter, Scoring scoring, boolean fitted) {
        return gridSearch(splitterConst(splitter, "make_grid_search"), scoring, fitted);
    }

    /**
     * {@code .skb.make_randomized_search(n_iter=nIter, random_state=randomState, cv=cv, scoring=scoring)}: {@code nIter}
     * candidates drawn as skrub draws them; {@code randomState} null draws anew on every run.
     */
    public DataOp makeRandomizedSearch(int nIter, Long randomState, int cv, String scoring, boolean fitted) {
        return makeRandomizedSearch(nIter, randomState, cv, Scoring.of(scoring), fitted);
    }

    /** {@code .skb.make_randomized_search(...)} with one or several scorers and {@code refit}. */
    public DataOp makeRandomizedSearch(int nIter, Long randomState, int cv, Scoring scoring, boolean fitted) {
        return randomizedSearch(nIter, randomState, foldCount(cv, "make_randomized_search"), scoring, fitted);
    }

    /** {@code .skb.make_randomized_search(cv=splitter, ...)} with a scikit-learn splitter object. */
    public DataOp makeRandomizedSearch(int nIter, Long randomState, DataOp splitter, String scoring, boolean fitted) {
        return makeRandomizedSearch(nIter, randomState, splitter, Scoring.of(scoring), fitted);
    }

    /** {@code .skb.make_randomized_search(cv=splitter, ...)} with one or several scorers and {@code refit}. */
    public DataOp makeRandomizedSearch(int nIter, Long randomState, DataOp splitter, Scoring scoring, boolean fitted) {
        return randomizedSearch(nIter, randomState, splitterConst(splitter, "make_randomized_search"), scoring, fitted);
    }

    /**
     * {@code .skb.cross_validate(cv=cv, scoring=scoring, return_train_score=returnTrainScore)}: skrub's
     * {@code make_learner()} (every choice at its default) cross-validated as scikit-learn's {@code cross_validate}
     * does; {@code cv} folds (stratified for a classifier), {@code scoring} null for the learner's own score.
     */
    public CrossValidation crossValidate(int cv, String scoring, boolean returnTrainScore) {
        return crossValidate(cv, Scoring.of(scoring), returnTrainScore);
    }

    /**
     * {@code .skb.cross_validate(cv=k, scoring=[...] or {...})}: with several scorers the table has
     * {@code test_<name>} (and {@code train_<name>}) per scorer, as scikit-learn's {@code cross_validate}; its
     * {@code refit} is ignored.
     */
    public CrossValidation crossValidate(int cv, Scoring scoring, boolean returnTrainScore) {
        return new CrossValidation(defaults().gridSearch(foldCount(cv, "cross_validate"), withoutRefit(scored(scoring)), false),
                returnTrainScore);
    }

    /** {@code .skb.cross_validate(cv=splitter, scoring=...)} with one or several scorers. */
    public CrossValidation crossValidate(DataOp splitter, Scoring scoring, boolean returnTrainScore) {
        return new CrossValidation(defaults().gridSearch(splitterConst(splitter, "cross_validate"), withoutRefit(scored(scoring)),
                false), returnTrainScore);
    }

    /** cross_validate picks no best candidate: several scorers need no refit name (the first orders nothing here). */
    private static Scoring withoutRefit(Scoring scoring) {
        boolean several = scoring.scorers() instanceof Const.ListConst || scoring.scorers() instanceof Const.DictConst;
        return new Scoring(scoring.scorers(), Const.of(!several));
    }

    /** {@code .skb.cross_validate(cv=splitter, ...)} with a scikit-learn splitter such as {@code KFold(5, shuffle=True)}. */
    public CrossValidation crossValidate(DataOp splitter, String scoring, boolean returnTrainScore) {
        return crossValidate(splitter, Scoring.of(scoring), returnTrainScore);
    }

    /**
     * {@code .skb.train_test_split(test_size=, train_size=, random_state=, shuffle=)}: scikit-learn's
     * {@code train_test_split} of the rows at {@code mark_as_X}/{@code mark_as_y} (sizes None: a quarter of the rows
     * for testing).
     */
    public TrainTestSplit trainTestSplit(Const testSize, Const trainSize, Const randomState, boolean shuffle) {
        Subsampling.checkForSplit(self.node(), "train_test_split");
        return new TrainTestSplit(self, testSize, trainSize, randomState, shuffle);
    }

    /**
     * {@code .skb.train_test_split()} with no settings: scikit-learn's default split (a quarter of the rows for
     * testing, shuffled with a new seed per run) or, when X is marked with a splitter, that splitter's last split.
     */
    public TrainTestSplit trainTestSplit() {
        return trainTestSplit(Const.none(), Const.none(), Const.none(), true);
    }

    /**
     * {@code .skb.train_test_split(split_index=k)}: split {@code k} of the splitter X is marked with
     * ({@code mark_as_X(cv=...)}; negative counts from the end), as skrub's {@code get_single_split} takes it.
     */
    public TrainTestSplit trainTestSplit(int splitIndex) {
        Subsampling.checkForSplit(self.node(), "train_test_split");
        return new TrainTestSplit(self, Const.none(), Const.none(), Const.none(), true, Const.of((long) splitIndex),
                List.of("split_index"));
    }

    /**
     * {@code .skb.train_test_split(**kwargs)} as a script wrote it: {@code given} names the keywords the script
     * passed (scikit-learn's settings and {@code split_index}), the others hold their defaults.
     */
    public TrainTestSplit trainTestSplit(Const testSize, Const trainSize, Const randomState, boolean shuffle,
                                         Const splitIndex, List<String> given) {
        Subsampling.checkForSplit(self.node(), "train_test_split");
        io.stratum.ir.logical.MarkX marked = io.stratum.ir.logical.MarkX.withSplitterBelow(self.node());
        if (marked != null) {
            List<String> extra = new java.util.ArrayList<>(given);
            extra.remove("split_index");
            if (!extra.isEmpty()) {
                throw DataOp.error("when using the splitter passed to .skb.mark_as_X(), the only split_func_kwarg"
                        + " accepted by .skb.train_test_split() is 'split_index'; the splitter passed to"
                        + " .skb.mark_as_X() was " + splitterName(marked) + "; got extra kwargs: " + extra,
                        "leave them out (the splitter decides the rows), or pass split_index=k to pick its split k");
            }
        } else if (given.contains("split_index")) {
            throw DataOp.error("train_test_split() got an unexpected keyword argument 'split_index' (skrub passes it to"
                    + " scikit-learn's train_test_split when X is marked without a splitter)",
                    "split_index picks a split of the splitter given to mark_as_X(cv=...); without one, leave it out");
        }
        return new TrainTestSplit(self, testSize, trainSize, randomState, shuffle, splitIndex, given);
    }

    private static String splitterName(io.stratum.ir.logical.MarkX marked) {
        if (marked.cv() instanceof Const.DictConst d) {
            int i = d.keys().indexOf(Const.of("splitter"));
            if (i >= 0 && d.values().get(i) instanceof Const.StrConst s) {
                return s.value() + "(...)";
            }
        }
        return marked.cv().repr();
    }

    /**
     * {@code .skb.eval()}: the DataOp's value on the data its variables were declared with, as skrub's
     * {@code fit_transform} mode computes it (estimators fitted on all rows, every choice at its default).
     */
    public Evaluation eval() {
        return Evaluation.of(self, null, ".skb.eval");
    }

    /**
     * {@code .skb.eval(environment)}: the same with each variable reading {@code environment[name]}; an environment
     * naming none of the plan's variables leaves them their declared values, as in skrub.
     */
    public Evaluation eval(java.util.Map<String, ?> environment) {
        return Evaluation.of(self, environment, ".skb.eval");
    }

    /** {@code .skb.preview()}: the value computed on the variables' declared values, as skrub's previews show it. */
    public Evaluation preview() {
        return Evaluation.of(new DataOp(Subsampling.keepAll(self.node())), null, ".skb.preview");
    }

    /** {@code .skb.describe_steps()}: skrub's text listing the steps, inputs first ({@link StepDescription}). */
    public String describeSteps() {
        return StepDescription.of(self.node());
    }

    /**
     * {@code .skb.describe_param_grid()}: the text skrub returns, one entry per sub-grid of its parameter grid
     * ({@link io.stratum.optimizer.lower.ParamGridDescription}).
     */
    public String describeParamGrid() {
        return io.stratum.optimizer.lower.ParamGridDescription.describe(self.node());
    }

    /**
     * {@code .skb.describe_defaults()}: the dict skrub returns, each choice the default learner uses by name with a
     * simplified value ({@link io.stratum.optimizer.lower.DefaultsDescription}).
     */
    public Const.DictConst describeDefaults() {
        return io.stratum.optimizer.lower.DefaultsDescription.describe(self.node());
    }

    /**
     * {@code .skb.get_data()}: the values the variables of this DataOp were declared with ({@code skrub.var(name,
     * value)}), by name in the order the plan first reaches them from its output (skrub's order where its graph walk
     * visits inputs in the same order); variables declared without a value are left out, as in skrub. Each value is the declared value itself, so an
     * environment made of them binds every variable to what it already reads.
     */
    public java.util.Map<String, DataOp> getData() {
        java.util.Map<String, DataOp> out = new java.util.LinkedHashMap<>();
        java.util.ArrayDeque<io.stratum.ir.logical.LogicalNode> todo = new java.util.ArrayDeque<>();
        todo.push(self.node());
        java.util.Set<io.stratum.ir.logical.LogicalNode> seen =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            io.stratum.ir.logical.LogicalNode n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (n instanceof io.stratum.ir.logical.Var v) {
                if (!v.name().equals(io.stratum.ir.logical.Var.EVAL_MODE) && v.value() != null) {
                    out.putIfAbsent(v.name(), new DataOp(v.value()));
                }
                continue;
            }
            java.util.List<io.stratum.ir.logical.LogicalNode> inputs = n.inputs();
            for (int i = inputs.size() - 1; i >= 0; i--) {
                todo.push(inputs.get(i));
            }
        }
        return out;
    }

    /** {@code .skb.make_learner()}: the pipeline with every choice at its default, not fitted yet. */
    public Learner makeLearner() {
        return new Learner(defaults().self);
    }

    /**
     * {@code .skb.make_learner(keep_subsampling=keep)}: a learner fitted on a split's training rows gets X and y from the
     * split, so, as in skrub, only subsampling after the marks could apply, which Stratum refuses; a split made with
     * {@code keep_subsampling=True} carries its subsample to the learner.
     */
    public Learner makeLearner(boolean keepSubsampling) {
        if (keepSubsampling) {
            Subsampling.checkForSplit(Subsampling.keep(self.node()), "make_learner");
        }
        return makeLearner();
    }

    /** A learner's fit on one split then its score or predictions on the other: a one-candidate search. */
    DataOp learnerSearch(Const.DictConst split, String scoring) {
        return gridSearch(split, scoring, true);
    }

    private Skb defaults() {
        return new Skb(new DataOp(io.stratum.ir.logical.DefaultOutcomes.of(self.node())));
    }

    private DataOp gridSearch(Const cv, String scoring, boolean fitted) {
        return gridSearch(cv, Scoring.of(scoring), fitted);
    }

    private DataOp gridSearch(Const cv, Scoring given, boolean fitted) {
        Scoring scoring = scored(given);
        Subsampling.checkForSplit(self.node(), "the search");
        Choice continuous = firstContinuousChoice(self.node(), new java.util.HashSet<>());
        if (continuous != null) {
            throw new io.stratum.ir.diagnostics.StratumError(continuous.origin(), "a grid search cannot use the continuous range "
                    + continuous.range().repr(continuous.name().startsWith("choose_") ? null : continuous.name()), "pass n_steps=... to try that many evenly spaced values (skrub's grid search needs it"
                    + " too), or use .skb.make_randomized_search(n_iter=..., random_state=...)");
        }
        return new DataOp(new GridSearch(EvalModes.bindForFitting(self.node()), cv, scoring.scorers(), scoring.refit(), fitted,
                SourceScope.current()));
    }

    private DataOp randomizedSearch(int nIter, Long randomState, Const cv, Scoring given, boolean fitted) {
        Scoring scoring = scored(given);
        Subsampling.checkForSplit(self.node(), "make_randomized_search");
        if (nIter < 1) {
            throw DataOp.error("make_randomized_search: n_iter must be at least 1, got " + nIter, "use n_iter=10 (skrub's default)");
        }
        if (randomState != null && (randomState < 0 || randomState > 0xffffffffL)) {
            throw DataOp.error("make_randomized_search: random_state must be between 0 and 2**32 - 1, got " + randomState,
                    "numpy's RandomState accepts only such seeds");
        }
        return new DataOp(new RandomizedSearch(EvalModes.bindForFitting(self.node()), cv, scoring.scorers(), scoring.refit(), fitted, nIter,
                randomState == null ? Const.none() : Const.of((long) randomState), SourceScope.current()));
    }

    private static Const foldCount(int cv, String method) {
        if (cv < 2) {
            throw DataOp.error(method + ": cv must be at least 2, got " + cv, "use cv=5 (skrub's default)");
        }
        return Const.of((long) cv);
    }

    private static Const splitterConst(DataOp splitter, String method) {
        if (!(splitter.node() instanceof Estimator e)
                || CATALOG.lookup(e.qualifiedName()) == null
                || CATALOG.lookup(e.qualifiedName()).kind() != EntryKind.SPLITTER) {
            throw DataOp.error(method + ": cv must be an int or a splitter such as KFold(...), got "
                    + splitter.node().kind(), "use cv=5 or cv=KFold(5, shuffle=True, random_state=0)");
        }
        List<Const> keys = new ArrayList<>();
        List<Const> values = new ArrayList<>();
        keys.add(Const.of("splitter"));
        values.add(Const.of(e.simpleName()));
        for (Estimator.Param p : e.params()) {
            Const v = e.constant(p.name());
            if (v == null) {
                throw DataOp.error(method + ": the splitter's " + p.name() + " must be a constant, not a choice",
                        "search over estimators and parameters, not over the cross-validation");
            }
            keys.add(Const.of(p.name()));
            values.add(v);
        }
        return new Const.DictConst(keys, values);
    }

    /** The first continuous {@code choose_float}/{@code choose_int} (no {@code n_steps}) in the plan, or null. */
    private static Choice firstContinuousChoice(LogicalNode node, java.util.Set<LogicalNode> seen) {
        if (!seen.add(node)) {
            return null;
        }
        if (node instanceof Choice c && c.continuous()) {
            return c;
        }
        for (LogicalNode in : node.inputs()) {
            Choice found = firstContinuousChoice(in, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static final ApiCatalog CATALOG = StandardCatalog.get();

    private static void checkEstimator(LogicalNode node) {
        switch (node) {
            case Estimator e -> {
            }
            // skrub skips the step for None or "passthrough", which is how optional(estimator) is applied.
            case io.stratum.ir.logical.Value v when isPassthrough(v.value()) -> {
            }
            case Choice c -> {
                for (LogicalNode outcome : c.outcomes()) {
                    checkEstimator(outcome);
                }
            }
            default -> throw DataOp.error(".skb.apply expects an estimator (such as Ridge() or OneHotEncoder()), got "
                    + describe(node), "build the estimator with its constructor, e.g. StandardScaler()");
        }
    }

    /** Whether {@code value} stands for "no estimator" in {@code .skb.apply}: {@code None} or {@code "passthrough"}. */
    public static boolean isPassthrough(Const value) {
        return value instanceof Const.NoneConst || value instanceof Const.StrConst s && s.value().equals("passthrough");
    }

    static String describe(LogicalNode node) {
        return node instanceof io.stratum.ir.logical.Value v ? "the constant " + v.value().repr() : "a " + node.kind() + " DataOp";
    }
}
