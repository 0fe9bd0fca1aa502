package io.stratum.frontend.graalpy;

import io.stratum.frontend.api.CrossValidation;
import io.stratum.frontend.api.Learner;
import io.stratum.frontend.api.TrainTestSplit;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import io.stratum.frontend.api.FrameFacts;
import io.stratum.frontend.api.SourceScope;
import io.stratum.frontend.bind.ScriptAction;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.SearchRoot;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.node.Origin;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The one host object a GraalPy script can reach: the facade modules ({@code skrub}, {@code sklearn.*},
 * {@code pandas}) call it to build the plan through the same Java DataOps API the subset binder calls, and to
 * record what the script prints. Only the methods marked {@link HostAccess.Export} are visible to Python.
 */
public final class FacadeBridge {
    private static final ApiCatalog CATALOG = StandardCatalog.get();
    private static final String RESOURCES = "/io/stratum/frontend/graalpy/python/";

    private final String fileName;
    private final Path workingDirectory;
    private final List<DataOp> searches = new ArrayList<>();
    /** Searches fitted by {@code search.fit(split["train"])}: the split each was fitted on, whose test rows it scores. */
    private final Map<DataOp, TrainTestSplit> fittedOnSplits = new java.util.IdentityHashMap<>();
    private final List<ScriptAction> actions = new ArrayList<>();
    private final List<io.stratum.frontend.bind.DeferredValue> deferred = new ArrayList<>();
    /** Variables whose values gave a plan-time fact (len, shape, columns, dtypes), and the line that first read one. */
    private final Map<String, Integer> factUses = new java.util.HashMap<>();
    /** The values {@code .skb.get_data()} returned, with the name of the variable each was declared for. */
    private final java.util.IdentityHashMap<io.stratum.ir.logical.LogicalNode, String> declaredValues =
            new java.util.IdentityHashMap<>();

    private final CallNamePosition callNames;

    FacadeBridge(String fileName, Path workingDirectory, String source) {
        this.fileName = fileName;
        this.workingDirectory = workingDirectory;
        this.callNames = new CallNamePosition(source);
    }

    /**
     * The line and column (1-based, as {@code line * 2^20 + column}) of the name called by the call that spans
     * {@code line:column} to {@code endLine:endColumn} in Python's code positions, where the subset binder locates it.
     */
    @HostAccess.Export
    public long callName(int line, int column, int endLine, int endColumn) {
        int[] at = callNames.locate(line, column, endLine, endColumn);
        return ((long) at[0] << 20) | at[1];
    }

    List<DataOp> searches() {
        return searches;
    }

    List<ScriptAction> actions() {
        return actions;
    }

    /** The script's file name as errors and Python frames name it. */
    @HostAccess.Export
    public String scriptName() {
        return fileName;
    }

    /** The Python source of a bundled facade module, or null when there is none of that name. */
    @HostAccess.Export
    public String facadeSource(String module) {
        try (InputStream in = FacadeBridge.class.getResourceAsStream(RESOURCES + module + ".py")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the facade module " + module, e);
        }
    }

    /**
     * The names directly inside {@code module} that the API catalog knows as classes, comma separated; the
     * {@code sklearn} facade is generated from this, so a new catalog entry is importable at once.
     */
    @HostAccess.Export
    public String catalogClasses(String module) {
        List<String> out = new ArrayList<>();
        for (String name : CATALOG.namesIn(module)) {
            ApiEntry e = CATALOG.lookup(module + "." + name);
            if (e.kind() != EntryKind.FRAME_METHOD && e.kind() != EntryKind.READER) {
                out.add(name);
            }
        }
        return String.join(",", out);
    }

    /** The catalog's modules below {@code top} (such as {@code sklearn.linear_model}), comma separated. */
    @HostAccess.Export
    public String catalogModules(String top) {
        TreeSet<String> out = new TreeSet<>();
        for (ApiEntry e : CATALOG.entries()) {
            String q = e.qualifiedName();
            for (int dot = q.indexOf('.'); dot >= 0; dot = q.indexOf('.', dot + 1)) {
                String module = q.substring(0, dot);
                if (module.equals(top) || module.startsWith(top + ".")) {
                    if (CATALOG.lookup(module) == null) {
                        out.add(module);
                    }
                }
            }
        }
        return String.join(",", out);
    }

    /** The parameter names of a catalog class in signature order, comma separated (for positional arguments). */
    @HostAccess.Export
    public String catalogParams(String qualifiedName) {
        ApiEntry e = CATALOG.lookup(qualifiedName);
        return e == null ? "" : String.join(",", e.paramNames());
    }

    /** How many actions the script has recorded: where a {@code print(...)} starts. */
    @HostAccess.Export
    public int actionCount() {
        return actions.size();
    }

    /**
     * Forgets the actions recorded from {@code start} on: a {@code print(...)} with a value Stratum refuses prints
     * nothing, as in the subset binder, where the script's prints before it print everything.
     */
    @HostAccess.Export
    public void dropActionsFrom(int start) {
        actions.subList(start, actions.size()).clear();
    }

    /** Logs a DataOp the script now holds ({@link io.stratum.frontend.api.StepLog}), as the subset binder's values. */
    @HostAccess.Export
    public void holds(Object op) {
        if (op instanceof DataOp d) {
            io.stratum.frontend.api.StepLog.holds(d);
        }
    }

    /** {@code print(...)} of text. */
    @HostAccess.Export
    public void printText(String text, int line, int col) {
        actions.add(new ScriptAction.PrintText(text, origin(line, col)));
    }

    /**
     * {@code print(search.results_)} and the like, written at {@code line}:{@code column}, its first line after
     * {@code prefix} (the text before it in the same print, with the separator).
     */
    @HostAccess.Export
    public void showSearch(Object search, String attribute, String prefix, int line, int column) {
        if (attribute.startsWith("best_") && op(search).node() instanceof SearchRoot root
                && !io.stratum.frontend.api.Scoring.picksBest(root)) {
            throw located(origin(line, column), io.stratum.frontend.session.SearchResults.noBest(attribute),
                    io.stratum.frontend.session.SearchResults.NO_BEST_HINT);
        }
        actions.add(new ScriptAction.ShowSearch(op(search), attribute, origin(line, column),
                io.stratum.frontend.bind.ResultsView.TABLE, prefix));
    }

    /**
     * {@code print(pred.skb.cross_validate(...))}, or of one column ({@code column} non-null) in {@code form} (a
     * {@link io.stratum.frontend.bind.CvColumnView.Form} name), written at {@code line}:{@code column}.
     */
    @HostAccess.Export
    public void showCrossValidation(Object cv, String column, Value decimals, String form, Value columns,
                                    String reduction, String prefix, int line, int col) {
        List<String> names = null;
        if (!columns.isNull()) {
            names = new ArrayList<>();
            for (long i = 0; i < columns.getArraySize(); i++) {
                names.add(columns.getArrayElement(i).asString());
            }
        }
        actions.add(new ScriptAction.ShowCrossValidation((CrossValidation) cv, column, new io.stratum.frontend.bind.CvColumnView(
                decimals.isNull() ? null : decimals.asInt(), io.stratum.frontend.bind.CvColumnView.Form.valueOf(form), names,
                reduction), origin(line, col), prefix));
    }

    /** Whether a search may show its results: made with {@code fitted=True}, or fitted since. */
    @HostAccess.Export
    public boolean searchFitted(Object search) {
        return op(search).node() instanceof SearchRoot root && root.fitted();
    }

    /**
     * The token of a learner's score written into text ({@code round(learner.score(split["test"]), 4)}, a metric of its
     * predictions), negated for a loss ({@link io.stratum.frontend.bind.DeferredValue#ofLearnerScore}).
     */
    @HostAccess.Export
    public String learnerScoreToken(Object search, boolean negate, Object round, Object spec, boolean repr, int line,
                                    int column) {
        String format = spec == null ? null : spec.toString();
        if (format != null) {
            io.stratum.ir.value.PyFormatSpec.format(io.stratum.ir.value.Const.of(0.5), format);
        }
        io.stratum.frontend.bind.DeferredValue value = search instanceof io.stratum.frontend.api.NewDataScore score
                ? io.stratum.frontend.bind.DeferredValue.ofNewDataScore(score)
                : search instanceof io.stratum.frontend.api.ArrayMetric metric
                ? io.stratum.frontend.bind.DeferredValue.ofPredicted(metric)
                : io.stratum.frontend.bind.DeferredValue.ofLearnerScore(op(search), negate);
        if (value.negated() != negate) {
            value = value.negate(); // -learner.score(...)
        }
        value = value.with(round == null ? null : ((Number) round).intValue(), format);
        deferred.add(repr ? value.asRepr() : value);
        return io.stratum.frontend.bind.DeferredValue.token(deferred.size() - 1);
    }

    /** Whether {@code op} is a choice of constants, which a {@code skrub.deferred} call expands ({@code _stratum.deferred_call}). */
    @HostAccess.Export
    public boolean hasConstantOutcomes(Object op) {
        return op instanceof DataOp d && d.hasConstantOutcomes();
    }

    /**
     * A {@code skrub.deferred} function called with the choice {@code op}: {@code body} (a Python callable taking the
     * outcome's value and returning the call's result, unwrapped) run on each outcome ({@link DataOp#perOutcome}).
     */
    @HostAccess.Export
    public Object perOutcome(Object op, Value body) {
        return op(op).perOutcome(c -> java(body.execute(switch (c) {
            case Const.IntConst i -> (Object) i.value();
            case Const.FloatConst f -> f.value();
            case Const.StrConst str -> str.value();
            case Const.BoolConst b -> b.value();
            case Const.NoneConst n -> null;
            default -> throw new StratumError(SourceScope.current(), "a skrub.deferred function called with a choice of "
                    + c.repr() + ": Stratum passes it numbers, strings, booleans and None", null);
        })));
    }

    /**
     * The token of minus the value {@code token} stands for ({@code -cv["test_neg_mean_absolute_error"].mean()}): the
     * same value negated before it is rounded or formatted ({@link io.stratum.frontend.bind.DeferredValue#negate}).
     */
    @HostAccess.Export
    public String negatedToken(String token) {
        // The token was made for this expression alone (str/format/repr of the value make a fresh one each time), so
        // its entry is replaced: the tokens keep the subset binder's numbering.
        int at = io.stratum.frontend.bind.DeferredValue.index(token);
        deferred.set(at, deferred.get(at).negate());
        return token;
    }

    /**
     * The token of arithmetic on the value {@code token} stands for ({@code mean_squared_error(y, p) ** 0.5},
     * {@code np.sqrt(...)}, {@code 100 * score}; the subset binder's deferredArithmetic): {@code steps} are
     * {@code operator,operand,reversed} or {@code np,function} separated by {@code ;}, applied in order, then
     * {@code round(result, digits)} (null: not rounded; {@link #roundToInt()}: round(result)) and {@code spec}.
     */
    @HostAccess.Export
    public String arithmeticToken(String token, String steps, Object digits, Object spec, boolean repr) {
        int at = io.stratum.frontend.bind.DeferredValue.index(token);
        io.stratum.frontend.bind.DeferredValue value = deferred.get(at);
        for (String step : steps.split(";")) {
            String[] parts = step.split(",");
            io.stratum.frontend.bind.DeferredValue next = value.then(parts[0].equals("np")
                    ? io.stratum.frontend.bind.DeferredArithmetic.numpy(io.stratum.ir.logical.NumericFunction.byNumpyName(parts[1]))
                    : parts[0].equals(io.stratum.frontend.bind.DeferredArithmetic.NUMPY_ROUND)
                    ? io.stratum.frontend.bind.DeferredArithmetic.numpyRound(Long.parseLong(parts[1]))
                    : io.stratum.frontend.bind.DeferredArithmetic.binary(parts[0], Double.parseDouble(parts[1]),
                            Boolean.parseBoolean(parts[2]), parts[1].matches("-?[0-9]+")));
            if (next == null) {
                throw new StratumError(SourceScope.current(), "Stratum computes arithmetic on a score before round() or a"
                        + " format spec, not after", "round the result instead: round(x ** 0.5, 3)");
            }
            value = next;
        }
        String format = spec == null ? null : spec.toString();
        if (format != null) {
            io.stratum.ir.value.PyFormatSpec.format(io.stratum.ir.value.Const.of(0.5), format);
        }
        value = value.with(digits == null ? null : ((Number) digits).intValue(), format);
        deferred.set(at, repr ? value.asRepr() : value);
        return token;
    }

    /** What to write instead of a key of a train_test_split dict Stratum does not support. */
    @HostAccess.Export
    public String splitKeysHint() {
        return io.stratum.frontend.bind.ScriptBinder.SPLIT_KEYS_HINT;
    }

    /**
     * {@code metric(split["y_test"], learner.predict(split["test"]), **kwargs)}: the learner's one-split search with the
     * metric's scorer (the subset binder's metricOfPredictions; {@link #metricNegates} tells the sign).
     */
    private static Object metricOfPredictions(Value a) {
        String metric = string(a, 0);
        TrainTestSplit split = (TrainTestSplit) a.getArrayElement(1).asHostObject();
        io.stratum.frontend.api.LearnerPredictions p =
                (io.stratum.frontend.api.LearnerPredictions) a.getArrayElement(2).asHostObject();
        if (p.newData() != null) {
            throw new StratumError(SourceScope.current(), metric + "() of a learner's predictions on new data takes that"
                    + " data's true values", "pass the new data's target column, e.g. " + metric
                    + "(new_df[\"y\"], learner.predict({\"data\": new_df}))");
        }
        if (p.test().split() != split) {
            throw new StratumError(SourceScope.current(), metric + "(): split[\"y_test\"] is of another train_test_split"
                    + " than the test rows the learner predicted",
                    "pass the y_test of the split whose split[\"test\"] the learner predicted on");
        }
        java.util.Map<String, Const> options = new java.util.LinkedHashMap<>();
        if (java(a.getArrayElement(3)) instanceof java.util.Map<?, ?> m) {
            m.forEach((k, v) -> options.put(keyword(k), DataOps.toConst(v)));
        }
        List<io.stratum.frontend.api.ArrayStep> truthSteps = steps(a.getArrayElement(4));
        if (io.stratum.frontend.api.ArrayMetric.transformed(truthSteps, p)) {
            return io.stratum.frontend.api.ArrayMetric.of(metric, options, truthSteps, p);
        }
        io.stratum.frontend.api.MetricScorers.OnPredictions m = io.stratum.frontend.api.MetricScorers.onPredictions(metric,
                options, p);
        return p.learner().metricScore(p, m.scorer());
    }

    /** The numpy steps a script wrote on {@code split["y_test"]} (the facade's SplitTarget keeps them). */
    private static List<io.stratum.frontend.api.ArrayStep> steps(Value list) {
        List<io.stratum.frontend.api.ArrayStep> out = new ArrayList<>();
        for (long i = 0; i < list.getArraySize(); i++) {
            out.add((io.stratum.frontend.api.ArrayStep) list.getArrayElement(i).asHostObject());
        }
        return out;
    }

    /**
     * {@code classification_report(y_true, y_pred, **kwargs)} or {@code confusion_matrix(...)} of a learner's predictions
     * (the subset binder's report): y_true a train_test_split (its y_test) or new data's true values.
     */
    private Object predictionReport(Value a) {
        String function = string(a, 0);
        Value given = a.getArrayElement(1);
        Object truth = given.isHostObject() && given.asHostObject() instanceof TrainTestSplit split ? split : op(a, 1);
        io.stratum.frontend.api.LearnerPredictions p =
                (io.stratum.frontend.api.LearnerPredictions) a.getArrayElement(2).asHostObject();
        java.util.Map<String, Const> options = new java.util.LinkedHashMap<>();
        if (java(a.getArrayElement(3)) instanceof java.util.Map<?, ?> m) {
            m.forEach((k, v) -> options.put(keyword(k), DataOps.toConst(v)));
        }
        if (truth instanceof TrainTestSplit split) {
            if (p.newData() != null || p.test().split() != split) {
                throw new StratumError(SourceScope.current(), function + "(): split[\"y_test\"] is of another"
                        + " train_test_split than the test rows the learner predicted", "pass the y_test of the split"
                        + " whose split[\"test\"] the learner predicted on");
            }
            return io.stratum.frontend.api.PredictionReport.of(function, null, p, options);
        }
        if (p.newData() == null) {
            throw new StratumError(SourceScope.current(), function + "() of a learner's predictions on split[\"test\"]"
                    + " takes split[\"y_test\"] as the true labels", "pass split[\"y_test\"]");
        }
        return io.stratum.frontend.api.PredictionReport.of(function, (DataOp) truth, p, options);
    }

    /** The function a report is of, for its repr. */
    @HostAccess.Export
    public String reportFunction(Object report) {
        return ((io.stratum.frontend.api.PredictionReport) report).function();
    }

    /** {@code print(prefix, classification_report(...), suffix)}, written at {@code line}:{@code column}. */
    @HostAccess.Export
    public void showReport(Object report, String prefix, String suffix, int line, int col) {
        actions.add(new ScriptAction.ShowReport((io.stratum.frontend.api.PredictionReport) report, prefix, suffix,
                origin(line, col)));
    }

    /** A keyword argument's name, from a Python dict of them. */
    private static String keyword(Object key) {
        return key instanceof Const.StrConst s ? s.value() : String.valueOf(key);
    }

    /** {@code predictions[rows]} or {@code predict_proba(...)[rows, column]} ({@link io.stratum.frontend.api.LearnerPredictions.Slice}). */
    private static Object slicePredictions(Value a) {
        java.util.function.IntFunction<Long> bound = i -> a.getArrayElement(i).isNull() ? null
                : a.getArrayElement(i).asLong();
        return ((io.stratum.frontend.api.LearnerPredictions) a.getArrayElement(0).asHostObject()).sliced(
                new io.stratum.frontend.api.LearnerPredictions.Slice(bound.apply(1), bound.apply(2), bound.apply(3),
                        a.getArrayElement(4).isNull() ? null : a.getArrayElement(4).asInt()));
    }

    /**
     * {@code (predictions, "head" or "tail", [arguments], {keywords})}: the rows of a Series of residuals (the subset
     * binder's PredictionArrays.call).
     */
    private static Object residualRows(Value a) {
        List<Const> arguments = new ArrayList<>();
        for (Object o : list(a.getArrayElement(2))) {
            arguments.add(DataOps.toConst(o));
        }
        java.util.Map<String, Const> keywords = new LinkedHashMap<>();
        map(a.getArrayElement(3)).forEach((k, v) -> keywords.put(k, DataOps.toConst(v)));
        return predictions(a.getArrayElement(0)).rows(string(a, 1), arguments, keywords);
    }

    /**
     * numpy on a learner's predictions (the subset binder's PredictionArrays): {@code (predictions, "numpy", name,
     * [arguments after the array], {keywords})} for {@code np.expm1(preds)} or {@code np.round(preds, 2)} (any other
     * first argument is refused), {@code (number, "numpy_of_number", name, predictions)} for {@code np.maximum(0, preds)},
     * {@code (predictions, "method", name, [...], {...})} for {@code preds.round(2)}, and
     * {@code (predictions, "arithmetic", operator, number, reversed)} for {@code preds * 2} or {@code 1 - preds}.
     */
    private static Object predictionArray(Value a) {
        String kind = string(a, 1);
        String name = string(a, 2);
        if (kind.equals("numpy_of_number")) {
            return predictions(a.getArrayElement(3)).then(io.stratum.frontend.api.ArrayStep.extremumOfNumber(name,
                    DataOps.toConst(java(a.getArrayElement(0)))));
        }
        Value first = a.getArrayElement(0);
        if (!(first.isHostObject() && first.asHostObject() instanceof io.stratum.frontend.api.LearnerPredictions p)) {
            throw io.stratum.frontend.api.ArrayStep.notPredictions(name, first.isNull() ? null
                    : java(first) instanceof Const c ? c.typeName() : typeName(first));
        }
        if (kind.equals("arithmetic")) {
            Object number = java(a.getArrayElement(3));
            return p.then(io.stratum.frontend.api.ArrayStep.arithmetic(name,
                    number instanceof Const c ? c : Const.none(), a.getArrayElement(4).asBoolean(),
                    number instanceof Const c ? c.typeName() : typeName(a.getArrayElement(3))));
        }
        List<Const> arguments = new ArrayList<>();
        for (Object o : list(a.getArrayElement(3))) {
            arguments.add(DataOps.toConst(o));
        }
        java.util.Map<String, Const> keywords = new LinkedHashMap<>();
        map(a.getArrayElement(4)).forEach((k, v) -> keywords.put(k, DataOps.toConst(v)));
        return p.then(kind.equals("numpy") ? io.stratum.frontend.api.ArrayStep.numpy(name, arguments, keywords)
                : io.stratum.frontend.api.ArrayStep.method(name, arguments, keywords, p.series()));
    }

    /**
     * numpy's reduction of a cross_validate column ({@code (name, the argument or None, how many arguments, the column
     * given alone or None, whether it is rounded, {keywords})}): the reduction, or the subset binder's error
     * (NumpyFunctions.cvReduction) at the call's name.
     */
    private static String numpyReduction(Value a) {
        long count = a.getArrayElement(2).asLong();
        String what = count == 1 ? "a " + typeName(a.getArrayElement(1)) : count + " arguments";
        java.util.Map<String, Const> keywords = new LinkedHashMap<>();
        Value kwargs = a.getArrayElement(5);
        Value keys = kwargs.getHashKeysIterator();
        while (keys.hasIteratorNextElement()) {
            Value k = keys.getIteratorNextElement();
            Value v = kwargs.getHashValue(k);
            Object value = v.isNumber() || v.isBoolean() || v.isString() || v.isNull() ? java(v) : null;
            keywords.put(k.asString(), value instanceof Const c ? c : null);
        }
        return io.stratum.frontend.bind.NumpyFunctions.cvReduction(string(a, 0), what,
                a.getArrayElement(3).isNull() ? null : string(a, 3), a.getArrayElement(4).asBoolean(), keywords);
    }

    /**
     * The decimals of numpy's {@code np.round(x, ...)} of a number known once the plan has run ({@code (name, arguments
     * after x, keywords, whether x is rounded already)}), checked as the subset binder's PredictionArrays.numpy checks
     * them.
     */
    private static long numpyRoundDecimals(Value a) {
        if (a.getArrayElement(3).asBoolean()) {
            throw io.stratum.frontend.bind.DeferredArithmetic.roundedBefore(string(a, 0));
        }
        List<Const> values = new ArrayList<>();
        for (Object o : list(a.getArrayElement(1))) {
            values.add(DataOps.toConst(o));
        }
        java.util.Map<String, Const> named = new LinkedHashMap<>();
        map(a.getArrayElement(2)).forEach((k, v) -> named.put(k, DataOps.toConst(v)));
        return ((io.stratum.frontend.api.ArrayStep.Round) io.stratum.frontend.api.ArrayStep.numpy(string(a, 0), values,
                named)).decimals();
    }

    /**
     * {@code preds - split["y_test"]} ({@code (predictions, split, target steps, operator, truthFirst)}): the subset
     * binder's PredictionArrays.binary of a SplitTarget.
     */
    private static Object predictionResidual(Value a) {
        return predictions(a.getArrayElement(0)).against((TrainTestSplit) a.getArrayElement(1).asHostObject(),
                steps(a.getArrayElement(2)), string(a, 3), a.getArrayElement(4).asBoolean());
    }

    /**
     * {@code preds.mean()} ({@code (predictions, "mean", true, [], {})}) or {@code np.std(preds, ddof=1)}
     * ({@code (predictions, "std", false, [], {"ddof": 1})}): the subset binder's PredictionArrays.reduce.
     */
    private static Object predictionReduction(Value a) {
        java.util.Map<String, Const> keywords = new LinkedHashMap<>();
        map(a.getArrayElement(4)).forEach((k, v) -> keywords.put(k, DataOps.toConst(v)));
        return io.stratum.frontend.api.PredictionsReduction.of(predictions(a.getArrayElement(0)), string(a, 1),
                a.getArrayElement(2).asBoolean(), list(a.getArrayElement(3)).size(), keywords);
    }

    /** The token of numpy's reduction of a learner's predictions ({@link #predictionReduction}), rounded and formatted. */
    @HostAccess.Export
    public String predictionsReductionToken(Object reduced, Object round, Object spec, boolean repr) {
        String format = spec == null ? null : spec.toString();
        if (format != null) {
            io.stratum.ir.value.PyFormatSpec.format(io.stratum.ir.value.Const.of(0.5), format);
        }
        io.stratum.frontend.bind.DeferredValue value = io.stratum.frontend.bind.DeferredValue.ofPredicted(
                (io.stratum.frontend.api.PredictionsReduction) reduced).with(round == null ? null
                : ((Number) round).intValue(), format);
        deferred.add(repr ? value.asRepr() : value);
        return io.stratum.frontend.bind.DeferredValue.token(deferred.size() - 1);
    }

    private static io.stratum.frontend.api.LearnerPredictions predictions(Value v) {
        return (io.stratum.frontend.api.LearnerPredictions) v.asHostObject();
    }

    /** Whether {@code metric} of a learner's predictions is minus its scorer's score (a loss). */
    @HostAccess.Export
    public boolean metricNegates(String metric) {
        return io.stratum.frontend.api.MetricScorers.negates(metric);
    }

    /** {@code print(prefix, learner.score(split["test"]), suffix)}, written at {@code line}:{@code column}. */
    @HostAccess.Export
    public void showScore(Object search, String prefix, String suffix, int line, int col) {
        actions.add(new ScriptAction.ShowScore(op(search), prefix, suffix, origin(line, col)));
    }

    /** {@code print(prefix, learner.predict(split["test"]), suffix)}, written at {@code line}:{@code column}. */
    @HostAccess.Export
    public void showPredictions(Object predictions, String prefix, String suffix, int line, int col) {
        actions.add(new ScriptAction.ShowPredictions((io.stratum.frontend.api.LearnerPredictions) predictions, prefix,
                suffix, origin(line, col)));
    }

    /** {@code print(prefix, split["y_test"], suffix)}, written at {@code line}:{@code column}. */
    @HostAccess.Export
    public void showTestTarget(Object split, String prefix, String suffix, int line, int col) {
        actions.add(new ScriptAction.ShowTestTarget((TrainTestSplit) split, prefix, suffix, origin(line, col)));
    }

    /** {@code print(prefix, df.skb.eval(), suffix)}, written at {@code line}:{@code column}. */
    @HostAccess.Export
    public void showEvaluation(Object evaluation, String view, String prefix, String suffix, int line, int col) {
        actions.add(new ScriptAction.ShowEvaluation((io.stratum.frontend.api.Evaluation) evaluation, prefix, suffix,
                origin(line, col), io.stratum.frontend.api.DataOpPrint.View.valueOf(view)));
    }

    /** {@code print(prefix, frame, suffix)} of a frame holding a learner's predictions (or its {@code view} SHAPE). */
    @HostAccess.Export
    public void showPredictionFrame(Object frame, String view, String prefix, String suffix, int line, int col) {
        actions.add(new ScriptAction.ShowPredictionFrame((io.stratum.frontend.api.PredictionFrame) frame, prefix, suffix,
                origin(line, col), io.stratum.frontend.api.DataOpPrint.View.valueOf(view)));
    }

    /** A Python list of str. */
    private static List<String> strings(Value list) {
        List<String> out = new ArrayList<>();
        for (long i = 0; i < list.getArraySize(); i++) {
            Value v = list.getArrayElement(i);
            if (!v.isString()) {
                throw new StratumError(SourceScope.current(), "Stratum takes column names that are str, got " + reprOf(v), null);
            }
            out.add(v.asString());
        }
        return out;
    }

    /** A column of a frame of predictions: the predictions themselves, or a pandas value as {@link #java} takes it. */
    private static Object predictionPart(Value v) {
        if (v.isHostObject() && v.asHostObject() instanceof io.stratum.frontend.api.LearnerPredictions p) {
            return p;
        }
        if (v.isHostObject() && v.asHostObject() instanceof io.stratum.frontend.api.PredictionFrame) {
            throw new StratumError(SourceScope.current(), "Stratum builds a frame of predictions from pandas columns"
                    + " and predictions, not from another frame of predictions", "take the columns from the frame the"
                    + " learner predicted on: pd.DataFrame({\"id\": test[\"id\"], \"pred\": preds})");
        }
        return java(v);
    }

    /** The plan an evaluation computes, as a DataOp (a pandas operation on {@code df.skb.eval()} extends it). */
    @HostAccess.Export
    public Object evaluationPlan(Object evaluation) {
        return ((io.stratum.frontend.api.Evaluation) evaluation).plan();
    }

    /** The evaluation of {@code next}, a step appended to an evaluation's plan, evaluated the same way. */
    @HostAccess.Export
    public Object evaluationThen(Object evaluation, Object next) {
        return ((io.stratum.frontend.api.Evaluation) evaluation).then((DataOp) next);
    }

    /** {@code .skb.eval} or {@code .skb.preview}: how an evaluation was asked for. */
    @HostAccess.Export
    public String evaluationMethod(Object evaluation) {
        return ((io.stratum.frontend.api.Evaluation) evaluation).method();
    }

    /** The columns of a {@code .skb.cross_validate(...)} table, in scikit-learn's order. */
    @HostAccess.Export
    public Object crossValidationColumns(Object cv) {
        return guestList(((CrossValidation) cv).columns());
    }

    /** True when an evaluated DataOp is a constant, known at once ({@link #evaluationConstant}). */
    @HostAccess.Export
    public boolean evaluationIsConstant(Object evaluation) {
        return ((io.stratum.frontend.api.Evaluation) evaluation).constant() != null;
    }

    /** An evaluated constant as Python takes it: a number, a string, a bool or None. */
    @HostAccess.Export
    public Object evaluationConstant(Object evaluation) {
        return switch (((io.stratum.frontend.api.Evaluation) evaluation).constant()) {
            case Const.IntConst i -> i.value();
            case Const.FloatConst f -> f.value();
            case Const.StrConst s -> s.value();
            case Const.BoolConst b -> b.value();
            case Const.NoneConst n -> null;
            case Const c -> throw new StratumError(SourceScope.current(), ".skb.eval() of the constant " + c.repr()
                    + " is not supported by Stratum yet", null);
        };
    }

    /** {@code split["train"]} ({@code train} true) or {@code split["test"]}. */
    @HostAccess.Export
    public Object splitPart(Object split, boolean train) {
        TrainTestSplit s = (TrainTestSplit) split;
        return train ? s.train() : s.test();
    }

    /** The plan node kind of a DataOp, for its Python repr. */
    @HostAccess.Export
    public String kind(Object op) {
        return op(op).node().kind();
    }

    /** Whether the DataOp is a search, whose {@code results_} and the like may be printed. */
    @HostAccess.Export
    public boolean isSearch(Object op) {
        return op(op).node() instanceof SearchRoot;
    }

    /**
     * One call of the DataOps API, made by a facade at script position {@code line}:{@code column} with the
     * arguments in {@code args} (a Python list): the operations are named as skrub and pandas name them.
     */
    @HostAccess.Export
    public Object invoke(String operation, int line, int column, Value args) {
        Origin at = origin(line, column);
        try {
            return SourceScope.at(at, () -> dispatch(operation, args));
        } catch (StratumError e) {
            Origin o = e.origin().isKnown() ? e.origin() : at;
            throw located(o, e.getMessage(), e.hint());
        }
    }

    private Object dispatch(String operation, Value a) {
        return switch (operation) {
            case "var" -> a.getArraySize() == 1 ? DataOps.var(string(a, 0)) : DataOps.var(string(a, 0), java(a.getArrayElement(1)));
            case "X", "y" -> {
                String name = operation;
                DataOp v = a.getArraySize() == 0 ? DataOps.var(name) : DataOps.var(name, java(a.getArrayElement(0)));
                yield name.equals("X") ? v.skb().markAsX() : v.skb().markAsY();
            }
            case "as_data_op" -> DataOps.lift(java(a.getArrayElement(0)));
            case "choose_from" -> chooseFrom(a.getArrayElement(0), a.getArrayElement(1).isNull() ? null : string(a, 1));
            // X.skb.apply(choose_from([...])) with FunctionTransformers of script functions: the facade applied each
            // outcome; the labels are the outcomes (a script function's its label string), as the subset binder makes them
            case "choose_from_applied" -> {
                java.util.List<DataOp> applied = new java.util.ArrayList<>();
                for (Object o : list(a.getArrayElement(1))) {
                    applied.add((DataOp) o);
                }
                yield DataOps.chooseFromApplied(list(a.getArrayElement(0)), applied,
                        a.getArrayElement(2).isNull() ? null : string(a, 2));
            }
            case "choose_int", "choose_float" -> chooseNumber(operation, a);
            case "choose_bool" -> {
                if (!a.getArrayElement(1).isBoolean()) {
                    throw new StratumError(SourceScope.current(), "choose_bool(): 'default' must be True or False, got "
                            + reprOf(a.getArrayElement(1)), null);
                }
                yield DataOps.chooseBool(optionalString(a, 0), a.getArrayElement(1).asBoolean());
            }
            case "optional" -> {
                boolean noneFirst = a.getArrayElement(2).asBoolean();
                if (noneFirst && !a.getArrayElement(3).isNull()) {
                    throw new StratumError(SourceScope.current(), "optional(): if provided, 'default' must be None, got "
                            + typeName(a.getArrayElement(3)), null);
                }
                yield DataOps.optional(java(a.getArrayElement(0)), optionalString(a, 1), noneFirst);
            }
            case "read_csv" -> readCsv(string(a, 0), a.getArrayElement(1));
            // pd.Timestamp / pd.Timedelta / pd.to_timedelta of constants, and their arithmetic and text
            case "pandas_scalar" -> {
                String function = string(a, 0);
                List<Const> args = constants(function, list(a.getArrayElement(1)));
                Map<String, Const> kwargs = new LinkedHashMap<>();
                Map<String, Object> given = map(a.getArrayElement(2));
                for (Map.Entry<String, Object> e : given.entrySet()) {
                    kwargs.put(e.getKey(), constants(function, List.of(e.getValue())).getFirst());
                }
                yield function.equals("Timestamp") ? io.stratum.frontend.api.PandasScalars.timestamp(args, kwargs)
                        : io.stratum.frontend.api.PandasScalars.timedelta("pd." + function, args, kwargs);
            }
            case "scalar_binary", "scalar_compare" -> {
                Const left = constant(java(a.getArrayElement(1)));
                Const right = constant(java(a.getArrayElement(2)));
                Const out = operation.equals("scalar_binary")
                        ? io.stratum.frontend.api.PandasScalars.arithmetic(string(a, 0), left, right)
                        : io.stratum.frontend.api.PandasScalars.compare(string(a, 0), left, right);
                yield switch (out) {
                    case Const.FloatConst f -> f.value();
                    case Const.IntConst i -> i.value();
                    case Const.BoolConst b -> b.value();
                    default -> out;
                };
            }
            case "scalar_negate" -> io.stratum.frontend.api.PandasScalars.negate(constant(java(a.getArrayElement(0))));
            case "scalar_text" -> {
                Const c = constant(java(a.getArrayElement(0)));
                boolean repr = a.getArrayElement(1).asBoolean();
                yield repr ? c.repr() : switch (c) {
                    case Const.TimestampConst t -> t.text();
                    case Const.TimedeltaConst d -> d.text();
                    default -> c.repr();
                };
            }
            case "pandas_call" -> DataOps.call("pandas." + string(a, 0), list(a.getArrayElement(1)), map(a.getArrayElement(2)));
            case "read_parquet" -> DataOps.readParquet(string(a, 0), workingDirectory, readerOptions("read_parquet", a.getArrayElement(1)));
            case "read_feather" -> DataOps.readFeather(string(a, 0), workingDirectory, readerOptions("read_feather", a.getArrayElement(1)));
            case "read_json" -> DataOps.readJson(string(a, 0), workingDirectory, readerOptions("read_json", a.getArrayElement(1)));
            case "estimator" -> estimator(string(a, 0), a.getArrayElement(1), a.getArrayElement(2));
            case "getitem" -> op(a, 0).getItem(java(a.getArrayElement(1)));
            case "attr" -> op(a, 0).attr(string(a, 1));
            case "fact" -> fact(op(a, 0), string(a, 1));
            case "cv_folds" -> ((CrossValidation) a.getArrayElement(0).asHostObject()).folds();
            // len(df.skb.eval()): an int when the plan tells the rows, else the row count evaluated when the plan runs
            case "evaluated_len" -> {
                io.stratum.frontend.api.Evaluation e = (io.stratum.frontend.api.Evaluation) a.getArrayElement(0).asHostObject();
                FrameFacts f = FrameFacts.of(e.plan(), StandardCatalog.get());
                if (f == null || f.rows() >= 0) {
                    yield fact(e.plan(), "len");
                }
                for (String v : f.variables()) {
                    factUses.putIfAbsent(v, SourceScope.current().line());
                }
                yield e.then(e.plan().rowCount());
            }
            case "match" -> {
                DataOp self = op(a, 0);
                boolean viaSkb = a.getArrayElement(5).asBoolean();
                List<Const> keys = new ArrayList<>();
                for (Object k : list(a.getArrayElement(1))) {
                    if (!(k instanceof Const c)) {
                        throw new StratumError(SourceScope.current(), "the keys given to match() must be constants (the choice's outcomes)", null);
                    }
                    keys.add(c);
                }
                List<Object> values = list(a.getArrayElement(2));
                Object dflt = java(a.getArrayElement(3));
                boolean hasDefault = a.getArrayElement(4).asBoolean();
                yield viaSkb ? self.skb().match(keys, values, dflt, hasDefault) : self.match(keys, values, dflt, hasDefault);
            }
            case "if_else" -> a.getArrayElement(3).asBoolean()
                    ? op(a, 0).skb().ifElse(java(a.getArrayElement(1)), java(a.getArrayElement(2)))
                    : op(a, 0).ifElse(java(a.getArrayElement(1)), java(a.getArrayElement(2)));
            case "eval_mode" -> DataOps.evalMode();
            case "row_count" -> op(a, 0).rowCount();
            case "freeze_after_fit" -> op(a, 0).skb().freezeAfterFit();
            case "slice" -> op(a, 0).slice(sliceBound(a, 1), sliceBound(a, 2), sliceBound(a, 3));
            case "iloc_slice" -> op(a, 0).ilocSlice(sliceBound(a, 1), sliceBound(a, 2), sliceBound(a, 3));
            case "iloc_rows_columns" -> io.stratum.frontend.api.IlocAxis.select(op(a, 0), ilocAxis(a.getArrayElement(1)),
                    ilocAxis(a.getArrayElement(2)));
            case "loc" -> op(a, 0).loc(op(a, 1));
            case "take_positions" -> op(a, 0).takePositions(positions(a.getArrayElement(1)));
            case "call" -> op(a, 0).call(string(a, 1), list(a.getArrayElement(2)), map(a.getArrayElement(3)));
            case "binary" -> {
                BinaryOperator bop = BinaryOperator.valueOf(string(a, 1));
                Object other = java(a.getArrayElement(2));
                yield a.getArrayElement(3).asBoolean() ? op(a, 0).binaryReversed(bop, other) : op(a, 0).binary(bop, other);
            }
            case "unary" -> op(a, 0).unary(UnaryOperator.valueOf(string(a, 1)));
            case "apply" -> apply(op(a, 0), java(a.getArrayElement(1)), a.getArrayElement(2), a.getArrayElement(3),
                    a.getArrayElement(4), a.getArrayElement(5).asBoolean(), a.getArrayElement(6).asBoolean());
            case "fit_with_sample_weight" -> io.stratum.frontend.api.Skb.fitWithSampleWeight(op(a, 0), op(a, 1));
            case "apply_function" -> {
                // FunctionTransformer(f) of a script function: the facade's callback calls f on the selected columns.
                Value cols = a.getArrayElement(1);
                Value traced = a.getArrayElement(2);
                yield op(a, 0).skb().applyFunction(selected -> java(traced.execute(selected)) instanceof DataOp d ? d : null,
                        cols.isNull() ? null : asSelector(columns(cols, ".skb.apply")));
            }
            case "select", "drop" -> {
                Value cols = a.getArrayElement(1);
                if (cols.isNull()) {
                    throw new StratumError(SourceScope.current(), ".skb." + operation + ": cols must name columns, got None", null);
                }
                boolean select = operation.equals("select");
                yield switch (columns(cols, ".skb." + operation)) {
                    case ColumnSelector sel -> select ? op(a, 0).skb().select(sel) : op(a, 0).skb().drop(sel);
                    case List<?> names -> select ? op(a, 0).skb().select(strings(names)) : op(a, 0).skb().drop(strings(names));
                    default -> throw new IllegalStateException("columns are a selector or names");
                };
            }
            case "numpy" -> numpy(string(a, 0), java(a.getArrayElement(1)));
            case "mark_as_X" -> markAsX(op(a, 0), a.getArrayElement(1), a.getArrayElement(2));
            case "mark_as_y" -> op(a, 0).skb().markAsY();
            case "make_grid_search" -> makeSearch(op(a, 0), a.getArrayElement(1), a.getArrayElement(2),
                    a.getArrayElement(3), a.getArrayElement(4), null, null);
            case "make_randomized_search" -> makeSearch(op(a, 0), a.getArrayElement(1), a.getArrayElement(2),
                    a.getArrayElement(3), a.getArrayElement(4), a.getArrayElement(5), a.getArrayElement(6));
            case "best_learner" -> {
                DataOp search = op(a, 0);
                SearchRoot root = (SearchRoot) search.node();
                if (!root.fitted()) {
                    throw new StratumError(SourceScope.current(), "this search was made with fitted=False and has not been"
                            + " fitted, so it has no best_learner_", "call search.fit(environment) first (a dict from each"
                            + " skrub.var name to its data), or pass fitted=True");
                }
                if (!io.stratum.frontend.api.Scoring.picksBest(root)) {
                    throw new StratumError(SourceScope.current(), io.stratum.frontend.session.SearchResults.noBest(
                            "best_learner_"), io.stratum.frontend.session.SearchResults.NO_BEST_HINT);
                }
                TrainTestSplit split = fittedOnSplits.get(search);
                yield split != null ? Learner.bestOf(search, split) : Learner.bestOf(search);
            }
            case "fit_search" -> {
                Value env = a.getArrayElement(1);
                if (env.isHostObject() && env.asHostObject() instanceof TrainTestSplit.Part part) {
                    DataOp fitted = DataOps.fitSearch(op(a, 0), part);
                    searches.add(fitted);
                    fittedOnSplits.put(fitted, part.split());
                    yield fitted;
                }
                if (!env.hasHashEntries()) {
                    throw new StratumError(SourceScope.current(), "search.fit(environment): environment must be a dict from"
                            + " variable names to data, got " + typeName(env), "e.g. search.fit({\"data\": pd.read_csv(\"data.csv\")})");
                }
                Value keys = env.getHashKeysIterator();
                while (keys.hasIteratorNextElement()) {
                    if (!keys.getIteratorNextElement().isString()) {
                        throw new StratumError(SourceScope.current(), "search.fit(environment): the dict's keys must be"
                                + " variable names (strings)", null);
                    }
                }
                Map<String, Object> environment = map(env);
                for (String name : environment.keySet()) {
                    Integer used = factUses.get(name);
                    if (used != null) {
                        throw new StratumError(SourceScope.current(), "search.fit(environment) replaces variable '" + name
                                + "', but line " + used + " read len()/shape/columns/dtypes from the value it was declared with"
                                + " while the plan was built", "fit with the variable's own value, or compute that line's value"
                                + " from data the environment does not replace");
                    }
                }
                DataOp fitted = DataOps.fitSearch(op(a, 0), environment);
                searches.add(fitted);
                yield fitted;
            }
            case "train_test_split" -> trainTestSplit(op(a, 0), a);
            case "make_learner" -> makeLearner(op(a, 0), a.getArrayElement(1), a.getArrayElement(2), a.getArrayElement(3));
            case "skb_unknown_method" -> throw io.stratum.frontend.api.Skb.unknownMethod(string(a, 0));
            case "with_scoring" -> op(a, 0).skb().withScoring(scoringConst(".skb.with_scoring", a.getArrayElement(1)),
                    a.getArrayElement(2).isNull() ? null : a.getArrayElement(2).asString());
            case "concat" -> op(a, 0).skb().concat(java(a.getArrayElement(1)), java(a.getArrayElement(2)));
            case "subsample" -> subsample(op(a, 0), a.getArrayElement(1), a.getArrayElement(2));
            case "keep_subsampling" -> keepSubsampling(a.getArrayElement(1), string(a, 2))
                    ? op(a, 0).skb().keepSubsampling().owner() : op(a, 0);
            case "train_test_split_function" -> splitArrays(a);
            case "metric_called" -> throw io.stratum.frontend.api.MetricScorers.calledOnValues(string(a, 0));
            case "report_called" -> throw new StratumError(SourceScope.current(), "sklearn.metrics." + string(a, 0)
                    + "() on values: Stratum computes it from a learner's predictions", "write " + string(a, 0)
                    + "(split[\"y_test\"], learner.predict(split[\"test\"])) or " + string(a, 0)
                    + "(new_df[\"y\"], learner.predict({...}))");
            case "prediction_report" -> predictionReport(a);
            case "metric_of_predictions" -> metricOfPredictions(a);
            case "metric_of_new_data" -> {
                io.stratum.frontend.api.LearnerPredictions p =
                        (io.stratum.frontend.api.LearnerPredictions) a.getArrayElement(2).asHostObject();
                if (p.newData() == null) {
                    throw new StratumError(SourceScope.current(), string(a, 0) + "() of a learner's predictions on"
                            + " split[\"test\"] takes split[\"y_test\"] as the true values", "pass split[\"y_test\"]");
                }
                java.util.Map<String, Const> options = new java.util.LinkedHashMap<>();
                if (java(a.getArrayElement(3)) instanceof java.util.Map<?, ?> m) {
                    m.forEach((k, v) -> options.put(keyword(k), DataOps.toConst(v)));
                }
                yield io.stratum.frontend.api.NewDataScore.ofMetric(string(a, 0), options, op(a, 1), p);
            }
            case "slice_predictions" -> slicePredictions(a);
            case "prediction_array" -> predictionArray(a);
            case "prediction_reduction" -> predictionReduction(a);
            case "prediction_residual" -> predictionResidual(a);
            // preds - new["y"] ((predictions, column, operator, truthFirst)): the subset binder's PredictionArrays.binary
            case "prediction_residual_column" -> predictions(a.getArrayElement(0)).against(op(a, 1), string(a, 2),
                    a.getArrayElement(3).asBoolean());
            case "predictions_on_new_data" -> predictions(a.getArrayElement(0)).newData() != null;
            case "residual_rows" -> residualRows(a);
            // an attribute Stratum does not know, refused as the subset binder refuses it (ScriptBinder.attribute)
            case "prediction_attribute" -> throw new StratumError(SourceScope.current(),
                    predictions(a.getArrayElement(0)).typeName() + " has no attribute '" + string(a, 1)
                    + "' that Stratum knows", null);
            case "prediction_summary" -> predictions(a.getArrayElement(0)).summary(string(a, 1),
                    a.getArrayElement(2).asInt(), strings(a.getArrayElement(3)));
            case "numpy_round_decimals" -> numpyRoundDecimals(a);
            case "numpy_reduction" -> numpyReduction(a);
            // split["y_test"] refused as the subset binder refuses it (print, attributes, operands)
            case "split_target_not_text" -> throw TrainTestSplit.targetNotText();
            case "split_target_attribute" -> throw new StratumError(SourceScope.current(), "split[\"y_test\"] target has"
                    + " no attribute '" + string(a, 0) + "' that Stratum knows", TrainTestSplit.TARGET_HINT);
            case "split_target_operand" -> {
                boolean reversed = a.getArrayElement(2).asBoolean();
                Object other = java(a.getArrayElement(1));
                String type = other instanceof Const c ? c.typeName() : typeName(a.getArrayElement(1));
                throw new StratumError(SourceScope.current(), "unsupported operand types for " + string(a, 0) + ": "
                        + (reversed ? type + " and split[\"y_test\"] target" : "split[\"y_test\"] target and " + type),
                        TrainTestSplit.TARGET_HINT);
            }
            case "target_step" -> io.stratum.frontend.api.ArrayStep.numpy(string(a, 0), List.of(), java.util.Map.of());
            case "report_of_transformed_target" -> throw io.stratum.frontend.api.PredictionReport.transformedTruth(
                    string(a, 0), (io.stratum.frontend.api.ArrayStep) a.getArrayElement(1).asHostObject());
            case "pipeline" -> {
                java.util.List<Object> steps = new java.util.ArrayList<>();
                Value given = a.getArrayElement(1);
                for (long i = 0; i < given.getArraySize(); i++) {
                    steps.add(java(given.getArrayElement(i)));
                }
                java.util.List<String> names = null;
                if (!a.getArrayElement(0).isNull()) {
                    names = new java.util.ArrayList<>();
                    Value n = a.getArrayElement(0);
                    for (long i = 0; i < n.getArraySize(); i++) {
                        names.add(n.getArrayElement(i).asString());
                    }
                }
                java.util.Map<String, Object> options = new java.util.LinkedHashMap<>();
                if (java(a.getArrayElement(2)) instanceof java.util.Map<?, ?> m) {
                    m.forEach((k, v) -> options.put(keyword(k), v));
                }
                yield io.stratum.frontend.api.SklearnPipeline.of(names != null ? names
                        : io.stratum.frontend.api.SklearnPipeline.generatedNames(steps), steps, options);
            }
            case "apply_composite" -> {
                Value y = a.getArrayElement(2);
                DataOp yOp = y.isNull() ? null : java(y) instanceof DataOp d ? d : null;
                yield ((io.stratum.frontend.api.SklearnComposite) a.getArrayElement(1).asHostObject()).applyTo(op(a, 0), yOp);
            }
            case "column_transformer" -> columnTransformer(a);
            case "tabular_pipeline" -> io.stratum.frontend.api.SkrubTabularPipeline.of(java(a.getArrayElement(0)),
                    java(a.getArrayElement(1)));
            case "column_selector" -> {
                java.util.Map<String, Object> kwargs = new java.util.LinkedHashMap<>();
                kwargs.put("dtype_include", java(a.getArrayElement(1)));
                kwargs.put("dtype_exclude", java(a.getArrayElement(2)));
                yield io.stratum.frontend.api.SklearnColumnSelector.of(List.of(java(a.getArrayElement(0))), kwargs);
            }
            case "make_scorer" -> {
                java.util.Map<String, Const> extra = new java.util.LinkedHashMap<>();
                if (java(a.getArrayElement(3)) instanceof java.util.Map<?, ?> m) {
                    m.forEach((k, v) -> extra.put(keyword(k), DataOps.toConst(v)));
                }
                Value response = a.getArrayElement(2);
                yield io.stratum.frontend.api.MetricScorers.scorer(string(a, 0), a.getArrayElement(1).asBoolean(),
                        response.isNull() ? null : response.asString(), extra);
            }
            case "learner_fit" -> a.getArrayElement(1).hasHashEntries()
                    ? ((Learner) a.getArrayElement(0).asHostObject()).fit(environment("learner.fit", a.getArrayElement(1)))
                    : ((Learner) a.getArrayElement(0).asHostObject()).fit(splitPart(a.getArrayElement(1), "fit", true));
            case "learner_score" -> {
                if (a.getArrayElement(1).hasHashEntries()) {
                    yield ((Learner) a.getArrayElement(0).asHostObject()).score(environment("learner.score",
                            a.getArrayElement(1)));
                }
                DataOp search = ((Learner) a.getArrayElement(0).asHostObject()).score(splitPart(a.getArrayElement(1), "score", false));
                searches.add(search);
                yield search;
            }
            case "eval" -> {
                Value env = a.getArrayElement(1);
                io.stratum.frontend.api.Skb skb = keepSubsampling(a.getArrayElement(2), ".skb.eval")
                        ? op(a, 0).skb().keepSubsampling() : op(a, 0).skb();
                if (env.isNull()) {
                    yield skb.eval();
                }
                yield skb.eval(environment(".skb.eval", env));
            }
            case "preview" -> op(a, 0).skb().preview();
            case "describe_param_grid" -> op(a, 0).skb().describeParamGrid();
            // Python's repr of the dict, which the facade reads back with ast.literal_eval
            case "describe_defaults" -> op(a, 0).skb().describeDefaults().repr();
            case "describe_steps" -> op(a, 0).skb().describeSteps();
            case "set_name" -> op(a, 0).named(string(a, 1));
            case "print_op" -> io.stratum.frontend.api.DataOpPrint.of(op(a, 0));
            case "print_fact" -> io.stratum.frontend.api.DataOpPrint.ofFact(op(a, 0), string(a, 1));
            case "fact_known" -> factKnown(op(a, 0), string(a, 1));
            case "has_facts" -> FrameFacts.of(op(a, 0), StandardCatalog.get()) != null;
            case "is_skrub" -> io.stratum.frontend.api.DataOpPrint.isSkrub(op(a, 0));
            case "grouped_column" -> op(a, 0).groupedColumn();
            case "error_score_refused" -> throw new StratumError(SourceScope.current(), string(a, 0) + ": Stratum supports"
                    + " only error_score=np.nan, scikit-learn's default (a fit that fails scores NaN and a warning lists the"
                    + " failures), got " + string(a, 1), "leave error_score out; when every fit fails, the search fails"
                    + " with the first error");
            case "to_csv" -> {
                Object target = a.getArrayElement(0).asHostObject();
                if (target instanceof io.stratum.frontend.api.PredictionFrame f) {
                    f.requireExactForWriting();
                    actions.add(new ScriptAction.WritePredictionFrameCsv(f, csvWrite(f, a, 1), SourceScope.current()));
                } else {
                    writeCsv(target, a);
                }
                yield null;
            }
            // a learner's predictions put into a pandas frame (bind.PredictionFrames in the subset binder)
            case "prediction_frame" -> {
                Value data = a.getArrayElement(0);
                Object java;
                if (data.hasHashEntries()) {
                    java.util.Map<Object, Object> dict = new LinkedHashMap<>();
                    Value keys = data.getHashKeysIterator();
                    while (keys.hasIteratorNextElement()) {
                        Value k = keys.getIteratorNextElement();
                        dict.put(java(k), predictionPart(data.getHashValue(k)));
                    }
                    java = dict;
                } else {
                    java = data.asHostObject();
                }
                List<String> columns = a.getArrayElement(1).isNull() ? null : strings(a.getArrayElement(1));
                yield io.stratum.frontend.api.PredictionFrame.dataFrame(java, columns);
            }
            case "prediction_series" -> io.stratum.frontend.api.PredictionFrame.series(
                    (io.stratum.frontend.api.LearnerPredictions) a.getArrayElement(0).asHostObject(),
                    a.getArrayElement(1).isNull() ? null : string(a, 1));
            case "prediction_assign" -> {
                Value given = a.getArrayElement(1);
                java.util.Map<String, Object> columns = new LinkedHashMap<>();
                Value keys = given.getHashKeysIterator();
                while (keys.hasIteratorNextElement()) {
                    Value k = keys.getIteratorNextElement();
                    columns.put(k.asString(), predictionPart(given.getHashValue(k)));
                }
                yield io.stratum.frontend.api.PredictionFrame.assign(a.getArrayElement(0).asHostObject(), columns);
            }
            case "prediction_step" -> {
                io.stratum.frontend.api.PredictionFrame f = (io.stratum.frontend.api.PredictionFrame) a.getArrayElement(0).asHostObject();
                yield switch (string(a, 1)) {
                    case "head" -> f.head(a.getArrayElement(2).asLong());
                    case "tail" -> f.tail(a.getArrayElement(2).asLong());
                    case "column" -> f.column(string(a, 2));
                    case "describe", "value_counts" -> {
                        // the subset binder's Arguments: neither takes an argument here
                        if (a.getArrayElement(2).asInt() > 0) {
                            throw new StratumError(SourceScope.current(), string(a, 1)
                                    + "() got too many positional arguments", null);
                        }
                        List<String> keywords = strings(a.getArrayElement(3));
                        if (!keywords.isEmpty()) {
                            throw new StratumError(SourceScope.current(), string(a, 1)
                                    + "() got an unexpected keyword argument '" + keywords.getFirst() + "'", null);
                        }
                        yield f.summary(string(a, 1));
                    }
                    default -> f.select(strings(a.getArrayElement(2)));
                };
            }
            // round(x) without ndigits of a value pandas computes or of .skb.eval()'s (the subset binder's
            // roundedToInt): "column" for pandas' round(0) of a column or frame, Python's int when the plan knows the
            // number, else "number": written into text once the plan has run (roundedToken)
            case "round_to_int" -> roundToInt(a.getArrayElement(0));
            case "evaluated_numpy_reduction" -> ((io.stratum.frontend.api.Evaluation) a.getArrayElement(0).asHostObject())
                    .numpyReduction(string(a, 1), a.getArrayElement(2).asInt(), map(a.getArrayElement(3)));
            case "rounded_arithmetic" -> throw io.stratum.frontend.bind.DeferredArithmetic.onRoundedRefused(string(a, 0),
                    string(a, 1));
            case "prediction_rows" -> ((io.stratum.frontend.api.PredictionFrame) a.getArrayElement(0).asHostObject())
                    .knownRows(CATALOG);
            case "prediction_columns" -> ((io.stratum.frontend.api.PredictionFrame) a.getArrayElement(0).asHostObject())
                    .columnCount(CATALOG);
            case "prediction_shape_series" -> predictions(a.getArrayElement(0)).shapeSeries();
            case "prediction_len" -> throw io.stratum.frontend.api.LearnerPredictions.lenUnknown();
            case "predictions_not_text" -> throw io.stratum.frontend.api.LearnerPredictions.notText();
            case "prediction_series_kind" -> ((io.stratum.frontend.api.PredictionFrame) a.getArrayElement(0).asHostObject())
                    .series();
            case "learner_predict" -> {
                Learner learner = (Learner) a.getArrayElement(0).asHostObject();
                String method = a.getArrayElement(2).asString();
                if (a.getArrayElement(1).hasHashEntries()) {
                    java.util.Map<String, Object> env = environment("learner." + method, a.getArrayElement(1));
                    yield switch (method) {
                        case "predict" -> learner.predict(env);
                        case "predict_proba" -> learner.predictProba(env);
                        default -> learner.decisionFunction(env);
                    };
                }
                TrainTestSplit.Part test = splitPart(a.getArrayElement(1), method, false);
                io.stratum.frontend.api.LearnerPredictions p = switch (method) {
                    case "predict" -> learner.predict(test);
                    case "predict_proba" -> learner.predictProba(test);
                    default -> learner.decisionFunction(test);
                };
                searches.add(p.search());
                yield p;
            }
            case "cross_validate" -> crossValidate(op(a, 0), ".skb.cross_validate", a.getArrayElement(1),
                    a.getArrayElement(2), a.getArrayElement(3), a.getArrayElement(4));
            case "skrub_cross_validate" -> skrubCrossValidate(a);
            case "get_data" -> {
                Map<String, DataOp> data = op(a, 0).skb().getData();
                data.forEach((name, value) -> declaredValues.put(value.node(), name));
                yield guestList(List.of(new ArrayList<Object>(data.keySet()), new ArrayList<Object>(data.values())));
            }
            default -> throw new IllegalArgumentException("unknown facade operation " + operation);
        };
    }

    /**
     * {@code df.to_csv(path, sep, na_rep, columns, header, index, encoding, mode)} (the facade's arguments in that order,
     * after the frame): the file written when the run reaches the line (the subset binder's {@code Methods.toCsv}).
     */
    private void writeCsv(Object target, Value a) {
        actions.add(new ScriptAction.WriteCsv(csvWrite(target, a, 1), SourceScope.current()));
    }

    /**
     * The write {@code to_csv}'s arguments ask for, from {@code a[offset]} on (path, sep, na_rep, columns, header,
     * index, encoding, mode), of {@code target}: a DataOp, an evaluated value, or null for a search's table.
     */
    private io.stratum.frontend.api.CsvWrite csvWrite(Object target, Value a, int offset) {
        Value path = a.getArrayElement(offset + 0);
        Value sep = a.getArrayElement(offset + 1);
        Value naRep = a.getArrayElement(offset + 2);
        Value columns = a.getArrayElement(offset + 3);
        Value header = a.getArrayElement(offset + 4);
        Value index = a.getArrayElement(offset + 5);
        Value encoding = a.getArrayElement(offset + 6);
        Value mode = a.getArrayElement(offset + 7);
        if (!path.isNull() && !path.isString()) {
            throw new StratumError(SourceScope.current(), "to_csv(): the path must be a str", null);
        }
        if (!sep.isString() || !naRep.isString()) {
            throw new StratumError(SourceScope.current(), "to_csv(): sep and na_rep must be str", null);
        }
        if (!header.isBoolean() || !index.isBoolean()) {
            throw new StratumError(SourceScope.current(), "to_csv(): Stratum takes header=True/False and index=True/False", null);
        }
        if (!(encoding.isNull() || encoding.isString()) || !mode.isString()) {
            throw new StratumError(SourceScope.current(), "to_csv(): encoding and mode must be str", null);
        }
        List<String> picked = null;
        if (!columns.isNull()) {
            picked = new ArrayList<>();
            for (long i = 0; i < columns.getArraySize(); i++) {
                Value item = columns.getArrayElement(i);
                if (!item.isString()) {
                    throw new StratumError(SourceScope.current(), "to_csv(): columns must be a list of column names", null);
                }
                picked.add(item.asString());
            }
        }
        return io.stratum.frontend.api.CsvWrite.of(target, workingDirectory, path.isNull() ? null : path.asString(),
                sep.asString(), naRep.asString(), picked, header.asBoolean(), index.asBoolean(),
                encoding.isNull() ? null : encoding.asString(), mode.asString());
    }

    /**
     * {@code len(df)} ({@code name} "len") or one of {@link FrameFacts#ATTRIBUTES} while the plan is built, as the
     * subset binder gives them; a frame's dtypes as [names, dtype names].
     */
    /**
     * Whether the plan can tell a frame's columns, dtypes or shape before it runs (where it cannot, printing them shows
     * skrub's GetAttr step with its preview, and any other use is refused); true for anything but a frame.
     */
    private static boolean factKnown(DataOp op, String name) {
        FrameFacts f = FrameFacts.of(op, StandardCatalog.get());
        if (f == null || f.column()) {
            return true;
        }
        return name.equals("dtypes") ? f.dtypes() != null : f.columns() != null;
    }

    /**
     * The token that stands in text for a search's result until the search has run
     * ({@link io.stratum.frontend.bind.DeferredValue}): {@code str(search.best_score_)}, {@code f"{...:.3f}"},
     * {@code round(...)}; {@code round} is null or the digits ({@code ROUND_TO_INT} for none), {@code spec} null or
     * the format specification.
     */
    @HostAccess.Export
    public String deferredToken(Object search, String attribute, Object round, Object spec, boolean repr, int line,
                                int column) {
        if (attribute.startsWith("best_") && op(search).node() instanceof SearchRoot root
                && !io.stratum.frontend.api.Scoring.picksBest(root)) {
            throw located(origin(line, column), io.stratum.frontend.session.SearchResults.noBest(attribute),
                    io.stratum.frontend.session.SearchResults.NO_BEST_HINT);
        }
        Integer digits = round == null ? null : ((Number) round).intValue();
        String format = spec == null ? null : spec.toString();
        if (format != null) {
            // refused now if Python would refuse the specification for a float
            io.stratum.ir.value.PyFormatSpec.format(io.stratum.ir.value.Const.of(0.5), format);
        }
        io.stratum.frontend.bind.DeferredValue value = new io.stratum.frontend.bind.DeferredValue(op(search), attribute, digits, format);
        deferred.add(repr ? value.asRepr() : value);
        return io.stratum.frontend.bind.DeferredValue.token(deferred.size() - 1);
    }

    /**
     * {@code op} written into text by Python's str, repr or format ({@code f"{len(df)} rows"}, {@code print(df.shape)}
     * after a filter): for a value pandas computes from the data, a token until the plan has run (the subset binder's
     * {@code ScriptBinder.written}); for a skrub DataOp, its step's name as before.
     */
    @HostAccess.Export
    public String writtenToken(Object op, Object spec, boolean repr, int line, int column) {
        DataOp value = op(op);
        String format = spec == null ? null : spec.toString();
        io.stratum.frontend.api.DataOpPrint printed = io.stratum.frontend.api.DataOpPrint.written(value, repr);
        if (printed == null) {
            if (format != null) {
                throw located(origin(line, column), "TypeError: unsupported format string passed to DataOp.__format__",
                        "a skrub DataOp is known only when the pipeline runs; print it, or format a value of .skb.eval()");
            }
            return "<" + value.node().kind() + ">";
        }
        return writtenText(printed, format, line, column);
    }

    /**
     * {@code printed} written into text with {@code format} (null: str or repr): its text now when it is already
     * known, else a token filled in once the plan has run; a specification Python refuses for the value is its
     * ValueError at the line.
     */
    private String writtenText(io.stratum.frontend.api.DataOpPrint printed, String format, int line, int column) {
        try {
            if (printed.preview() == null) {
                return format == null ? printed.text()
                        : io.stratum.ir.value.PyFormatSpec.format(io.stratum.frontend.bind.DeferredValue.parsed(printed.text()), format);
            }
        } catch (IllegalArgumentException e) {
            throw located(origin(line, column), "ValueError: " + e.getMessage(), null);
        }
        deferred.add(io.stratum.frontend.bind.DeferredValue.ofValue(printed).with(null, format));
        return io.stratum.frontend.bind.DeferredValue.token(deferred.size() - 1);
    }

    private static Object roundToInt(Value target) {
        Object value = target.isHostObject() ? target.asHostObject() : java(target);
        DataOp plan = value instanceof io.stratum.frontend.api.Evaluation e ? e.plan() : (DataOp) value;
        io.stratum.frontend.api.DataOpPrint printed = roundedPrint(value);
        if (printed == null) {
            throw new StratumError(SourceScope.current(), "type DataOp doesn't define __round__ method",
                    "Stratum rounds numbers written in the script and a search's best_score_");
        }
        if (io.stratum.frontend.api.FrameFacts.of(plan, CATALOG) != null) {
            return "column";
        }
        if (printed.preview() == null) {
            try {
                return ((io.stratum.ir.value.Const.IntConst) io.stratum.frontend.bind.DeferredValue.roundedToInt(
                        io.stratum.frontend.bind.DeferredValue.parsed(printed.text()))).value();
            } catch (IllegalArgumentException e) {
                throw new StratumError(SourceScope.current(), e.getMessage(), null);
            }
        }
        return "number";
    }

    /** What {@code round(x)} writes of a DataOp pandas computes or of an evaluation: its value as str writes it. */
    private static io.stratum.frontend.api.DataOpPrint roundedPrint(Object value) {
        return value instanceof io.stratum.frontend.api.Evaluation e ? io.stratum.frontend.api.DataOpPrint.written(e, false)
                : io.stratum.frontend.api.DataOpPrint.written((DataOp) value, false);
    }

    /**
     * {@code round(x)} without ndigits of a number pandas computes or of {@code .skb.eval()}'s ({@code target}: the
     * DataOp or the evaluation), written into text ({@code f"{round(m)}"}): Python's int, the subset binder's token of it.
     */
    @HostAccess.Export
    public String roundedToken(Object target, Object spec, boolean repr, Value steps, int line, int column) {
        Object value = target instanceof Value v ? (v.isHostObject() ? v.asHostObject() : java(v)) : target;
        String format = spec == null ? null : spec.toString();
        if (format != null) {
            try {
                io.stratum.ir.value.PyFormatSpec.format(io.stratum.ir.value.Const.of(1L), format);
            } catch (IllegalArgumentException e) {
                throw located(origin(line, column), "ValueError: " + e.getMessage(), null);
            }
        }
        io.stratum.frontend.bind.DeferredValue rounded = io.stratum.frontend.bind.DeferredValue.ofValue(roundedPrint(value))
                .with(io.stratum.frontend.bind.DeferredValue.ROUND_TO_INT, null);
        for (long i = 0; i < steps.getArraySize(); i++) {
            // round(m) + 1 and the like: Python's arithmetic on the int, computed once the plan has run
            Value step = steps.getArrayElement(i);
            Value operand = step.getArrayElement(1);
            rounded = rounded.then(io.stratum.frontend.bind.DeferredArithmetic.binary(step.getArrayElement(0).asString(),
                    operand.asDouble(), step.getArrayElement(2).asBoolean(), step.getArrayElement(3).asBoolean()));
        }
        deferred.add(rounded.with(io.stratum.frontend.bind.DeferredValue.ROUND_TO_INT, format));
        return io.stratum.frontend.bind.DeferredValue.token(deferred.size() - 1);
    }

    /**
     * A value of {@code .skb.eval()} written into text ({@code str(m)}, {@code [m]}, {@code f"{m:.3f}"}): the subset
     * binder's token of it (ScriptBinder.written of an evaluated value); a format specification of a frame or a column
     * is pandas' TypeError at the line.
     */
    @HostAccess.Export
    public String evaluatedToken(Object evaluation, Object spec, boolean repr, int line, int column) {
        io.stratum.frontend.api.Evaluation evaluated = (io.stratum.frontend.api.Evaluation) evaluation;
        String format = spec == null ? null : spec.toString();
        io.stratum.frontend.api.DataOpPrint printed;
        try {
            printed = io.stratum.frontend.api.DataOpPrint.written(evaluated, repr);
        } catch (StratumError e) {
            throw located(origin(line, column), e.getMessage(), e.hint());
        }
        if (format != null && io.stratum.frontend.api.FrameFacts.of(evaluated.plan(), CATALOG) instanceof
                io.stratum.frontend.api.FrameFacts facts) {
            throw located(origin(line, column), "TypeError: unsupported format string passed to "
                    + (facts.column() ? "Series" : "DataFrame") + ".__format__",
                    "format a number computed from it, such as f\"{df['col'].mean():.2f}\"");
        }
        return writtenText(printed, format, line, column);
    }

    /** The token of {@code reduction} of cross_validate's {@code column} ({@link #deferredToken}'s kin). */
    @HostAccess.Export
    public String deferredCvToken(Object cv, String column, String reduction, Object round, Object spec, boolean repr) {
        String format = spec == null ? null : spec.toString();
        if (format != null) {
            io.stratum.ir.value.PyFormatSpec.format(io.stratum.ir.value.Const.of(0.5), format);
        }
        io.stratum.frontend.bind.DeferredValue value = io.stratum.frontend.bind.DeferredValue.ofCrossValidation(
                (CrossValidation) cv, column, reduction).with(round == null ? null : ((Number) round).intValue(), format);
        deferred.add(repr ? value.asRepr() : value);
        return io.stratum.frontend.bind.DeferredValue.token(deferred.size() - 1);
    }

    /** The token of {@code reduction} of the search table's {@code column} ({@link #deferredToken}'s kin). */
    @HostAccess.Export
    public String deferredResultsToken(Object search, String attribute, String column, String reduction, Object round,
                                       Object spec, boolean repr) {
        String format = spec == null ? null : spec.toString();
        if (format != null) {
            io.stratum.ir.value.PyFormatSpec.format(io.stratum.ir.value.Const.of(0.5), format);
        }
        io.stratum.frontend.bind.DeferredValue value = io.stratum.frontend.bind.DeferredValue.ofResultsColumn(op(search),
                attribute, column, reduction).with(round == null ? null : ((Number) round).intValue(), format);
        deferred.add(repr ? value.asRepr() : value);
        return io.stratum.frontend.bind.DeferredValue.token(deferred.size() - 1);
    }

    /**
     * {@code results_.iloc[at][column]} and the like ({@link io.stratum.frontend.bind.DeferredValue#ofResultsRow}),
     * rounded to {@code round} digits and formatted with {@code spec}: a token written in once the search has run.
     */
    @HostAccess.Export
    public String deferredRowToken(Object search, String attribute, Value selected, Object sortBy, boolean ascending,
                                   Object at, boolean byLabel, Object argOf, boolean max, String column, Object round,
                                   Object spec, boolean repr) {
        String format = spec == null ? null : spec.toString();
        io.stratum.frontend.bind.ResultsRow row = new io.stratum.frontend.bind.ResultsRow(resultsView(null, null, false,
                null, null, null, selected, sortBy, ascending), at == null ? null : ((Number) at).longValue(), byLabel,
                argOf == null ? null : argOf.toString(), max);
        io.stratum.frontend.bind.DeferredValue value = io.stratum.frontend.bind.DeferredValue.ofResultsRow(op(search),
                attribute, row, column).with(round == null ? null : ((Number) round).intValue(), format);
        deferred.add(repr ? value.asRepr() : value);
        return io.stratum.frontend.bind.DeferredValue.token(deferred.size() - 1);
    }

    /** {@code print(search.results_.head(3))} and the like ({@link io.stratum.frontend.bind.ResultsView}). */
    @HostAccess.Export
    public void showSearchView(Object search, String attribute, Object head, Object tail, boolean whole, Object column,
                               Object names, Object decimals, Value selected, Object sortBy, boolean ascending,
                               String prefix, int line, int col) {
        actions.add(new ScriptAction.ShowSearch(op(search), attribute, origin(line, col),
                resultsView(head, tail, whole, column, names, decimals, selected, sortBy, ascending), prefix));
    }

    /**
     * {@code print(search.results_.iloc[at])}, {@code .loc[at]} ({@code byLabel}) or {@code .loc[results_[argOf].idxmax()]}
     * ({@code max}; else idxmin) of the table with its {@code selected} columns and its sort
     * ({@link io.stratum.frontend.bind.ResultsRow}), written at {@code line}:{@code column}.
     */
    @HostAccess.Export
    public void showSearchRow(Object search, String attribute, Value selected, Object sortBy, boolean ascending, Object at,
                              boolean byLabel, Object argOf, boolean max, String prefix, int line, int col) {
        io.stratum.frontend.bind.ResultsView view = resultsView(null, null, false, null, null, null, selected, sortBy,
                ascending);
        actions.add(new ScriptAction.ShowSearchRow(op(search), attribute, new io.stratum.frontend.bind.ResultsRow(view,
                at == null ? null : ((Number) at).longValue(), byLabel, argOf == null ? null : argOf.toString(), max),
                origin(line, col), prefix));
    }

    /**
     * {@code search.results_(...).to_csv(path, sep, na_rep, columns, header, index, encoding, mode)}: the view as
     * {@link #showSearchView} takes it, then {@code to_csv}'s arguments in {@code csv} (the subset binder's
     * {@code SearchViews}).
     */
    @HostAccess.Export
    public void writeSearchCsv(Object search, String attribute, Object head, Object tail, boolean whole, Object column,
                               Object names, Object decimals, Value selected, Object sortBy, boolean ascending,
                               Value csv, int line, int col) {
        Origin at = origin(line, col);
        try {
            io.stratum.frontend.api.CsvWrite options = SourceScope.at(at, () -> csvWrite(null, csv, 0));
            actions.add(new ScriptAction.WriteSearchCsv(op(search), attribute,
                    resultsView(head, tail, whole, column, names, decimals, selected, sortBy, ascending), options, at));
        } catch (StratumError e) {
            throw located(e.origin().isKnown() ? e.origin() : at, e.getMessage(), e.hint());
        }
    }

    private static io.stratum.frontend.bind.ResultsView resultsView(Object head, Object tail, boolean whole, Object column,
                                                                    Object names, Object decimals, Value selected,
                                                                    Object sortBy, boolean ascending) {
        List<String> picked = null;
        if (!selected.isNull()) {
            picked = new ArrayList<>();
            for (long i = 0; i < selected.getArraySize(); i++) {
                picked.add(selected.getArrayElement(i).asString());
            }
        }
        return new io.stratum.frontend.bind.ResultsView(head == null ? null : ((Number) head).intValue(),
                tail == null ? null : ((Number) tail).intValue(), whole, column == null ? null : column.toString(),
                names == null ? null : io.stratum.frontend.bind.ResultsView.Names.valueOf(names.toString()),
                decimals == null ? null : ((Number) decimals).intValue(), picked,
                sortBy == null ? null : sortBy.toString(), ascending);
    }

    /** The metric functions {@code sklearn.metrics} offers in scripts, comma separated ({@code MetricScorers}). */
    @HostAccess.Export
    public String metricNames() {
        return String.join(",", io.stratum.frontend.api.MetricScorers.names());
    }

    /** Why {@code s.regex(pattern)}'s pattern does not compile as the runtime matches it, or null when it does. */
    @HostAccess.Export
    public String regexProblem(String pattern) {
        try {
            java.util.regex.Pattern.compile(pattern);
            return null;
        } catch (java.util.regex.PatternSyntaxException e) {
            return e.getDescription();
        }
    }

    /** The integer {@code round(value)} without digits stands for. */
    @HostAccess.Export
    public int roundToInt() {
        return io.stratum.frontend.bind.DeferredValue.ROUND_TO_INT;
    }

    /** The search results the printed text's tokens stand for, in token order. */
    List<io.stratum.frontend.bind.DeferredValue> deferred() {
        return List.copyOf(deferred);
    }

    /** What {@code print} shows before a printed DataOp's preview, or all of it ({@link io.stratum.frontend.api.DataOpPrint}). */
    @HostAccess.Export
    public String dataOpPrintText(Object print) {
        return ((io.stratum.frontend.api.DataOpPrint) print).text();
    }

    /** Whether a printed DataOp shows a preview computed when the plan runs. */
    @HostAccess.Export
    public boolean dataOpPrintHasPreview(Object print) {
        return ((io.stratum.frontend.api.DataOpPrint) print).preview() != null;
    }

    /** {@code print(prefix, op, suffix)} of a DataOp whose preview is computed when the plan runs. */
    @HostAccess.Export
    public void showDataOp(Object print, String prefix, String suffix, int line, int col) {
        io.stratum.frontend.api.DataOpPrint p = (io.stratum.frontend.api.DataOpPrint) print;
        actions.add(new ScriptAction.ShowEvaluation(p.preview(), prefix + p.text(), suffix, origin(line, col), p.view()));
    }

    private Object fact(DataOp op, String name) {
        FrameFacts f = FrameFacts.of(op, StandardCatalog.get());
        if (f == null) {
            throw new StratumError(SourceScope.current(), (name.equals("len") ? "len()" : "." + name)
                    + " needs a frame or a column, and this DataOp is not one", null);
        }
        for (String v : f.variables()) {
            factUses.putIfAbsent(v, SourceScope.current().line());
        }
        if (name.equals("len")) {
            if (f.rows() < 0) {
                throw new StratumError(SourceScope.current(), "len() of this DataOp is known only when the plan runs, and Python's"
                        + " len() must give an int now", "write df.shape[0], a value computed when the plan runs");
            }
            return f.rows("len()");
        }
        if (name.equals("shape")) {
            return guestList(f.shapeRowsLazy());
        }
        Object v = f.attribute(name);
        if (v instanceof Map<?, ?> m) {
            return guestList(List.of(new ArrayList<Object>(m.keySet()), new ArrayList<Object>(m.values())));
        }
        return v instanceof List<?> l ? guestList(l) : v;
    }

    /** A Java list as Python can iterate it under {@code HostAccess.EXPLICIT}: a proxy array, nested lists too. */
    private static org.graalvm.polyglot.proxy.ProxyArray guestList(List<?> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (Object o : items) {
            out.add(o instanceof List<?> inner ? guestList(inner) : o);
        }
        return org.graalvm.polyglot.proxy.ProxyArray.fromList(out);
    }

    private DataOp chooseFrom(Value outcomes, String name) {
        if (outcomes.hasHashEntries()) {
            Map<String, Object> items = new LinkedHashMap<>();
            Value keys = outcomes.getHashKeysIterator();
            while (keys.hasIteratorNextElement()) {
                Value k = keys.getIteratorNextElement();
                if (!k.isString()) {
                    throw new StratumError(SourceScope.current(), "choose_from: dict keys must be strings", null);
                }
                items.put(k.asString(), java(outcomes.getHashValue(k)));
            }
            return DataOps.chooseFrom(items, name);
        }
        if (outcomes.hasArrayElements()) {
            return DataOps.chooseFrom(list(outcomes), name);
        }
        throw new StratumError(SourceScope.current(), "choose_from expects a list or a dict of outcomes, got "
                + typeName(outcomes), null);
    }

    /** {@code choose_int}/{@code choose_float}(low, high, log, n_steps, name, default), checked as the binder checks them. */
    private static DataOp chooseNumber(String fn, Value a) {
        Object low = java(a.getArrayElement(0));
        Object high = java(a.getArrayElement(1));
        Value log = a.getArrayElement(2);
        Object steps = java(a.getArrayElement(3));
        String name = optionalString(a, 4);
        if (!a.getArrayElement(5).isNull()) {
            throw new StratumError(SourceScope.current(), fn + "(): 'default' only matters outside a search, and Stratum only runs searches",
                    "remove default=...");
        }
        if (!log.isBoolean()) {
            throw new StratumError(SourceScope.current(), fn + "(): 'log' must be True or False, got " + reprOf(log), null);
        }
        Integer nSteps = switch (steps) {
            case Const.NoneConst none -> null;
            case Const.IntConst i when i.value() <= 10_000 -> (int) i.value();
            default -> throw new StratumError(SourceScope.current(), fn + "(): 'n_steps' must be an int (at most 10000), got "
                    + reprOf(a.getArrayElement(3)), null);
        };
        if (fn.equals("choose_int")) {
            return DataOps.chooseInt(integerBound(low, fn, "low"), integerBound(high, fn, "high"), log.asBoolean(), nSteps, name);
        }
        return DataOps.chooseFloat(floatBound(low, fn, "low"), floatBound(high, fn, "high"), log.asBoolean(), nSteps, name);
    }

    private static long integerBound(Object c, String fn, String arg) {
        if (c instanceof Const.IntConst i) {
            return i.value();
        }
        throw new StratumError(SourceScope.current(), fn + "(): '" + arg + "' must be an int, got " + describe(c), null);
    }

    private static Number floatBound(Object c, String fn, String arg) {
        return switch (c) {
            case Const.IntConst i -> (Long) i.value();
            case Const.FloatConst f -> (Double) f.value();
            default -> throw new StratumError(SourceScope.current(), fn + "(): '" + arg + "' must be a number, got " + describe(c), null);
        };
    }

    /** The receiver of a match; {@code .skb.match}/{@code .skb.if_else} only on a choice, as the subset binder has it. */
    /** A bound of a Python slice: None, or an int as the subset binder takes it. */
    private static Long sliceBound(Value args, int index) {
        Object v = java(args.getArrayElement(index));
        return switch (v) {
            case Const.NoneConst none -> null;
            case Const.IntConst i -> i.value();
            default -> throw new StratumError(SourceScope.current(), "slice bounds must be ints or None, got " + describe(v), null);
        };
    }

    /** One axis of {@code .iloc[rows, columns]} as the facade encodes it: ("all",), ("slice", a, b, c), ("positions", [...]), ("one", i). */
    private static io.stratum.frontend.api.IlocAxis ilocAxis(Value axis) {
        String kind = axis.getArrayElement(0).asString();
        return switch (kind) {
            case "all" -> new io.stratum.frontend.api.IlocAxis.All();
            case "slice" -> new io.stratum.frontend.api.IlocAxis.Slice(sliceBound(axis, 1), sliceBound(axis, 2), sliceBound(axis, 3));
            case "one" -> new io.stratum.frontend.api.IlocAxis.One(axis.getArrayElement(1).asLong());
            case "positions" -> new io.stratum.frontend.api.IlocAxis.Positions(positions(axis.getArrayElement(1)));
            default -> throw new IllegalStateException("iloc axis " + kind);
        };
    }

    /** {@code .iloc[[...]]}'s positions, checked as the subset binder checks them. */
    private static List<Long> positions(Value list) {
        List<Long> out = new ArrayList<>();
        for (long i = 0; i < list.getArraySize(); i++) {
            Object v = java(list.getArrayElement(i));
            if (!(v instanceof Const.IntConst p)) {
                throw new StratumError(SourceScope.current(), ".iloc[[...]] takes a list of row positions (ints), got "
                        + typeName(v), "e.g. df.iloc[[0, 2, -1]]");
            }
            out.add(p.value());
        }
        return out;
    }

    private static String describe(Object c) {
        return c instanceof Const k ? k.repr() : "a " + typeName(c);
    }

    private DataOp readCsv(String path, Value kwargs) {
        return DataOps.readCsv(path, workingDirectory, readerOptions("read_csv", kwargs));
    }

    /** A reader's keyword arguments as constants, checked against its catalog entry as the subset binder does. */
    private static Map<String, Const> readerOptions(String function, Value kwargs) {
        ApiEntry entry = CATALOG.lookup("pandas." + function);
        Map<String, Const> options = new LinkedHashMap<>();
        Value keys = kwargs.getHashKeysIterator();
        while (keys.hasIteratorNextElement()) {
            String k = keys.getIteratorNextElement().asString();
            if (entry.param(k) == null) {
                throw new StratumError(SourceScope.current(), function + ": Stratum does not support the argument '" + k + "' yet",
                        "supported: " + String.join(", ", entry.paramNames()));
            }
            Const c = constant(java(kwargs.getHashValue(k)));
            String problem = c == null ? "'" + k + "' must be a constant (a string, number, list or dict of them)"
                    : entry.param(k).check(c);
            if (problem == null) {
                problem = entry.param(k).checkSupported(c);
            }
            if (problem != null) {
                throw new StratumError(SourceScope.current(), function + ": " + problem, null);
            }
            options.put(k, c);
        }
        return options;
    }

    /** A converted Python value as a constant (maps become dict constants), or null when it is not one. */
    private static Const constant(Object value) {
        if (value instanceof Const c) {
            return c;
        }
        if (value instanceof Map<?, ?> m) {
            List<Const> keys = new ArrayList<>();
            List<Const> values = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Const k = constant(e.getKey());
                Const v = constant(e.getValue());
                if (k == null || v == null) {
                    return null;
                }
                keys.add(k);
                values.add(v);
            }
            return new Const.DictConst(keys, values);
        }
        return null;
    }

    private DataOp estimator(String qualifiedName, Value args, Value kwargs) {
        ApiEntry entry = CATALOG.lookup(qualifiedName);
        Map<String, Object> params = new LinkedHashMap<>();
        if (args.getArraySize() > entry.params().size()) {
            throw new StratumError(SourceScope.current(), entry.simpleName() + "() takes at most " + entry.params().size()
                    + " arguments", null);
        }
        for (int i = 0; i < args.getArraySize(); i++) {
            params.put(entry.params().get(i).name(), java(args.getArrayElement(i)));
        }
        for (Map.Entry<String, Object> e : map(kwargs).entrySet()) {
            if (params.containsKey(e.getKey())) {
                throw new StratumError(SourceScope.current(), entry.simpleName() + "() got multiple values for argument '"
                        + e.getKey() + "'", null);
            }
            params.put(e.getKey(), e.getValue());
        }
        return DataOps.estimator(qualifiedName, params);
    }

    private DataOp apply(DataOp self, Object estimator, Value y, Value cols, Value exclude, boolean unsupervised,
                         boolean allowReject) {
        if (estimator instanceof Const c && io.stratum.frontend.api.Skb.isPassthrough(c)) {
            // skrub applies PassThrough() for None or "passthrough" (wrapped in ApplyToCols on a frame)
            estimator = DataOps.value(c);
        }
        if (!(estimator instanceof DataOp est)) {
            throw new StratumError(SourceScope.current(), ".skb.apply expects an estimator such as Ridge(), got "
                    + typeName(estimator), null);
        }
        if (unsupervised) {
            self.skb().checkUnsupervised(est);
        }
        DataOp yOp = null;
        if (!y.isNull()) {
            if (!(java(y) instanceof DataOp yy)) {
                throw new StratumError(SourceScope.current(), ".skb.apply: y must be a DataOp (for example data['target'].skb.mark_as_y())", null);
            }
            yOp = yy;
        }
        Object colSpec = cols.isNull() ? null : columns(cols, ".skb.apply");
        if (allowReject) {
            return self.skb().applyAllowingRejects(est, yOp, asSelector(colSpec),
                    exclude.isNull() ? null : asSelector(columns(exclude, ".skb.apply(exclude_cols=...)")));
        }
        if (!exclude.isNull()) {
            Object excludeSpec = columns(exclude, ".skb.apply(exclude_cols=...)");
            return self.skb().applyExcluding(est, yOp, asSelector(colSpec), asSelector(excludeSpec));
        }
        if (colSpec instanceof ColumnSelector sel) {
            return self.skb().applyToSelected(est, yOp, sel);
        }
        return self.skb().apply(est, yOp, colSpec == null ? null : strings((List<?>) colSpec));
    }

    /**
     * A {@code cols=} argument as the subset binder reads it (skrub's {@code make_selector}): a name or a list of
     * names is a list of names, and so is {@code s.cols(...)} alone; any other selector is a {@link ColumnSelector}.
     * The selector facade passes selectors as tagged tuples such as {@code ("\0selector:SUB", ("\0selector:numeric",), ...)}.
     */
    private static ColumnSelector asSelector(Object colSpec) {
        return colSpec == null ? null : colSpec instanceof ColumnSelector s ? s : new ColumnSelector.Cols(strings((List<?>) colSpec));
    }

    /** The first item of the tuples the selector facade passes, which no column name starts with. */
    private static final String SELECTOR_TAG = "\u0000selector:";

    private static Object columns(Value cols, String who) {
        ColumnSelector s = selector(cols);
        if (s == null) {
            throw new StratumError(SourceScope.current(), who + ": cols must be a column name, a list of names or a skrub selector, got "
                    + typeName(cols), "for example cols=[\"a\", \"b\"] or cols=s.numeric() with import skrub.selectors as s");
        }
        return s instanceof ColumnSelector.Cols names ? names.names() : s;
    }

    private static ColumnSelector selector(Value v) {
        if (v.isString()) {
            return new ColumnSelector.Cols(List.of(v.asString()));
        }
        if (!v.hasArrayElements()) {
            return null;
        }
        String first = v.getArraySize() > 0 && v.getArrayElement(0).isString() ? v.getArrayElement(0).asString() : "";
        if (!first.startsWith(SELECTOR_TAG)) {
            List<String> names = new ArrayList<>();
            for (long i = 0; i < v.getArraySize(); i++) {
                if (!v.getArrayElement(i).isString()) {
                    return null;
                }
                names.add(v.getArrayElement(i).asString());
            }
            return new ColumnSelector.Cols(names);
        }
        String tag = first.substring(SELECTOR_TAG.length());
        return switch (tag) {
            case "all" -> new ColumnSelector.All();
            case "numeric" -> new ColumnSelector.Numeric();
            case "string" -> new ColumnSelector.StringType();
            case "integer" -> new ColumnSelector.IntegerType();
            case "float" -> new ColumnSelector.FloatType();
            case "categorical" -> new ColumnSelector.Categorical();
            case "boolean" -> new ColumnSelector.BooleanType();
            case "any_date" -> new ColumnSelector.AnyDate();
            case "regex" -> new ColumnSelector.Regex(v.getArrayElement(1).asString());
            case "cols" -> {
                List<String> names = new ArrayList<>();
                Value items = v.getArrayElement(1);
                for (long i = 0; i < items.getArraySize(); i++) {
                    names.add(items.getArrayElement(i).asString());
                }
                yield new ColumnSelector.Cols(names);
            }
            case "glob" -> new ColumnSelector.Glob(v.getArrayElement(1).asString());
            case "inv" -> new ColumnSelector.Inverted(selector(v.getArrayElement(1)));
            case "OR", "AND", "SUB", "XOR" -> new ColumnSelector.Combined(ColumnSelector.Operator.valueOf(tag),
                    selector(v.getArrayElement(1)), selector(v.getArrayElement(2)));
            default -> null;
        };
    }

    private static List<String> strings(List<?> names) {
        List<String> out = new ArrayList<>();
        for (Object o : names) {
            out.add((String) o);
        }
        return out;
    }

    /** {@code np.<name>(x)}: a plan step on a DataOp; on a number, the value now, as numpy computes it eagerly. */
    private static Object numpy(String name, Object x) {
        NumericFunction function = NumericFunction.byNumpyName(name);
        return switch (x) {
            case DataOp op -> op.numpy(function);
            case Const.IntConst i -> function.keepsIntegers() ? (Object) function.applyInteger(i.value()) : (Object) function.apply(i.value());
            case Const.FloatConst f -> function.apply(f.value());
            default -> throw new StratumError(SourceScope.current(), "np." + name + "() of " + describe(x) + " is not supported",
                    "apply it to a column, e.g. np." + name + "(df[\"x\"]), or to a number");
        };
    }

    /** The numpy scalar types scripts may name as values ({@code np.number}, {@code np.float32}), comma separated. */
    @HostAccess.Export
    public String numpyTypes() {
        return String.join(",", io.stratum.frontend.api.DataOps.numpyTypeNames());
    }

    /** What to write instead of the numpy reduction {@code name} Stratum does not know ("" for other names). */
    @HostAccess.Export
    public String numpyReductionHint(String name) {
        return io.stratum.frontend.bind.FunctionValues.numpyReductionHint(name);
    }

    /** The numpy functions Stratum compiles, comma separated. */
    @HostAccess.Export
    public String numpyFunctions() {
        List<String> out = new ArrayList<>();
        for (NumericFunction f : NumericFunction.values()) {
            out.add(f.numpyName());
        }
        if (NumericFunction.byNumpyName("absolute") != null) {
            out.add("absolute");
        }
        return String.join(",", out);
    }

    /** An environment dict of {@code method} (variable names to data), checked as the subset binder checks it. */
    private Map<String, Object> environment(String method, Value env) {
        if (!env.hasHashEntries()) {
            throw new StratumError(SourceScope.current(), method + "(environment): environment must be a dict from"
                    + " variable names to data, got " + typeName(env), "e.g. {\"data\": pd.read_csv(\"data.csv\")}");
        }
        Value keys = env.getHashKeysIterator();
        while (keys.hasIteratorNextElement()) {
            if (!keys.getIteratorNextElement().isString()) {
                throw new StratumError(SourceScope.current(), method + "(environment): the dict's keys must be variable"
                        + " names (strings)", null);
            }
        }
        Map<String, Object> environment = map(env);
        for (Map.Entry<String, Object> e : environment.entrySet()) {
            String name = e.getKey();
            boolean declared = e.getValue() instanceof DataOp op && name.equals(declaredValues.get(op.node()));
            Integer used = declared ? null : factUses.get(name);
            if (used != null) {
                throw new StratumError(SourceScope.current(), method + "(environment) replaces variable '" + name
                        + "', but line " + used + " read len()/shape/columns/dtypes from the value it was declared with"
                        + " while the plan was built", "evaluate with the variable's own value, or compute that line's"
                        + " value from data the environment does not replace");
            }
        }
        return environment;
    }

    /**
     * scikit-learn's function {@code train_test_split(*arrays, test_size=, train_size=, random_state=, shuffle=,
     * stratify=)}, checked as the subset binder checks it (bind/ScriptBinder.java): each array's two parts, in a list.
     */
    private Object splitArrays(Value a) {
        Value arrays = a.getArrayElement(0);
        List<DataOp> ops = new ArrayList<>();
        for (long i = 0; i < arrays.getArraySize(); i++) {
            if (!(java(arrays.getArrayElement(i)) instanceof DataOp d)) {
                throw new StratumError(SourceScope.current(), "train_test_split: Stratum splits frames and columns"
                        + " (DataOps such as pd.read_csv(...) or data['y']), got " + typeName(arrays.getArrayElement(i)), null);
            }
            ops.add(d);
        }
        Const[] sizes = new Const[3];
        String[] names = {"test_size", "train_size", "random_state"};
        for (int k = 0; k < 3; k++) {
            if (!(java(a.getArrayElement(k + 1)) instanceof Const c)) {
                throw new StratumError(SourceScope.current(), "train_test_split: " + names[k] + " must be a constant, got "
                        + typeName(a.getArrayElement(k + 1)), null);
            }
            sizes[k] = c;
        }
        Value shuffle = a.getArrayElement(4);
        if (!shuffle.isBoolean()) {
            throw new StratumError(SourceScope.current(), "train_test_split: shuffle must be True or False, got "
                    + reprOf(shuffle), null);
        }
        DataOp stratify = null;
        if (!a.getArrayElement(5).isNull()) {
            if (!(java(a.getArrayElement(5)) instanceof DataOp d)) {
                throw new StratumError(SourceScope.current(), "train_test_split: stratify must be a column (such as"
                        + " df['y']), got " + typeName(a.getArrayElement(5)), null);
            }
            stratify = d;
        }
        return guestList(io.stratum.frontend.api.SplitArrays.trainTestSplit(ops, sizes[0], sizes[1], sizes[2],
                shuffle.asBoolean(), stratify));
    }

    /** {@code .skb.mark_as_X(cv=, split_kwargs=)}, checked as the subset binder checks it (bind/Methods.java). */
    private DataOp markAsX(DataOp self, Value cv, Value splitKwargs) {
        if (cv.isNull()) {
            if (!splitKwargs.isNull()) {
                throw new StratumError(SourceScope.current(), "mark_as_X: to pass split_kwargs you must also provide a"
                        + " splitter (cv=None)", "e.g. mark_as_X(cv=GroupKFold(5), split_kwargs={\"groups\": data[\"<column>\"]})");
            }
            return self.skb().markAsX();
        }
        DataOp groups = null;
        if (!splitKwargs.isNull()) {
            if (!splitKwargs.hasHashEntries()) {
                throw new StratumError(SourceScope.current(), "mark_as_X: split_kwargs must be a dict, got "
                        + typeName(splitKwargs), null);
            }
            for (Map.Entry<String, Object> e : map(splitKwargs).entrySet()) {
                if (!e.getKey().equals("groups")) {
                    throw new StratumError(SourceScope.current(), "mark_as_X: the only split_kwargs key Stratum supports"
                            + " is \"groups\", got '" + e.getKey() + "'", null);
                }
                if (!(e.getValue() instanceof DataOp g)) {
                    throw new StratumError(SourceScope.current(), "mark_as_X: split_kwargs[\"groups\"] must be a column"
                            + " of the data (a DataOp such as data[\"seller\"])", null);
                }
                groups = g;
            }
        }
        Object cvJava = java(cv);
        if (cvJava instanceof DataOp splitter) {
            return self.skb().markAsX(splitter, groups);
        }
        if (cvJava instanceof Const.IntConst k) {
            return self.skb().markAsX((int) Math.min(k.value(), Integer.MAX_VALUE));
        }
        throw new StratumError(SourceScope.current(), "mark_as_X: cv must be an int or a splitter such as GroupKFold(5),"
                + " got " + reprOf(cv), null);
    }

    /**
     * {@code skrub.cross_validate(learner, environment, *, keep_subsampling=False, cv=None, scoring=None,
     * return_train_score=False)}: the learner's pipeline cross-validated as {@code .skb.cross_validate} does, checked as
     * the subset binder checks it.
     */
    private CrossValidation skrubCrossValidate(Value a) {
        Value learner = a.getArrayElement(0);
        Object host = learner.isHostObject() ? learner.asHostObject() : null;
        DataOp pipeline;
        if (host instanceof io.stratum.frontend.api.Learner l) {
            pipeline = l.crossValidated();
        } else if (host instanceof DataOp d && d.node() instanceof io.stratum.ir.logical.SearchRoot) {
            throw CrossValidation.nestedRefused();
        } else {
            throw CrossValidation.notALearner(typeName(learner));
        }
        DataOp source = keepSubsampling(a.getArrayElement(2), "cross_validate") ? pipeline.skb().keepSubsampling().owner()
                : pipeline;
        return crossValidate(source, "skrub.cross_validate", a.getArrayElement(1), a.getArrayElement(3),
                a.getArrayElement(4), a.getArrayElement(5));
    }

    /** {@code .skb.cross_validate(environment, cv=, scoring=, return_train_score=)}, checked as the subset binder checks it. */
    private CrossValidation crossValidate(DataOp self, String method, Value environment, Value cv, Value scoring,
                                          Value returnTrainScore) {
        Map<String, Object> env = environment.isNull() ? null : environment(method, environment);
        Object cvJava = cv.isNull() ? null : java(cv);
        DataOp splitter = cvJava instanceof DataOp d ? d : null;
        int folds;
        if (splitter != null || cvJava == null) {
            folds = 5;
        } else if (cvJava instanceof Const.IntConst i) {
            folds = (int) i.value();
        } else {
            throw new StratumError(SourceScope.current(), "cross_validate: cv must be an int (the number of folds) or a"
                    + " splitter, got " + reprOf(cv), "use cv=5 or cv=KFold(5, shuffle=True, random_state=0)");
        }
        if (!returnTrainScore.isBoolean()) {
            throw new StratumError(SourceScope.current(), "cross_validate: return_train_score must be True or False, got "
                    + reprOf(returnTrainScore), null);
        }
        io.stratum.frontend.api.Scoring scorers = new io.stratum.frontend.api.Scoring(scoringConst("cross_validate", scoring),
                Const.of(true));
        boolean train = returnTrainScore.asBoolean();
        CrossValidation built = splitter != null ? self.skb().crossValidate(splitter, scorers, train)
                : cvJava == null ? self.skb().crossValidate(scorers, train)
                : self.skb().crossValidate(folds, scorers, train);
        CrossValidation result = env == null ? built : built.withEnvironment(env);
        searches.add(result.search());
        return result;
    }

    /** {@code .skb.train_test_split(environment, split_func=, stratify=, test_size=, train_size=, random_state=, shuffle=)}. */
    private TrainTestSplit trainTestSplit(DataOp self, Value a) {
        if (!a.getArrayElement(1).isNull()) {
            throw new StratumError(SourceScope.current(), ".skb.train_test_split: an environment dict is not supported by"
                    + " Stratum yet", "bind the data in skrub.var(name, value) and call .skb.train_test_split() without it");
        }
        if (!a.getArrayElement(2).isNull()) {
            throw new StratumError(SourceScope.current(), ".skb.train_test_split: split_func is not supported by Stratum"
                    + " yet", "leave it out: scikit-learn's train_test_split is used, with test_size=, train_size=,"
                    + " random_state=, shuffle=");
        }
        Value kwargs = a.getArrayElement(3);
        java.util.Map<String, Value> given = new java.util.LinkedHashMap<>();
        Value keys = kwargs.getHashKeysIterator();
        while (keys.hasIteratorNextElement()) {
            Value k = keys.getIteratorNextElement();
            given.put(k.asString(), kwargs.getHashValue(k));
        }
        java.util.List<String> known = java.util.List.of("test_size", "train_size", "random_state", "shuffle", "stratify",
                "split_index");
        for (String k : given.keySet()) {
            if (!known.contains(k)) {
                throw new StratumError(SourceScope.current(), "train_test_split() got an unexpected keyword argument '"
                        + k + "'", "it takes: " + String.join(", ", known));
            }
        }
        if (given.containsKey("stratify") && !given.get("stratify").isNull()) {
            throw new StratumError(SourceScope.current(), io.stratum.frontend.api.TrainTestSplit.STRATIFY_REFUSAL,
                    io.stratum.frontend.api.TrainTestSplit.STRATIFY_HINT);
        }
        Value shuffle = given.get("shuffle");
        if (shuffle != null && !shuffle.isBoolean()) {
            throw new StratumError(SourceScope.current(), "train_test_split: shuffle must be True or False, got "
                    + reprOf(shuffle), null);
        }
        java.util.List<String> names = new java.util.ArrayList<>(given.keySet());
        return self.skb().trainTestSplit(givenConstant(given, "test_size"), givenConstant(given, "train_size"),
                givenConstant(given, "random_state"), shuffle == null || shuffle.asBoolean(),
                givenConstant(given, "split_index"), names);
    }

    private static Const givenConstant(java.util.Map<String, Value> given, String name) {
        Value v = given.get(name);
        return v == null ? Const.none() : constant(v, name);
    }

    private static Const constant(Value v, String name) {
        if (java(v) instanceof Const c) {
            return c;
        }
        throw new StratumError(SourceScope.current(), "train_test_split(): '" + name + "' must be a constant, got "
                + typeName(v), null);
    }

    /** {@code .skb.make_learner(fitted=, choose=)}, checked as the subset binder checks it. */
    private Learner makeLearner(DataOp self, Value fitted, Value choose, Value keep) {
        if (!fitted.isBoolean()) {
            throw new StratumError(SourceScope.current(), ".skb.make_learner: fitted must be True or False, got "
                    + reprOf(fitted), null);
        }
        if (!choose.isString() || !choose.asString().equals("default")) {
            throw new StratumError(SourceScope.current(), ".skb.make_learner: choose=" + reprOf(choose) + " is not"
                    + " supported by Stratum yet", "leave choose=\"default\" (every choice at its default), or search with"
                    + " .skb.make_grid_search(...)");
        }
        Learner learner = self.skb().makeLearner(keepSubsampling(keep, ".skb.make_learner"));
        return fitted.asBoolean() ? learner.fitOnDeclaredValues() : learner;
    }

    /** {@code keep_subsampling=} as the subset binder checks it. */
    private static boolean keepSubsampling(Value keep, String method) {
        if (!keep.isBoolean()) {
            throw new StratumError(SourceScope.current(), method + ": keep_subsampling must be True or False, got "
                    + reprOf(keep), null);
        }
        return keep.asBoolean();
    }

    /** {@code .skb.subsample(n=1000, how="head")}, its arguments checked as the subset binder checks them. */
    private static DataOp subsample(DataOp self, Value n, Value how) {
        if (n.isBoolean() || !n.fitsInLong()) {
            throw new StratumError(SourceScope.current(), ".skb.subsample: n must be an int (the number of rows to keep), got "
                    + reprOf(n), "use n=1000 (skrub's default)");
        }
        if (!how.isString()) {
            throw new StratumError(SourceScope.current(), ".skb.subsample: `how` should be 'head' or 'random', got: "
                    + reprOf(how), null);
        }
        return self.skb().subsample(n.asLong(), how.asString());
    }

    private static TrainTestSplit.Part splitPart(Value environment, String method, boolean train) {
        if (environment.isHostObject() && environment.asHostObject() instanceof TrainTestSplit.Part part) {
            return part;
        }
        throw new StratumError(SourceScope.current(), "learner." + method + "(environment): Stratum takes split[\""
                + (train ? "train" : "test") + "\"] of a .skb.train_test_split(), got " + typeName(environment),
                "split = pred.skb.train_test_split(test_size=0.2, random_state=0); learner.fit(split[\"train\"])");
    }

    /** make_grid_search, or make_randomized_search when {@code nIter} is given (null for a grid search). */
    private DataOp makeSearch(DataOp self, Value cv, Value scoring, Value fitted, Value refit, Value nIter, Value randomState) {
        String method = nIter == null ? "make_grid_search" : "make_randomized_search";
        if (!fitted.isBoolean()) {
            throw new StratumError(SourceScope.current(), method + ": fitted must be True or False", null);
        }
        // Mirrors the subset binder (bind/Methods.java): an int, a splitter object such as KFold(...), or None
        // for 5 folds; scoring None is left to lowering, which picks r2 or accuracy from the final learner.
        Object cvJava = cv.isNull() ? null : java(cv);
        DataOp splitter = cvJava instanceof DataOp d ? d : null;
        int folds;
        if (splitter != null || cvJava == null) {
            folds = 5;
        } else if (cvJava instanceof Const.IntConst i) {
            folds = (int) i.value();
        } else {
            throw new StratumError(SourceScope.current(), method + ": cv must be an int (the number of KFold splits) or a splitter, got "
                    + reprOf(cv), "use cv=5 or cv=KFold(5, shuffle=True, random_state=0)");
        }
        if (!refit.isBoolean() && !refit.isString()) {
            throw new StratumError(SourceScope.current(), method + ": refit must be True, False or the name of a scorer,"
                    + " got " + reprOf(refit), "with several scorers, pass refit=\"<scorer name>\" or refit=False");
        }
        io.stratum.frontend.api.Scoring scoringName = new io.stratum.frontend.api.Scoring(scoringConst(method, scoring),
                refit.isBoolean() ? Const.of(refit.asBoolean()) : Const.of(refit.asString()));
        DataOp search;
        if (nIter == null) {
            search = splitter != null
                    ? self.skb().makeGridSearch(splitter, scoringName, fitted.asBoolean())
                    : cvJava == null ? self.skb().makeGridSearch(scoringName, fitted.asBoolean())
                    : self.skb().makeGridSearch(folds, scoringName, fitted.asBoolean());
        } else {
            if (!(java(nIter) instanceof Const.IntConst n) || n.value() < 1 || n.value() > 100_000) {
                throw new StratumError(SourceScope.current(), "make_randomized_search: n_iter must be a positive int (at most"
                        + " 100000), got " + reprOf(nIter), "use n_iter=10 (skrub's default)");
            }
            Long seed = switch (java(randomState)) {
                case Const.NoneConst none -> null;
                case Const.IntConst i -> i.value();
                default -> throw new StratumError(SourceScope.current(), "make_randomized_search: random_state must be None"
                        + " or an int, got " + reprOf(randomState), "pass an int such as random_state=0 to draw the same"
                        + " candidates every run");
            };
            int iterations = (int) n.value();
            search = splitter != null
                    ? self.skb().makeRandomizedSearch(iterations, seed, splitter, scoringName, fitted.asBoolean())
                    : cvJava == null ? self.skb().makeRandomizedSearch(iterations, seed, scoringName, fitted.asBoolean())
                    : self.skb().makeRandomizedSearch(iterations, seed, folds, scoringName, fitted.asBoolean());
        }
        searches.add(search);
        return search;
    }

    /**
     * A search's {@code scoring} as a constant, as the subset binder makes it (bind/Methods.java): None, a scorer
     * name, a list of names or a dict from names to scorer names.
     */
    private static Const scoringConst(String method, Value scoring) {
        if (scoring.isNull()) {
            return Const.none();
        }
        if (scoring.isString()) {
            return Const.of(scoring.asString());
        }
        String hint = "e.g. scoring=[\"r2\", \"neg_mean_absolute_error\"] or scoring={\"R2\": \"r2\"}; Stratum takes"
                + " no scorer objects";
        if (scoring.hasHashEntries()) {
            List<Const> keys = new ArrayList<>();
            List<Const> values = new ArrayList<>();
            Value it = scoring.getHashKeysIterator();
            while (it.hasIteratorNextElement()) {
                Value key = it.getIteratorNextElement();
                Value value = scoring.getHashValue(key);
                if (!key.isString() || !value.isString()) {
                    throw new StratumError(SourceScope.current(), method + ": a dict of scorers maps names to scorer names",
                            hint);
                }
                keys.add(Const.of(key.asString()));
                values.add(Const.of(value.asString()));
            }
            return new Const.DictConst(keys, values);
        }
        if (scoring.hasArrayElements()) {
            List<Const> items = new ArrayList<>();
            for (long i = 0; i < scoring.getArraySize(); i++) {
                Value item = scoring.getArrayElement(i);
                if (!item.isString()) {
                    throw new StratumError(SourceScope.current(), method + ": scoring lists scorer names, got "
                            + reprOf(item), hint);
                }
                items.add(Const.of(item.asString()));
            }
            return new Const.ListConst(items, false);
        }
        throw new StratumError(SourceScope.current(), method + ": scoring must be a scorer name such as 'r2', a list of"
                + " names or a dict from names to scorer names, got " + reprOf(scoring), hint);
    }

    /**
     * {@code ColumnTransformer([(name, transformer, columns), ...], **options)} (first argument true) or
     * {@code make_column_transformer((transformer, columns), ..., **options)}, the tuples checked by the facade.
     */
    private static io.stratum.frontend.api.SklearnColumnTransformer columnTransformer(Value a) {
        boolean named = a.getArrayElement(0).asBoolean();
        Value parts = a.getArrayElement(1);
        List<String> names = named ? new ArrayList<>() : null;
        List<Object> transformers = new ArrayList<>();
        List<Object> columns = new ArrayList<>();
        int size = named ? 3 : 2;
        for (long i = 0; i < parts.getArraySize(); i++) {
            Value part = parts.getArrayElement(i);
            if (named) {
                names.add(part.getArrayElement(0).asString());
            }
            transformers.add(java(part.getArrayElement(size - 2)));
            columns.add(java(part.getArrayElement(size - 1)));
        }
        Map<String, Object> options = new LinkedHashMap<>();
        if (java(a.getArrayElement(2)) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> options.put(keyword(k), v));
        }
        return io.stratum.frontend.api.SklearnColumnTransformer.of(names, transformers, columns, options);
    }

    // ---- Python values to Java values, as the subset binder's toJava makes them ----------------------------

    /** A Python value as the DataOps API takes it: a DataOp, a {@link Const}, or a list/map holding DataOps. */
    static Object java(Value v) {
        if (v.isNull()) {
            return Const.none();
        }
        if (typeName(v).equals("TracedChoice")) {
            throw new StratumError(SourceScope.current(), "a choice of FunctionTransformers of script functions or of scikit-learn pipelines is made"
                    + " where .skb.apply applies it, so it cannot be a value here (in a list, an estimator's parameter, an"
                    + " optional())", "apply it: X.skb.apply(skrub.choose_from({...}, name=...))");
        }
        if (typeName(v).equals("TracedFunctionTransformer")) {
            throw new StratumError(SourceScope.current(), "a FunctionTransformer of a script function is traced where"
                    + " .skb.apply applies it, so it cannot be a value here (in a choice, a list, an estimator's parameter)",
                    "apply it directly, X.skb.apply(FunctionTransformer(f)), and choose between the DataOps it gives, e.g."
                            + " skrub.choose_from([X.skb.apply(FunctionTransformer(f)), X])");
        }
        if (v.isHostObject()) {
            Object host = v.asHostObject();
            if (host instanceof DataOp d) {
                return d;
            }
            if (host instanceof Const.TimestampConst || host instanceof Const.TimedeltaConst) {
                return host; // a pd.Timestamp / pd.Timedelta the facade made
            }
            if (host instanceof io.stratum.frontend.api.SklearnComposite
                    || host instanceof io.stratum.frontend.api.SklearnColumnSelector) {
                return host; // a Pipeline, ColumnTransformer or make_column_selector the facade made
            }
            if (host instanceof io.stratum.frontend.api.PredictionFrame) {
                throw new StratumError(SourceScope.current(), "a frame holding a learner's predictions is assembled once the learner has predicted, outside the"
                    + " pipeline, so it cannot be a pipeline's data or a value in it (pandas computes it, Stratum prints and"
                    + " writes it)", "use the frame as read for the pipeline (keep a copy before adding the predictions),"
                    + " and print or to_csv() the frame with the predictions");
            }
            throw new StratumError(SourceScope.current(), host.getClass().getSimpleName() + " cannot be used as a value in a pipeline", null);
        }
        if (v.isBoolean()) {
            return Const.of(v.asBoolean());
        }
        if (v.isString()) {
            return Const.of(v.asString());
        }
        String type = typeName(v);
        if (v.isNumber()) {
            // Inside a host call a Python float arrives as a Java double, whose meta object is the host's.
            if (type.equals("float") || type.equals("Double") || type.equals("Float")) {
                return Const.of(v.asDouble());
            }
            if (v.fitsInLong()) {
                return Const.of(v.asLong());
            }
            throw new StratumError(SourceScope.current(), "integer " + reprOf(v) + " does not fit in 64 bits", null);
        }
        if (v.hasHashEntries()) {
            Map<Object, Object> out = new LinkedHashMap<>();
            Value keys = v.getHashKeysIterator();
            while (keys.hasIteratorNextElement()) {
                Value k = keys.getIteratorNextElement();
                out.put(java(k), java(v.getHashValue(k)));
            }
            return out;
        }
        if (type.equals("tuple") && v.getArraySize() > 0 && v.getArrayElement(0).isString()
                && v.getArrayElement(0).asString().startsWith(SELECTOR_TAG)) {
            // A skrub selector given as a value (SelectCols(s.glob("a*"))): the plan constant the subset binder makes.
            ColumnSelector sel = selector(v);
            if (sel != null) {
                return sel.toConst();
            }
        }
        if (v.hasArrayElements() && (type.equals("list") || type.equals("tuple"))) {
            List<Object> out = list(v);
            boolean allConst = true;
            for (Object o : out) {
                allConst &= o instanceof Const;
            }
            if (allConst) {
                List<Const> consts = new ArrayList<>(out.size());
                for (Object o : out) {
                    consts.add((Const) o);
                }
                return new Const.ListConst(consts, type.equals("tuple"));
            }
            return out;
        }
        if (v.canExecute() || java.util.Set.of("function", "method", "builtin_function_or_method", "method_descriptor")
                .contains(type)) {
            throw new StratumError(SourceScope.current(), io.stratum.frontend.bind.FunctionValues.refusal(type),
                    io.stratum.frontend.bind.FunctionValues.HINT);
        }
        throw new StratumError(SourceScope.current(), type + " cannot be used as a value in a pipeline", null);
    }

    /** The arguments of a pandas scalar constructor, each a constant (a DataOp is refused naming the function). */
    private static List<Const> constants(String function, List<Object> values) {
        List<Const> out = new ArrayList<>();
        for (Object o : values) {
            if (!(o instanceof Const c)) {
                throw new StratumError(SourceScope.current(), "pd." + function + "() of a DataOp (a column or a value"
                        + " computed from the data) is not supported", function.equals("to_timedelta")
                        ? "durations come from subtracting datetime columns (df['end'] - df['start']); multiply a"
                        + " duration by a number column for lengths in a unit: pd.Timedelta(days=1) * df['days']"
                        : "give constants, such as pd.Timestamp('2020-01-31')");
            }
            out.add(c);
        }
        return out;
    }

    private static List<Object> list(Value v) {
        List<Object> out = new ArrayList<>();
        for (long i = 0; i < v.getArraySize(); i++) {
            out.add(java(v.getArrayElement(i)));
        }
        return out;
    }

    private static Map<String, Object> map(Value v) {
        Map<String, Object> out = new LinkedHashMap<>();
        Value keys = v.getHashKeysIterator();
        while (keys.hasIteratorNextElement()) {
            Value k = keys.getIteratorNextElement();
            out.put(k.asString(), java(v.getHashValue(k)));
        }
        return out;
    }

    private static String typeName(Object o) {
        return o instanceof Value v ? typeName(v) : o instanceof Const c ? c.typeName() : "a list or dict";
    }

    private static String typeName(Value v) {
        Value meta = v.getMetaObject();
        // the facade's SplitTarget and CrossValidated are named as the subset binder names them (PyValue.typeName)
        if (meta != null && meta.getMetaSimpleName().equals("CrossValidated")) {
            Value column = v.getMember("column");
            return column == null || column.isNull() ? "cross_validate results" : "cross_validate column " + column.asString();
        }
        if (meta != null && meta.getMetaSimpleName().equals("Evaluated") && v.getMember("evaluation") instanceof Value e
                && e.isHostObject() && e.asHostObject() instanceof io.stratum.frontend.api.Evaluation evaluation) {
            return evaluation.method() + "() result";
        }
        return meta == null ? "object" : meta.getMetaSimpleName().equals("SplitTarget") ? "split[\"y_test\"] target"
                : meta.getMetaSimpleName();
    }

    private static String reprOf(Value v) {
        return v.toString();
    }

    private static String optionalString(Value args, int index) {
        Value v = args.getArrayElement(index);
        if (v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new StratumError(SourceScope.current(), "'name' must be a str, got " + typeName(v), null);
        }
        return v.asString();
    }

    private static String string(Value args, int index) {
        return args.getArrayElement(index).asString();
    }

    private static DataOp op(Value args, int index) {
        return op(args.getArrayElement(index).asHostObject());
    }

    private static DataOp op(Object o) {
        if (o instanceof DataOp d) {
            return d;
        }
        throw new IllegalArgumentException("not a DataOp: " + o);
    }

    private Origin origin(int line, int column) {
        return line <= 0 ? Origin.NONE : new Origin(fileName, line, Math.max(1, column));
    }

    private ScriptError located(Origin o, String message, String hint) {
        if (!o.isKnown()) {
            return new ScriptError(fileName, 1, 1, message, hint);
        }
        return new ScriptError(o.file().isEmpty() ? fileName : o.file(), o.line(), o.column(), message, hint);
    }
}
