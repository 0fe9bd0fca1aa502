package io.stratum.frontend.bind;

import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.diagnostics.NearestNames;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Method calls on DataOps and their {@code .skb} namespace, with skrub's names and defaults. */
final class Methods {
    static final List<String> SKB_METHODS = io.stratum.frontend.api.Skb.METHODS;

    private Methods() {
    }

    /**
     * {@code frame.copy(deep=True)}: the same plan step (a DataOp never changes in place), held as a value of its own, so
     * that {@code copy["col"] = ...} in a script function changes the copy only (ScriptBinder.assignColumn).
     */
    private static PyValue copy(ScriptBinder b, PyValue.Op op, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        Arguments a = new Arguments(b, "copy", args, kwargs, pos);
        Const deep = a.constant(0, "deep", Const.of(true));
        a.done();
        if (!(deep instanceof Const.BoolConst)) {
            throw b.error(pos, "copy(): deep must be True or False, got " + deep.repr(), null);
        }
        return new PyValue.Op(op.op());
    }

    static PyValue call(ScriptBinder b, PyValue receiver, String name, List<PyValue> args, Map<String, PyValue> kwargs,
                        SourcePos pos) {
        return switch (receiver) {
            case PyValue.Evaluated e when e.view() == io.stratum.frontend.api.DataOpPrint.View.COLUMNS -> {
                if (!args.isEmpty() || !kwargs.isEmpty()) {
                    throw b.error(pos, "Index." + name + "() takes no arguments", null);
                }
                yield new PyValue.Evaluated(e.evaluation(), io.stratum.frontend.api.DataOpPrint.View.COLUMN_LIST);
            }
            case PyValue.Evaluated e when name.equals("to_csv") && e.view() == io.stratum.frontend.api.DataOpPrint.View.VALUE ->
                    toCsv(b, e.evaluation(), args, kwargs, pos);
            case PyValue.Evaluated e -> b.afterEvaluation(e,
                    call(b, new PyValue.Op(e.evaluation().plan()), name, args, kwargs, pos), pos);
            case PyValue.PredictionFrame f -> PredictionFrames.call(b, f, name, args, kwargs, pos);
            case PyValue.Predictions p -> PredictionArrays.call(b, p, name, args, kwargs, pos);
            case PyValue.Op op when name.equals("assign") && args.isEmpty()
                    && kwargs.values().stream().anyMatch(PredictionFrames::holds) -> PredictionFrames.assign(b, op, kwargs, pos);
            case PyValue.SkbNamespace skb -> skb(b, skb.op(), name, args, kwargs, pos);
            case PyValue.SearchAttribute a when a.attribute().equals("best_score_") && name.equals("round") ->
                    roundLater(b, a, args, kwargs, pos);
            case PyValue.DeferredNumber d when name.equals("round") -> roundLater(b, d, args, kwargs, pos);
            case PyValue.SearchAttribute a when SearchViews.hasMethod(a, name) -> SearchViews.call(b, a, name, args, kwargs, pos);
            case PyValue.SearchView v -> SearchViews.call(b, v, name, args, kwargs, pos);
            case PyValue.Constant c when c.value() instanceof Const.StrConst s ->
                    StringMethods.call(b, s.value(), name, args, kwargs, pos);
            // str.lower used as a function (rename(columns=str.lower)): the method of its first argument
            case PyValue.Builtin str when str.name().equals("str") && !args.isEmpty() ->
                    call(b, args.get(0), name, args.subList(1, args.size()), kwargs, pos);
            case PyValue.Op op when name.equals("fit") && op.op().node() instanceof io.stratum.ir.logical.SearchRoot ->
                    fitSearch(b, op, args, kwargs, pos);
            // search.predict(environment): its best_learner_'s (scikit-learn's refit estimator's) predictions, or score
            case PyValue.Op op when (name.equals("predict") || name.equals("predict_proba") || name.equals("decision_function")
                    || name.equals("score"))
                    && op.op().node() instanceof io.stratum.ir.logical.SearchRoot root ->
                    LearnerMethods.call(b, new PyValue.Learner(b.bestLearner(op.op(), root, pos)), name, args, kwargs, pos);
            case PyValue.Op op when name.equals("copy") -> copy(b, op, args, kwargs, pos);
            case PyValue.Op op -> frameMethod(b, op.op(), name, args, kwargs, pos);
            case PyValue.Mapping m when name.equals("update") -> {
                if (args.size() != 1 || !(args.get(0) instanceof PyValue.Mapping other)) {
                    throw b.error(pos, "dict.update() takes one dict", null);
                }
                for (int i = 0; i < other.keys().size(); i++) {
                    m.put(other.keys().get(i), other.values().get(i));
                }
                kwargs.forEach((k, v) -> m.put(new PyValue.Constant(Const.of(k)), v));
                yield b.none();
            }
            case PyValue.Mapping m when name.equals("get") -> {
                if (args.isEmpty() || args.size() > 2 || !kwargs.isEmpty()) {
                    throw b.error(pos, "dict.get() takes a key and an optional default", null);
                }
                int i = m.keys().indexOf(args.get(0));
                yield i >= 0 ? m.values().get(i) : args.size() == 2 ? args.get(1) : b.none();
            }
            case PyValue.Mapping m -> mappingMethod(b, m, name, args, pos);
            case PyValue.Series s -> FrameAttributes.seriesMethod(b, s, name, args, kwargs, pos);
            case PyValue.Sequence s when !s.tuple() && (name.equals("append") || name.equals("extend")) -> {
                if (args.size() != 1 || !kwargs.isEmpty()) {
                    throw b.error(pos, "list." + name + "() takes exactly one argument", null);
                }
                if (name.equals("append")) {
                    s.items().add(args.get(0));
                } else {
                    s.items().addAll(b.iterate(args.get(0), pos));
                }
                yield b.none();
            }
            case PyValue.Sequence s when FrameAttributes.LIST_METHODS.contains(name) -> FrameAttributes.listMethod(b, s, name, args, kwargs, pos);
            case PyValue.Learner l -> LearnerMethods.call(b, l, name, args, kwargs, pos);
            case PyValue.CrossValidated cv when cv.column() == null && DeferredValue.REDUCTIONS.contains(name) -> {
                // cv.mean(), cv[["test_r2", "test_mae"]].mean(): pandas' DataFrame reduction, a Series by column;
                // numeric_only=True changes nothing on a table of numbers
                boolean numericOnly = args.isEmpty() && kwargs.size() == 1 && kwargs.get("numeric_only") instanceof PyValue.Constant c
                        && c.value() instanceof Const.BoolConst;
                if (!args.isEmpty() || !kwargs.isEmpty() && !numericOnly) {
                    throw b.error(pos, "Stratum computes " + name + "() of the cross_validate table without arguments", null);
                }
                if (cv.view().reduction() != null || cv.view().decimals() != null) {
                    throw b.error(pos, "Stratum reduces the cross_validate table as it is, once", "write cv." + name + "()");
                }
                yield new PyValue.CrossValidated(cv.cv(), null, cv.view().reduced(name));
            }
            case PyValue.CrossValidated cv when cv.column() == null && cv.view().droppable() && name.equals("drop") ->
                    new PyValue.CrossValidated(cv.cv(), null, cv.view().select(CvColumnView.dropped(b,
                            cv.view().columns() != null ? cv.view().columns() : cv.cv().columns(), args, kwargs, pos)));
            case PyValue.CrossValidated cv when cv.column() == null && name.equals("round") ->
                    new PyValue.CrossValidated(cv.cv(), null, cv.view().then(b, name, args, kwargs, pos));
            case PyValue.CrossValidated cv when cv.column() != null && CvColumnView.METHODS.contains(name) ->
                    new PyValue.CrossValidated(cv.cv(), cv.column(), cv.view().then(b, name, args, kwargs, pos));
            case PyValue.CrossValidated cv when cv.column() != null && cv.view().array() && cv.view().decimals() == null
                    && DeferredValue.REDUCTIONS.contains(name) -> {
                // cv["test_score"].values.std(): numpy's reduction of the array (std and var divide by n)
                if (!args.isEmpty() || !kwargs.isEmpty()) {
                    throw b.error(pos, "Stratum computes " + name + "() of a cross_validate column without arguments", null);
                }
                yield new PyValue.DeferredNumber(DeferredValue.ofCrossValidation(cv.cv(), cv.column(), cv.view().reductionOf(name)));
            }
            case PyValue.CrossValidated cv when cv.column() != null && !cv.view().equals(CvColumnView.AS_IS) -> throw b.error(pos,
                    "Stratum computes " + name + "() of a cross_validate column as it is, not after round() or tolist()",
                    "reduce first, then round: round(cv[\"test_score\"]." + name + "(), 3)");
            case PyValue.CrossValidated cv when cv.column() != null && DeferredValue.REDUCTIONS.contains(name) -> {
                // cv["test_score"].mean(): a number written into text once the cross-validation has run
                if (!args.isEmpty() || !kwargs.isEmpty()) {
                    throw b.error(pos, "Stratum computes " + name + "() of a cross_validate column without arguments", null);
                }
                yield new PyValue.DeferredNumber(DeferredValue.ofCrossValidation(cv.cv(), cv.column(), name));
            }
            default -> throw b.error(pos, PyValue.typeName(receiver) + " has no method " + name, null);
        };
    }

    /**
     * {@code x.round(decimals)} of numpy's float64 known once the plan has run ({@code search.best_score_}, {@code
     * cv["test_score"].mean()}): numpy's round ({@link Builtins#numpyRound}), a float. A learner's score or a metric is
     * a Python float, which has no such method, as in Python.
     */
    private static PyValue roundLater(ScriptBinder b, PyValue receiver, List<PyValue> args, Map<String, PyValue> kwargs,
                                      SourcePos pos) {
        DeferredValue later = ScriptBinder.numberLater(receiver);
        boolean pythonInt = later.round() != null && later.round() == DeferredValue.ROUND_TO_INT;
        if (ScriptBinder.pythonFloat(receiver) || pythonInt) {
            throw b.error(pos, "AttributeError: '" + (pythonInt ? "int" : "float")
                    + "' object has no attribute 'round'", "write round(x, n)");
        }
        if (later.round() != null) {
            throw b.error(pos, "Stratum rounds a number known once the plan has run once",
                    "write one round with the decimals you print");
        }
        Arguments a = new Arguments(b, "round", args, kwargs, pos);
        Const n = a.constant(0, "decimals", Const.of(0L));
        a.done();
        if (!(n instanceof Const.IntConst k) || Math.abs(k.value()) > 400) {
            throw b.error(pos, "round(): decimals must be an int, got " + n.repr(), null);
        }
        DeferredValue numpy = Builtins.numpyRound(later, (int) k.value());
        return new PyValue.DeferredNumber(numpy != null ? numpy : later.with((int) k.value(), null));
    }

    /** pandas' writers other than {@code to_csv}. */
    static final Set<String> WRITERS = Set.of("to_parquet", "to_json", "to_excel", "to_feather", "to_pickle", "to_sql",
            "to_hdf", "to_clipboard", "to_xml", "to_orc", "to_stata");

    /**
     * {@code df.to_csv(path, sep=",", na_rep="", columns=None, header=True, index=True)} of a value pandas computes
     * ({@code target}: a DataOp, or what {@code .skb.eval()} evaluated): the file is written, as pandas writes it, when
     * the run reaches this line ({@link ScriptAction.WriteCsv}).
     */
    private static PyValue toCsv(ScriptBinder b, Object target, List<PyValue> args, Map<String, PyValue> kwargs,
                                 SourcePos pos) {
        b.recordAction(new ScriptAction.WriteCsv(CsvArguments.parse(b, target, args, kwargs, pos), b.origin(pos)));
        return new PyValue.Constant(Const.none());
    }

    private static PyValue frameMethod(ScriptBinder b, DataOp op, String name, List<PyValue> args,
                                       Map<String, PyValue> kwargs, SourcePos pos) {
        if (name.equals("as_data_op")) {
            new Arguments(b, name, args, kwargs, pos).done();
            return new PyValue.Op(op.asDataOp());
        }
        if (name.equals("to_csv")) {
            return toCsv(b, op, args, kwargs, pos);
        }
        if (WRITERS.contains(name)) {
            // pandas writes the file at once; a step nobody reads would never run, and the file would be missing
            throw b.error(pos, name + "() is not supported by Stratum yet: it writes CSV files only",
                    "write df.to_csv(\"out.csv\", index=False)");
        }
        if (name.equals("pipe") && !args.isEmpty() && (args.getFirst() instanceof PyValue.Function
                || args.getFirst() instanceof PyValue.ModuleFunction || args.getFirst() instanceof PyValue.BoundMethod)) {
            // df.pipe(f, *args, **kwargs) is f(df, *args, **kwargs): a script function traced over the DataOp
            List<PyValue> rest = new ArrayList<>(args.subList(1, args.size()));
            rest.addFirst(new PyValue.Op(op));
            return b.callValue(args.getFirst(), rest, new LinkedHashMap<>(kwargs), pos);
        }
        if (op.node() instanceof io.stratum.ir.logical.Choice && (name.equals("match") || name.equals("if_else"))) {
            return choiceMatch(b, op, name, args, kwargs, pos, false);
        }
        if (name.equals("rename") && kwargs.get("columns") instanceof PyValue f
                && (f instanceof PyValue.Function || f instanceof PyValue.BoundMethod)) {
            kwargs = new LinkedHashMap<>(kwargs);
            kwargs.put("columns", renamedColumns(b, op, f, pos));
        }
        if (name.equals("transform") && !args.isEmpty() && args.getFirst() instanceof PyValue.Function f
                && op.groupedColumn() != null) {
            // groupby(k)["c"].transform(lambda s: s.rolling(3).mean()): the function traced over the column; its one
            // per-row method is computed per group when the plan is bound (GroupTransforms).
            PyValue traced = b.callValue(f, List.of(new PyValue.Op(op.groupedColumn())), new LinkedHashMap<>(), pos);
            if (traced instanceof PyValue.Op) {
                args = new ArrayList<>(args);
                args.set(0, traced);
            }
        }
        List<Object> javaArgs = new ArrayList<>();
        for (PyValue a : args) {
            javaArgs.add(b.toJava(a, pos));
        }
        Map<String, Object> javaKwargs = new LinkedHashMap<>();
        for (Map.Entry<String, PyValue> e : kwargs.entrySet()) {
            javaKwargs.put(e.getKey(), b.toJava(e.getValue(), pos));
        }
        // Generic call: the optimizer's binding batch resolves it against the catalog (and reports unknown names).
        return new PyValue.Op(b.api(pos, () -> op.call(name, javaArgs, javaKwargs)));
    }

    /**
     * {@code rename(columns=f)}: pandas calls {@code f} on each column name; the names are known while the plan is
     * built, so {@code f} runs on them here and the rename takes the mapping it gives.
     */
    private static PyValue renamedColumns(ScriptBinder b, DataOp op, PyValue f, SourcePos pos) {
        io.stratum.frontend.api.FrameFacts facts = b.api(pos, () -> io.stratum.frontend.api.FrameFacts.of(op, b.catalog()));
        if (facts == null || facts.column() || facts.columns() == null) {
            throw b.error(pos, "rename(columns=function) calls the function on each column name, but the plan cannot"
                    + " tell the columns here" + (facts != null && facts.whyNoColumns() != null ? ": "
                    + facts.whyNoColumns() : ""), "pass a dict {old name: new name}, or rename before that step");
        }
        List<PyValue> keys = new ArrayList<>();
        List<PyValue> values = new ArrayList<>();
        for (String column : facts.columns()) {
            PyValue renamed = b.callValue(f, List.of(new PyValue.Constant(Const.of(column))), new LinkedHashMap<>(), pos);
            if (!(renamed instanceof PyValue.Constant c && c.value() instanceof Const.StrConst)) {
                throw b.error(pos, "rename(columns=function): the function gave " + PyValue.typeName(renamed)
                        + " for column '" + column + "'; Stratum's column names are str", null);
            }
            keys.add(new PyValue.Constant(Const.of(column)));
            values.add(renamed);
        }
        return new PyValue.Mapping(keys, values);
    }

    /** Python's {@code bool(value)} of a constant argument skrub reads as a flag (skrub's {@code bool(unsupervised)}). */
    private static boolean truth(ScriptBinder b, Const value, String what, SourcePos pos) {
        return switch (value) {
            case Const.BoolConst v -> v.value();
            case Const.IntConst v -> v.value() != 0;
            case Const.FloatConst v -> v.value() != 0.0;
            case Const.NoneConst v -> false;
            case Const.StrConst v -> !v.value().isEmpty();
            case Const.ListConst v -> !v.items().isEmpty();
            default -> throw b.error(pos, what + " must be True or False, got " + value.repr(), null);
        };
    }

    /**
     * {@code .skb.apply(FunctionTransformer(f), cols=...)} of a script function: {@code f} traced on the selected columns
     * ({@link io.stratum.frontend.api.Skb#applyFunction}); {@code y} and {@code unsupervised} change nothing, as
     * FunctionTransformer ignores y.
     */
    private static PyValue applyFunction(ScriptBinder b, DataOp op, PyValue.TracedTransformer t, PyValue cols,
                                         PyValue exclude, SourcePos pos) {
        if (exclude != null) {
            throw b.error(pos, ".skb.apply(FunctionTransformer(f), exclude_cols=...) is not supported by Stratum yet",
                    "select the columns with cols=... instead");
        }
        Object colSpec = Selectors.columns(b, cols, ".skb.apply", pos);
        ColumnSelector selector = colSpec == null ? null : selector(colSpec);
        LinkedHashMap<String, PyValue> kw = new LinkedHashMap<>();
        for (int i = 0; i < t.kwArgs().keys().size(); i++) {
            kw.put(((Const.StrConst) ((PyValue.Constant) t.kwArgs().keys().get(i)).value()).value(), t.kwArgs().values().get(i));
        }
        return new PyValue.Op(b.api(pos, () -> op.skb().applyFunction(sub -> {
            PyValue out = b.callValue(t.func(), List.of(new PyValue.Op(sub)), kw, pos);
            return out instanceof PyValue.Op o ? o.op() : null;
        }, selector)));
    }

    /**
     * {@code .skb.apply(skrub.choose_from({...}), ...)} with FunctionTransformers of script functions among the outcomes:
     * skrub applies whichever outcome a candidate picks, so the choice is between the DataOps each outcome applied with
     * the same arguments gives, under the choice's name and labels (a script function's label, in a list, is
     * {@code FunctionTransformer(func=<function f>)}, where skrub's repr adds the function's address).
     */
    private static PyValue applyChoice(ScriptBinder b, DataOp op, PyValue.TracedChoice choice, List<PyValue> args,
                                       Map<String, PyValue> kwargs, SourcePos pos) {
        List<DataOp> applied = new ArrayList<>();
        List<Object> labels = new ArrayList<>();
        for (PyValue outcome : choice.outcomes()) {
            List<PyValue> outcomeArgs = new ArrayList<>(args);
            Map<String, PyValue> outcomeKwargs = new LinkedHashMap<>(kwargs);
            if (outcomeArgs.isEmpty()) {
                outcomeKwargs.put("estimator", outcome);
            } else {
                outcomeArgs.set(0, outcome);
            }
            if (outcome instanceof PyValue.Constant c && (c.value() instanceof Const.NoneConst
                    || c.value().equals(Const.of("passthrough")))) {
                // skrub's PassThrough in ApplyToSubFrame: the selected columns, unchanged, after the others
                applied.add(passThrough(b, op, kwargs.get("cols"), kwargs.get("exclude_cols"), pos));
            } else {
                applied.add(((PyValue.Op) skb(b, op, "apply", outcomeArgs, outcomeKwargs, pos)).op());
            }
            labels.add(outcome instanceof PyValue.TracedTransformer t
                    ? Const.of("FunctionTransformer(func=<function " + functionName(t.func()) + ">)")
                    : outcome instanceof PyValue.Composite c ? Const.of(c.composite().shortRepr())
                    : b.toJava(outcome, pos));
        }
        if (choice.keys() != null) {
            Map<String, Object> byKey = new LinkedHashMap<>();
            for (int i = 0; i < applied.size(); i++) {
                byKey.put(choice.keys().get(i), applied.get(i));
            }
            return new PyValue.Op(b.api(pos, () -> io.stratum.frontend.api.DataOps.chooseFrom(byKey, choice.name())));
        }
        return new PyValue.Op(b.api(pos, () -> io.stratum.frontend.api.DataOps.chooseFromApplied(labels, applied,
                choice.name())));
    }

    private static DataOp passThrough(ScriptBinder b, DataOp op, PyValue cols, PyValue exclude, SourcePos pos) {
        if (exclude != null && !(exclude instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst)) {
            throw b.error(pos, ".skb.apply(choose_from([..., 'passthrough']), exclude_cols=...) with a FunctionTransformer"
                    + " of a script function among the outcomes is not supported by Stratum yet",
                    "select the columns with cols=... instead");
        }
        Object colSpec = Selectors.columns(b, cols, ".skb.apply", pos);
        ColumnSelector selector = colSpec == null ? null : selector(colSpec);
        return b.api(pos, () -> op.skb().applyFunction(java.util.function.UnaryOperator.identity(), selector));
    }

    private static String functionName(PyValue func) {
        return func instanceof PyValue.Function f ? f.name() : "<lambda>";
    }

    private static PyValue skb(ScriptBinder b, DataOp op, String name, List<PyValue> args, Map<String, PyValue> kwargs,
                               SourcePos pos) {
        Arguments a = new Arguments(b, name, args, kwargs, pos);
        switch (name) {
            case "apply" -> {
                PyValue fitKwargs = kwargs.get("fit_kwargs");
                if (fitKwargs != null) {
                    Map<String, PyValue> rest = new LinkedHashMap<>(kwargs);
                    rest.remove("fit_kwargs");
                    PyValue applied = skb(b, op, name, args, rest, pos);
                    return new PyValue.Op(SampleWeightArguments.fitted(b, applied, fitKwargs, pos));
                }
                PyValue estimator = a.value(0, "estimator", true);
                PyValue y = a.value(-1, "y", false);
                PyValue cols = a.value(-1, "cols", false);
                PyValue exclude = a.value(-1, "exclude_cols", false);
                if (a.value(-1, "how", false) != null) {
                    throw b.error(pos, ".skb.apply: 'how' is not supported by Stratum yet", null);
                }
                SampleWeightArguments.refuseOtherKwargs(b, a, pos);
                // skrub reads the flag as bool(allow_reject)
                boolean allowReject = truth(b, a.constant(-1, "allow_reject", Const.of(false)), ".skb.apply(allow_reject=...)", pos);
                boolean unsupervised = truth(b, a.constant(-1, "unsupervised", Const.of(false)), ".skb.apply(unsupervised=...)", pos);
                a.done();
                if (estimator instanceof PyValue.TracedChoice choice) {
                    return applyChoice(b, op, choice, args, kwargs, pos);
                }
                if (estimator instanceof PyValue.Composite p) {
                    if (cols != null || exclude != null || allowReject || unsupervised) {
                        throw b.error(pos, ".skb.apply of a " + p.composite().display() + " takes y only: its output"
                                + " columns are not the selected ones", "apply it to a selection, X[[...]].skb.apply(pipeline,"
                                + " y=y), or apply its steps one by one with cols=");
                    }
                    DataOp yPipe = y == null || y instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst
                            ? null : b.toJava(y, pos) instanceof DataOp yy ? yy : null;
                    return new PyValue.Op(b.api(pos, () -> p.composite().applyTo(op, yPipe)));
                }
                if (estimator instanceof PyValue.TracedTransformer t) {
                    // skrub's ApplyToCols hands a FunctionTransformer the selected columns together, where
                    // allow_reject changes nothing
                    return applyFunction(b, op, t, cols, exclude, pos);
                }
                Object given = b.toJava(estimator, pos);
                if (given instanceof Const c && io.stratum.frontend.api.Skb.isPassthrough(c)) {
                    // skrub applies PassThrough() for None or "passthrough" (wrapped in ApplyToCols on a frame)
                    given = io.stratum.frontend.api.DataOps.value(c);
                }
                if (!(given instanceof DataOp est)) {
                    throw b.error(pos, ".skb.apply expects an estimator such as Ridge(), got " + PyValue.typeName(estimator), null);
                }
                if (unsupervised) {
                    b.api(pos, () -> {
                        op.skb().checkUnsupervised(est);
                        return op;
                    });
                }
                DataOp yOp = null;
                if (y != null && !(y instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst)) {
                    if (!(b.toJava(y, pos) instanceof DataOp yy)) {
                        throw b.error(pos, ".skb.apply: y must be a DataOp (for example data['target'].skb.mark_as_y())", null);
                    }
                    yOp = yy;
                }
                Object colSpec = Selectors.columns(b, cols, ".skb.apply", pos);
                Object excludeSpec = Selectors.columns(b, exclude, ".skb.apply(exclude_cols=...)", pos);
                DataOp yFinal = yOp;
                if (allowReject) {
                    return new PyValue.Op(b.api(pos, () -> op.skb().applyAllowingRejects(est, yFinal,
                            colSpec == null ? null : selector(colSpec), excludeSpec == null ? null : selector(excludeSpec))));
                }
                if (excludeSpec != null) {
                    return new PyValue.Op(b.api(pos, () -> op.skb().applyExcluding(est, yFinal, selector(colSpec),
                            selector(excludeSpec))));
                }
                return new PyValue.Op(b.api(pos, () -> colSpec instanceof ColumnSelector sel ? op.skb().applyToSelected(est, yFinal, sel)
                        : op.skb().apply(est, yFinal, names(colSpec))));
            }
            case "apply_func" -> {
                // skrub calls func(x, *args, **kwargs) when the plan runs; tracing the call records the same steps.
                if (args.isEmpty()) {
                    throw b.error(pos, ".skb.apply_func needs a function, e.g. .skb.apply_func(np.log)", null);
                }
                List<PyValue> callArgs = new ArrayList<>();
                callArgs.add(new PyValue.Op(op));
                callArgs.addAll(args.subList(1, args.size()));
                return b.callValue(args.getFirst(), callArgs, new LinkedHashMap<>(kwargs), pos);
            }
            case "with_scoring" -> {
                PyValue scoring = a.value(0, "scoring", true);
                PyValue scorerKwargs = a.value(1, "kwargs", false);
                String scorerName = a.optionalString(2, "name");
                a.done();
                if (scorerKwargs != null && !(scorerKwargs instanceof PyValue.Constant c
                        && (c.value() instanceof Const.NoneConst || c.value() instanceof Const.DictConst d && d.keys().isEmpty()))) {
                    throw b.error(pos, ".skb.with_scoring(kwargs=...) is not supported by Stratum yet: its metrics take no"
                            + " sample weights or other arguments", "leave kwargs out (the scores are then unweighted)");
                }
                Const scoringValue = scoringConst(b, ".skb.with_scoring", scoring, pos);
                return new PyValue.Op(b.api(pos, () -> op.skb().withScoring(scoringValue, scorerName)));
            }
            case "select", "drop" -> {
                PyValue cols = a.value(0, "cols", true);
                a.done();
                Object colSpec = Selectors.columns(b, cols, ".skb." + name, pos);
                if (colSpec == null) {
                    throw b.error(pos, ".skb." + name + ": cols must name columns, got None", null);
                }
                boolean select = name.equals("select");
                return new PyValue.Op(b.api(pos, () -> switch (colSpec) {
                    case ColumnSelector sel -> select ? op.skb().select(sel) : op.skb().drop(sel);
                    default -> select ? op.skb().select(names(colSpec)) : op.skb().drop(names(colSpec));
                }));
            }
            case "concat" -> {
                PyValue others = a.value(0, "others", true);
                PyValue axis = a.value(1, "axis", false);
                a.done();
                Object javaOthers = b.toJava(others, pos);
                Object javaAxis = axis == null ? Const.of(0L) : b.toJava(axis, pos);
                return new PyValue.Op(b.api(pos, () -> op.skb().concat(javaOthers, javaAxis)));
            }
            case "subsample" -> {
                Const n = a.constant(0, "n", Const.of(1000L));
                Const how = a.constant(-1, "how", Const.of("head"));
                a.done();
                if (!(n instanceof Const.IntConst count)) {
                    throw b.error(pos, ".skb.subsample: n must be an int (the number of rows to keep), got " + n.repr(),
                            "use n=1000 (skrub's default)");
                }
                String howName = how instanceof Const.StrConst s ? s.value() : null;
                if (howName == null) {
                    throw b.error(pos, ".skb.subsample: `how` should be 'head' or 'random', got: " + how.repr(), null);
                }
                return new PyValue.Op(b.api(pos, () -> op.skb().subsample(count.value(), howName)));
            }
            case "mark_as_X" -> {
                PyValue cvValue = a.value(-1, "cv", false);
                PyValue kwargsValue = a.value(-1, "split_kwargs", false);
                a.done();
                return new PyValue.Op(markAsX(b, op, cvValue, kwargsValue, pos));
            }
            case "mark_as_y" -> {
                a.done();
                return new PyValue.Op(b.api(pos, () -> op.skb().markAsY()));
            }
            case "make_grid_search", "make_randomized_search" -> {
                boolean randomized = name.equals("make_randomized_search");
                Const fitted = a.constant(-1, "fitted", Const.of(false));
                PyValue cvValue = a.value(-1, "cv", false);
                // A splitter object (cv=KFold(...)) is a DataOp of an estimator node; anything else must be a constant.
                DataOp splitter = cvValue instanceof PyValue.Op s ? s.op() : null;
                Const cv = cvValue == null ? Const.none()
                        : cvValue instanceof PyValue.Constant c ? c.value() : splitter != null ? null
                        : a.constant(-1, "cv", Const.none());
                Const scoring = scoringConst(b, name, a.value(-1, "scoring", false), pos);
                a.constant(-1, "n_jobs", Const.none());
                errorScore(b, a.value(-1, "error_score", false), name, pos);
                Const refit = a.constant(-1, "refit", Const.of(true));
                Const nIter = randomized ? a.constant(-1, "n_iter", Const.of(10L)) : null;
                Const randomState = randomized ? a.constant(-1, "random_state", Const.none()) : null;
                boolean keep = keepSubsampling(b, a, name, pos);
                a.done();
                DataOp target = keep ? b.api(pos, () -> op.skb().keepSubsampling()).owner() : op;
                if (!(fitted instanceof Const.BoolConst fit)) {
                    throw b.error(pos, name + ": fitted must be True or False", null);
                }
                int folds;
                if (splitter != null) {
                    folds = 0;
                } else if (cv instanceof Const.NoneConst) {
                    folds = 5;
                } else if (cv instanceof Const.IntConst i) {
                    folds = (int) i.value();
                } else {
                    throw b.error(pos, name + ": cv must be an int (the number of KFold splits) or a splitter, got "
                            + cv.repr(), "use cv=5 or cv=KFold(5, shuffle=True, random_state=0)");
                }
                if (!(refit instanceof Const.BoolConst || refit instanceof Const.StrConst)) {
                    throw b.error(pos, name + ": refit must be True, False or the name of a scorer, got " + refit.repr(),
                            "with several scorers, pass refit=\"<scorer name>\" or refit=False");
                }
                io.stratum.frontend.api.Scoring scoringName = new io.stratum.frontend.api.Scoring(scoring, refit);
                DataOp search;
                if (randomized) {
                    if (!(nIter instanceof Const.IntConst n) || n.value() < 1 || n.value() > 100_000) {
                        throw b.error(pos, "make_randomized_search: n_iter must be a positive int (at most 100000), got "
                                + nIter.repr(), "use n_iter=10 (skrub's default)");
                    }
                    Long seed = switch (randomState) {
                        case Const.NoneConst none -> null;
                        case Const.IntConst i -> i.value();
                        default -> throw b.error(pos, "make_randomized_search: random_state must be None or an int, got "
                                + randomState.repr(), "pass an int such as random_state=0 to draw the same candidates every run");
                    };
                    int iterations = (int) n.value();
                    search = b.api(pos, () -> splitter != null
                            ? target.skb().makeRandomizedSearch(iterations, seed, splitter, scoringName, fit.value())
                            : cv instanceof Const.NoneConst
                            ? target.skb().makeRandomizedSearch(iterations, seed, scoringName, fit.value())
                            : target.skb().makeRandomizedSearch(iterations, seed, folds, scoringName, fit.value()));
                } else {
                    search = b.api(pos, () -> splitter != null
                            ? target.skb().makeGridSearch(splitter, scoringName, fit.value())
                            : cv instanceof Const.NoneConst ? target.skb().makeGridSearch(scoringName, fit.value())
                            : target.skb().makeGridSearch(folds, scoringName, fit.value()));
                }
                b.recordSearch(search);
                return new PyValue.Op(search);
            }
            case "match", "if_else" -> {
                // On a choice the value is known per candidate (the choice's match); on other values when binding knows it.
                return choiceMatch(b, op, name, args, kwargs, pos, true);
            }
            case "freeze_after_fit" -> {
                a.done();
                return new PyValue.Op(b.api(pos, () -> op.skb().freezeAfterFit()));
            }
            case "cross_validate" -> {
                return crossValidate(b, op, a, ".skb.cross_validate", 0, pos);
            }
            case "get_data" -> {
                a.done();
                return b.declaredData(b.api(pos, () -> op.skb().getData()));
            }
            case "train_test_split" -> {
                return LearnerMethods.trainTestSplit(b, op, a, pos);
            }
            case "eval" -> {
                PyValue environment = a.value(0, "environment", false);
                boolean keep = keepSubsampling(b, a, ".skb.eval", pos);
                a.done();
                Map<String, Object> env = environment == null || environment instanceof PyValue.Constant c
                        && c.value() instanceof Const.NoneConst ? null : environment(b, ".skb.eval", environment, pos);
                return evaluated(b.api(pos, () -> {
                    io.stratum.frontend.api.Skb skb = keep ? op.skb().keepSubsampling() : op.skb();
                    return env == null ? skb.eval() : skb.eval(env);
                }));
            }
            case "describe_steps" -> {
                a.done();
                return new PyValue.Constant(Const.of(b.api(pos, () -> op.skb().describeSteps())));
            }
            case "describe_param_grid" -> {
                a.done();
                return new PyValue.Constant(Const.of(b.api(pos, () -> op.skb().describeParamGrid())));
            }
            case "describe_defaults" -> {
                a.done();
                return new PyValue.Constant(b.api(pos, () -> op.skb().describeDefaults()));
            }
            case "preview" -> {
                a.done();
                return evaluated(b.api(pos, () -> op.skb().preview()));
            }
            case "make_learner" -> {
                return LearnerMethods.makeLearner(b, op, a, pos);
            }
            case "set_name", "set_description" -> {
                PyValue given = a.value(0, name.equals("set_name") ? "name" : "description", true);
                a.done();
                // The name shows when the DataOp is printed (skrub's "<name | ...>"); a description is not shown.
                if (name.equals("set_name") && given instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s) {
                    return new PyValue.Op(op.named(s.value()));
                }
                return new PyValue.Op(op);
            }
            default -> {
                io.stratum.ir.diagnostics.StratumError unknown = io.stratum.frontend.api.Skb.unknownMethod(name);
                throw b.error(pos, unknown.getMessage(), unknown.hint());
            }
        }
    }

    /**
     * {@code .skb.cross_validate(environment=None, *, keep_subsampling=False, cv=None, scoring=None,
     * return_train_score=False, n_jobs=None, error_score=nan)} of {@code op}, or {@code skrub.cross_validate(learner,
     * environment, ...)} of a learner's pipeline ({@code environmentAt} the environment's position, 1 there).
     */
    static PyValue crossValidate(ScriptBinder b, DataOp op, Arguments a, String method, int environmentAt, SourcePos pos) {
        PyValue environment = a.value(environmentAt, "environment", environmentAt > 0);
        Map<String, Object> env = environment == null || environment instanceof PyValue.Constant c
                && c.value() instanceof Const.NoneConst ? null
                : environment(b, method, environment, pos);
        boolean keep = keepSubsampling(b, a, "cross_validate", pos);
        DataOp subsampled = keep ? b.api(pos, () -> op.skb().keepSubsampling()).owner() : op;
        PyValue cvValue = a.value(-1, "cv", false);
        DataOp splitter = cvValue instanceof PyValue.Op s ? s.op() : null;
        Const cv = splitter != null ? null : a.constant(-1, "cv", Const.none());
        Const scoring = scoringConst(b, "cross_validate", a.value(-1, "scoring", false), pos);
        Const train = a.constant(-1, "return_train_score", Const.of(false));
        a.constant(-1, "n_jobs", Const.none());
        errorScore(b, a.value(-1, "error_score", false), "cross_validate", pos);
        a.done();
        int folds;
        if (splitter != null || cv instanceof Const.NoneConst) {
            folds = 5;
        } else if (cv instanceof Const.IntConst i) {
            folds = (int) i.value();
        } else {
            throw b.error(pos, "cross_validate: cv must be an int (the number of folds) or a splitter, got "
                    + cv.repr(), "use cv=5 or cv=KFold(5, shuffle=True, random_state=0)");
        }
        if (!(train instanceof Const.BoolConst returnTrain)) {
            throw b.error(pos, "cross_validate: return_train_score must be True or False, got " + train.repr(), null);
        }
        io.stratum.frontend.api.Scoring scorers = new io.stratum.frontend.api.Scoring(scoring, Const.of(true));
        io.stratum.frontend.api.CrossValidation result = b.api(pos, () -> {
            io.stratum.frontend.api.CrossValidation built = splitter != null
                    ? subsampled.skb().crossValidate(splitter, scorers, returnTrain.value())
                    : cv instanceof Const.NoneConst ? subsampled.skb().crossValidate(scorers, returnTrain.value())
                    : subsampled.skb().crossValidate(folds, scorers, returnTrain.value());
            return env == null ? built : built.withEnvironment(env);
        });
        b.recordSearch(result.search());
        return new PyValue.CrossValidated(result, null);
    }

    /** {@code keep_subsampling=} of a search, cross-validation, split, learner or evaluation (skrub's default False). */
    static boolean keepSubsampling(ScriptBinder b, Arguments a, String method, SourcePos pos) {
        Const keep = a.constant(-1, "keep_subsampling", Const.of(false));
        if (!(keep instanceof Const.BoolConst k)) {
            throw b.error(pos, method + ": keep_subsampling must be True or False, got " + keep.repr(), null);
        }
        return k.value();
    }

    /** {@code choice.match({...}, default=...)} and {@code choose_bool().if_else(a, b)}, as skrub's choices have them. */
    private static PyValue choiceMatch(ScriptBinder b, DataOp op, String name, List<PyValue> args, Map<String, PyValue> kwargs,
                                       SourcePos pos, boolean viaSkb) {
        Arguments a = new Arguments(b, name, args, kwargs, pos);
        if (name.equals("if_else")) {
            PyValue ifTrue = a.value(0, "if_true", true);
            PyValue ifFalse = a.value(1, "if_false", true);
            a.done();
            Object t = b.toJava(ifTrue, pos);
            Object f = b.toJava(ifFalse, pos);
            return new PyValue.Op(b.api(pos, () -> viaSkb ? op.skb().ifElse(t, f) : op.ifElse(t, f)));
        }
        PyValue mapping = a.value(0, viaSkb ? "targets" : "outcome_mapping", true);
        PyValue dflt = a.value(1, "default", false);
        a.done();
        if (!(mapping instanceof PyValue.Mapping m)) {
            throw b.error(pos, "match() expects a dict from outcomes to values, got " + PyValue.typeName(mapping), null);
        }
        List<Const> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < m.keys().size(); i++) {
            if (!(b.toJava(m.keys().get(i), pos) instanceof Const k)) {
                throw b.error(pos, "the keys given to match() must be constants (the choice's outcomes)", null);
            }
            keys.add(k);
            values.add(b.toJava(m.values().get(i), pos));
        }
        Object dfltValue = dflt == null ? null : b.toJava(dflt, pos);
        return new PyValue.Op(b.api(pos, () -> viaSkb ? op.skb().match(keys, values, dfltValue, dflt != null)
                : op.match(keys, values, dfltValue, dflt != null)));
    }

    /** An evaluated DataOp: a constant at once, a frame or column once the plan has run (so it can only be printed). */
    private static PyValue evaluated(io.stratum.frontend.api.Evaluation evaluation) {
        Const constant = evaluation.constant();
        return constant != null ? new PyValue.Constant(constant) : new PyValue.Evaluated(evaluation);
    }

    /** An environment dict (variable names to data) as the Java API takes it. */
    static Map<String, Object> environment(ScriptBinder b, String method, PyValue environment, SourcePos pos) {
        if (!(environment instanceof PyValue.Mapping)) {
            throw b.error(pos, method + "(environment): environment must be a dict from variable names to data, got "
                    + PyValue.typeName(environment), "e.g. {\"data\": pd.read_csv(\"data.csv\")}");
        }
        Map<String, Object> env = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) b.toJava(environment, pos)).entrySet()) {
            if (!(e.getKey() instanceof Const.StrConst key)) {
                throw b.error(pos, method + "(environment): the dict's keys must be variable names (strings)", null);
            }
            SourcePos used = b.isDeclaredValue(key.value(), e.getValue()) ? null : b.factUse(key.value());
            if (used != null) {
                throw b.error(pos, method + "(environment) replaces variable '" + key.value() + "', but line " + used.line()
                        + " read len()/shape/columns/dtypes from the value it was declared with while the plan was built",
                        "evaluate with the variable's own value, or compute that line's value from data the environment does not replace");
            }
            env.put(key.value(), e.getValue());
        }
        return env;
    }

    /**
     * {@code .skb.mark_as_X(cv=..., split_kwargs=...)} as skrub takes it: {@code cv} an int or a splitter object;
     * {@code split_kwargs} a dict whose only key Stratum runs is {@code "groups"} (a column DataOp); split_kwargs
     * without cv is refused as skrub refuses it.
     */
    private static DataOp markAsX(ScriptBinder b, DataOp op, PyValue cv, PyValue splitKwargs, SourcePos pos) {
        boolean noCv = cv == null || cv instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst;
        boolean noKwargs = splitKwargs == null
                || splitKwargs instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst;
        if (noCv) {
            if (!noKwargs) {
                throw b.error(pos, "mark_as_X: to pass split_kwargs you must also provide a splitter (cv=None)",
                        "e.g. mark_as_X(cv=GroupKFold(5), split_kwargs={\"groups\": data[\"<column>\"]})");
            }
            return b.api(pos, () -> op.skb().markAsX());
        }
        DataOp groups = null;
        if (!noKwargs) {
            if (!(splitKwargs instanceof PyValue.Mapping m)) {
                throw b.error(pos, "mark_as_X: split_kwargs must be a dict, got " + PyValue.typeName(splitKwargs), null);
            }
            for (int i = 0; i < m.keys().size(); i++) {
                if (!(m.keys().get(i) instanceof PyValue.Constant k && k.value() instanceof Const.StrConst name
                        && name.value().equals("groups"))) {
                    throw b.error(pos, "mark_as_X: the only split_kwargs key Stratum supports is \"groups\", got "
                            + PyValue.typeName(m.keys().get(i)) + " " + (m.keys().get(i) instanceof PyValue.Constant k
                            ? k.value().repr() : ""), null);
                }
                if (!(m.values().get(i) instanceof PyValue.Op g)) {
                    throw b.error(pos, "mark_as_X: split_kwargs[\"groups\"] must be a column of the data (a DataOp such"
                            + " as data[\"seller\"]), got " + PyValue.typeName(m.values().get(i)), null);
                }
                groups = g.op();
            }
        }
        DataOp groupsOp = groups;
        if (cv instanceof PyValue.Op splitter) {
            return b.api(pos, () -> op.skb().markAsX(splitter.op(), groupsOp));
        }
        if (cv instanceof PyValue.Constant c && c.value() instanceof Const.IntConst k) {
            // KFold(k) reads no groups: scikit-learn ignores them.
            return b.api(pos, () -> op.skb().markAsX((int) Math.min(k.value(), Integer.MAX_VALUE)));
        }
        throw b.error(pos, "mark_as_X: cv must be an int or a splitter such as GroupKFold(5), got "
                + PyValue.typeName(cv), null);
    }

    /** {@code search.fit(environment)}: returns the search itself, as scikit-learn's fit does. */
    private static PyValue fitSearch(ScriptBinder b, PyValue.Op search, List<PyValue> args, Map<String, PyValue> kwargs,
                                     SourcePos pos) {
        Arguments a = new Arguments(b, "fit", args, kwargs, pos);
        PyValue environment = a.value(0, "environment", true);
        a.done();
        if (environment instanceof PyValue.SplitPart part) {
            DataOp fitted = b.api(pos, () -> io.stratum.frontend.api.DataOps.fitSearch(search.op(), part.part()));
            b.recordFit(search.op(), fitted, part.part().split());
            return search;
        }
        if (!(environment instanceof PyValue.Mapping)) {
            throw b.error(pos, "search.fit(environment): environment must be a dict from variable names to data, got "
                    + PyValue.typeName(environment), "e.g. search.fit({\"data\": pd.read_csv(\"data.csv\")})");
        }
        Map<String, Object> env = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) b.toJava(environment, pos)).entrySet()) {
            if (!(e.getKey() instanceof Const.StrConst key)) {
                throw b.error(pos, "search.fit(environment): the dict's keys must be variable names (strings)", null);
            }
            SourcePos used = b.factUse(key.value());
            if (used != null) {
                throw b.error(pos, "search.fit(environment) replaces variable '" + key.value() + "', but line " + used.line()
                        + " read len()/shape/columns/dtypes from the value it was declared with while the plan was built",
                        "fit with the variable's own value, or compute that line's value from data the environment does not replace");
            }
            env.put(key.value(), e.getValue());
        }
        DataOp fitted = b.api(pos, () -> io.stratum.frontend.api.DataOps.fitSearch(search.op(), env));
        b.recordFit(search.op(), fitted);
        return search;
    }

    /** A column spec as {@link Selectors#columns} returns it (null, a list of names or a selector) as a selector. */
    private static ColumnSelector selector(Object colSpec) {
        return colSpec == null ? null : colSpec instanceof ColumnSelector s ? s : new ColumnSelector.Cols(names(colSpec));
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Object colSpec) {
        return (List<String>) colSpec;
    }

    private static List<String> columnList(ScriptBinder b, PyValue cols, SourcePos pos) {
        if (cols == null || cols instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst) {
            return null;
        }
        if (cols instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s) {
            return List.of(s.value());
        }
        if (cols instanceof PyValue.Sequence seq) {
            List<String> out = new ArrayList<>();
            for (PyValue item : seq.items()) {
                if (!(item instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s)) {
                    throw b.error(pos, ".skb.apply: cols must be column names (strings)", null);
                }
                out.add(s.value());
            }
            return out;
        }
        throw b.error(pos, ".skb.apply: cols must be a column name or a list of names, got " + PyValue.typeName(cols),
                "skrub selectors are not supported by Stratum yet");
    }

    private static PyValue mappingMethod(ScriptBinder b, PyValue.Mapping m, String name, List<PyValue> args, SourcePos pos) {
        if (!args.isEmpty()) {
            throw b.error(pos, "dict." + name + "() takes no arguments", null);
        }
        List<PyValue> out = new ArrayList<>();
        for (int i = 0; i < m.keys().size(); i++) {
            out.add(switch (name) {
                case "keys" -> m.keys().get(i);
                case "values" -> m.values().get(i);
                default -> new PyValue.Sequence(List.of(m.keys().get(i), m.values().get(i)), true);
            });
        }
        return new PyValue.Sequence(out, false);
    }

    /**
     * A search's {@code scoring} as a constant: None, a scorer name, a list of names or a dict from names to scorer
     * names (scikit-learn's multi-metric form); lowering checks the names.
     */
    private static Const scoringConst(ScriptBinder b, String method, PyValue value, SourcePos pos) {
        return switch (value) {
            case null -> Const.none();
            case PyValue.Constant c when c.value() instanceof Const.NoneConst || c.value() instanceof Const.StrConst -> c.value();
            case PyValue.Sequence seq -> {
                List<Const> items = new java.util.ArrayList<>();
                for (PyValue item : seq.items()) {
                    if (!(item instanceof PyValue.Constant c && c.value() instanceof Const.StrConst)) {
                        throw b.error(pos, method + ": scoring lists scorer names, got " + PyValue.typeName(item),
                                "e.g. scoring=[\"r2\", \"neg_mean_absolute_error\"]");
                    }
                    items.add(c.value());
                }
                yield new Const.ListConst(items, false);
            }
            case PyValue.Mapping map -> {
                List<Const> keys = new java.util.ArrayList<>();
                List<Const> values = new java.util.ArrayList<>();
                for (int i = 0; i < map.keys().size(); i++) {
                    if (!(map.keys().get(i) instanceof PyValue.Constant k && k.value() instanceof Const.StrConst)
                            || !(map.values().get(i) instanceof PyValue.Constant v && v.value() instanceof Const.StrConst)) {
                        throw b.error(pos, method + ": a dict of scorers maps names to scorer names",
                                "e.g. scoring={\"R2\": \"r2\", \"MAE\": \"neg_mean_absolute_error\"}; Stratum takes no scorer objects");
                    }
                    keys.add(k.value());
                    values.add(v.value());
                }
                yield new Const.DictConst(keys, values);
            }
            default -> throw b.error(pos, method + ": scoring must be a scorer name such as 'r2', a list of names or a"
                    + " dict from names to scorer names, got " + PyValue.typeName(value), null);
        };
    }

    /**
     * A search's or cross_validate's {@code error_score}: scikit-learn's default {@code np.nan} is what Stratum does (a
     * failed fit scores NaN and is listed in a warning; {@code runtime.search.FitFailures}); other values are refused.
     */
    static void errorScore(ScriptBinder b, PyValue value, String method, SourcePos pos) {
        if (value == null || value instanceof PyValue.Constant c && c.value() instanceof Const.FloatConst f
                && Double.isNaN(f.value())) {
            return;
        }
        throw b.error(pos, method + ": Stratum supports only error_score=np.nan, scikit-learn's default (a fit that fails"
                + " scores NaN and a warning lists the failures), got " + b.repr(value, pos),
                "leave error_score out; when every fit fails, the search fails with the first error");
    }
}
