package io.stratum.optimizer.lower;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.Call;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Aggregate;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.DropNa;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.GroupBy;
import io.stratum.ir.logical.Join;
import io.stratum.ir.logical.Limit;
import io.stratum.ir.logical.SortValues;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.GetAttr;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.GridSearch;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.RandomizedSearch;
import io.stratum.ir.logical.ReadCsv;
import io.stratum.ir.logical.Rename;
import io.stratum.ir.logical.ReadFile;
import io.stratum.ir.logical.SearchRoot;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Var;
import io.stratum.ir.logical.Where;
import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.AssignColumns;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.ColumnExpr;
import io.stratum.ir.physical.DropColumns;
import io.stratum.ir.physical.DropMissingRows;
import io.stratum.ir.physical.MapColumns;
import io.stratum.ir.physical.RenameColumns;
import io.stratum.ir.physical.FilterRows;
import io.stratum.ir.physical.HashAggregate;
import io.stratum.ir.physical.HashJoin;
import io.stratum.ir.physical.SliceRows;
import io.stratum.ir.physical.ConcatFrames;
import io.stratum.ir.physical.CountValues;
import io.stratum.ir.physical.DropDuplicateRows;
import io.stratum.ir.logical.Concat;
import io.stratum.ir.logical.FrameLiteral;
import io.stratum.ir.physical.LiteralFrame;
import io.stratum.ir.logical.DropDuplicates;
import io.stratum.ir.logical.ValueCounts;
import io.stratum.ir.physical.SortRows;
import io.stratum.optimizer.metadata.PlanMetadata;
import java.util.Optional;
import java.util.OptionalLong;
import io.stratum.optimizer.metadata.ColumnStats;
import io.stratum.optimizer.metadata.NodeMetadata;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.physical.EvalColumn;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.LogisticSolvers;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.OneHotLayouts;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.ScanCsv;
import io.stratum.ir.physical.ScanFile;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.physical.SearchScoring;
import io.stratum.ir.physical.SplitterSpec;
import io.stratum.ir.physical.SelectColumn;
import io.stratum.ir.physical.SelectColumns;
import io.stratum.ir.physical.SplitRows;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.metadata.OutputKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lowers an optimized logical plan whose root is a {@link GridSearch} to a {@link SearchPlan}: enumerates the
 * candidates ({@link SearchSpace}), resolves every choice within each candidate, and turns logical nodes into
 * physical operators with their kernels chosen. Lowering is memoized on the logical node together with the
 * outcomes of the choices below it, so a sub-plan that is the same in several candidates becomes one operator
 * object. With {@code shareEqualSubplans} the memo keys on fingerprints (equal sub-plans built separately are
 * shared); without it, on node identity (only what the logical plan already shares is shared).
 */
public final class Lowering {
    /** The scorers the runtime implements, as scikit-learn names them. */
    public static final List<String> SUPPORTED_SCORING = List.of("r2", "neg_mean_squared_error",
            // regression scorers of issue 7
            "neg_root_mean_squared_error", "neg_mean_absolute_error", "explained_variance",
            "neg_mean_squared_log_error", "neg_median_absolute_error", "neg_max_error",
            // classification scorers of issue 7
            "accuracy", "balanced_accuracy", "f1", "f1_macro", "precision", "recall", "roc_auc", "roc_auc_ovr",
            "neg_log_loss");

    private final ApiCatalog catalog;
    private final boolean shareEqualSubplans;

    private final PlanMetadata metadata;

    public Lowering(ApiCatalog catalog, boolean shareEqualSubplans) {
        this(catalog, shareEqualSubplans, null);
    }

    /** With {@code metadata} of the plan to lower, so that kernels can be chosen by estimated sizes (join build side). */
    public Lowering(ApiCatalog catalog, boolean shareEqualSubplans, PlanMetadata metadata) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.shareEqualSubplans = shareEqualSubplans;
        this.metadata = metadata;
    }

    public SearchPlan lower(LogicalNode root) {
        if (!(root instanceof SearchRoot search)) {
            throw new StratumError(root.origin(), "the pipeline does not end in a search (got " + root.kind() + ")",
                    "finish it with .skb.make_grid_search(cv=..., scoring=...)");
        }
        // A search fitted on split["train"]: its own cv splits the training rows of that split.
        Const cv = search.cv();
        SplitterSpec outer = null;
        MarkX outerMark = null;
        if (cv instanceof Const.DictConst nested && CvSplitters.isWithinTrainingRows(nested)) {
            Const.DictConst split = CvSplitters.split(nested);
            cv = CvSplitters.innerCv(nested);
            outerMark = MarkX.withSplitterBelow(search.input());
            outer = outerMark != null ? CvSplitters.singleSplitOf(markedSplitter(outerMark), split, search.origin())
                    : CvSplitters.resolve(split, search.origin());
        }
        // skrub's searches use the splitter given to mark_as_X(cv=...) when they are given none themselves.
        MarkX marked = cv instanceof Const.NoneConst ? MarkX.withSplitterBelow(search.input()) : null;
        SplitterSpec splitter;
        if (outer == null && cv instanceof Const.DictConst d && CvSplitters.isTrainTestSplit(d)
                && MarkX.withSplitterBelow(search.input()) instanceof MarkX m) {
            // skrub's .skb.train_test_split() of a pipeline whose X carries a splitter: one split of that splitter.
            marked = m;
            splitter = CvSplitters.singleSplitOf(markedSplitter(m), d, search.origin());
        } else {
            splitter = marked != null ? markedSplitter(marked) : splitter(cv, search.origin());
        }
        SearchSpace space;
        List<int[]> points;
        LogicalNode input;
        switch (search) {
            case GridSearch g -> {
                space = new SearchSpace(g.input());
                points = space.points();
                input = g.input();
            }
            case RandomizedSearch r -> {
                // Without random_state skrub draws anew on every run; so does Stratum (the plan keeps None).
                long seed = r.randomState() instanceof Const.IntConst i ? i.value()
                        : java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 32);
                ParameterSampling.Sample sample = ParameterSampling.sample(r, seed);
                space = sample.space();
                points = sample.points();
                input = sample.input();
            }
        }
        Run run = new Run(space);
        List<Candidate> candidates = new ArrayList<>();
        List<FitPredict> finals = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            int[] point = points.get(i);
            PhysicalOp last = run.op(input, point);
            if (!(last instanceof FitPredict predict)) {
                throw new StratumError(search.origin(), "the searched pipeline must end with a supervised estimator, got "
                        + last.kind(), "end it with .skb.apply(Ridge(), y=y) or another regressor or classifier");
            }
            finals.add(predict);
        }
        // Classifiers change what cv=k and scoring=None mean, and which method the scorer reads (issue 7).
        int classifiers = 0;
        for (FitPredict predict : finals) {
            classifiers += ClassifierScoring.isClassifier(catalog, predict.spec()) ? 1 : 0;
        }
        String defaultScorer = "r2"; // a regressor's default score() is R²
        if (search.scoring() instanceof Const.NoneConst && classifiers > 0) {
            if (classifiers < finals.size()) {
                throw new StratumError(search.origin(), "the candidates mix classifiers and regressors, whose default"
                        + " scores (accuracy and R²) cannot be compared", "pass scoring=... to make_grid_search");
            }
            defaultScorer = "accuracy";
        }
        SearchScoring scoring = SearchScorers.resolve(search, defaultScorer);
        // skrub's check_cv(k) of a mark_as_X(cv=k) is a plain KFold, even for classifiers.
        if (classifiers == finals.size() && marked == null && !(cv instanceof Const.DictConst)
                && splitter instanceof SplitterSpec.KFold k && !k.shuffle()) {
            splitter = ClassifierScoring.byCount(k.nSplits(), true);
        }
        if (outer != null) {
            if (splitter.grouped()) {
                // skrub would hand the splitter the groups of every row with X and y of the training rows only.
                throw new StratumError(search.origin(), "a search fitted on split[\"train\"] cannot split by groups with "
                        + splitter.repr() + ": the groups are given for every row, the search sees the training rows",
                        "pass the search a splitter that reads no groups, e.g. make_grid_search(cv=KFold(5))");
            }
            splitter = new SplitterSpec.WithinTrainingRows(outer, splitter);
            marked = outerMark;
        }
        // skrub's scorers compare the predictions with the value of the node marked by mark_as_y (its
        // _compute_X_y_and_cv), even where the learner was given an expression of it (y=np.log1p(y)); without scoring,
        // the learner's own score() compares them with the y it was fitted on.
        MarkY markedY = search.scoring() instanceof Const.NoneConst ? null : onlyMarkedY(input);
        boolean scoresMarkedY = markedY != null;
        for (int i = 0; i < finals.size(); i++) {
            FitPredict predict = finals.get(i);
            boolean classifier = ClassifierScoring.isClassifier(catalog, predict.spec());
            // Each scorer reads the method it needs; scorers needing the same method read the same operator.
            Map<io.stratum.ir.physical.Response, FitPredict> byResponse = new java.util.EnumMap<>(io.stratum.ir.physical.Response.class);
            List<PhysicalOp> responses = new ArrayList<>();
            for (SearchScoring.Metric metric : scoring.metrics()) {
                io.stratum.ir.physical.Response response = ClassifierScoring.responseFor(metric.scorer(), predict.spec(),
                        classifier, predict.origin());
                responses.add(byResponse.computeIfAbsent(response, predict::withOutput));
            }
            PhysicalOp target = scoresMarkedY ? run.op(markedY, points.get(i)) : predict.target();
            candidates.add(new Candidate(i, space.labels(points.get(i)), responses.get(0), target, responses));
        }
        PhysicalOp groups = null;
        if (splitter.grouped()) {
            if (marked == null || marked.groups() == null) {
                throw new StratumError(marked != null ? marked.origin() : search.origin(), splitter.repr()
                        + " needs the groups of the rows, as scikit-learn's split(X, y, groups) does",
                        "give them where X is marked, as skrub takes them: X.skb.mark_as_X(cv=" + splitter.repr()
                                + ", split_kwargs={\"groups\": data[\"<group column>\"]})");
            }
            groups = run.op(marked.groups(), points.get(0));
        }
        return new SearchPlan(space.names(), candidates, splitter, scoring, groups);
    }

    /** The one node marked by {@code mark_as_y} below {@code root}, or null when there is none or several. */
    private static MarkY onlyMarkedY(LogicalNode root) {
        java.util.ArrayDeque<LogicalNode> todo = new java.util.ArrayDeque<>(List.of(root));
        java.util.Set<LogicalNode> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        MarkY found = null;
        while (!todo.isEmpty()) {
            LogicalNode n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (n instanceof MarkY m) {
                if (found != null && !found.equals(m)) {
                    return null;
                }
                found = m;
            }
            todo.addAll(n.inputs());
        }
        return found;
    }

    /**
     * The number of folds {@code search} scores, scikit-learn's {@code get_n_splits()} of the splitter {@link #lower}
     * gives it (its own {@code cv}, else {@code mark_as_X(cv=...)}'s; a classifier's StratifiedKFold has as many), or
     * {@link SplitterSpec#DATA_DEPENDENT} when the data decides it; an invalid splitter is its located error.
     */
    public static int foldCount(SearchRoot search) {
        Const cv = search.cv();
        if (cv instanceof Const.DictConst nested && CvSplitters.isWithinTrainingRows(nested)) {
            cv = CvSplitters.innerCv(nested);
        }
        if (cv instanceof Const.DictConst d && CvSplitters.isTrainTestSplit(d)) {
            return 1;
        }
        MarkX marked = cv instanceof Const.NoneConst ? MarkX.withSplitterBelow(search.input()) : null;
        return (marked != null ? markedSplitter(marked) : splitter(cv, search.origin())).nSplits();
    }

    /** The splitter of {@code mark_as_X(cv=...)}: an int is a plain KFold, as skrub's {@code check_cv(cv)} makes it. */
    private static SplitterSpec markedSplitter(MarkX mark) {
        return switch (mark.cv()) {
            case Const.IntConst k when k.value() >= 2 && k.value() <= Integer.MAX_VALUE -> SplitterSpec.KFold.consecutive((int) k.value());
            case Const.DictConst d -> CvSplitters.resolve(d, mark.origin());
            default -> throw new StratumError(mark.origin(), "mark_as_X: cv must be an int of at least 2 or a splitter,"
                    + " got " + mark.cv().repr(), "e.g. mark_as_X(cv=GroupKFold(5), split_kwargs={\"groups\": ...})");
        };
    }

    /**
     * A plan that is not a search ({@code .skb.eval()}'s DataOp) as one physical operator; its choices must be resolved
     * beforehand (skrub evaluates each at its default). A plan that is a constant is refused: the caller prints it.
     */
    public PhysicalOp lowerValue(LogicalNode root) {
        if (root instanceof SearchRoot search) {
            throw new StratumError(search.origin(), "a search has no value to evaluate", "read its results_ instead");
        }
        SearchSpace space = new SearchSpace(root);
        List<int[]> points = space.points();
        if (points.size() != 1) {
            throw new IllegalArgumentException("the plan still has choices; resolve them to their defaults first");
        }
        return new Run(space).op(root, points.get(0));
    }

    /**
     * What a fitted learner's {@code method} ({@link io.stratum.ir.physical.Response}) answers with: {@code predict},
     * the final learner of a lowered candidate, answering with that method; a method the estimator lacks is an error
     * at its line.
     */
    public static FitPredict answering(ApiCatalog catalog, FitPredict predict, io.stratum.ir.physical.Response method) {
        return ClassifierScoring.answering(catalog, predict, method);
    }

    /**
     * A fitted learner scored with {@code scorer} (a scikit-learn scoring name, or null for the learner's own score:
     * R² for a regressor, accuracy for a classifier), as a search scores a candidate: the scorer's name and the learner
     * answering with the method that scorer reads.
     */
    public record Scored(String scorer, FitPredict answering) {
    }

    /** {@code predict} scored by {@code scorer} (null: the learner's own score), answering with the method it reads. */
    public static Scored scored(ApiCatalog catalog, FitPredict predict, String scorer) {
        boolean classifier = ClassifierScoring.isClassifier(catalog, predict.spec());
        String name = scorer != null ? scorer : classifier ? "accuracy" : "r2";
        io.stratum.ir.physical.Response response = ClassifierScoring.responseFor(name, predict.spec(), classifier,
                predict.origin());
        return new Scored(name, ClassifierScoring.answering(catalog, predict, response));
    }

    private static final String EVAL_MODE_HINT = "branch on skrub.eval_mode() in .skb.preview()/.skb.eval() or in an"
            + " estimator's parameters (fitting sees \"fit\"), on a choice (choose_bool().if_else(a, b)), or on a constant";

    /** A {@code .skb.match}/{@code .skb.if_else} whose query binding could not tell: a run-time branch. */
    private static StratumError unresolvedSwitch(io.stratum.ir.logical.Switch s) {
        Const value = io.stratum.ir.logical.Switch.known(s.query());
        if (value != null) {
            // Known, but no key matched and there is no default: skrub's KeyError.
            return new StratumError(s.origin(), ".skb.match: the value " + value.repr() + " is none of the keys "
                    + new Const.ListConst(s.keys(), false).repr() + " and there is no default", "add default=... to .skb.match");
        }
        return new StratumError(s.origin(), ".skb." + (s.truthiness() ? "if_else" : "match") + " on a value computed when"
                + " the plan runs is not supported by Stratum yet", EVAL_MODE_HINT);
    }

    /** Whether {@code node} reads {@code skrub.eval_mode()} where its value is not known (it differs between fit and predict). */
    private static boolean readsEvalMode(LogicalNode node) {
        if (node instanceof Var v && v.value() == null && v.name().equals(Var.EVAL_MODE)) {
            return true;
        }
        for (LogicalNode in : node.inputs()) {
            if (readsEvalMode(in)) {
                return true;
            }
        }
        return false;
    }

    private static SplitterSpec splitter(Const cv, Origin origin) {
        return switch (cv) {
            // scikit-learn's default: 5-fold.
            case Const.NoneConst none -> SplitterSpec.KFold.consecutive(5);
            case Const.IntConst k when k.value() >= 2 && k.value() <= Integer.MAX_VALUE -> SplitterSpec.KFold.consecutive((int) k.value());
            case Const.IntConst k -> throw new StratumError(origin, "cv must be at least 2, got " + k.repr(), null);
            case Const.DictConst d -> CvSplitters.resolve(d, origin);
            default -> throw new StratumError(origin, "cv=" + cv.repr() + " is not supported yet",
                    "pass the number of folds (cv=5) or a splitter such as KFold(5, shuffle=True, random_state=0)");
        };
    }

    /** What a logical node lowers to: an operator, a constant, or a resolved estimator. */
    private sealed interface Lowered {
        record Op(PhysicalOp op) implements Lowered {
        }

        record Constant(Const value) implements Lowered {
        }

        record Spec(EstimatorSpec spec, Origin origin) implements Lowered {
        }
    }

    /** A node compared by identity, for the memo when equal sub-plans must not be merged. */
    private record Identity(LogicalNode node) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.node == node;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(node);
        }
    }

    private record MemoKey(Object node, List<Integer> outcomes) {
    }

    /** The state of one lowering: the memo shared by all candidates, and which choices each node reads. */
    private final class Run {
        private final SearchSpace space;
        private final Map<MemoKey, Lowered> memo = new HashMap<>();
        private final Map<io.stratum.ir.node.Fingerprint, PhysicalOp> interned = new HashMap<>();
        private final Map<LogicalNode, int[]> choicesBelow = new IdentityHashMap<>();

        Run(SearchSpace space) {
            this.space = space;
        }

        PhysicalOp op(LogicalNode node, int[] point) {
            return switch (lower(node, point)) {
                case Lowered.Op op -> op.op();
                case Lowered.Constant c -> throw new StratumError(node.origin(),
                        "expected a DataOp here, got the constant " + c.value().repr(), null);
                case Lowered.Spec s -> throw new StratumError(node.origin(),
                        "expected a DataOp here, got the estimator " + s.spec().repr(),
                        "apply estimators with .skb.apply(estimator, y=...)");
            };
        }

        Lowered lower(LogicalNode node, int[] point) {
            int[] below = choicesBelow(node);
            List<Integer> outcomes = new ArrayList<>(below.length);
            for (int c : below) {
                outcomes.add(point[c]);
            }
            MemoKey key = new MemoKey(shareEqualSubplans ? node.fingerprint() : new Identity(node), outcomes);
            Lowered known = memo.get(key);
            if (known == null) {
                known = lowerOnce(node, point);
                if (shareEqualSubplans && known instanceof Lowered.Op(PhysicalOp op)) {
                    // Different logical nodes can lower to equal operators (a step written plainly in one script
                    // and as a choice's outcome in another): one object for them makes the sharing visible.
                    known = new Lowered.Op(interned.computeIfAbsent(op.fingerprint(), f -> op));
                }
                memo.put(key, known);
            }
            return known;
        }

        private int[] choicesBelow(LogicalNode node) {
            int[] known = choicesBelow.get(node);
            if (known != null) {
                return known;
            }
            java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
            if (node instanceof Choice c) {
                set.add(space.numberOf(c));
            }
            for (LogicalNode in : node.inputs()) {
                for (int n : choicesBelow(in)) {
                    set.add(n);
                }
            }
            int[] out = set.stream().mapToInt(Integer::intValue).toArray();
            choicesBelow.put(node, out);
            return out;
        }

        private Lowered lowerOnce(LogicalNode node, int[] point) {
            io.stratum.optimizer.rules.IndexedResultMethods.refuseConsumer(node);
            return switch (node) {
                case Var v -> {
                    if (v.value() == null && v.name().equals(Var.EVAL_MODE)) {
                        throw new StratumError(v.origin(), "skrub.eval_mode() is used where its value differs between fit"
                                + " and predict, which Stratum does not support yet", EVAL_MODE_HINT);
                    }
                    if (v.value() == null) {
                        throw new StratumError(v.origin(), "variable '" + v.name() + "' has no value; pass one with skrub.var("
                                + Const.of(v.name()).repr() + ", value) or bind it when running the search", null);
                    }
                    yield lower(v.value(), point);
                }
                case Value v -> new Lowered.Constant(v.value());
                case ReadCsv r -> new Lowered.Op(new ScanCsv(r.path(), r.displayPath(), r.options(), r.columns(), r.origin()));
                case ReadFile r -> new Lowered.Op(new ScanFile(r.format(), r.path(), r.displayPath(), r.options(), r.columns(),
                        r.origin()));
                case GetItem g -> new Lowered.Op(selection(g, op(g.input(), point), constantKey(g, point)));
                case GetAttr g when g.name().equals("index") -> throw new StratumError(g.origin(), "a frame's .index (its row"
                        + " labels) cannot be compiled yet", "hold out the rows a sample did not pick with"
                        + " rest = df.drop(sample.index), sample = df.sample(frac=..., random_state=...); or use"
                        + " sklearn's train_test_split(df, test_size=..., random_state=...)");
                case GetAttr g -> throw new StratumError(g.origin(), "attribute '." + g.name() + "' cannot be compiled yet",
                        "select columns with df[\"" + g.name() + "\"]");
                case CallMethod c -> throw new StratumError(c.origin(), "method '" + c.method() + "' was not bound to an operator",
                        "the optimizer's bind batch must run before lowering");
                case Call c -> throw new StratumError(c.origin(), "function '" + c.function() + "' cannot be compiled yet", null);
                case Drop d -> new Lowered.Op(new DropColumns(op(d.input(), point), d.columns(), d.origin()));
                case Assign a -> new Lowered.Op(assign(a, point));
                case BinOp b -> new Lowered.Op(eval(b, point));
                case UnaryOp u -> new Lowered.Op(eval(u, point));
                case Numeric n -> new Lowered.Op(eval(n, point));
                // A column's per-value operation joins the row expression; a frame's maps its columns in place.
                case ElementWise e when e.columns().isEmpty() && OutputKind.of(e) == OutputKind.COLUMN -> new Lowered.Op(eval(e, point));
                case ElementWise e -> new Lowered.Op(new MapColumns(op(e.input(), point), e.op(), e.columns(), e.origin()));
                case Where w -> new Lowered.Op(eval(w, point));
                case Rename r -> new Lowered.Op(new RenameColumns(op(r.input(), point), r.from(), r.to(), r.origin()));
                case io.stratum.ir.logical.Affix a -> new Lowered.Op(new io.stratum.ir.physical.AffixColumns(op(a.input(), point),
                        a.prefix(), a.suffix(), a.origin()));
                case DropNa d -> new Lowered.Op(new DropMissingRows(op(d.input(), point), d.subset(), d.all(), d.origin()));
                case MarkX m -> new Lowered.Op(new SplitRows(op(m.input(), point), "X", m.origin()));
                case MarkY m -> new Lowered.Op(new SplitRows(op(m.input(), point), "y", m.origin()));
                case Estimator e -> new Lowered.Spec(spec(e, point), e.origin());
                case Apply a -> new Lowered.Op(apply(a, point));
                case Choice c -> {
                    int outcome = point[space.numberOf(c)];
                    if (outcome < 0) {
                        throw new IllegalStateException("choice '" + c.name() + "' is used but has no outcome in this candidate");
                    }
                    yield lower(c.outcomes().get(outcome), point);
                }
                case SearchRoot g -> throw new StratumError(g.origin(), "a search cannot be nested inside another search", null);
                case Filter f -> new Lowered.Op(new FilterRows(op(f.input(), point), eval(f.mask(), point), f.origin()));
                case Join j -> new Lowered.Op(join(j, point));
                case GroupBy g -> throw new StratumError(g.origin(), "groupby(...) must be followed by an aggregation",
                        "write groupby(keys).agg(...), .mean(), .size(), ...");
                case Aggregate a -> {
                    if (a.keysAsIndex()) {
                        throw new StratumError(a.origin(), "this aggregation leaves the group keys in the index, which"
                                + " Stratum frames do not have", "add .reset_index() after it, or pass as_index=False to groupby");
                    }
                    yield new Lowered.Op(new HashAggregate(op(a.input(), point), a.keys(), a.aggregations(), a.sort(), a.origin()));
                }
                case io.stratum.ir.logical.GroupTransform t -> new Lowered.Op(new io.stratum.ir.physical.HashGroupTransform(
                        op(t.input(), point), t.keys(), t.columns(), t.function(), t.dropna(), t.series(), t.origin()));
                case io.stratum.ir.logical.Shift s -> new Lowered.Op(new io.stratum.ir.physical.ShiftRows(op(s.input(), point),
                        s.periods(), s.method(), s.grouping(), s.origin()));
                case io.stratum.ir.logical.Window w -> new Lowered.Op(new io.stratum.ir.physical.WindowRows(op(w.input(), point),
                        w.grouping(), w.function(), w.frame(), w.origin()));
                case SortValues s -> new Lowered.Op(new SortRows(op(s.input(), point), s.by(), s.ascending(), s.sortKind(), s.origin()));
                case Limit l -> new Lowered.Op(new SliceRows(op(l.input(), point), l.head(), l.n(), l.origin()));
                case io.stratum.ir.logical.RowsByPosition r -> new Lowered.Op(new io.stratum.ir.physical.TakeRows(
                        op(r.input(), point), r.positions(), r.origin()));
                // Binding resolves subsamples (ResolveSubsampling); a plan lowered without it means the same.
                case io.stratum.ir.logical.Subsample s -> lower(s.resolved(), point);
                case io.stratum.ir.logical.Switch s when io.stratum.ir.logical.Switch.known(s.query()) != null
                        || readsEvalMode(s.query()) || !(lower(s.query(), point) instanceof Lowered.Op) -> throw unresolvedSwitch(s);
                // A branch on a value computed from the data: resolved when the plan runs, per fold and mode.
                case io.stratum.ir.logical.Switch s -> {
                    List<PhysicalOp> targets = new ArrayList<>();
                    for (LogicalNode t : s.targets()) {
                        targets.add(branch(t, s, point));
                    }
                    yield new Lowered.Op(new io.stratum.ir.physical.SwitchValue(op(s.query(), point), s.keys(), targets,
                            s.fallback() == null ? null : branch(s.fallback(), s, point), s.truthiness(), s.origin()));
                }
                case io.stratum.ir.logical.TrainTestRows t -> new Lowered.Op(new io.stratum.ir.physical.TakeSplitRows(
                        op(t.input(), point), t.testSize(), t.trainSize(), t.shuffle(), t.seed(),
                        t.stratify() == null ? null : op(t.stratify(), point), t.test(), t.origin()));
                case Concat c -> {
                    List<PhysicalOp> frames = new ArrayList<>();
                    for (LogicalNode f : c.frames()) {
                        frames.add(op(f, point));
                    }
                    yield new Lowered.Op(new ConcatFrames(frames, c.columns(), c.skb(), c.ignoreIndex(), c.origin()));
                }
                case FrameLiteral f -> new Lowered.Op(new LiteralFrame(f.names(), f.columns(), f.origin()));
                case io.stratum.ir.logical.Reduce r -> new Lowered.Op(new io.stratum.ir.physical.ReduceRows(op(r.input(), point),
                        r.function(), r.argument(), r.origin()));
                case io.stratum.ir.logical.FreezeAfterFit f -> new Lowered.Op(new io.stratum.ir.physical.FrozenAtFit(
                        op(f.input(), point), f.origin()));
                case DropDuplicates d -> new Lowered.Op(new DropDuplicateRows(op(d.input(), point), d.subset(), d.keep(), d.origin()));
                // Computed as a frame with the keys first; printing puts them in the index.
                case io.stratum.ir.logical.IndexedResult r -> lower(r.input(), point);
                case ValueCounts v -> {
                    if (v.valuesAsIndex()) {
                        throw new StratumError(v.origin(), "value_counts() leaves the counted values in the index, which"
                                + " Stratum frames do not have", "add .reset_index() after it");
                    }
                    yield new Lowered.Op(new CountValues(op(v.input(), point), v.subset(), v.normalize(), v.sort(),
                            v.ascending(), v.dropna(), v.origin()));
                }
            };
        }

        /** A target of a branch resolved when the plan runs: data, or a constant as a run-time value; not an estimator. */
        private PhysicalOp branch(LogicalNode target, io.stratum.ir.logical.Switch s, int[] point) {
            return switch (lower(target, point)) {
                case Lowered.Op o -> o.op();
                case Lowered.Constant c when c.value() instanceof Const.IntConst || c.value() instanceof Const.FloatConst
                        || c.value() instanceof Const.StrConst || c.value() instanceof Const.BoolConst ->
                        new io.stratum.ir.physical.ConstantValue(c.value(), s.origin());
                case Lowered.Constant c -> throw new StratumError(s.origin(), ".skb." + (s.truthiness() ? "if_else" : "match")
                        + " on a value computed from the data can give data, a number, a str or a bool, not "
                        + c.value().repr(), "branch on a constant or a choice to pick other values");
                case Lowered.Spec e -> throw new StratumError(s.origin(), ".skb." + (s.truthiness() ? "if_else" : "match")
                        + " on a value computed from the data cannot pick an estimator (" + e.spec().repr() + "): Stratum"
                        + " decides what to fit before the data is read", "choose estimators with skrub.choose_from([...]) or"
                        + " choose_bool().if_else(a, b), which the search tries each");
            };
        }

        /** A hash join whose build side is the input with fewer estimated rows (the right one when unknown or equal). */
        private PhysicalOp join(Join j, int[] point) {
            OptionalLong l = metadata == null ? OptionalLong.empty() : metadata.of(j.left()).rows();
            OptionalLong r = metadata == null ? OptionalLong.empty() : metadata.of(j.right()).rows();
            String build = "right";
            String reason = "rows not estimated";
            if (j.how().equals("semi") || j.how().equals("anti")) {
                reason = "semi/anti join: the lookup side's distinct keys fill the table, every left row probes it";
            } else if (l.isPresent() && r.isPresent()) {
                build = l.getAsLong() < r.getAsLong() ? "left" : "right";
                reason = "estimated rows left=" + l.getAsLong() + " right=" + r.getAsLong();
            }
            return new HashJoin(op(j.left(), point), op(j.right(), point), j.how(), j.leftOn(), j.rightOn(),
                    j.leftSuffix(), j.rightSuffix(), build, reason, j.origin());
        }

        private Const constantKey(GetItem g, int[] point) {
            return switch (lower(g.key(), point)) {
                case Lowered.Constant c -> c.value();
                default -> throw new StratumError(g.origin(), "only a column name or a list of names can select columns", null);
            };
        }

        private PhysicalOp selection(GetItem g, PhysicalOp input, Const key) {
            return switch (key) {
                case Const.StrConst s -> new SelectColumn(input, s.value(), g.origin());
                // .skb.select(selector) and .skb.drop(selector): resolved against the frame when it runs.
                case Const.ListConst l when ColumnSelector.fromConst(l) != null ->
                        new SelectColumns(input, List.of(), g.origin(), ColumnSelector.fromConst(l));
                case Const.ListConst l when l.asStrings() != null -> new SelectColumns(input, l.asStrings(), g.origin());
                default -> throw new StratumError(g.origin(), "selecting with " + key.repr() + " is not supported yet",
                        "select a column with df[\"name\"] or several with df[[\"a\", \"b\"]]");
            };
        }

        private EstimatorSpec spec(Estimator e, int[] point) {
            List<String> names = new ArrayList<>();
            List<Const> values = new ArrayList<>();
            List<Boolean> explicit = new ArrayList<>();
            for (Estimator.Param p : e.params()) {
                Const value = switch (lower(p.value(), point)) {
                    case Lowered.Constant c -> c.value();
                    // an estimator parameter with choices inside, resolved for this candidate
                    case Lowered.Spec nested -> nested.spec().toConst();
                    default -> throw new StratumError(e.origin(), e.simpleName() + "(" + p.name()
                            + "=...) must be a constant or a choice of constants", null);
                };
                names.add(p.name());
                values.add(value);
                explicit.add(p.explicit());
            }
            return new EstimatorSpec(e.qualifiedName(), names, values, explicit);
        }

        private PhysicalOp apply(Apply a, int[] point) {
            if (a.sampleWeight() == null) {
                return applyUnweighted(a, point);
            }
            Lowered estimator = lower(a.estimator(), point);
            String name = estimator instanceof Lowered.Spec s ? s.spec().qualifiedName() : null;
            String simple = estimator instanceof Lowered.Spec s ? s.spec().simpleName() : "None";
            if (name != null && SampleWeights.WITHOUT_SAMPLE_WEIGHT.contains(name)) {
                throw new StratumError(a.origin(), ".skb.apply(fit_kwargs={'sample_weight': ...}): scikit-learn's "
                        + simple + ".fit takes no sample_weight, so skrub fails on this step too (TypeError: " + simple
                        + ".fit() got an unexpected keyword argument 'sample_weight')", "leave fit_kwargs out for "
                        + simple + ", or apply a learner whose fit takes sample weights: " + SampleWeights.names());
            }
            if (name == null || !SampleWeights.LEARNERS.contains(name)) {
                throw new StratumError(a.origin(), ".skb.apply(fit_kwargs={'sample_weight': ...}): Stratum passes"
                        + " sample weights to " + SampleWeights.names() + "; not to " + simple, "leave fit_kwargs out"
                        + " for this estimator, or apply one of those learners");
            }
            String refused = SampleWeights.refusal(((Lowered.Spec) estimator).spec());
            if (refused != null) {
                throw new StratumError(a.origin(), ".skb.apply(fit_kwargs={'sample_weight': ...}): " + refused,
                        "use strategy='mean', or leave the weights out");
            }
            PhysicalOp unweighted = applyUnweighted(a, point);
            if (!(unweighted instanceof FitPredict fit) || MatrixInputs.sparse(fit.features())) {
                throw new StratumError(a.origin(), ".skb.apply(fit_kwargs={'sample_weight': ...}): " + simple
                        + " on a scipy sparse matrix takes no sample weights in Stratum yet", "reduce the matrix first"
                        + " with .skb.apply(TruncatedSVD(n_components=...)), or leave the weights out");
            }
            return fit.withWeights(op(a.sampleWeight(), point));
        }

        private PhysicalOp applyUnweighted(Apply a, int[] point) {
            PhysicalOp input = op(a.input(), point);
            Lowered estimator = lower(a.estimator(), point);
            // skrub skips a step whose estimator is None or "passthrough" (what optional(...) leaves out).
            if (estimator instanceof Lowered.Constant(Const c)
                    && (c instanceof Const.NoneConst || c.equals(Const.of("passthrough")))) {
                return passThrough(a, input);
            }
            Lowered.Spec resolved = switch (estimator) {
                case Lowered.Spec s -> s;
                default -> throw new StratumError(a.origin(), ".skb.apply needs an estimator such as Ridge()", null);
            };
            EstimatorSpec spec = resolved.spec();
            ApiEntry entry = catalog.lookup(spec.qualifiedName());
            if (entry == null) {
                throw new StratumError(resolved.origin(), spec.simpleName() + " is not in Stratum's catalog", null);
            }
            String kernel = KernelSelection.kernelFor(spec, resolved.origin());
            List<String> cols = a.columnList();
            ColumnSelector selector = a.selector();
            if (io.stratum.ir.catalog.TextEntries.MATRIX_TRANSFORMERS.contains(spec.qualifiedName())) {
                // skrub hands these the column or the matrix itself (cols= is then refused by the metadata); TruncatedSVD
                // of a frame transforms the columns cols= names, as any transformer.
                return selector != null ? new FitTransform(input, spec, null, kernel, a.origin(), selector)
                        : new FitTransform(input, spec, cols, kernel, a.origin());
            }
            if (MatrixInputs.sparse(input) && (entry.kind() == EntryKind.REGRESSOR || entry.kind() == EntryKind.CLASSIFIER)) {
                return sparseLearner(a, spec, input, point);
            }
            return switch (entry.kind()) {
                case TRANSFORMER -> {
                    FitTransform t = selector != null ? new FitTransform(input, spec, null, kernel, a.origin(), selector)
                            : new FitTransform(input, spec, cols, kernel, a.origin());
                    if (spec.qualifiedName().equals("sklearn.preprocessing.OneHotEncoder")) {
                        Optional<List<ColumnStats>> encoded = selector != null ? Optional.empty()
                                : schemaOf(a.input(), point).map(s -> cols == null ? s : s.stream().filter(c -> cols.contains(c.name())).toList());
                        KernelChoice layout = OneHotLayout.choose(spec, encoded);
                        t = new FitTransform(input, spec, t.columns(), layout.kernel(), a.origin(), selector, layout.reason());
                    }
                    yield t;
                }
                case REGRESSOR, CLASSIFIER -> {
                    if (a.y() == null) {
                        throw new StratumError(a.origin(), spec.simpleName() + " is a supervised estimator and needs a target",
                                "pass it with .skb.apply(" + spec.repr() + ", y=y)");
                    }
                    PhysicalOp features = selector != null ? new SelectColumns(input, List.of(), a.origin(), selector)
                            : cols == null ? input : new SelectColumns(input, cols, a.origin());
                    if (spec.qualifiedName().equals("sklearn.linear_model.Ridge")) {
                        boolean csr = features instanceof FitTransform t && OneHotLayouts.SPARSE.equals(t.kernel());
                        KernelChoice solver = ridgeSolver(a, spec, point, csr);
                        yield new FitPredict(features, op(a.y(), point), spec, solver.kernel(), solver.reason(), a.origin());
                    }
                    if (spec.qualifiedName().equals("sklearn.linear_model.LogisticRegression")
                            && float32Features(point).float32(a.input(), cols)) {
                        yield new FitPredict(features, op(a.y(), point), spec, LogisticSolvers.LBFGS_FLOAT32,
                                "every column of X is float32: scikit-learn fits and predicts in float32", a.origin());
                    }
                    yield new FitPredict(features, op(a.y(), point), spec, kernel, a.origin());
                }
                default -> throw new StratumError(a.origin(), spec.simpleName() + " cannot be applied to data", null);
            };
        }

        /**
         * A skipped step ({@code None} or {@code "passthrough"}): skrub applies its {@code PassThrough()} and, on a frame,
         * wraps it in {@code ApplyToCols} like any transformer ({@code _wrap_estimator}), so the columns {@code cols=}
         * (minus {@code exclude_cols=}) picks come out unchanged after the others; without a selection, or on a column,
         * the input is the output.
         */
        private PhysicalOp passThrough(Apply a, PhysicalOp input) {
            List<String> cols = a.columnList();
            ColumnSelector selector = a.selector();
            if (cols == null && (selector == null || selector instanceof ColumnSelector.All)
                    || OutputKind.of(a.input()) != OutputKind.FRAME) {
                return input;
            }
            PhysicalOp rest = selector != null ? new SelectColumns(input, List.of(), a.origin(),
                    new ColumnSelector.Combined(ColumnSelector.Operator.SUB, new ColumnSelector.All(), selector))
                    : new DropColumns(input, cols, a.origin());
            PhysicalOp picked = selector != null ? new SelectColumns(input, List.of(), a.origin(), selector)
                    : new SelectColumns(input, cols, a.origin());
            return new ConcatFrames(List.of(rest, picked), true, true, a.origin());
        }

        /**
         * A learner fitted on a scipy sparse matrix (a text vectorizer's output), as scikit-learn fits it there: Ridge
         * by its {@code sparse_cg} solver (what {@code solver='auto'} picks for sparse input), LogisticRegression by
         * L-BFGS as on dense input, Lasso and ElasticNet by sparse coordinate descent (scikit-learn ignores
         * {@code precompute} there); other learners are refused (Stratum does not run them on sparse input yet).
         */
        private PhysicalOp sparseLearner(Apply a, EstimatorSpec spec, PhysicalOp features, int[] point) {
            if (a.y() == null) {
                throw new StratumError(a.origin(), spec.simpleName() + " is a supervised estimator and needs a target",
                        "pass it with .skb.apply(" + spec.repr() + ", y=y)");
            }
            PhysicalOp y = op(a.y(), point);
            String kernel = switch (spec.qualifiedName()) {
                case "sklearn.linear_model.Ridge" -> MatrixInputs.ridgeSolver(spec, a.origin());
                case "sklearn.linear_model.LogisticRegression", "sklearn.linear_model.Lasso",
                     "sklearn.linear_model.ElasticNet" -> KernelSelection.kernelFor(spec, a.origin());
                default -> throw new StratumError(a.origin(), spec.simpleName() + " on " + MatrixInputs.describe(features)
                        + " is not supported by Stratum yet: Ridge, LogisticRegression, Lasso and ElasticNet read it",
                        "reduce it first with .skb.apply(TruncatedSVD(n_components=...)), whose dense output any"
                                + " learner reads");
            };
            if (spec.qualifiedName().equals("sklearn.linear_model.Ridge")) {
                return new FitPredict(features, y, spec, kernel, "a scipy sparse matrix: scikit-learn's solver='auto'"
                        + " runs sparse_cg on it, to tol=" + spec.param("tol").repr(), a.origin());
            }
            if (!spec.qualifiedName().equals("sklearn.linear_model.LogisticRegression")) {
                return new FitPredict(features, y, spec, kernel, "a scipy sparse matrix: scikit-learn's sparse coordinate"
                        + " descent, X centered implicitly by its column means, never densified", a.origin());
            }
            return new FitPredict(features, y, spec, kernel, a.origin());
        }

        /** The dtype facts of a learner's features as candidate {@code point} sees them. */
        private Float32Features float32Features(int[] point) {
            return new Float32Features(c -> point[space.numberOf(c)] >= 0 ? c.outcomes().get(point[space.numberOf(c)])
                    : null, n -> lower(n, point) instanceof Lowered.Spec s ? s.spec() : null, n -> schemaOf(n, point));
        }

        /** The solver of a Ridge applied by {@code a}, from the estimated shape of its features. */
        private KernelChoice ridgeSolver(Apply a, EstimatorSpec spec, int[] point, boolean csr) {
            List<String> cols = a.columnList();
            Optional<List<String>> names = a.selector() != null ? Optional.empty()
                    : cols != null ? Optional.of(cols)
                    : schemaOf(a.input(), point).map(s -> s.stream().map(ColumnStats::name).toList());
            OptionalLong rows = metadataOf(a.input(), point).map(NodeMetadata::rows).orElse(OptionalLong.empty());
            Optional<List<IndicatorBlocks.Block>> blocks = names.flatMap(n -> metadata == null ? Optional.empty()
                    : IndicatorBlocks.find(a.input(), n, metadata, candidate(point)));
            return RidgeSolverChoice.choose(spec, names.map(List::size), rows, blocks, csr);
        }

        /** The metadata of {@code node} as this candidate sees it (choices resolved), when it was derived. */
        private Optional<NodeMetadata> metadataOf(LogicalNode node, int[] point) {
            LogicalNode n = node;
            while (n instanceof Choice c && point[space.numberOf(c)] >= 0) {
                n = c.outcomes().get(point[space.numberOf(c)]);
            }
            return metadata == null ? Optional.empty() : metadata.find(n);
        }

        private Optional<List<ColumnStats>> schemaOf(LogicalNode node, int[] point) {
            return metadataOf(node, point).flatMap(NodeMetadata::schema);
        }

        private IndicatorBlocks.Candidate candidate(int[] point) {
            return new IndicatorBlocks.Candidate() {
                @Override
                public LogicalNode outcome(Choice choice) {
                    int outcome = point[space.numberOf(choice)];
                    return outcome < 0 ? null : choice.outcomes().get(outcome);
                }

                @Override
                public Optional<EstimatorSpec> estimator(LogicalNode estimator) {
                    return lower(estimator, point) instanceof Lowered.Spec s ? Optional.of(s.spec()) : Optional.empty();
                }

                @Override
                public boolean isTransformer(EstimatorSpec spec) {
                    ApiEntry entry = catalog.lookup(spec.qualifiedName());
                    return entry != null && entry.kind() == io.stratum.ir.catalog.EntryKind.TRANSFORMER;
                }
            };
        }

        private PhysicalOp assign(Assign a, int[] point) {
            List<PhysicalOp> inputs = new ArrayList<>();
            inputs.add(op(a.input(), point));
            Operands operands = new Operands(a.input(), inputs, point);
            List<ColumnExpr> exprs = new ArrayList<>();
            for (LogicalNode v : a.values()) {
                exprs.add(operands.expr(v));
            }
            return new AssignColumns(inputs, a.names(), exprs, a.origin());
        }

        private PhysicalOp eval(LogicalNode arithmetic, int[] point) {
            List<PhysicalOp> inputs = new ArrayList<>();
            ColumnExpr expr = new Operands(null, inputs, point).expr(arithmetic);
            if (inputs.isEmpty()) {
                throw new StratumError(arithmetic.origin(), "arithmetic on constants alone is not a DataOp",
                        "write the computed value as a constant");
            }
            return new EvalColumn(inputs, expr, arithmetic.origin());
        }

        /** Builds a row expression, collecting the operators it reads; input 0 is {@code frame} when there is one. */
        private final class Operands {
            private final LogicalNode frame;
            private final List<PhysicalOp> inputs;
            private final int[] point;

            Operands(LogicalNode frame, List<PhysicalOp> inputs, int[] point) {
                this.frame = frame;
                this.inputs = inputs;
                this.point = point;
            }

            ColumnExpr expr(LogicalNode node) {
                return switch (node) {
                    case BinOp b -> new ColumnExpr.Binary(b.op(), expr(b.left()), expr(b.right()));
                    case UnaryOp u -> new ColumnExpr.Unary(u.op(), expr(u.operand()));
                    case Numeric n -> new ColumnExpr.Function(n.function(), expr(n.operand()));
                    case Where w -> new ColumnExpr.Where(expr(w.input()), expr(w.condition()), w.other(),
                            w.otherColumn() == null ? null : expr(w.otherColumn()));
                    case ElementWise e when e.columns().isEmpty() && OutputKind.of(e) == OutputKind.COLUMN ->
                            new ColumnExpr.Element(e.op(), expr(e.input()));
                    case Choice c when point[space.numberOf(c)] >= 0 -> expr(c.outcomes().get(point[space.numberOf(c)]));
                    case GetItem g when lower(g.key(), point) instanceof Lowered.Constant(Const.StrConst column) -> {
                        // Same frame as the assign: read the column in place instead of adding an input.
                        int input = frame != null && g.input().fingerprint().equals(frame.fingerprint())
                                ? 0 : indexOf(op(g.input(), point));
                        yield new ColumnExpr.InputColumn(input, column.value());
                    }
                    default -> switch (lower(node, point)) {
                        case Lowered.Constant c -> new ColumnExpr.Literal(c.value());
                        case Lowered.Op o -> new ColumnExpr.InputColumn(indexOf(o.op()), null);
                        case Lowered.Spec s -> throw new StratumError(node.origin(),
                                "an estimator cannot be used in column arithmetic", null);
                    };
                };
            }

            private int indexOf(PhysicalOp op) {
                for (int i = 0; i < inputs.size(); i++) {
                    if (inputs.get(i) == op) {
                        return i;
                    }
                }
                inputs.add(op);
                return inputs.size() - 1;
            }
        }
    }
}
