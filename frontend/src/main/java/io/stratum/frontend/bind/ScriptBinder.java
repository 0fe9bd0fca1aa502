package io.stratum.frontend.bind;

import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import io.stratum.frontend.api.SourceScope;
import io.stratum.frontend.syntax.Alias;
import io.stratum.frontend.syntax.CompareOperator;
import io.stratum.frontend.syntax.Comprehension;
import io.stratum.frontend.syntax.DictItem;
import io.stratum.frontend.syntax.Expr;
import io.stratum.frontend.syntax.FStringPart;
import io.stratum.frontend.syntax.Keyword;
import io.stratum.frontend.syntax.Module;
import io.stratum.frontend.syntax.Operator;
import io.stratum.frontend.syntax.Parameter;
import io.stratum.frontend.syntax.PythonSubsetParser;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.frontend.syntax.SourcePos;
import io.stratum.frontend.syntax.Stmt;
import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.NearestNames;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.SearchRoot;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.node.Origin;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormat;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Traces a DataOps script without running Python: it walks the syntax tree, binding names to symbolic values,
 * and turns every skrub, pandas and scikit-learn call into a call of the Java DataOps API. Function bodies are
 * traced when called; loops over constants are unrolled. Anything outside what it can trace is a
 * {@link ScriptError} at the offending position.
 */
public final class ScriptBinder {
    private static final Set<String> KNOWN_TOP_MODULES = Set.of("skrub", "stratum", "pandas", "numpy", "sklearn",
            "lightgbm", "xgboost");
    private static final Set<String> SKRUB_FUNCTIONS = Set.of("var", "X", "y", "choose_from", "as_data_op",
            "choose_int", "choose_float", "choose_bool", "optional", "deferred", "eval_mode", "tabular_pipeline",
            "cross_validate");
    private static final Set<String> PANDAS_FUNCTIONS = pandasFunctions();
    private static final List<String> COMPOSE_FUNCTIONS = List.of("ColumnTransformer", "make_column_transformer",
            "make_column_selector");
    private static final Set<String> BUILTINS = Set.of("print", "len", "range", "enumerate", "zip", "abs", "str",
            "int", "float", "bool", "list", "dict", "tuple", "round", "format", "min", "max", "sum", "repr", "object",
            "sorted");
    private static final int MAX_CALL_DEPTH = 200;

    private static Set<String> pandasFunctions() {
        Set<String> names = new java.util.TreeSet<>(PandasReaders.FUNCTIONS);
        names.add("to_datetime");
        names.add("Timestamp");
        names.add("Timedelta");
        names.add("to_timedelta");
        names.add("concat");
        names.add("DataFrame");
        names.add("Series");
        return Set.copyOf(names);
    }

    private final ApiCatalog catalog;
    private final Path workingDirectory;
    private String fileName;
    private final List<DataOp> searches = new ArrayList<>();
    /** Searches fitted by {@code search.fit(environment)}: the fitted plan each search object now stands for. */
    private final java.util.Map<DataOp, DataOp> fittedSearches = new java.util.IdentityHashMap<>();
    /** Fitted searches of {@code search.fit(split["train"])}: the split each was fitted on, whose test rows it scores. */
    private final java.util.Map<DataOp, io.stratum.frontend.api.TrainTestSplit> fittedOnSplits = new java.util.IdentityHashMap<>();
    private final List<ScriptAction> actions = new ArrayList<>();
    private final java.util.IdentityHashMap<PyValue, PyValue.PrintedFact> factOrigins = new java.util.IdentityHashMap<>();
    private final java.util.IdentityHashMap<PyValue, PyValue.Evaluated> evaluatedFacts = new java.util.IdentityHashMap<>();
    private final List<DeferredValue> deferred = new ArrayList<>();
    /** The values {@code .skb.get_data()} returned, with the name of the variable each was declared for. */
    private final java.util.IdentityHashMap<io.stratum.ir.logical.LogicalNode, String> declaredValues =
            new java.util.IdentityHashMap<>();
    /** Variables whose values gave a plan-time fact (len(df), df.columns, ...), and where first. */
    private final java.util.Map<String, SourcePos> factUses = new java.util.HashMap<>();
    private int callDepth;
    /** The script functions {@code skrub.deferred} decorated or wrapped, by identity ({@link #callDeferred}). */
    private final java.util.Set<PyValue.Function> deferredFunctions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private ScriptBinder(ApiCatalog catalog, Path workingDirectory) {
        this.catalog = catalog;
        this.workingDirectory = workingDirectory;
    }

    /** Parses and traces {@code sourceText}; relative data paths resolve against {@code workingDirectory}. */
    public static BoundScript bind(String sourceText, String fileName, Path workingDirectory) {
        return trace(sourceText, fileName, workingDirectory).complete();
    }

    /**
     * Parses {@code sourceText} (a syntax error is thrown) and traces it up to the first statement it refuses: the
     * prints of the statements before it are the script's, each whole (a print that fails records nothing).
     */
    public static TracedScript trace(String sourceText, String fileName, Path workingDirectory) {
        Module module = PythonSubsetParser.parse(sourceText, fileName);
        ScriptBinder binder = new ScriptBinder(StandardCatalog.get(), workingDirectory);
        binder.fileName = fileName;
        Scope globals = new Scope(null);
        globals.bind("__name__", new PyValue.Constant(Const.of("__main__")));
        for (String b : BUILTINS) {
            globals.bind(b, new PyValue.Builtin(b));
        }
        io.stratum.frontend.api.StepLog steps = new io.stratum.frontend.api.StepLog(binder.actions::size);
        RuntimeException failure = steps.record(() -> {
            try {
                binder.execBlock(module.body(), globals);
                return null;
            } catch (ScriptError | StratumError e) {
                return e;
            }
        });
        return new TracedScript(new BoundScript(fileName, sourceText, binder.searches, binder.actions, binder.deferred),
                failure, steps);
    }

    // ---- statements ---------------------------------------------------------------------------------------

    /** The value of a {@code return} that ended a block. */
    private record Returned(PyValue value) {
    }

    private Returned execBlock(List<Stmt> body, Scope scope) {
        for (Stmt s : body) {
            Returned r = exec(s, scope);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private Returned exec(Stmt stmt, Scope scope) {
        switch (stmt) {
            case Stmt.Import imp -> {
                for (Alias a : imp.names()) {
                    String target = checkModule(a.name(), a.pos());
                    if (a.asName() != null) {
                        scope.bind(a.asName(), new PyValue.Module(target));
                    } else {
                        String top = a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.')) : a.name();
                        scope.bind(top, new PyValue.Module(canonicalModule(top)));
                    }
                }
            }
            case Stmt.ImportFrom from -> {
                String module = checkModule(from.module(), from.pos());
                for (Alias a : from.names()) {
                    PyValue v;
                    try {
                        v = moduleMember(module, a.name(), a.pos());
                    } catch (ScriptError e) {
                        // Python imports it; a script that never uses it runs, and a use is the error (at the use,
                        // naming the import)
                        v = new PyValue.Unavailable(e.problem(), e.hint(), a.pos());
                    }
                    scope.bind(a.asName() != null ? a.asName() : a.name(), v);
                }
            }
            case Stmt.Assign assign -> {
                PyValue value = eval(assign.value(), scope);
                for (Expr target : assign.targets()) {
                    assignTo(target, value, scope);
                }
            }
            case Stmt.AugAssign aug -> {
                PyValue current = eval(aug.target(), scope);
                PyValue value = binary(aug.op(), current, eval(aug.value(), scope), aug.pos());
                assignTo(aug.target(), value, scope);
            }
            case Stmt.ExprStmt e -> eval(e.value(), scope);
            case Stmt.FunctionDef def -> {
                PyValue function = new PyValue.Function(def.name(), def.params(), def.body(), scope);
                // Python applies the decorator nearest to the def first.
                for (int i = def.decorators().size() - 1; i >= 0; i--) {
                    Expr decorator = def.decorators().get(i);
                    function = call(eval(decorator, scope), List.of(function), new LinkedHashMap<>(), posOf(decorator));
                }
                scope.bind(def.name(), function);
            }
            case Stmt.Return ret -> {
                return new Returned(ret.value() == null ? none() : eval(ret.value(), scope));
            }
            case Stmt.Pass p -> {
            }
            case Stmt.If ifStmt -> {
                boolean test = truth(eval(ifStmt.test(), scope), ifStmt.test());
                return execBlock(test ? ifStmt.body() : ifStmt.orElse(), scope);
            }
            case Stmt.For loop -> {
                for (PyValue item : iterate(eval(loop.iter(), scope), loop.iter())) {
                    assignTo(loop.target(), item, scope);
                    Returned r = execBlock(loop.body(), scope);
                    if (r != null) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    private void assignTo(Expr target, PyValue value, Scope scope) {
        switch (target) {
            case Expr.Name n -> scope.bind(n.id(), value);
            case Expr.TupleExpr t -> unpack(t.elements(), value, scope, t.pos());
            case Expr.ListExpr l -> unpack(l.elements(), value, scope, l.pos());
            case Expr.Subscript s when s.value() instanceof Expr.Attribute loc && loc.attr().equals("loc") ->
                    assignLoc(s, loc, value, scope);
            case Expr.Subscript s when !(s.index() instanceof Expr.Slice) -> {
                // d[k] = v and lst[i] = v change the dict or list every name bound to it sees, as in Python
                PyValue container = eval(s.value(), scope);
                PyValue key = eval(s.index(), scope);
                switch (container) {
                    case PyValue.Mapping m -> {
                        if (!(key instanceof PyValue.Constant)) {
                            throw error(s.pos(), "Stratum takes dict keys that are constants, not " + PyValue.typeName(key), null);
                        }
                        m.put(key, value);
                    }
                    case PyValue.Sequence q when !q.tuple() -> {
                        if (!(key instanceof PyValue.Constant c && c.value() instanceof Const.IntConst i)) {
                            throw error(s.pos(), "list indices must be integers, not " + PyValue.typeName(key), null);
                        }
                        long at = i.value() < 0 ? i.value() + q.items().size() : i.value();
                        if (at < 0 || at >= q.items().size()) {
                            throw error(s.pos(), "IndexError: list assignment index out of range", null);
                        }
                        q.items().set((int) at, value);
                    }
                    case PyValue.Op op when value instanceof PyValue.Predictions -> assignPredictions(s, op, key, value, scope);
                    case PyValue.Op op -> assignColumn(s, op, key, value, scope);
                    case PyValue.PredictionFrame f -> assignPredictions(s, f, key, value, scope);
                    default -> throw error(s.pos(), "'" + PyValue.typeName(container) + "' object does not support item"
                            + " assignment", null);
                }
            }
            case Expr.Attribute a when eval(a.value(), scope) instanceof PyValue.Op -> throw error(a.pos(),
                    "Do not modify a DataOp in-place: skrub refuses df." + a.attr() + " = ... too (a DataOp is a step of"
                    + " the plan, each later step a new value)", a.attr().equals("columns")
                    ? "write df = df.rename(columns={\"old\": \"new\", ...}) to rename columns"
                    : "write a function that returns a new value, e.g. df = df.assign(...) or df.rename(...)");
            default -> throw error(posOf(target), "Stratum cannot assign to this target", "assign to a plain name");
        }
    }

    /**
     * {@code frame["col"] = value} inside a script function (a {@code skrub.deferred} function or one a transformer
     * applies), where skrub hands the function a pandas frame that the assignment changes in place: every name bound
     * to that frame, in the function and the scopes around it, is rebound to {@code frame.assign(col=value)}, as the
     * GraalPy facade changes the one Python object all those names hold. At the module's level skrub refuses item
     * assignment on a DataOp, and so does Stratum.
     */
    private void assignColumn(Expr.Subscript s, PyValue.Op op, PyValue key, PyValue value, Scope scope) {
        // pandas changes a frame in place; skrub refuses it on a DataOp (at the module's level: a script function is
        // handed pandas frames), so a frame pandas alone computes (pd.read_csv(...) before skrub.var) takes it
        if (scope.global() && io.stratum.frontend.api.DataOpPrint.isSkrub(op.op())) {
            throw error(s.pos(), "Do not modify a DataOp in-place: skrub refuses df[...] = ... on a DataOp too",
                    "use df.assign(name=...) to add or replace a column");
        }
        if (!(key instanceof PyValue.Constant c && c.value() instanceof Const.StrConst column)) {
            throw error(s.pos(), "Stratum assigns one column by its name (a str) with frame[...] = ..., not "
                    + PyValue.typeName(key), "use frame.assign(...) or assign each column by its name");
        }
        PyValue.Op assigned = new PyValue.Op(api(s.pos(), () -> op.op().assign(Map.of(column.value(),
                toJava(value, s.pos())))));
        scope.replaceEverywhere(op, assigned);
    }

    /**
     * {@code test["pred"] = preds} on a pandas frame (or on a frame holding predictions already): every name bound to
     * the frame now stands for it with the column, assembled once the learner has predicted ({@link PredictionFrames}).
     */
    private void assignPredictions(Expr.Subscript s, PyValue frame, PyValue key, PyValue value, Scope scope) {
        if (!(key instanceof PyValue.Constant c && c.value() instanceof Const.StrConst column)) {
            throw error(s.pos(), "Stratum assigns one column by its name (a str) with frame[...] = ..., not "
                    + PyValue.typeName(key), "use frame.assign(...) or assign each column by its name");
        }
        scope.replaceEverywhere(frame, PredictionFrames.assign(this, frame, Map.of(column.value(), value), s.pos()));
    }

    /**
     * {@code df.loc[mask, "col"] = value} on a pandas frame (where {@code frame["col"] = value} is taken): the column
     * takes {@code value} where the mask is True, {@code frame["col"].where(~mask, value)}, under every name of the frame.
     */
    private void assignLoc(Expr.Subscript s, Expr.Attribute loc, PyValue value, Scope scope) {
        if (!(eval(loc.value(), scope) instanceof PyValue.Op op)) {
            throw error(s.pos(), "Stratum cannot assign to this target", "assign to a plain name");
        }
        if (!(s.index() instanceof Expr.TupleExpr t && t.elements().size() == 2
                && eval(t.elements().get(0), scope) instanceof PyValue.Op mask
                && eval(t.elements().get(1), scope) instanceof PyValue.Constant c && c.value() instanceof Const.StrConst column)) {
            throw error(s.pos(), "Stratum assigns with .loc only one column's rows by a boolean mask,"
                    + " df.loc[mask, \"col\"] = value", "use df.assign(col=df[\"col\"].where(~mask, value)) for the others");
        }
        if (scope.global() && io.stratum.frontend.api.DataOpPrint.isSkrub(op.op())) {
            throw error(s.pos(), "Do not modify a DataOp in-place: skrub refuses df.loc[...] = ... on a DataOp too",
                    "use df.assign(col=df[\"col\"].where(~mask, value))");
        }
        Object other = toJava(value, s.pos());
        PyValue.Op assigned = new PyValue.Op(api(s.pos(), () -> {
            DataOp kept = mask.op().unary(io.stratum.ir.logical.UnaryOperator.INVERT);
            DataOp updated = op.op().getItem(column.value()).call("where", List.of(kept, other), Map.of());
            return op.op().assign(Map.of(column.value(), updated));
        }));
        scope.replaceEverywhere(op, assigned);
    }

    private void unpack(List<Expr> targets, PyValue value, Scope scope, SourcePos pos) {
        List<PyValue> items = iterate(value, pos);
        if (items.size() != targets.size()) {
            throw error(pos, "cannot unpack " + items.size() + " values into " + targets.size() + " names", null);
        }
        for (int i = 0; i < targets.size(); i++) {
            assignTo(targets.get(i), items.get(i), scope);
        }
    }

    // ---- imports ------------------------------------------------------------------------------------------

    private static String canonicalModule(String name) {
        // "import stratum as skrub" and "import skrub" name the same API.
        return name.equals("stratum") || name.startsWith("stratum.") ? "skrub" + name.substring("stratum".length()) : name;
    }

    private String checkModule(String name, SourcePos pos) {
        String canonical = canonicalModule(name);
        String top = canonical.contains(".") ? canonical.substring(0, canonical.indexOf('.')) : canonical;
        if (!KNOWN_TOP_MODULES.contains(top)) {
            throw error(pos, "Stratum does not know the module '" + name + "'",
                    "scripts may import skrub (or stratum), pandas, numpy, scikit-learn, lightgbm and xgboost modules");
        }
        if (top.equals("sklearn") && !canonical.equals("sklearn") && !canonical.equals("sklearn.metrics")
                && !canonical.equals("sklearn.pipeline") && !canonical.equals("sklearn.compose")
                && !catalog.hasModule(canonical)) {
            List<String> modules = sklearnModules();
            List<String> near = NearestNames.nearest(canonical, modules, 3);
            throw error(pos, "Stratum knows no estimator in '" + name + "'",
                    near.isEmpty() ? "known modules: " + String.join(", ", modules) : "did you mean " + String.join(" or ", near) + "?");
        }
        return canonical;
    }

    private List<String> sklearnModules() {
        List<String> out = new ArrayList<>();
        for (ApiEntry e : catalog.entries()) {
            String q = e.qualifiedName();
            String m = q.substring(0, q.lastIndexOf('.'));
            if (m.startsWith("sklearn.") && !out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private PyValue moduleMember(String module, String name, SourcePos pos) {
        String qualified = module + "." + name;
        switch (module) {
            case "skrub" -> {
                if (SKRUB_FUNCTIONS.contains(name)) {
                    return new PyValue.ModuleFunction(qualified);
                }
                if (name.equals("selectors")) {
                    return new PyValue.Module("skrub.selectors");
                }
            }
            case "skrub.selectors" -> {
                if (Selectors.FUNCTIONS.contains(name)) {
                    return new PyValue.ModuleFunction(qualified);
                }
                List<String> near = NearestNames.nearest(name, Selectors.FUNCTIONS, 3);
                throw error(pos, "Stratum does not know the selector '" + qualified + "'",
                        near.isEmpty() ? "known: " + String.join(", ", Selectors.FUNCTIONS) : "did you mean " + String.join(" or ", near) + "?");
            }
            case "pandas" -> {
                if (PANDAS_FUNCTIONS.contains(name)) {
                    return new PyValue.ModuleFunction(qualified);
                }
            }
            case "sklearn.model_selection" -> {
                if (name.equals("train_test_split")) {
                    return new PyValue.ModuleFunction(qualified);
                }
            }
            case "sklearn.pipeline" -> {
                if (name.equals("Pipeline") || name.equals("make_pipeline")) {
                    return new PyValue.ModuleFunction(qualified);
                }
                throw error(pos, "Stratum does not know '" + qualified + "'", "known in sklearn.pipeline: Pipeline,"
                        + " make_pipeline (FeatureUnion's work is .skb.concat of the applied DataOps)");
            }
            case "sklearn.compose" -> {
                if (COMPOSE_FUNCTIONS.contains(name)) {
                    return new PyValue.ModuleFunction(qualified);
                }
                throw error(pos, "Stratum does not know '" + qualified + "'", "known in sklearn.compose: "
                        + String.join(", ", COMPOSE_FUNCTIONS));
            }
            case "sklearn.metrics" -> {
                if (name.equals("make_scorer") || io.stratum.frontend.api.MetricScorers.names().contains(name)
                        || io.stratum.frontend.api.PredictionReport.FUNCTIONS.contains(name)) {
                    return new PyValue.ModuleFunction(qualified);
                }
                List<String> known = new ArrayList<>(io.stratum.frontend.api.MetricScorers.names());
                known.add("make_scorer");
                known.addAll(io.stratum.frontend.api.PredictionReport.FUNCTIONS);
                throw error(pos, "Stratum does not know '" + qualified + "'", "known in sklearn.metrics: "
                        + String.join(", ", known));
            }
            case "numpy" -> {
                if (NumpyFunctions.isKnown(name) || name.equals("where") || NumpyFunctions.isReduction(name)
                        || io.stratum.frontend.api.ArrayStep.ARRAY_FUNCTIONS.contains(name)) {
                    return new PyValue.ModuleFunction(qualified);
                }
                // np.nan is how scikit-learn spells "missing" (SimpleImputer, OrdinalEncoder's unknown_value).
                if (name.equals("nan")) {
                    return new PyValue.Constant(Const.of(Double.NaN));
                }
                if (name.equals("inf")) {
                    return new PyValue.Constant(Const.of(Double.POSITIVE_INFINITY));
                }
                // np.pi for periodic features (np.sin(2 * np.pi * hour / 24)), np.e with it.
                if (name.equals("pi")) {
                    return new PyValue.Constant(Const.of(Math.PI));
                }
                if (name.equals("e")) {
                    return new PyValue.Constant(Const.of(Math.E));
                }
                // np.float32 / np.float64 as values: scikit-learn's dtype= parameters take the type itself
                if (io.stratum.ir.value.NumpyDtype.byNumpyName(name) != null) {
                    return new PyValue.Constant(io.stratum.ir.value.NumpyDtype.byNumpyName(name).toConst());
                }
                // np.number, np.int64, ... as values: the dtypes select_dtypes and astype take
                if (io.stratum.frontend.api.DataOps.numpyType(name) != null) {
                    return new PyValue.Constant(io.stratum.frontend.api.DataOps.numpyType(name));
                }
            }
            default -> {
            }
        }
        ApiEntry entry = catalog.lookup(qualified);
        if (entry != null && entry.kind() != EntryKind.FRAME_METHOD) {
            return entry.kind() == EntryKind.READER ? new PyValue.ModuleFunction(qualified) : new PyValue.ApiClass(entry);
        }
        if (catalog.hasModule(qualified) || (module.equals("sklearn"))) {
            return new PyValue.Module(qualified);
        }
        List<String> known = new ArrayList<>(catalog.namesIn(module));
        if (module.equals("skrub")) {
            known.addAll(SKRUB_FUNCTIONS);
        } else if (module.equals("pandas")) {
            known.addAll(PANDAS_FUNCTIONS);
        } else if (module.equals("numpy")) {
            known.addAll(NumpyFunctions.names());
            known.add("where");
            known.addAll(io.stratum.frontend.api.ArrayStep.ARRAY_FUNCTIONS);
            known.addAll(io.stratum.frontend.api.DataOps.numpyTypeNames());
        }
        known = new ArrayList<>(new java.util.TreeSet<>(known)); // the catalog's readers are also binder functions
        List<String> near = NearestNames.nearest(name, known, 3);
        throw error(pos, "Stratum does not know '" + qualified + "'",
                (near.isEmpty() ? (known.isEmpty() ? null : "known in " + module + ": " + String.join(", ", known))
                        : "did you mean " + String.join(" or ", near) + "?")
                        + (module.equals("numpy") ? FunctionValues.numpyReductionHint(name) : ""));
    }

    /** {@code make_scorer(metric, greater_is_better=..., response_method=..., **kwargs)}: the scorer's name. */
    private PyValue makeScorer(List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        Map<String, PyValue> rest = new LinkedHashMap<>(kwargs);
        PyValue metric = args.isEmpty() ? rest.remove("score_func") : args.get(0);
        if (args.size() > 1) {
            throw error(pos, "make_scorer() takes the metric, then keywords", null);
        }
        if (!(metric instanceof PyValue.ModuleFunction f && f.qualifiedName().startsWith("sklearn.metrics."))) {
            throw error(pos, "make_scorer() takes a metric of sklearn.metrics, got " + PyValue.typeName(metric), null);
        }
        PyValue better = rest.remove("greater_is_better");
        PyValue response = rest.remove("response_method");
        Map<String, Const> extra = new LinkedHashMap<>();
        for (Map.Entry<String, PyValue> e : rest.entrySet()) {
            if (!(e.getValue() instanceof PyValue.Constant c)) {
                throw error(pos, "make_scorer(): " + e.getKey() + " must be a constant", null);
            }
            extra.put(e.getKey(), c.value());
        }
        boolean greater = better == null || better instanceof PyValue.Constant c && c.value() instanceof Const.BoolConst b && b.value();
        String method = response instanceof PyValue.Constant c && c.value() instanceof Const.StrConst m ? m.value() : null;
        String name = f.qualifiedName().substring("sklearn.metrics.".length());
        return new PyValue.Constant(Const.of(api(pos, () -> io.stratum.frontend.api.MetricScorers.scorer(name, greater,
                method, extra))));
    }

    // ---- expressions --------------------------------------------------------------------------------------

    private PyValue eval(Expr expr, Scope scope) {
        return switch (expr) {
            case Expr.Name n -> {
                PyValue v = scope.lookup(n.id());
                if (v == null) {
                    List<String> near = NearestNames.nearest(n.id(), scope.visibleNames(), 3);
                    if (!near.isEmpty() && scope.lookup(near.get(0)) instanceof PyValue.Unavailable u) {
                        // a misspelled import (from sklearn.linear_model import Rigde, then Ridge(...)): its error
                        throw error(u.importPos(), u.problem(), u.hint());
                    }
                    throw error(n.pos(), "name '" + n.id() + "' is not defined",
                            near.isEmpty() ? null : "did you mean " + String.join(" or ", near) + "?");
                }
                if (v instanceof PyValue.Unavailable u) {
                    throw error(n.pos(), u.problem() + " (imported at line " + u.importPos().line() + ")", u.hint());
                }
                yield v;
            }
            case Expr.Constant c -> new PyValue.Constant(constant(c));
            case Expr.FString f -> new PyValue.Constant(Const.of(fstring(f.parts(), scope)));
            case Expr.Attribute a -> attribute(eval(a.value(), scope), a.attr(), a.attrPos());
            case Expr.Subscript s -> subscript(eval(s.value(), scope), s.index(), scope, s.pos());
            case Expr.Slice s -> throw error(s.pos(), "a slice is only allowed inside [...]", null);
            case Expr.Starred s -> throw error(s.pos(), "'*' is only allowed in call arguments here", null);
            case Expr.Call call -> evalCall(call, scope);
            case Expr.BinOp b -> binary(b.op(), eval(b.left(), scope), eval(b.right(), scope), b.pos());
            case Expr.UnaryOp u -> unary(u, eval(u.operand(), scope));
            case Expr.Compare c -> compare(c, scope);
            case Expr.BoolOp b -> {
                PyValue last = null;
                for (Expr e : b.values()) {
                    last = eval(e, scope);
                    boolean t = truth(last, e);
                    if (b.op().name().equals("AND") ? !t : t) {
                        yield last;
                    }
                }
                yield last;
            }
            case Expr.IfExp i -> truth(eval(i.test(), scope), i.test()) ? eval(i.body(), scope) : eval(i.orElse(), scope);
            case Expr.ListExpr l -> new PyValue.Sequence(evalAll(l.elements(), scope), false);
            case Expr.TupleExpr t -> new PyValue.Sequence(evalAll(t.elements(), scope), true);
            case Expr.SetExpr s -> throw error(s.pos(), "sets are not supported by Stratum yet", "use a list");
            case Expr.DictExpr d -> {
                List<PyValue> keys = new ArrayList<>();
                List<PyValue> values = new ArrayList<>();
                for (DictItem item : d.items()) {
                    if (item.key() == null) {
                        PyValue spread = eval(item.value(), scope);
                        if (!(spread instanceof PyValue.Mapping m)) {
                            throw error(posOf(item.value()), "'**' needs a dict here, got " + PyValue.typeName(spread), null);
                        }
                        for (int i = 0; i < m.keys().size(); i++) {
                            put(keys, values, m.keys().get(i), m.values().get(i));
                        }
                    } else {
                        put(keys, values, eval(item.key(), scope), eval(item.value(), scope));
                    }
                }
                yield new PyValue.Mapping(keys, values);
            }
            case Expr.ListComp lc -> {
                List<PyValue> out = new ArrayList<>();
                comprehend(lc.generators(), 0, new Scope(scope), s -> out.add(eval(lc.element(), s)));
                yield new PyValue.Sequence(out, false);
            }
            case Expr.DictComp dc -> {
                List<PyValue> keys = new ArrayList<>();
                List<PyValue> values = new ArrayList<>();
                comprehend(dc.generators(), 0, new Scope(scope), s -> put(keys, values, eval(dc.key(), s), eval(dc.value(), s)));
                yield new PyValue.Mapping(keys, values);
            }
            // A lambda is a function whose body returns one expression; it is traced when called, as any function.
            case Expr.Lambda l -> new PyValue.Function("<lambda>", l.params(), List.of(new Stmt.Return(l.body(), l.pos())), scope);
        };
    }

    private static void put(List<PyValue> keys, List<PyValue> values, PyValue key, PyValue value) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).equals(key)) {
                values.set(i, value);
                return;
            }
        }
        keys.add(key);
        values.add(value);
    }

    private interface ScopeBody {
        void run(Scope scope);
    }

    private void comprehend(List<Comprehension> gens, int index, Scope scope, ScopeBody body) {
        if (index == gens.size()) {
            body.run(scope);
            return;
        }
        Comprehension g = gens.get(index);
        for (PyValue item : iterate(eval(g.iter(), scope), g.iter())) {
            assignTo(g.target(), item, scope);
            boolean keep = true;
            for (Expr cond : g.conditions()) {
                keep &= truth(eval(cond, scope), cond);
            }
            if (keep) {
                comprehend(gens, index + 1, scope, body);
            }
        }
    }

    private List<PyValue> evalAll(List<Expr> exprs, Scope scope) {
        List<PyValue> out = new ArrayList<>(exprs.size());
        for (Expr e : exprs) {
            out.add(eval(e, scope));
        }
        return out;
    }

    private Const constant(Expr.Constant c) {
        Object v = c.value();
        return switch (v) {
            case null -> Const.none();
            case Long l -> Const.of(l);
            case BigInteger b -> throw error(c.pos(), "integer " + b + " does not fit in 64 bits", null);
            case Double d -> Const.of(d);
            case String s -> Const.of(s);
            case Boolean b -> Const.of(b);
            default -> throw error(c.pos(), "bytes literals are not supported by Stratum", null);
        };
    }

    private String fstring(List<FStringPart> parts, Scope scope) {
        StringBuilder b = new StringBuilder();
        for (FStringPart part : parts) {
            switch (part) {
                case FStringPart.Text t -> b.append(t.value());
                case FStringPart.Field f -> {
                    PyValue v = eval(f.value(), scope);
                    if (f.formatSpec().isEmpty()) {
                        b.append("r".equals(f.conversion()) ? repr(v, f.pos()) : str(v, f.pos()));
                    } else {
                        b.append(formatted(v, fstring(f.formatSpec(), scope), f.conversion(), f.pos()));
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * The number {@code v} stands for when it is known only once the plan has run (a search's {@code best_score_}, a
     * learner's score, a reduction or metric already written as a {@link PyValue.DeferredNumber}), which round(), format
     * specs and unary minus take; null for any other value.
     */
    static DeferredValue numberLater(PyValue v) {
        return switch (v) {
            case PyValue.DeferredNumber d -> d.value();
            case PyValue.SearchAttribute a when a.attribute().equals("best_score_") -> new DeferredValue(a.search(), a.attribute(), null, null);
            case PyValue.LearnerScore l -> DeferredValue.ofLearnerScore(l.search(), false);
            default -> null;
        };
    }

    /** Whether the number {@link #numberLater} stands for is a Python float (a learner's score, a metric), not numpy's. */
    static boolean pythonFloat(PyValue v) {
        return v instanceof PyValue.LearnerScore || v instanceof PyValue.DeferredNumber d && d.pythonFloat();
    }

    /** {@code format(v, spec)} as an f-string field {@code {v:spec}} writes it ({@code {v!r:spec}} formats the repr). */
    String formatted(PyValue v, String spec, String conversion, SourcePos pos) {
        if (conversion != null && !conversion.isEmpty()) {
            v = new PyValue.Constant(Const.of("r".equals(conversion) ? repr(v, pos) : str(v, pos)));
        }
        DeferredValue number = numberLater(v);
        DeferredValue later = number == null ? null : number.with(number.round(), spec);
        if (later != null) {
            checkSpec(Const.of(0.5), spec, pos); // refused now if Python would refuse it for a float
            return deferredToken(later);
        }
        if (v instanceof PyValue.Op op && written(op, false, spec, pos) instanceof String text) {
            return text;
        }
        if (v instanceof PyValue.Evaluated e && e.view() == io.stratum.frontend.api.DataOpPrint.View.VALUE) {
            return written(e, false, spec, pos);
        }
        if (!(v instanceof PyValue.Constant c)) {
            throw error(pos, "Stratum formats only numbers, strings and a search's best_score_ with a format"
                    + " specification, not " + PyValue.typeName(v), "write {value} without ':" + spec + "'");
        }
        return checkSpec(c.value(), spec, pos);
    }

    private String checkSpec(Const value, String spec, SourcePos pos) {
        try {
            return io.stratum.ir.value.PyFormatSpec.format(value, spec);
        } catch (IllegalArgumentException e) {
            throw error(pos, "ValueError: " + e.getMessage(), null);
        }
    }

    // ---- attributes, subscripts, calls --------------------------------------------------------------------

    PyValue attribute(PyValue receiver, String name, SourcePos pos) {
        return switch (receiver) {
            case PyValue.Module m -> moduleMember(m.qualifiedName(), name, pos);
            case PyValue.Op op when name.equals("skb") -> new PyValue.SkbNamespace(op.op());
            case PyValue.Op op when op.op().node() instanceof SearchRoot root -> switch (name) {
                case "results_", "detailed_results_", "best_params_", "best_score_" -> {
                    DataOp fitted = fittedSearches.get(op.op());
                    if (fitted == null && !root.fitted()) {
                        throw error(pos, "this search was made with fitted=False and has not been fitted, so it has no " + name,
                                "call search.fit(environment) first (a dict from each skrub.var name to its data), or pass fitted=True");
                    }
                    if (name.startsWith("best_") && !io.stratum.frontend.api.Scoring.picksBest(root)) {
                        throw error(pos, io.stratum.frontend.session.SearchResults.noBest(name),
                                io.stratum.frontend.session.SearchResults.NO_BEST_HINT);
                    }
                    yield new PyValue.SearchAttribute(fitted != null ? fitted : op.op(), name);
                }
                case "best_learner_" -> new PyValue.Learner(bestLearner(op.op(), root, pos));
                case "fit", "score", "predict", "predict_proba", "decision_function" -> new PyValue.BoundMethod(receiver, name);
                default -> throw error(pos, "a search has no attribute '" + name + "' in Stratum",
                        "read results_, detailed_results_, best_params_, best_score_ or best_learner_, or call"
                                + " fit(environment), predict(environment), predict_proba(environment) or"
                                + " decision_function(environment)");
            };
            // (a group-by's size is its method size(), not a frame's cell count)
            case PyValue.Op op when FrameAttributes.NAMES.contains(name)
                    && !(name.equals("size") && !FrameAttributes.hasFacts(this, op.op(), pos)) ->
                    FrameAttributes.attribute(this, op.op(), name, pos);
            case PyValue.Op op -> new PyValue.BoundMethod(receiver, name);
            case PyValue.Series s -> FrameAttributes.seriesAttribute(this, s, name, pos);
            // cv[["test_r2", "test_mae"]].mean(), cv.mean().round(3): the table's columns reduced to a Series
            case PyValue.CrossValidated cv when cv.column() == null && (DeferredValue.REDUCTIONS.contains(name)
                    || name.equals("round") || name.equals("drop") && cv.view().droppable()) -> new PyValue.BoundMethod(receiver, name);
            case PyValue.CrossValidated cv when cv.column() != null && (DeferredValue.REDUCTIONS.contains(name)
                    || CvColumnView.METHODS.contains(name)) -> new PyValue.BoundMethod(receiver, name);
            // cv.test_score: the column, as pandas gives a column whose name is an identifier
            case PyValue.CrossValidated cv when cv.column() == null && cv.view().equals(CvColumnView.AS_IS)
                    && cv.cv().columns().contains(name) -> new PyValue.CrossValidated(cv.cv(), name);
            // cv.shape, cv["test_score"].shape: the folds (and the columns), known from the splitter
            case PyValue.CrossValidated cv when name.equals("shape") && cv.view().reduction() == null
                    && (cv.view().form() == CvColumnView.Form.SERIES || cv.view().form() == CvColumnView.Form.ARRAY) -> {
                List<PyValue> sizes = new ArrayList<>(List.of(new PyValue.Constant(Const.of(api(pos, cv.cv()::folds)))));
                if (cv.column() == null) {
                    List<String> columns = cv.view().columns() != null ? cv.view().columns() : cv.cv().columns();
                    sizes.add(new PyValue.Constant(Const.of((long) columns.size())));
                }
                yield new PyValue.Sequence(sizes, true);
            }
            // cv["test_score"].values: numpy's array; .iloc: the positional indexer
            case PyValue.CrossValidated cv when cv.column() != null && name.equals("values")
                    && cv.view().form() == CvColumnView.Form.SERIES -> new PyValue.CrossValidated(cv.cv(), cv.column(),
                    cv.view().as(CvColumnView.Form.ARRAY));
            case PyValue.CrossValidated cv when cv.column() != null && name.equals("iloc")
                    && cv.view().form() == CvColumnView.Form.SERIES -> new PyValue.CrossValidated(cv.cv(), cv.column(),
                    cv.view().as(CvColumnView.Form.ILOC));
            case PyValue.Sequence s when FrameAttributes.LIST_METHODS.contains(name)
                    || !s.tuple() && Set.of("append", "extend").contains(name) -> new PyValue.BoundMethod(receiver, name);
            // An attribute of an attribute (df["d"].dt.hour, df["s"].str.lower): the inner one is a value.
            case PyValue.BoundMethod bm when bm.receiver() instanceof PyValue.Op -> attribute(materialize(bm, pos), name, pos);
            case PyValue.SkbNamespace skb -> new PyValue.BoundMethod(receiver, name);
            case PyValue.PredictionFrame f when f.view() == io.stratum.frontend.api.DataOpPrint.View.VALUE ->
                    PredictionFrames.attribute(this, f, name, pos);
            case PyValue.Learner l when LearnerMethods.METHODS.contains(name) -> new PyValue.BoundMethod(receiver, name);
            case PyValue.Predictions p when PredictionArrays.METHODS.contains(name) -> new PyValue.BoundMethod(receiver, name);
            case PyValue.Predictions p when name.equals("shape") -> new PyValue.PredictionFrame(
                    api(pos, () -> p.predictions().shapeSeries()), io.stratum.frontend.api.DataOpPrint.View.SHAPE);
            case PyValue.Learner l -> throw error(pos, "a learner has no attribute '" + name + "' that Stratum supports",
                    "supported: " + String.join(", ", LearnerMethods.METHODS));
            case PyValue.Mapping m when Set.of("items", "keys", "values", "update", "get").contains(name) ->
                    new PyValue.BoundMethod(receiver, name);
            // numpy's float64.round(decimals): best_score_, a reduction of a results_ or cross_validate column
            case PyValue.SearchAttribute a when a.attribute().equals("best_score_") && name.equals("round") ->
                    new PyValue.BoundMethod(receiver, name);
            case PyValue.DeferredNumber d when name.equals("round") -> new PyValue.BoundMethod(receiver, name);
            case PyValue.SearchAttribute a when name.equals("columns") && SearchViews.columns(a) != null -> SearchViews.columns(a);
            case PyValue.SearchView v when name.equals("columns") && SearchViews.columns(v) != null -> SearchViews.columns(v);
            case PyValue.SearchAttribute a when (name.equals("iloc") || name.equals("loc")) && SearchViews.hasRows(a) ->
                    new PyValue.BoundMethod(receiver, name);
            case PyValue.SearchView v when (name.equals("iloc") || name.equals("loc")) && SearchViews.hasRows(v) ->
                    new PyValue.BoundMethod(receiver, name);
            case PyValue.SearchView v when name.equals("iloc") || name.equals("loc") -> throw error(pos, "Stratum picks a"
                    + " row of the " + v.attribute() + " table (sorted or some of its columns), not of this view of it",
                    "write " + v.attribute() + "." + name + "[...]");
            case PyValue.SearchAttribute a when SearchViews.hasMethod(a, name) -> new PyValue.BoundMethod(receiver, name);
            case PyValue.SearchView v when SearchViews.hasMethod(v, name) -> new PyValue.BoundMethod(receiver, name);
            case PyValue.Constant c when c.value() instanceof Const.StrConst && StringMethods.NAMES.contains(name) ->
                    new PyValue.BoundMethod(receiver, name);
            case PyValue.Builtin str when str.name().equals("str") && StringMethods.NAMES.contains(name) ->
                    new PyValue.BoundMethod(receiver, name);
            case PyValue.Constant c when c.value() instanceof Const.StrConst -> throw error(pos, "str has no method "
                    + name + " that Stratum knows", "known: " + String.join(", ", new java.util.TreeSet<>(StringMethods.NAMES)));
            case PyValue.Evaluated e when name.equals("skb") -> throw error(pos, "the result of "
                    + e.evaluation().method() + "() is a pandas value, which has no .skb namespace",
                    "call the .skb method on the DataOp, before evaluating it");
            // X.skb.preview().columns.tolist() of an encoder's output: printed as a list once the plan has run
            case PyValue.Evaluated e when e.view() == io.stratum.frontend.api.DataOpPrint.View.COLUMNS
                    && (name.equals("tolist") || name.equals("to_list")) -> new PyValue.BoundMethod(receiver, name);
            case PyValue.Evaluated e when e.view() != io.stratum.frontend.api.DataOpPrint.View.VALUE ->
                    throw laterFact(e, pos);
            case PyValue.Evaluated e when io.stratum.frontend.api.DataOpPrint.FACTS.contains(name)
                    && !FrameAttributes.known(this, e.evaluation().plan(), name, pos) ->
                    // known when the plan runs: printed then
                    new PyValue.Evaluated(e.evaluation(), factView(name));
            case PyValue.Evaluated e -> afterEvaluation(e, attribute(new PyValue.Op(e.evaluation().plan()), name, pos), pos);
            case PyValue.BoundMethod bm when bm.receiver() instanceof PyValue.Evaluated -> attribute(materialize(bm, pos), name, pos);
            default -> throw error(pos, PyValue.typeName(receiver) + " has no attribute '" + name + "' that Stratum knows",
                    receiver instanceof PyValue.SplitTarget ? io.stratum.frontend.api.TrainTestSplit.TARGET_HINT : null);
        };
    }

    /**
     * What a pandas operation on an evaluated DataOp gives ({@code df.skb.eval().head()}, {@code .shape},
     * {@code ["c"].mean()}): the same operation appended to the evaluated plan, evaluated as it was. The evaluated
     * plan has its estimators fitted on its own rows and its choices at their defaults, so a step after it sees what
     * skrub's returned pandas value would. Facts the plan knows (shape, columns) stay plain values.
     */
    PyValue afterEvaluation(PyValue.Evaluated e, PyValue v, SourcePos pos) {
        if (e.view() != io.stratum.frontend.api.DataOpPrint.View.VALUE) {
            throw laterFact(e, pos);
        }
        return switch (v) {
            case PyValue.BoundMethod bm when bm.receiver() instanceof PyValue.Op -> new PyValue.BoundMethod(e, bm.name());
            case PyValue.Op op -> {
                io.stratum.frontend.api.Evaluation next = e.evaluation().then(op.op());
                Const constant = next.constant();
                yield constant != null ? new PyValue.Constant(constant) : new PyValue.Evaluated(next);
            }
            default -> {
                // df.skb.eval().columns known while the plan is built: a plain value to compute with, printed as
                // pandas prints the evaluated frame's columns (not as skrub's GetAttr step of the DataOp)
                PyValue.PrintedFact fact = factOrigins.remove(v);
                if (v instanceof PyValue.Sequence seq && seq.items().stream().anyMatch(PyValue.Op.class::isInstance)) {
                    // .shape whose row count the plan computes: that item is the evaluated row count
                    List<PyValue> items = new ArrayList<>();
                    for (PyValue item : seq.items()) {
                        items.add(afterEvaluation(e, item, pos));
                    }
                    v = new PyValue.Sequence(items, seq.tuple());
                }
                if (fact != null) {
                    evaluatedFacts.put(v, new PyValue.Evaluated(e.evaluation(), factView(fact.attribute())));
                }
                yield v;
            }
        };
    }

    private static io.stratum.frontend.api.DataOpPrint.View factView(String attribute) {
        return switch (attribute) {
            case "columns" -> io.stratum.frontend.api.DataOpPrint.View.COLUMNS;
            case "dtypes" -> io.stratum.frontend.api.DataOpPrint.View.DTYPES;
            default -> io.stratum.frontend.api.DataOpPrint.View.SHAPE;
        };
    }

    /** What printing {@code value} shows when it is a fact of an evaluated frame ({@link #afterEvaluation}), or null. */
    PyValue.Evaluated evaluatedFact(PyValue value) {
        return evaluatedFacts.get(value);
    }

    private ScriptError laterFact(PyValue.Evaluated e, SourcePos pos) {
        String what = e.view().name().toLowerCase(java.util.Locale.ROOT);
        return error(pos, "the " + what + " of this " + e.evaluation().method() + "() result " + (what.equals("shape") ? "is" : "are") + " known only when the"
                + " plan runs, so Stratum can print it but not compute with it", what.equals("shape")
                ? "use len(...) for the row count, or print it" : "print it, or select columns by name");
    }

    /**
     * The plan of an evaluated operand, for an operation with {@code first}, the first evaluated operand; any other
     * value as it is. Both must be evaluated the same way ({@code .skb.eval()} or {@code .skb.preview()}).
     */
    private PyValue planOf(PyValue operand, PyValue.Evaluated first, SourcePos pos) {
        if (!(operand instanceof PyValue.Evaluated e)) {
            return operand;
        }
        if (e.view() != io.stratum.frontend.api.DataOpPrint.View.VALUE) {
            throw laterFact(e, pos);
        }
        if (!e.evaluation().method().equals(first.evaluation().method())) {
            throw error(pos, "Stratum cannot combine a " + first.evaluation().method() + "() result with a "
                    + e.evaluation().method() + "() result", "evaluate both the same way");
        }
        return new PyValue.Op(e.evaluation().plan());
    }

    /** A bound method used as a value rather than called: on a DataOp it is an attribute such as df.shape. */
    private PyValue materialize(PyValue v, SourcePos pos) {
        if (v instanceof PyValue.BoundMethod bm && bm.receiver() instanceof PyValue.Op op) {
            return new PyValue.Op(api(pos, () -> op.op().attr(bm.name())));
        }
        if (v instanceof PyValue.BoundMethod bm && bm.receiver() instanceof PyValue.Evaluated e) {
            return afterEvaluation(e, materialize(new PyValue.BoundMethod(new PyValue.Op(e.evaluation().plan()),
                    bm.name()), pos), pos);
        }
        return v;
    }

    private PyValue subscript(PyValue receiver, Expr index, Scope scope, SourcePos pos) {
        if (receiver instanceof PyValue.BoundMethod bm && bm.receiver() instanceof PyValue.Evaluated e) {
            // ev.iloc[...], ev.loc[...], ev.attribute[...]: as on the evaluated plan
            return afterEvaluation(e, subscript(new PyValue.BoundMethod(new PyValue.Op(e.evaluation().plan()),
                    bm.name()), index, scope, pos), pos);
        }
        if (receiver instanceof PyValue.Evaluated e) {
            return afterEvaluation(e, subscript(new PyValue.Op(e.evaluation().plan()), index, scope, pos), pos);
        }
        if (receiver instanceof PyValue.BoundMethod bm && SearchViews.hasRows(bm.receiver())
                && (bm.name().equals("iloc") || bm.name().equals("loc"))) {
            if (index instanceof Expr.Slice || index instanceof Expr.TupleExpr) {
                throw error(pos, "Stratum picks one row of a search's results table with ." + bm.name() + "[...]",
                        "select rows with head(n)/tail(n) and columns with [[...]]; print " + bm.name() + "[0]");
            }
            return SearchViews.row(this, bm.receiver(), bm.name(), eval(index, scope), pos);
        }
        if (receiver instanceof PyValue.BoundMethod bm && bm.receiver() instanceof PyValue.Op op
                && (bm.name().equals("iloc") || bm.name().equals("loc"))) {
            return indexer(op, bm.name(), index, scope, pos);
        }
        if (receiver instanceof PyValue.BoundMethod bm && bm.name().equals("str") && bm.receiver() instanceof PyValue.Op
                && index instanceof Expr.Slice slice) {
            // s.str[start:stop:step] is pandas' s.str.slice(start, stop, step)
            List<PyValue> bounds = new ArrayList<>();
            for (Expr bound : java.util.Arrays.asList(slice.lower(), slice.upper(), slice.step())) {
                Long v = sliceBound(bound, scope);
                bounds.add(v == null ? none() : new PyValue.Constant(Const.of(v)));
            }
            return callValue(attribute(receiver, "slice", pos), bounds, new LinkedHashMap<>(), pos);
        }
        if (receiver instanceof PyValue.PredictionFrame f && f.view() == io.stratum.frontend.api.DataOpPrint.View.VALUE
                && !(index instanceof Expr.Slice)) {
            return PredictionFrames.subscript(this, f, eval(index, scope), pos);
        }
        if (receiver instanceof PyValue.Predictions p) {
            io.stratum.frontend.api.LearnerPredictions.Slice picked = predictionSlice(index, scope, pos);
            return new PyValue.Predictions(api(pos, () -> p.predictions().sliced(picked)));
        }
        if (index instanceof Expr.Slice slice) {
            return slice(materialize(receiver, pos), slice, scope, pos);
        }
        PyValue key = eval(index, scope);
        receiver = materialize(receiver, pos);
        PyValue ofSearch = SearchViews.subscript(this, receiver, key, pos);
        if (ofSearch != null) {
            return ofSearch;
        }
        return switch (receiver) {
            case PyValue.Op op -> new PyValue.Op(api(pos, () -> op.op().getItem(toJava(key, posOf(index)))));
            case PyValue.Sequence s when key instanceof PyValue.Constant c && c.value() instanceof Const.IntConst i -> {
                long at = i.value() < 0 ? s.items().size() + i.value() : i.value();
                if (at < 0 || at >= s.items().size()) {
                    throw error(pos, "index " + i.value() + " is out of range for a list of " + s.items().size(), null);
                }
                yield s.items().get((int) at);
            }
            case PyValue.Split split -> {
                String part = key instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s ? s.value() : null;
                if ("train".equals(part) || "test".equals(part)) {
                    yield new PyValue.SplitPart(part.equals("train") ? split.split().train() : split.split().test());
                }
                if ("y_test".equals(part)) {
                    yield new PyValue.SplitTarget(split.split());
                }
                throw error(pos, "Stratum's train_test_split dict has no key " + repr(key, pos) + " that it supports",
                        SPLIT_KEYS_HINT);
            }
            case PyValue.CrossValidated cv when cv.column() != null -> cvItem(cv, key, pos);
            case PyValue.CrossValidated cv when cv.column() == null && cv.view().wholeTable()
                    && key instanceof PyValue.Sequence names && !names.tuple() -> {
                // cv[["test_r2", "test_neg_mean_absolute_error"]]: those columns, in that order
                List<String> columns = cv.cv().columns();
                List<String> picked = new ArrayList<>();
                for (PyValue item : names.items()) {
                    if (!(item instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s) || !columns.contains(s.value())) {
                        throw error(pos, "the cross_validate table has no column " + repr(item, pos),
                                "its columns are " + String.join(", ", columns));
                    }
                    picked.add(s.value());
                }
                yield new PyValue.CrossValidated(cv.cv(), null, cv.view().select(picked));
            }
            case PyValue.CrossValidated cv when cv.column() == null && cv.view().reduction() == null
                    && cv.view().form() == CvColumnView.Form.SERIES -> {
                // cv["test_score"], or a column of some columns (cv.drop(columns=[...])["test_r2"])
                String column = key instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s ? s.value() : null;
                List<String> columns = cv.view().columns() != null ? cv.view().columns() : cv.cv().columns();
                if (column == null || !columns.contains(column)) {
                    throw error(pos, "the cross_validate table has no column " + repr(key, pos),
                            "its columns are " + String.join(", ", columns));
                }
                // cv.round(3)["test_score"]: the column keeps the table's rounding
                yield new PyValue.CrossValidated(cv.cv(), column, new CvColumnView(cv.view().decimals(), CvColumnView.Form.SERIES));
            }
            case PyValue.Series s -> FrameAttributes.item(this, s, key, pos);
            case PyValue.Mapping m -> {
                for (int k = 0; k < m.keys().size(); k++) {
                    if (m.keys().get(k).equals(key)) {
                        yield m.values().get(k);
                    }
                }
                throw error(pos, "key " + repr(key, pos) + " is not in the dict", null);
            }
            default -> throw error(pos, "cannot index " + PyValue.typeName(receiver) + " here", null);
        };
    }

    /**
     * {@code df.iloc[a:b]} (rows by position) and {@code df.loc[mask]} (rows where a boolean column is true);
     * other uses of the indexers need the row labels, which Stratum's frames do not keep.
     */
    private PyValue indexer(PyValue.Op op, String indexer, Expr index, Scope scope, SourcePos pos) {
        if (indexer.equals("iloc") && index instanceof Expr.Slice slice) {
            Long start = sliceBound(slice.lower(), scope);
            Long stop = sliceBound(slice.upper(), scope);
            Long step = sliceBound(slice.step(), scope);
            return new PyValue.Op(api(pos, () -> op.op().ilocSlice(start, stop, step)));
        }
        if (indexer.equals("iloc") && !(index instanceof Expr.TupleExpr) && eval(index, scope) instanceof PyValue.Sequence seq
                && !seq.tuple()) {
            List<Long> positions = new ArrayList<>();
            for (PyValue item : seq.items()) {
                if (!(item instanceof PyValue.Constant c && c.value() instanceof Const.IntConst i)) {
                    throw error(pos, ".iloc[[...]] takes a list of row positions (ints), got " + PyValue.typeName(item),
                            "e.g. df.iloc[[0, 2, -1]]");
                }
                positions.add(i.value());
            }
            return new PyValue.Op(api(pos, () -> op.op().takePositions(positions)));
        }
        if (indexer.equals("iloc") && index instanceof Expr.TupleExpr t && t.elements().size() == 2) {
            // df.iloc[rows, columns]: positions on both axes
            io.stratum.frontend.api.IlocAxis rows = ilocAxis(t.elements().get(0), scope, pos);
            io.stratum.frontend.api.IlocAxis columns = ilocAxis(t.elements().get(1), scope, pos);
            return new PyValue.Op(api(pos, () -> io.stratum.frontend.api.IlocAxis.select(op.op(), rows, columns)));
        }
        if (indexer.equals("loc") && !(index instanceof Expr.Slice) && !(index instanceof Expr.TupleExpr)
                && eval(index, scope) instanceof PyValue.Op mask) {
            return new PyValue.Op(api(pos, () -> op.op().loc(mask.op())));
        }
        if (indexer.equals("loc") && index instanceof Expr.TupleExpr t && t.elements().size() == 2) {
            // df.loc[mask, cols] and df.loc[:, cols]: the rows the mask keeps, then the columns named
            Expr rows = t.elements().get(0);
            boolean allRows = rows instanceof Expr.Slice s && s.lower() == null && s.upper() == null && s.step() == null;
            PyValue mask = allRows ? null : eval(rows, scope);
            if (!allRows && !(mask instanceof PyValue.Op)) {
                throw error(pos, ".loc[rows, columns] takes a boolean mask (a DataOp) or ':' for the rows, got "
                        + PyValue.typeName(mask), "e.g. df.loc[df[\"x\"] > 0, [\"a\", \"b\"]]");
            }
            Object columns = toJava(eval(t.elements().get(1), scope), pos);
            if (!(columns instanceof Const.StrConst) && !(columns instanceof Const.ListConst l && l.asStrings() != null)) {
                throw error(pos, ".loc[rows, columns] takes a column name or a list of names for the columns",
                        "e.g. df.loc[df[\"x\"] > 0, [\"a\", \"b\"]] or df.loc[:, \"a\"]");
            }
            return new PyValue.Op(api(pos, () -> (allRows ? op.op() : op.op().loc(((PyValue.Op) mask).op()))
                    .getItem(columns)));
        }
        throw error(pos, "." + indexer + "[...] is only supported " + (indexer.equals("iloc") ? "with a slice or a list of row positions, e.g. df.iloc[10:20] or df.iloc[[0, 2]]"
                : "with a boolean mask, e.g. df.loc[df[\"x\"] > 0]") + " by Stratum", "select columns with df[[\"a\", \"b\"]] and rows with a mask or a slice");
    }

    /** numpy's {@code predictions[start:stop:step]} or {@code proba[start:stop:step, column]}. */
    private io.stratum.frontend.api.LearnerPredictions.Slice predictionSlice(Expr index, Scope scope, SourcePos pos) {
        Expr rows = index instanceof Expr.TupleExpr t && t.elements().size() == 2 ? t.elements().get(0) : index;
        Integer column = null;
        if (index instanceof Expr.TupleExpr t && t.elements().size() == 2) {
            if (!(eval(t.elements().get(1), scope) instanceof PyValue.Constant c && c.value() instanceof Const.IntConst i)) {
                throw error(pos, "Stratum indexes a learner's probabilities by one column position, as proba[:, 1]", null);
            }
            column = (int) i.value();
        }
        if (!(rows instanceof Expr.Slice slice)) {
            throw error(pos, "Stratum indexes a learner's predictions by a slice of rows, as predictions[:5] or"
                    + " proba[:, 1]", "print the whole array, or a slice of it");
        }
        return new io.stratum.frontend.api.LearnerPredictions.Slice(sliceBound(slice.lower(), scope),
                sliceBound(slice.upper(), scope), sliceBound(slice.step(), scope), column);
    }

    /** One axis of {@code .iloc[rows, columns]}: {@code :}, a slice, a list of ints or an int. */
    private io.stratum.frontend.api.IlocAxis ilocAxis(Expr axis, Scope scope, SourcePos pos) {
        if (axis instanceof Expr.Slice slice) {
            Long start = sliceBound(slice.lower(), scope);
            Long stop = sliceBound(slice.upper(), scope);
            Long step = sliceBound(slice.step(), scope);
            return start == null && stop == null && step == null ? new io.stratum.frontend.api.IlocAxis.All()
                    : new io.stratum.frontend.api.IlocAxis.Slice(start, stop, step);
        }
        PyValue v = eval(axis, scope);
        if (v instanceof PyValue.Constant c && c.value() instanceof Const.IntConst i) {
            return new io.stratum.frontend.api.IlocAxis.One(i.value());
        }
        if (v instanceof PyValue.Sequence seq && !seq.tuple()) {
            List<Long> positions = new ArrayList<>();
            for (PyValue item : seq.items()) {
                if (!(item instanceof PyValue.Constant c && c.value() instanceof Const.IntConst i)) {
                    throw error(pos, ".iloc[rows, columns] takes positions (ints), got " + PyValue.typeName(item),
                            "e.g. df.iloc[:10, [0, 2]]; select columns by name with df[[\"a\", \"b\"]]");
                }
                positions.add(i.value());
            }
            return new io.stratum.frontend.api.IlocAxis.Positions(positions);
        }
        throw error(pos, ".iloc[rows, columns] takes a slice, a list of positions or a position on each axis, got "
                + PyValue.typeName(v), "e.g. df.iloc[:10, [0, 2]] or df.iloc[[0, 5], 1:3]");
    }

    /** {@code x[a:b:c]}: a sub-list or sub-string of a constant, or rows by position of a DataOp. */
    private PyValue slice(PyValue receiver, Expr.Slice slice, Scope scope, SourcePos pos) {
        Long start = sliceBound(slice.lower(), scope);
        Long stop = sliceBound(slice.upper(), scope);
        Long step = sliceBound(slice.step(), scope);
        return switch (receiver) {
            case PyValue.Op op -> new PyValue.Op(api(pos, () -> op.op().slice(start, stop, step)));
            case PyValue.Sequence s -> new PyValue.Sequence(sliceOf(s.items(), start, stop, step, pos), s.tuple());
            case PyValue.Constant c when c.value() instanceof Const.StrConst str -> {
                List<PyValue> chars = iterate(c, pos);
                StringBuilder out = new StringBuilder();
                for (PyValue ch : sliceOf(chars, start, stop, step, pos)) {
                    out.append(((Const.StrConst) ((PyValue.Constant) ch).value()).value());
                }
                yield new PyValue.Constant(Const.of(out.toString()));
            }
            default -> throw error(pos, "cannot slice " + PyValue.typeName(receiver) + " here", null);
        };
    }

    private Long sliceBound(Expr bound, Scope scope) {
        if (bound == null) {
            return null;
        }
        PyValue v = eval(bound, scope);
        if (v instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst) {
            return null;
        }
        if (v instanceof PyValue.Constant c && c.value() instanceof Const.IntConst i) {
            return i.value();
        }
        throw error(posOf(bound), "slice bounds must be ints or None, got " + PyValue.typeName(v), null);
    }

    /** Python's slice of a list: bounds clipped to the length, negative ones counted from the end. */
    private List<PyValue> sliceOf(List<PyValue> items, Long start, Long stop, Long step, SourcePos pos) {
        long n = items.size();
        long st = step == null ? 1 : step;
        if (st == 0) {
            throw error(pos, "slice step cannot be zero", null);
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = start == null ? 0 : start < 0 ? Math.max(0, n + start) : Math.min(start, n);
            hi = stop == null ? n : stop < 0 ? Math.max(0, n + stop) : Math.min(stop, n);
        } else {
            lo = start == null ? n - 1 : start < 0 ? Math.max(-1, n + start) : Math.min(start, n - 1);
            hi = stop == null ? -1 : stop < 0 ? Math.max(-1, n + stop) : Math.min(stop, n - 1);
        }
        List<PyValue> out = new ArrayList<>();
        for (long i = lo; st > 0 ? i < hi : i > hi; i += st) {
            out.add(items.get((int) i));
        }
        return out;
    }

    private PyValue evalCall(Expr.Call call, Scope scope) {
        PyValue func = eval(call.func(), scope);
        List<PyValue> args = new ArrayList<>();
        for (Expr a : call.args()) {
            if (a instanceof Expr.Starred st) {
                args.addAll(iterate(eval(st.value(), scope), st.value()));
            } else if (func instanceof PyValue.Builtin p && p.name().equals("print") && a instanceof Expr.Attribute at
                    && io.stratum.frontend.api.DataOpPrint.FACTS.contains(at.attr())) {
                // print(df.columns): skrub prints the GetAttr step with its preview, even where the plan cannot tell
                // the columns before it runs (anywhere else, a value the plan cannot tell is an error).
                PyValue receiver = eval(at.value(), scope);
                args.add(receiver instanceof PyValue.Op op && !FrameAttributes.known(this, op.op(), at.attr(), at.attrPos())
                        ? new PyValue.PrintedFact(op.op(), at.attr()) : attribute(receiver, at.attr(), at.attrPos()));
            } else {
                args.add(eval(a, scope));
            }
        }
        LinkedHashMap<String, PyValue> kwargs = new LinkedHashMap<>();
        for (Keyword k : call.keywords()) {
            PyValue v = eval(k.value(), scope);
            if (k.isUnpacking()) {
                if (!(v instanceof PyValue.Mapping m)) {
                    throw error(k.pos(), "'**' needs a dict, got " + PyValue.typeName(v), null);
                }
                for (int i = 0; i < m.keys().size(); i++) {
                    if (!(m.keys().get(i) instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s)) {
                        throw error(k.pos(), "keywords must be strings", null);
                    }
                    addKeyword(kwargs, s.value(), m.values().get(i), k.pos());
                }
            } else {
                addKeyword(kwargs, k.name(), v, k.pos());
            }
        }
        SourcePos at = call.func() instanceof Expr.Attribute a ? a.attrPos() : call.pos();
        if (func instanceof PyValue.BoundMethod m && m.name().equals("query") && m.receiver() instanceof PyValue.Op
                && !kwargs.containsKey("local_dict")) {
            PyValue expr = !args.isEmpty() ? args.getFirst() : kwargs.get("expr");
            if (expr instanceof PyValue.Constant c && c.value() instanceof Const.StrConst text && text.value().contains("@")) {
                kwargs.put("local_dict", queryLocals(text.value(), scope, at));
            }
        }
        return call(func, args, kwargs, at);
    }

    /**
     * The script's values of the {@code @names} a {@code df.query(...)} string uses, as pandas resolves them from the
     * caller's variables, passed to the query as {@code local_dict} (the GraalPy facade does the same from the calling
     * frame). A name bound to something other than a constant is refused here; one not bound is left for the query's
     * own error.
     */
    private PyValue queryLocals(String text, Scope scope, SourcePos pos) {
        List<PyValue> keys = new ArrayList<>();
        List<PyValue> values = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@([A-Za-z_][A-Za-z0-9_]*)").matcher(text);
        while (m.find()) {
            String name = m.group(1);
            PyValue v = scope.lookup(name);
            if (v == null || keys.contains(new PyValue.Constant(Const.of(name)))) {
                continue;
            }
            Object value = v instanceof PyValue.Op ? null : toJava(v, pos);
            if (!(value instanceof Const c)) {
                throw error(pos, "query(): @" + name + " is " + PyValue.typeName(v) + "; Stratum substitutes numbers,"
                        + " strings, bools and lists of them", "compare with a mask instead: df[df[\"a\"] > " + name + "]");
            }
            keys.add(new PyValue.Constant(Const.of(name)));
            values.add(new PyValue.Constant(c));
        }
        return new PyValue.Mapping(keys, values);
    }

    private void addKeyword(Map<String, PyValue> kwargs, String name, PyValue v, SourcePos pos) {
        if (kwargs.put(name, v) != null) {
            throw error(pos, "keyword argument '" + name + "' repeated", null);
        }
    }

    /** Calls a script value as Python would ({@code .skb.apply_func(f)} calls {@code f} on the DataOp). */
    PyValue callValue(PyValue func, List<PyValue> args, LinkedHashMap<String, PyValue> kwargs, SourcePos pos) {
        return call(func, args, kwargs, pos);
    }

    private PyValue call(PyValue func, List<PyValue> args, LinkedHashMap<String, PyValue> kwargs, SourcePos pos) {
        return switch (func) {
            case PyValue.Function f when deferredFunctions.contains(f) -> callDeferred(f, args, kwargs, pos);
            case PyValue.Function f -> callFunction(f, args, kwargs, pos);
            case PyValue.ApiClass c -> construct(c.entry(), args, kwargs, pos);
            case PyValue.ModuleFunction f -> callModuleFunction(f.qualifiedName(), args, kwargs, pos);
            case PyValue.Builtin b -> Builtins.call(this, b.name(), args, kwargs, pos);
            case PyValue.BoundMethod m -> Methods.call(this, m.receiver(), m.name(), args, kwargs, pos);
            default -> throw error(pos, PyValue.typeName(func) + " is not callable", null);
        };
    }

    /**
     * A call of a {@code skrub.deferred} function. skrub runs it on each candidate's values, so a choice of constants
     * among its arguments (the first one, positional before keyword) is expanded: the body is traced once per outcome
     * with the outcome's value (a Python int, str, ...: {@code range(1, n + 1)} works), and the result is the choice's
     * image over those traces ({@link DataOp#perOutcome}). Otherwise the body is traced with the DataOps themselves.
     */
    private PyValue callDeferred(PyValue.Function f, List<PyValue> args, LinkedHashMap<String, PyValue> kwargs, SourcePos pos) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof PyValue.Op op && op.op().hasConstantOutcomes()) {
                int at = i;
                return new PyValue.Op(api(pos, () -> op.op().perOutcome(outcome -> {
                    List<PyValue> chosen = new ArrayList<>(args);
                    chosen.set(at, new PyValue.Constant(outcome));
                    return toJava(callDeferred(f, chosen, kwargs, pos), pos);
                })));
            }
        }
        for (Map.Entry<String, PyValue> e : kwargs.entrySet()) {
            if (e.getValue() instanceof PyValue.Op op && op.op().hasConstantOutcomes()) {
                return new PyValue.Op(api(pos, () -> op.op().perOutcome(outcome -> {
                    LinkedHashMap<String, PyValue> chosen = new LinkedHashMap<>(kwargs);
                    chosen.put(e.getKey(), new PyValue.Constant(outcome));
                    return toJava(callDeferred(f, args, chosen, pos), pos);
                })));
            }
        }
        return callFunction(f, args, kwargs, pos);
    }

    private PyValue callFunction(PyValue.Function f, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        if (++callDepth > MAX_CALL_DEPTH) {
            throw error(pos, "calls nest deeper than " + MAX_CALL_DEPTH + " (is there unbounded recursion?)", null);
        }
        try {
            Scope local = new Scope(f.closure());
            List<Parameter> positional = f.params().positional();
            Map<String, PyValue> remaining = new LinkedHashMap<>(kwargs);
            List<PyValue> extra = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                if (i < positional.size()) {
                    local.bind(positional.get(i).name(), args.get(i));
                } else {
                    extra.add(args.get(i));
                }
            }
            if (!extra.isEmpty()) {
                if (f.params().varArgs() == null) {
                    throw error(pos, f.name() + "() takes " + positional.size() + " positional arguments but " + args.size() + " were given", null);
                }
                local.bind(f.params().varArgs().name(), new PyValue.Sequence(extra, true));
            } else if (f.params().varArgs() != null) {
                local.bind(f.params().varArgs().name(), new PyValue.Sequence(List.of(), true));
            }
            List<Parameter> all = new ArrayList<>(positional);
            all.addAll(f.params().keywordOnly());
            for (int i = 0; i < all.size(); i++) {
                Parameter p = all.get(i);
                boolean givenPositionally = i < positional.size() && i < args.size();
                PyValue kw = remaining.remove(p.name());
                if (givenPositionally && kw != null) {
                    throw error(pos, f.name() + "() got multiple values for argument '" + p.name() + "'", null);
                }
                if (!givenPositionally) {
                    if (kw != null) {
                        local.bind(p.name(), kw);
                    } else if (p.defaultValue() != null) {
                        local.bind(p.name(), eval(p.defaultValue(), f.closure()));
                    } else {
                        throw error(pos, f.name() + "() missing required argument '" + p.name() + "'", null);
                    }
                }
            }
            if (!remaining.isEmpty()) {
                if (f.params().varKeywords() == null) {
                    String name = remaining.keySet().iterator().next();
                    throw error(pos, f.name() + "() got an unexpected keyword argument '" + name + "'", null);
                }
                List<PyValue> keys = new ArrayList<>();
                for (String k : remaining.keySet()) {
                    keys.add(new PyValue.Constant(Const.of(k)));
                }
                local.bind(f.params().varKeywords().name(), new PyValue.Mapping(keys, new ArrayList<>(remaining.values())));
            } else if (f.params().varKeywords() != null) {
                local.bind(f.params().varKeywords().name(), new PyValue.Mapping(List.of(), List.of()));
            }
            Returned r = execBlock(f.body(), local);
            return r == null ? none() : r.value();
        } finally {
            callDepth--;
        }
    }

    private PyValue construct(ApiEntry entry, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        if (entry.qualifiedName().equals(FUNCTION_TRANSFORMER)) {
            PyValue func = !args.isEmpty() ? args.getFirst() : kwargs.get("func");
            if (func instanceof PyValue.Function) {
                return tracedTransformer(entry, func, args, kwargs, pos);
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        if (args.size() > entry.params().size()) {
            throw error(pos, entry.simpleName() + "() takes at most " + entry.params().size() + " arguments", null);
        }
        for (int i = 0; i < args.size(); i++) {
            params.put(entry.params().get(i).name(), toJava(args.get(i), pos));
        }
        for (Map.Entry<String, PyValue> e : kwargs.entrySet()) {
            if (params.containsKey(e.getKey())) {
                throw error(pos, entry.simpleName() + "() got multiple values for argument '" + e.getKey() + "'", null);
            }
            params.put(e.getKey(), toJava(e.getValue(), pos));
        }
        return new PyValue.Op(api(pos, () -> DataOps.estimator(entry.qualifiedName(), params)));
    }

    private static final String FUNCTION_TRANSFORMER = "sklearn.preprocessing.FunctionTransformer";

    /** Whether a choose_from's outcomes (a list or a dict) hold a FunctionTransformer of a script function. */
    private static boolean tracedOutcomes(PyValue outcomes) {
        List<PyValue> values = switch (outcomes) {
            case PyValue.Sequence s -> s.items();
            case PyValue.Mapping m -> m.values();
            default -> List.of();
        };
        return values.stream().anyMatch(v -> v instanceof PyValue.TracedTransformer || v instanceof PyValue.Composite);
    }

    /**
     * {@code FunctionTransformer(func, ...)} of a script function: its other arguments are checked against the catalog
     * as for any FunctionTransformer ({@code kw_args} must be a dict, passed to {@code func} as keyword arguments).
     */
    private PyValue tracedTransformer(ApiEntry entry, PyValue func, List<PyValue> args, Map<String, PyValue> kwargs,
                                      SourcePos pos) {
        Map<String, PyValue> rest = new LinkedHashMap<>(kwargs);
        rest.remove("func");
        PyValue kwArgs = rest.remove("kw_args");
        if (args.size() > 1) {
            throw error(pos, "FunctionTransformer() of a script function takes func as its only positional argument",
                    "pass the others by keyword, e.g. FunctionTransformer(f, kw_args={...})");
        }
        PyValue.Mapping mapping = switch (kwArgs) {
            case null -> new PyValue.Mapping(List.of(), List.of());
            case PyValue.Constant c when c.value() instanceof Const.NoneConst -> new PyValue.Mapping(List.of(), List.of());
            case PyValue.Mapping m -> m;
            default -> throw error(pos, "FunctionTransformer(kw_args=...) must be a dict of keyword arguments for func, got "
                    + PyValue.typeName(kwArgs), null);
        };
        for (PyValue key : mapping.keys()) {
            if (!(key instanceof PyValue.Constant c && c.value() instanceof Const.StrConst)) {
                throw error(pos, "FunctionTransformer(kw_args=...) keys must be str", null);
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (Map.Entry<String, PyValue> e : rest.entrySet()) {
            params.put(e.getKey(), toJava(e.getValue(), pos));
        }
        // The catalog's checks of the other parameters (validate=True is refused, ...).
        api(pos, () -> DataOps.estimator(entry.qualifiedName(), params));
        return new PyValue.TracedTransformer(func, mapping);
    }

    /**
     * scikit-learn's {@code train_test_split(*arrays, test_size=, train_size=, random_state=, shuffle=, stratify=)} on
     * frames and columns: a list of each array's training and test parts ({@link SplitArrays}).
     */
    private PyValue trainTestSplit(List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        List<DataOp> arrays = new ArrayList<>();
        for (PyValue v : args) {
            if (!(v instanceof PyValue.Op op)) {
                throw error(pos, "train_test_split: Stratum splits frames and columns (DataOps such as pd.read_csv(...)"
                        + " or data['y']), got " + PyValue.typeName(v), null);
            }
            arrays.add(op.op());
        }
        Map<String, PyValue> rest = new LinkedHashMap<>(kwargs);
        Const testSize = constantArg(rest.remove("test_size"), "test_size", pos);
        Const trainSize = constantArg(rest.remove("train_size"), "train_size", pos);
        Const randomState = constantArg(rest.remove("random_state"), "random_state", pos);
        Const shuffle = constantArg(rest.remove("shuffle"), "shuffle", pos);
        PyValue stratify = rest.remove("stratify");
        if (!rest.isEmpty()) {
            throw error(pos, "train_test_split() got an unexpected keyword argument '" + rest.keySet().iterator().next()
                    + "'", "it takes test_size, train_size, random_state, shuffle and stratify");
        }
        if (!(shuffle instanceof Const.NoneConst || shuffle instanceof Const.BoolConst)) {
            throw error(pos, "train_test_split: shuffle must be True or False, got " + shuffle.repr(), null);
        }
        DataOp stratifyOp = null;
        if (stratify != null && !(stratify instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst)) {
            if (!(stratify instanceof PyValue.Op s)) {
                throw error(pos, "train_test_split: stratify must be a column (such as df['y']), got "
                        + PyValue.typeName(stratify), null);
            }
            stratifyOp = s.op();
        }
        boolean doShuffle = !(shuffle instanceof Const.BoolConst b) || b.value();
        DataOp strat = stratifyOp;
        List<DataOp> parts = api(pos, () -> io.stratum.frontend.api.SplitArrays.trainTestSplit(arrays, testSize, trainSize,
                randomState, doShuffle, strat));
        List<PyValue> items = new ArrayList<>();
        for (DataOp part : parts) {
            items.add(new PyValue.Op(part));
        }
        return new PyValue.Sequence(items, false);
    }

    /**
     * {@code metric(split["y_test"], learner.predict(split["test"]), **kwargs)}: the learner's score on the split's test
     * rows with the metric's scorer, negated for a loss ({@link io.stratum.frontend.api.MetricScorers#onPredictions}),
     * written into text once it has run. Any other values are refused: they are known only when the plan runs.
     */
    /**
     * {@code classification_report(y_true, y_pred, digits=2)} and {@code confusion_matrix(y_true, y_pred)} of a learner's
     * predictions: against {@code split["y_test"]} of the split it predicted on, or against new data's true values.
     */
    private PyValue report(String function, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        Map<String, PyValue> rest = new java.util.LinkedHashMap<>(kwargs);
        PyValue yTrue = args.size() > 0 ? args.get(0) : rest.remove("y_true");
        PyValue yPred = args.size() > 1 ? args.get(1) : rest.remove("y_pred");
        if (args.size() > 2 || !(yPred instanceof PyValue.Predictions p)
                || !(yTrue instanceof PyValue.SplitTarget || yTrue instanceof PyValue.Op)) {
            throw error(pos, "sklearn.metrics." + function + "() on values: Stratum computes it from a learner's"
                    + " predictions", "write " + function + "(split[\"y_test\"], learner.predict(split[\"test\"])) or "
                    + function + "(new_df[\"y\"], learner.predict({...}))");
        }
        Map<String, Const> options = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, PyValue> e : rest.entrySet()) {
            if (e.getValue() instanceof PyValue.Constant c) {
                options.put(e.getKey(), c.value());
            } else if (e.getValue() instanceof PyValue.Sequence) {
                // target_names=["a", "b"]: a list written in the script
                Object list = toJava(e.getValue(), pos);
                options.put(e.getKey(), api(pos, () -> io.stratum.frontend.api.DataOps.toConst(list)));
            } else {
                throw error(pos, function + "(): " + e.getKey() + " must be a constant, got " + PyValue.typeName(e.getValue()), null);
            }
        }
        io.stratum.frontend.api.LearnerPredictions predictions = p.predictions();
        if (yTrue instanceof PyValue.SplitTarget target && !target.steps().isEmpty()) {
            return api(pos, () -> {
                throw io.stratum.frontend.api.PredictionReport.transformedTruth(function, target.steps().getFirst());
            });
        }
        if (yTrue instanceof PyValue.SplitTarget target) {
            if (predictions.newData() != null || predictions.test().split() != target.split()) {
                throw error(pos, function + "(): split[\"y_test\"] is of another train_test_split than the test rows the"
                        + " learner predicted", "pass the y_test of the split whose split[\"test\"] the learner predicted on");
            }
            return new PyValue.Report(api(pos, () -> io.stratum.frontend.api.PredictionReport.of(function, null, predictions,
                    options)));
        }
        if (predictions.newData() == null) {
            throw error(pos, function + "() of a learner's predictions on split[\"test\"] takes split[\"y_test\"] as the"
                    + " true labels", "pass split[\"y_test\"]");
        }
        DataOp truth = ((PyValue.Op) yTrue).op();
        return new PyValue.Report(api(pos, () -> io.stratum.frontend.api.PredictionReport.of(function, truth, predictions,
                options)));
    }

    private PyValue metricOfPredictions(String metric, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        Map<String, PyValue> rest = new java.util.LinkedHashMap<>(kwargs);
        PyValue yTrue = args.size() > 0 ? args.get(0) : rest.remove("y_true");
        PyValue yPred = args.size() > 1 ? args.get(1) : rest.remove("y_pred");
        if (yTrue instanceof PyValue.Op truth && yPred instanceof PyValue.Predictions onNew
                && onNew.predictions().newData() != null && args.size() <= 2) {
            // metric(new_df["y"], learner.predict({...})): a learner fitted on data, scored on other data
            Map<String, Const> options = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, PyValue> e : rest.entrySet()) {
                if (!(e.getValue() instanceof PyValue.Constant c)) {
                    throw error(pos, metric + "(): " + e.getKey() + " must be a constant, got " + PyValue.typeName(e.getValue()), null);
                }
                options.put(e.getKey(), c.value());
            }
            return new PyValue.DeferredNumber(DeferredValue.ofNewDataScore(api(pos,
                    () -> io.stratum.frontend.api.NewDataScore.ofMetric(metric, options, truth.op(), onNew.predictions()))), true);
        }
        if (!(yTrue instanceof PyValue.SplitTarget target && yPred instanceof PyValue.Predictions p) || args.size() > 2) {
            return api(pos, () -> {
                throw io.stratum.frontend.api.MetricScorers.calledOnValues(metric);
            });
        }
        if (p.predictions().newData() != null) {
            throw error(pos, metric + "() of a learner's predictions on new data takes that data's true values",
                    "pass the new data's target column, e.g. " + metric + "(new_df[\"y\"], learner.predict({\"data\": new_df}))");
        }
        if (p.predictions().test().split() != target.split()) {
            throw error(pos, metric + "(): split[\"y_test\"] is of another train_test_split than the test rows the"
                    + " learner predicted", "pass the y_test of the split whose split[\"test\"] the learner predicted on");
        }
        Map<String, Const> options = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, PyValue> e : rest.entrySet()) {
            if (!(e.getValue() instanceof PyValue.Constant c)) {
                throw error(pos, metric + "(): " + e.getKey() + " must be a constant, got " + PyValue.typeName(e.getValue()), null);
            }
            options.put(e.getKey(), c.value());
        }
        if (io.stratum.frontend.api.ArrayMetric.transformed(target.steps(), p.predictions())) {
            return new PyValue.DeferredNumber(DeferredValue.ofPredicted(api(pos, () -> io.stratum.frontend.api.ArrayMetric.of(
                    metric, options, target.steps(), p.predictions()))), true);
        }
        io.stratum.frontend.api.MetricScorers.OnPredictions m = api(pos,
                () -> io.stratum.frontend.api.MetricScorers.onPredictions(metric, options, p.predictions()));
        DataOp search = api(pos, () -> p.predictions().learner().metricScore(p.predictions(), m.scorer()));
        // scikit-learn's metrics return Python floats
        return new PyValue.DeferredNumber(DeferredValue.ofLearnerScore(search, m.negate()), true);
    }

    /** Each value as the Java DataOps API takes it ({@link #toJava}). */
    private List<Object> javaValues(List<PyValue> values, SourcePos pos) {
        List<Object> out = new ArrayList<>();
        for (PyValue v : values) {
            out.add(toJava(v, pos));
        }
        return out;
    }

    /** Keyword arguments as the Java DataOps API takes them, in order. */
    private Map<String, Object> javaKeywords(Map<String, PyValue> kwargs, SourcePos pos) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, PyValue> e : kwargs.entrySet()) {
            out.put(e.getKey(), toJava(e.getValue(), pos));
        }
        return out;
    }

    /** A scikit-learn pipeline of {@code steps} ({@code names} null: make_pipeline's generated names). */
    private PyValue pipeline(List<String> names, List<PyValue> steps, Map<String, PyValue> options, SourcePos pos) {
        List<Object> given = javaValues(steps, pos);
        Map<String, Object> rest = javaKeywords(options, pos);
        return new PyValue.Composite(api(pos, () -> io.stratum.frontend.api.SklearnPipeline.of(
                names != null ? names : io.stratum.frontend.api.SklearnPipeline.generatedNames(given), given, rest)));
    }

    /**
     * A scikit-learn column transformer: {@code ColumnTransformer([(name, transformer, columns), ...])} ({@code named})
     * or {@code make_column_transformer((transformer, columns), ...)}.
     */
    private PyValue columnTransformer(List<PyValue> items, boolean named, Map<String, PyValue> options, SourcePos pos) {
        List<String> names = named ? new ArrayList<>() : null;
        List<PyValue> transformers = new ArrayList<>();
        List<PyValue> columns = new ArrayList<>();
        String example = named ? "(\"scale\", StandardScaler(), [\"a\", \"b\"])" : "(StandardScaler(), [\"a\", \"b\"])";
        for (PyValue item : items) {
            int size = named ? 3 : 2;
            if (!(item instanceof PyValue.Sequence t && t.items().size() == size)) {
                throw error(pos, (named ? "a ColumnTransformer's transformer is a (name, transformer, columns) tuple"
                        : "make_column_transformer takes (transformer, columns) tuples") + ", got " + PyValue.typeName(item),
                        "write " + example);
            }
            if (named) {
                if (!(t.items().get(0) instanceof PyValue.Constant c && c.value() instanceof Const.StrConst n)) {
                    throw error(pos, "a ColumnTransformer's transformer name must be a str, got "
                            + PyValue.typeName(t.items().get(0)), "write " + example);
                }
                names.add(n.value());
            }
            transformers.add(t.items().get(size - 2));
            columns.add(t.items().get(size - 1));
        }
        List<Object> given = javaValues(transformers, pos);
        List<Object> picked = javaValues(columns, pos);
        Map<String, Object> rest = javaKeywords(options, pos);
        return new PyValue.Composite(api(pos, () -> io.stratum.frontend.api.SklearnColumnTransformer.of(names, given, picked,
                rest)));
    }

    private Const constantArg(PyValue v, String name, SourcePos pos) {
        if (v == null) {
            return Const.none();
        }
        if (v instanceof PyValue.Constant c) {
            return c.value();
        }
        throw error(pos, "train_test_split: " + name + " must be a constant, got " + PyValue.typeName(v), null);
    }

    public static final String SPLIT_KEYS_HINT = "use split[\"train\"] to fit a learner, split[\"test\"] to score it or predict on"
            + " it, and split[\"y_test\"] in a metric of those predictions (X_train, X_test and y_train are not"
            + " supported yet)";

    private PyValue callModuleFunction(String name, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        if (name.startsWith("sklearn.metrics.") && io.stratum.frontend.api.PredictionReport.FUNCTIONS.contains(
                name.substring("sklearn.metrics.".length()))) {
            return report(name.substring("sklearn.metrics.".length()), args, kwargs, pos);
        }
        if (name.startsWith("sklearn.metrics.") && !name.equals("sklearn.metrics.make_scorer")) {
            return metricOfPredictions(name.substring("sklearn.metrics.".length()), args, kwargs, pos);
        }
        Arguments a = new Arguments(this, name, args, kwargs, pos);
        return switch (name) {
            case "skrub.var" -> {
                String varName = a.string(0, "name", true);
                PyValue value = a.value(1, "value", false);
                a.done();
                yield new PyValue.Op(api(pos, () -> value == null ? DataOps.var(varName) : DataOps.var(varName, toJava(value, pos))));
            }
            case "skrub.X", "skrub.y" -> {
                boolean isX = name.endsWith("X");
                PyValue value = a.value(0, "value", false);
                a.done();
                String varName = isX ? "X" : "y";
                yield new PyValue.Op(api(pos, () -> {
                    DataOp v = value == null ? DataOps.var(varName) : DataOps.var(varName, toJava(value, pos));
                    return isX ? v.skb().markAsX() : v.skb().markAsY();
                }));
            }
            case "skrub.eval_mode" -> {
                a.done();
                yield new PyValue.Op(api(pos, DataOps::evalMode));
            }
            case "skrub.tabular_pipeline" -> {
                PyValue estimator = a.value(0, "estimator", true);
                PyValue jobs = a.value(-1, "n_jobs", false);
                a.done();
                Object learner = toJava(estimator, pos);
                Object nJobs = jobs == null ? null : toJava(jobs, pos);
                yield new PyValue.Composite(api(pos, () -> io.stratum.frontend.api.SkrubTabularPipeline.of(learner, nJobs)));
            }
            case "skrub.cross_validate" -> {
                // skrub.cross_validate(learner, environment, *, keep_subsampling=False, cv=None, **kwargs): the
                // learner's pipeline cross-validated as .skb.cross_validate(environment, ...) does
                PyValue learner = a.value(0, "learner", true);
                DataOp pipeline = switch (learner) {
                    case PyValue.Learner l -> api(pos, () -> l.learner().crossValidated());
                    case PyValue.Op o when o.op().node() instanceof io.stratum.ir.logical.SearchRoot -> {
                        io.stratum.ir.diagnostics.StratumError refused = io.stratum.frontend.api.CrossValidation.nestedRefused();
                        throw error(pos, refused.getMessage(), refused.hint());
                    }
                    default -> {
                        io.stratum.ir.diagnostics.StratumError refused =
                                io.stratum.frontend.api.CrossValidation.notALearner(PyValue.typeName(learner));
                        throw error(pos, refused.getMessage(), refused.hint());
                    }
                };
                yield Methods.crossValidate(this, pipeline, a, "skrub.cross_validate", 1, pos);
            }
            case "skrub.as_data_op" -> {
                PyValue value = a.value(0, "value", true);
                a.done();
                yield new PyValue.Op(api(pos, () -> DataOps.lift(toJava(value, pos))));
            }
            case "skrub.deferred" -> {
                // skrub.deferred(f) makes calls of f plan steps run later on the values; tracing f's body with the
                // DataOps it is called with records those same steps, so the decorated function is f itself.
                PyValue function = a.value(0, "func", true);
                a.done();
                if (!(function instanceof PyValue.Function || function instanceof PyValue.ModuleFunction
                        || function instanceof PyValue.ApiClass || function instanceof PyValue.Builtin
                        || function instanceof PyValue.BoundMethod)) {
                    throw error(pos, "skrub.deferred expects a function, got " + PyValue.typeName(function), null);
                }
                if (function instanceof PyValue.Function script) {
                    deferredFunctions.add(script);
                }
                yield function;
            }
            case "skrub.choose_from" -> {
                PyValue outcomes = a.value(0, "outcomes", true);
                String choiceName = a.optionalString(-1, "name");
                a.done();
                if (tracedOutcomes(outcomes)) {
                    // a FunctionTransformer of a script function or a scikit-learn pipeline among them: chosen where
                    // .skb.apply applies it
                    List<PyValue> values = outcomes instanceof PyValue.Mapping m ? m.values() : ((PyValue.Sequence) outcomes).items();
                    List<String> keys = null;
                    if (outcomes instanceof PyValue.Mapping m) {
                        keys = new ArrayList<>();
                        for (PyValue k : m.keys()) {
                            if (!(k instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s)) {
                                throw error(pos, "choose_from: dict keys must be strings", null);
                            }
                            keys.add(s.value());
                        }
                    }
                    yield new PyValue.TracedChoice(values, keys, choiceName);
                }
                yield switch (outcomes) {
                    case PyValue.Sequence s -> {
                        List<Object> items = new ArrayList<>();
                        for (PyValue v : s.items()) {
                            items.add(toJava(v, pos));
                        }
                        yield new PyValue.Op(api(pos, () -> DataOps.chooseFrom(items, choiceName)));
                    }
                    case PyValue.Mapping m -> {
                        Map<String, Object> items = new LinkedHashMap<>();
                        for (int i = 0; i < m.keys().size(); i++) {
                            if (!(m.keys().get(i) instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s)) {
                                throw error(pos, "choose_from: dict keys must be strings", null);
                            }
                            items.put(s.value(), toJava(m.values().get(i), pos));
                        }
                        yield new PyValue.Op(api(pos, () -> DataOps.chooseFrom(items, choiceName)));
                    }
                    default -> throw error(pos, "choose_from expects a list or a dict of outcomes, got " + PyValue.typeName(outcomes), null);
                };
            }
            case "skrub.choose_int", "skrub.choose_float" -> {
                boolean integer = name.endsWith("int");
                Const low = a.constant(0, "low", null);
                Const high = a.constant(1, "high", null);
                Const log = a.constant(-1, "log", Const.of(false));
                Const steps = a.constant(-1, "n_steps", Const.none());
                String choiceName = a.optionalString(-1, "name");
                Const dflt = a.constant(-1, "default", Const.none());
                a.done();
                String fn = name.substring("skrub.".length());
                if (low == null || high == null) {
                    throw error(pos, fn + "() missing required argument '" + (low == null ? "low" : "high") + "'", null);
                }
                if (!(log instanceof Const.BoolConst logFlag)) {
                    throw error(pos, fn + "(): 'log' must be True or False, got " + log.repr(), null);
                }
                if (!(dflt instanceof Const.NoneConst)) {
                    throw error(pos, fn + "(): 'default' only matters outside a search, and Stratum only runs searches",
                            "remove default=...");
                }
                Integer nSteps = switch (steps) {
                    case Const.NoneConst none -> null;
                    case Const.IntConst i when i.value() <= 10_000 -> (int) i.value();
                    default -> throw error(pos, fn + "(): 'n_steps' must be an int (at most 10000), got " + steps.repr(), null);
                };
                if (integer) {
                    long lo = integerBound(low, fn, "low", pos);
                    long hi = integerBound(high, fn, "high", pos);
                    yield new PyValue.Op(api(pos, () -> DataOps.chooseInt(lo, hi, logFlag.value(), nSteps, choiceName)));
                }
                Number lo = floatBound(low, fn, "low", pos);
                Number hi = floatBound(high, fn, "high", pos);
                yield new PyValue.Op(api(pos, () -> DataOps.chooseFloat(lo, hi, logFlag.value(), nSteps, choiceName)));
            }
            case "skrub.choose_bool" -> {
                String choiceName = a.optionalString(-1, "name");
                Const dflt = a.constant(-1, "default", Const.of(true));
                a.done();
                if (!(dflt instanceof Const.BoolConst b)) {
                    throw error(pos, "choose_bool(): 'default' must be True or False, got " + dflt.repr(), null);
                }
                yield new PyValue.Op(api(pos, () -> DataOps.chooseBool(choiceName, b.value())));
            }
            case "skrub.optional" -> {
                PyValue value = a.value(0, "value", true);
                String choiceName = a.optionalString(-1, "name");
                PyValue dflt = a.value(-1, "default", false);
                a.done();
                boolean noneFirst = dflt != null;
                if (noneFirst && !(dflt instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst)) {
                    throw error(pos, "optional(): if provided, 'default' must be None, got " + PyValue.typeName(dflt), null);
                }
                Object v = toJava(value, pos);
                yield new PyValue.Op(api(pos, () -> DataOps.optional(v, choiceName, noneFirst)));
            }
            case String selector when selector.startsWith("skrub.selectors.")
                    && Selectors.FUNCTIONS.contains(selector.substring("skrub.selectors.".length())) ->
                    Selectors.call(this, name, args, kwargs, pos);
            case "pandas.Timestamp", "pandas.Timedelta", "pandas.to_timedelta" -> pandasScalar(name, args, kwargs, pos);
            // a learner's predictions into a frame: assembled once the learner has predicted (PredictionFrame)
            case String frame when frame.equals("pandas.DataFrame") && args.stream().anyMatch(PredictionFrames::holds)
                    || kwargs.values().stream().anyMatch(PredictionFrames::holds) ->
                    PredictionFrames.dataFrame(this, args, kwargs, pos);
            case "pandas.Series" -> PredictionFrames.series(this, args, kwargs, pos);
            case "pandas.to_datetime", "pandas.concat", "pandas.DataFrame" -> {
                // A generic call: the optimizer's bind batch checks its arguments against pandas' signature.
                List<Object> javaArgs = javaValues(args, pos);
                Map<String, Object> javaKwargs = javaKeywords(kwargs, pos);
                yield new PyValue.Op(api(pos, () -> DataOps.call(name, javaArgs, javaKwargs)));
            }
            case String pandas when pandas.startsWith("pandas.") && PandasReaders.FUNCTIONS.contains(pandas.substring(7)) ->
                    PandasReaders.call(this, catalog, workingDirectory, pandas, args, kwargs, pos);
            case "numpy.where" -> NumpyFunctions.where(this, args, kwargs, pos);
            case String numpy when numpy.startsWith("numpy.")
                    && io.stratum.frontend.api.ArrayStep.ARRAY_FUNCTIONS.contains(numpy.substring(6)) ->
                    PredictionArrays.numpy(this, numpy.substring(6), args, kwargs, pos);
            case String numpy when numpy.startsWith("numpy.") && NumpyFunctions.isReduction(numpy.substring(6)) ->
                    NumpyFunctions.reduce(this, numpy.substring(6), args, kwargs, pos);
            case String numpy when numpy.startsWith("numpy.") -> NumpyFunctions.call(this, numpy, args, kwargs, pos);
            case "sklearn.model_selection.train_test_split" -> trainTestSplit(args, kwargs, pos);
            case "sklearn.metrics.make_scorer" -> makeScorer(args, kwargs, pos);
            case "sklearn.pipeline.make_pipeline" -> pipeline(null, args, kwargs, pos);
            case "sklearn.pipeline.Pipeline" -> {
                PyValue steps = a.value(0, "steps", true);
                Map<String, PyValue> rest = new LinkedHashMap<>(kwargs);
                rest.remove("steps");
                if (!(steps instanceof PyValue.Sequence list)) {
                    throw error(pos, "Pipeline(steps) takes a list of (name, estimator) tuples, got " + PyValue.typeName(steps),
                            "write Pipeline([(\"scale\", StandardScaler()), (\"ridge\", Ridge())])");
                }
                List<String> names = new ArrayList<>();
                List<PyValue> estimators = new ArrayList<>();
                for (PyValue item : list.items()) {
                    if (!(item instanceof PyValue.Sequence pair && pair.items().size() == 2
                            && pair.items().get(0) instanceof PyValue.Constant c && c.value() instanceof Const.StrConst n)) {
                        throw error(pos, "a Pipeline step is a (name, estimator) tuple, got " + PyValue.typeName(item),
                                "write Pipeline([(\"scale\", StandardScaler()), (\"ridge\", Ridge())])");
                    }
                    names.add(n.value());
                    estimators.add(pair.items().get(1));
                }
                yield pipeline(names, estimators, rest, pos);
            }
            case "sklearn.compose.make_column_transformer" -> columnTransformer(args, false, kwargs, pos);
            case "sklearn.compose.ColumnTransformer" -> {
                PyValue transformers = a.value(0, "transformers", true);
                Map<String, PyValue> rest = new LinkedHashMap<>(kwargs);
                rest.remove("transformers");
                if (!(transformers instanceof PyValue.Sequence list)) {
                    throw error(pos, "ColumnTransformer(transformers) takes a list of (name, transformer, columns) tuples,"
                            + " got " + PyValue.typeName(transformers), "write ColumnTransformer([(\"scale\","
                            + " StandardScaler(), [\"a\", \"b\"])])");
                }
                if (args.size() > 1) {
                    throw error(pos, "ColumnTransformer() takes the transformers as its only positional argument",
                            "pass the others by keyword: ColumnTransformer([...], remainder=\"passthrough\")");
                }
                yield columnTransformer(list.items(), true, rest, pos);
            }
            case "sklearn.compose.make_column_selector" -> {
                List<Object> javaArgs = javaValues(args, pos);
                Map<String, Object> javaKwargs = javaKeywords(kwargs, pos);
                yield new PyValue.ColumnSelection(api(pos, () -> io.stratum.frontend.api.SklearnColumnSelector.of(javaArgs,
                        javaKwargs)));
            }
            default -> throw error(pos, "Stratum does not support " + name + "() yet", null);
        };
    }

    /** {@code pd.Timestamp(...)}, {@code pd.Timedelta(...)}, {@code pd.to_timedelta(...)} of constants: a constant. */
    private PyValue pandasScalar(String name, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        String function = "pd." + name.substring("pandas.".length());
        List<Const> constArgs = new ArrayList<>();
        Map<String, Const> constKwargs = new LinkedHashMap<>();
        for (PyValue v : args) {
            constArgs.add(scalarArgument(function, v, pos));
        }
        for (Map.Entry<String, PyValue> e : kwargs.entrySet()) {
            constKwargs.put(e.getKey(), scalarArgument(function, e.getValue(), pos));
        }
        return new PyValue.Constant(api(pos, () -> name.equals("pandas.Timestamp")
                ? io.stratum.frontend.api.PandasScalars.timestamp(constArgs, constKwargs)
                : io.stratum.frontend.api.PandasScalars.timedelta(function, constArgs, constKwargs)));
    }

    private Const scalarArgument(String function, PyValue v, SourcePos pos) {
        if (toJava(v, pos) instanceof Const c) {
            return c;
        }
        throw error(pos, function + "() of a DataOp (a column or a value computed from the data) is not supported",
                function.equals("pd.to_timedelta") ? "durations come from subtracting datetime columns (df['end'] -"
                        + " df['start']); multiply a duration by a number column for lengths in a unit:"
                        + " pd.Timedelta(days=1) * df['days']" : "give constants, such as pd.Timestamp('2020-01-31')");
    }

    private long integerBound(Const c, String fn, String arg, SourcePos pos) {
        if (c instanceof Const.IntConst i) {
            return i.value();
        }
        throw error(pos, fn + "(): '" + arg + "' must be an int, got " + c.repr(), null);
    }

    private Number floatBound(Const c, String fn, String arg, SourcePos pos) {
        return switch (c) {
            case Const.IntConst i -> (Long) i.value();
            case Const.FloatConst f -> (Double) f.value();
            default -> throw error(pos, fn + "(): '" + arg + "' must be a number, got " + c.repr(), null);
        };
    }

    // ---- operators ----------------------------------------------------------------------------------------

    private PyValue binary(Operator op, PyValue left, PyValue right, SourcePos pos) {
        left = materialize(left, pos);
        right = materialize(right, pos);
        PyValue.Evaluated evaluated = left instanceof PyValue.Evaluated e ? e
                : right instanceof PyValue.Evaluated e ? e : null;
        if (evaluated != null) {
            // ev["a"].max() - ev["a"].min(): the operation on the evaluated plans, evaluated as they were
            return afterEvaluation(evaluated, binary(op, planOf(left, evaluated, pos), planOf(right, evaluated, pos),
                    pos), pos);
        }
        if (left instanceof PyValue.Selector || right instanceof PyValue.Selector) {
            return Selectors.combine(this, op, left, right, pos);
        }
        if (op == Operator.MOD && left instanceof PyValue.Constant l && l.value() instanceof Const.StrConst format) {
            // "%.3f" % score, "%s: %d" % (name, n): Python's printf-style formatting
            return new PyValue.Constant(Const.of(PercentFormat.apply(this, format.value(), right, pos)));
        }
        if (left instanceof PyValue.Constant l && right instanceof PyValue.Constant r) {
            return new PyValue.Constant(ConstantArithmetic.binary(op, l.value(), r.value(), this, pos));
        }
        if (left instanceof PyValue.Sequence l && right instanceof PyValue.Sequence r && op == Operator.ADD) {
            List<PyValue> items = new ArrayList<>(l.items());
            items.addAll(r.items());
            return new PyValue.Sequence(items, l.tuple());
        }
        PyValue array = PredictionArrays.binary(this, op, left, right, pos);
        if (array != null) {
            return array;
        }
        PyValue later = deferredArithmetic(op, left, right, pos);
        if (later != null) {
            return later;
        }
        BinaryOperator bop = io.stratum.frontend.api.PlanOperators.binary(op);
        if (bop == null) {
            throw error(pos, "the operator " + op.symbol() + " is not supported on DataOps", null);
        }
        if (left instanceof PyValue.Op l) {
            Object r = toJava(right, pos);
            return new PyValue.Op(api(pos, () -> l.op().binary(bop, r)));
        }
        if (right instanceof PyValue.Op r) {
            Object l = toJava(left, pos);
            return new PyValue.Op(api(pos, () -> r.op().binaryReversed(bop, l)));
        }
        throw error(pos, "unsupported operand types for " + op.symbol() + ": " + PyValue.typeName(left) + " and "
                + PyValue.typeName(right), left instanceof PyValue.SplitTarget || right instanceof PyValue.SplitTarget
                ? io.stratum.frontend.api.TrainTestSplit.TARGET_HINT : null);
    }

    /**
     * {@code mean_squared_error(y, p) ** 0.5}, {@code 100 * accuracy_score(y, p)}, {@code 1 - search.best_score_}: a
     * number known once the plan has run with a number written in the script, computed then, as Python computes it;
     * null when neither operand is such a pair.
     */
    private PyValue deferredArithmetic(Operator op, PyValue left, PyValue right, SourcePos pos) {
        DeferredValue l = numberLater(left);
        DeferredValue r = numberLater(right);
        boolean withNumber = (l != null ? right : left) instanceof PyValue.Constant c
                && (c.value() instanceof Const.IntConst || c.value() instanceof Const.FloatConst);
        if ((l != null && l.roundedValue() || r != null && r.roundedValue())
                && (l != null && r != null || !withNumber || !DeferredArithmetic.OPERATORS.contains(op.symbol()))) {
            io.stratum.ir.diagnostics.StratumError refused = DeferredArithmetic.onRoundedRefused(op.symbol(),
                    PyValue.typeName(l == null || r == null ? (l == null ? left : right) : right));
            throw error(pos, refused.getMessage(), refused.hint());
        }
        if ((l == null) == (r == null)) {
            return null;
        }
        PyValue other = l != null ? right : left;
        if (!(other instanceof PyValue.Constant c) || !(c.value() instanceof Const.IntConst || c.value() instanceof Const.FloatConst)
                || !DeferredArithmetic.OPERATORS.contains(op.symbol())) {
            throw error(pos, "unsupported operand types for " + op.symbol() + ": " + PyValue.typeName(left) + " and "
                    + PyValue.typeName(right), "a score known once the plan has run takes +, -, *, / and ** with a number"
                    + " written in the script, and np.sqrt/np.log/...");
        }
        double number = c.value() instanceof Const.IntConst i ? i.value() : ((Const.FloatConst) c.value()).value();
        DeferredValue next = (l != null ? l : r).then(DeferredArithmetic.binary(op.symbol(), number, l == null,
                c.value() instanceof Const.IntConst));
        if (next == null && (l != null ? l : r).label()) {
            throw error(pos, "Stratum writes the label idxmax() gives as it is, or picks its row with results_.loc[...];"
                    + " it computes no arithmetic with it", null);
        }
        if (next == null) {
            throw error(pos, "Stratum computes arithmetic on a score before round() or a format spec, not after",
                    "round the result instead: round(x " + op.symbol() + " ..., 3)");
        }
        return new PyValue.DeferredNumber(next, pythonFloat(l != null ? left : right));
    }

    private PyValue unary(Expr.UnaryOp u, PyValue operand) {
        operand = materialize(operand, u.pos());
        if (operand instanceof PyValue.Evaluated e) {
            PyValue plan = planOf(e, e, u.pos());
            return afterEvaluation(e, unary(u, plan), u.pos());
        }
        if (operand instanceof PyValue.Selector s) {
            return Selectors.invert(this, u, s);
        }
        if (operand instanceof PyValue.Constant c) {
            return new PyValue.Constant(ConstantArithmetic.unary(u.op(), c.value(), this, u.pos()));
        }
        if (operand instanceof PyValue.Predictions p && (u.op() == io.stratum.frontend.syntax.UnaryOperator.NEG
                || u.op() == io.stratum.frontend.syntax.UnaryOperator.POS)) {
            return PredictionArrays.negate(this, p, u.op() == io.stratum.frontend.syntax.UnaryOperator.NEG, u.pos());
        }
        if (operand instanceof PyValue.Op op) {
            UnaryOperator uop = switch (u.op()) {
                case NEG -> UnaryOperator.NEG;
                case POS -> UnaryOperator.POS;
                case INVERT -> UnaryOperator.INVERT;
                case NOT -> throw error(u.pos(), "'not' cannot be applied to a DataOp", "use ~ for an element-wise negation");
            };
            return new PyValue.Op(api(u.pos(), () -> op.op().unary(uop)));
        }
        DeferredValue later = numberLater(operand);
        if (later != null && (u.op() == io.stratum.frontend.syntax.UnaryOperator.NEG || u.op() == io.stratum.frontend.syntax.UnaryOperator.POS)) {
            // -cv["test_neg_mean_absolute_error"].mean(), -search.best_score_: the score of a loss as the loss
            return new PyValue.DeferredNumber(u.op() == io.stratum.frontend.syntax.UnaryOperator.NEG ? later.negate() : later,
                    pythonFloat(operand));
        }
        throw error(u.pos(), "bad operand type for unary " + u.op().symbol() + ": " + PyValue.typeName(operand), null);
    }

    private PyValue compare(Expr.Compare c, Scope scope) {
        PyValue left = materialize(eval(c.left(), scope), c.pos());
        PyValue result = null;
        for (int i = 0; i < c.ops().size(); i++) {
            PyValue right = materialize(eval(c.comparators().get(i), scope), c.pos());
            CompareOperator op = c.ops().get(i);
            PyValue one;
            PyValue.Evaluated evaluated = left instanceof PyValue.Evaluated e ? e
                    : right instanceof PyValue.Evaluated e ? e : null;
            if (evaluated != null && c.ops().size() == 1) {
                // ev["a"] > 3: the comparison on the evaluated plan, evaluated as it was
                left = planOf(left, evaluated, c.pos());
                right = planOf(right, evaluated, c.pos());
            }
            if (left instanceof PyValue.Constant l && right instanceof PyValue.Constant r) {
                one = new PyValue.Constant(Const.of(ConstantArithmetic.compare(op, l.value(), r.value(), this, c.pos())));
            } else if ((op == CompareOperator.IN || op == CompareOperator.NOT_IN) && left instanceof PyValue.Constant
                    && (right instanceof PyValue.Sequence || right instanceof PyValue.Series)) {
                // x in df.columns, x in df.dtypes (its labels, as pandas' `in` on a Series)
                List<PyValue> items = right instanceof PyValue.Sequence seq ? seq.items() : ((PyValue.Series) right).index();
                one = new PyValue.Constant(Const.of(items.contains(left) == (op == CompareOperator.IN)));
            } else if ((left instanceof PyValue.Op || right instanceof PyValue.Op) && c.ops().size() == 1) {
                BinaryOperator bop = io.stratum.frontend.api.PlanOperators.comparison(op);
                if (bop == null) {
                    throw error(c.pos(), "'" + op.symbol() + "' is not supported on DataOps", "use .isin([...]) for membership");
                }
                PyValue l = left;
                PyValue r = right;
                // A value before a DataOp gives up its comparison, so Python asks the DataOp with the operator swapped.
                PyValue compared = new PyValue.Op(api(c.pos(), () -> l instanceof PyValue.Op lo
                        ? lo.op().binary(bop, toJava(r, c.pos()))
                        : ((PyValue.Op) r).op().binary(swapped(bop), toJava(l, c.pos()))));
                return evaluated != null ? afterEvaluation(evaluated, compared, c.pos()) : compared;
            } else {
                throw error(c.pos(), "cannot compare " + PyValue.typeName(left) + " and " + PyValue.typeName(right) + " here", null);
            }
            if (!truth(one, c)) {
                return one;
            }
            result = one;
            left = right;
        }
        return result;
    }

    /** The comparison with its operands swapped: {@code a < b} is {@code b > a}. */
    private static BinaryOperator swapped(BinaryOperator op) {
        return switch (op) {
            case LT -> BinaryOperator.GT;
            case LE -> BinaryOperator.GE;
            case GT -> BinaryOperator.LT;
            case GE -> BinaryOperator.LE;
            default -> op;
        };
    }

    // ---- helpers shared with Builtins and Methods ---------------------------------------------------------

    boolean truth(PyValue v, Expr where) {
        return switch (v) {
            case PyValue.Constant c -> io.stratum.ir.logical.Switch.truthy(c.value());
            case PyValue.Sequence s -> !s.items().isEmpty();
            case PyValue.Mapping m -> !m.keys().isEmpty();
            case PyValue.Series s -> throw error(where == null ? null : posOf(where), "the truth value of a Series is ambiguous",
                    "use len(s) > 0, s.empty or a comparison of its items");
            case PyValue.Op op -> throw error(where == null ? null : posOf(where),
                    "the truth value of a DataOp is not known while the plan is built",
                    "use .skb.if_else(...) or skrub.choose_bool(...) to branch on data (coming to Stratum), or a constant condition");
            default -> true;
        };
    }

    List<PyValue> iterate(PyValue v, Expr where) {
        return iterate(v, where == null ? null : posOf(where));
    }

    /** The items of {@code v} as Python's iteration gives them; an error at {@code pos} when the plan cannot. */
    List<PyValue> iterate(PyValue v, SourcePos pos) {
        return switch (v) {
            case PyValue.Sequence s -> s.items();
            case PyValue.Mapping m -> m.keys();
            case PyValue.Series s -> s.values();
            case PyValue.Constant c when c.value() instanceof Const.StrConst s -> {
                List<PyValue> out = new ArrayList<>();
                s.value().codePoints().forEach(cp -> out.add(new PyValue.Constant(Const.of(new String(Character.toChars(cp))))));
                yield out;
            }
            default -> throw error(pos, PyValue.typeName(v) + " cannot be iterated while the plan is built",
                    "loop over a literal list, a dict's items() or range(...)");
        };
    }

    /**
     * {@code cv["test_score"][i]} (pandas: the label {@code i} of the table's RangeIndex), {@code .iloc[i]} and
     * {@code .values[i]} (positions, negative from the end): numpy's float64, written into text once the
     * cross-validation has run.
     */
    private PyValue cvItem(PyValue.CrossValidated cv, PyValue key, SourcePos pos) {
        CvColumnView view = cv.view();
        if (!(key instanceof PyValue.Constant c && c.value() instanceof Const.IntConst i)) {
            throw error(pos, "Stratum indexes a cross_validate column by one int, got " + PyValue.typeName(key),
                    "write cv['" + cv.column() + "'].iloc[0], or reduce it: cv['" + cv.column() + "'].mean()");
        }
        if (view.form() == CvColumnView.Form.LIST || view.decimals() != null) {
            throw error(pos, "Stratum indexes a cross_validate column as it is, not after round() or tolist()",
                    "index first, then round: round(cv['" + cv.column() + "'].iloc[0], 3)");
        }
        if (view.form() == CvColumnView.Form.SERIES && i.value() < 0) {
            // pandas looks an int up among the labels of the table's RangeIndex: -1 is not one
            throw error(pos, "KeyError: " + i.value() + " (pandas looks cv['" + cv.column() + "'][" + i.value()
                    + "] up among the row labels 0, 1, ...)", "write .iloc[" + i.value() + "] for a position from the end");
        }
        return new PyValue.DeferredNumber(DeferredValue.ofCrossValidation(cv.cv(), cv.column(), "item:" + i.value()));
    }

    /** A script value as a Java value for the DataOps API: constants, lists, dicts and DataOps. */
    Object toJava(PyValue v, SourcePos pos) {
        v = materialize(v, pos);
        return switch (v) {
            case PyValue.Constant c -> c.value();
            case PyValue.Op op -> op.op();
            case PyValue.Selector s -> s.selector();
            case PyValue.Composite c -> c.composite();
            case PyValue.ColumnSelection s -> s.selector();
            // A numpy function as a value (FunctionTransformer(np.log1p)): its tagged plan constant.
            case PyValue.ModuleFunction f when f.qualifiedName().startsWith("numpy.")
                    && io.stratum.ir.logical.NumericFunction.byNumpyName(f.qualifiedName().substring(6)) != null ->
                    io.stratum.ir.logical.NumericFunction.byNumpyName(f.qualifiedName().substring(6)).toConst();
            // astype(int) and friends: the type stands for its name, as pandas reads it.
            case PyValue.Builtin t when Set.of("int", "float", "str", "bool", "object").contains(t.name()) -> Const.of(t.name());
            case PyValue.Sequence s -> {
                List<Object> out = new ArrayList<>();
                boolean allConst = true;
                for (PyValue item : s.items()) {
                    Object j = toJava(item, pos);
                    allConst &= j instanceof Const;
                    out.add(j);
                }
                if (allConst) {
                    List<Const> consts = new ArrayList<>();
                    for (Object o : out) {
                        consts.add((Const) o);
                    }
                    yield new Const.ListConst(consts, s.tuple());
                }
                yield out;
            }
            case PyValue.Mapping m -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                for (int i = 0; i < m.keys().size(); i++) {
                    out.put(toJava(m.keys().get(i), pos), toJava(m.values().get(i), pos));
                }
                yield out;
            }
            case PyValue.TracedChoice c -> throw error(pos, "a choice of FunctionTransformers of script functions or of scikit-learn pipelines is made"
                    + " where .skb.apply applies it, so it cannot be a value here (in a list, an estimator's parameter, an"
                    + " optional())", "apply it: X.skb.apply(skrub.choose_from({...}, name=...))");
            case PyValue.TracedTransformer t -> throw error(pos, "a FunctionTransformer of a script function is traced where"
                    + " .skb.apply applies it, so it cannot be a value here (in a choice, a list, an estimator's parameter)",
                    "apply it directly, X.skb.apply(FunctionTransformer(f)), and choose between the DataOps it gives, e.g."
                            + " skrub.choose_from([X.skb.apply(FunctionTransformer(f)), X])");
            case PyValue.DeferredNumber d when d.value().row() != null -> throw error(pos, "a value of a "
                    + d.value().attribute() + " row is known once the search has run, so it cannot be a value in a"
                    + " pipeline", "print it, or use search.best_learner_ (the best candidate's choices)");
            case PyValue.PredictionFrame f -> throw error(pos, "a frame holding a learner's predictions is assembled once the learner has predicted, outside the"
                    + " pipeline, so it cannot be a pipeline's data or a value in it (pandas computes it, Stratum prints and"
                    + " writes it)", "use the frame as read for the pipeline (keep a copy before adding the predictions),"
                    + " and print or to_csv() the frame with the predictions");
            case PyValue.Function f -> throw error(pos, FunctionValues.refusal(PyValue.typeName(v)), FunctionValues.HINT);
            case PyValue.ModuleFunction f -> throw error(pos, FunctionValues.refusal(PyValue.typeName(v)),
                    FunctionValues.HINT);
            case PyValue.BoundMethod m -> throw error(pos, FunctionValues.refusal(PyValue.typeName(v)),
                    FunctionValues.HINT);
            default -> throw error(pos, PyValue.typeName(v) + " cannot be used as a value in a pipeline", null);
        };
    }

    /**
     * {@code search.best_learner_}: the searched pipeline with the best candidate's choices, fitted on the search's data
     * (the search must be fitted and pick a best candidate, as scikit-learn's refit).
     */
    io.stratum.frontend.api.Learner bestLearner(DataOp search, SearchRoot root, SourcePos pos) {
        DataOp fitted = fittedSearches.get(search);
        if (fitted == null && !root.fitted()) {
            throw error(pos, "this search was made with fitted=False and has not been fitted, so it has no best_learner_",
                    "call search.fit(environment) first (a dict from each skrub.var name to its data), or pass fitted=True");
        }
        if (!io.stratum.frontend.api.Scoring.picksBest(root)) {
            throw error(pos, io.stratum.frontend.session.SearchResults.noBest("best_learner_"),
                    io.stratum.frontend.session.SearchResults.NO_BEST_HINT);
        }
        DataOp ran = fitted != null ? fitted : search;
        io.stratum.frontend.api.TrainTestSplit split = fittedOnSplits.get(ran);
        return api(pos, () -> split != null ? io.stratum.frontend.api.Learner.bestOf(ran, split)
                : io.stratum.frontend.api.Learner.bestOf(ran));
    }

    /** {@code search.fit(environment)}: skrub's fit changes the search object, so later reads of it see {@code fitted}. */
    void recordFit(DataOp search, DataOp fitted) {
        fittedSearches.put(search, fitted);
        searches.add(fitted);
    }

    /** {@code search.fit(split["train"])}: as {@link #recordFit}, the search now scoring on that split's test rows. */
    void recordFit(DataOp search, DataOp fitted, io.stratum.frontend.api.TrainTestSplit split) {
        recordFit(search, fitted);
        fittedOnSplits.put(fitted, split);
    }

    /** A plan-time fact (len, shape, columns, dtypes) was read from these variables' values at {@code pos}. */
    void recordFactUse(java.util.Set<String> variables, SourcePos pos) {
        for (String v : variables) {
            factUses.putIfAbsent(v, pos);
        }
    }

    /** Where a plan-time fact was first read from variable {@code name}'s value, or null. */
    SourcePos factUse(String name) {
        return factUses.get(name);
    }

    /**
     * {@code .skb.get_data()}: a dict from each variable's name to the value it was declared with. Those values are
     * remembered, so an environment made of them is known to replace no variable's value.
     */
    PyValue declaredData(Map<String, DataOp> data) {
        List<PyValue> keys = new ArrayList<>();
        List<PyValue> values = new ArrayList<>();
        for (Map.Entry<String, DataOp> e : data.entrySet()) {
            declaredValues.put(e.getValue().node(), e.getKey());
            keys.add(new PyValue.Constant(Const.of(e.getKey())));
            values.add(new PyValue.Op(e.getValue()));
        }
        return new PyValue.Mapping(keys, values);
    }

    /** Whether {@code value}, given for variable {@code name} in an environment, is the value {@code name} was declared with. */
    boolean isDeclaredValue(String name, Object value) {
        return value instanceof DataOp op && name.equals(declaredValues.get(op.node()));
    }

    ApiCatalog catalog() {
        return catalog;
    }

    void recordSearch(DataOp search) {
        searches.add(search);
    }

    /**
     * Notes that {@code value} is {@code op}'s columns, dtypes or shape as the plan knows them, so that printing it shows
     * skrub's {@code GetAttr} step with its preview ({@link Builtins}); a value computed from it is a plain value.
     */
    void noteFact(PyValue value, DataOp op, String attribute) {
        factOrigins.put(value, new PyValue.PrintedFact(op, attribute));
    }

    /** The DataOp and attribute {@code value} was read from ({@link #noteFact}), or null. */
    PyValue.PrintedFact factOrigin(PyValue value) {
        return factOrigins.get(value);
    }

    /** The folder relative paths of the script resolve against (what it reads and writes). */
    Path workingDirectory() {
        return workingDirectory;
    }

    void recordAction(ScriptAction action) {
        actions.add(action);
    }

    Origin origin(SourcePos pos) {
        return pos == null ? Origin.NONE : new Origin(fileName, pos.line(), pos.column());
    }

    /** Calls the DataOps API with the script position set, turning its errors into script errors. */
    <T> T api(SourcePos pos, Supplier<T> body) {
        try {
            return SourceScope.at(origin(pos), body);
        } catch (StratumError e) {
            Origin o = e.origin().isKnown() ? e.origin() : origin(pos);
            throw new ScriptError(o.file().isEmpty() ? fileName : o.file(), o.line(), o.column(), e.getMessage(), e.hint());
        }
    }

    ScriptError error(SourcePos pos, String message, String hint) {
        if (pos == null) {
            return new ScriptError(fileName, 1, 1, message, hint);
        }
        return new ScriptError(fileName, pos, message, hint);
    }

    PyValue none() {
        return new PyValue.Constant(Const.none());
    }

    String str(PyValue v, SourcePos pos) {
        return switch (v) {
            case PyValue.Constant c when c.value() instanceof Const.StrConst s -> s.value();
            case PyValue.Constant c when c.value() instanceof Const.TimestampConst t -> t.text();
            case PyValue.Constant c when c.value() instanceof Const.TimedeltaConst d -> d.text();
            case PyValue.SearchAttribute a -> deferredToken(new DeferredValue(a.search(), a.attribute(), null, null));
            case PyValue.DeferredNumber d -> deferredToken(d.value());
            case PyValue.LearnerScore l -> deferredToken(DeferredValue.ofLearnerScore(l.search(), false));
            case PyValue.Op op when written(op, false, null, pos) instanceof String text -> text;
            case PyValue.Evaluated e when e.view() == io.stratum.frontend.api.DataOpPrint.View.VALUE -> written(e, false, null, pos);
            default -> repr(v, pos);
        };
    }

    /**
     * A value pandas computes from the data ({@code len(df)} after a filter, a column's {@code mean()}) written into
     * text as Python's str ({@code repr}: its repr) or with the format specification {@code spec}: a token until the
     * plan has run; null for a skrub DataOp (Python writes skrub's repr of its step).
     */
    private String written(PyValue.Op op, boolean repr, String spec, SourcePos pos) {
        io.stratum.frontend.api.DataOpPrint printed = api(pos, () -> io.stratum.frontend.api.DataOpPrint.written(op.op(), repr));
        return printed == null ? null : written(printed, op.op(), spec, pos);
    }

    /**
     * {@code round(x)} without ndigits of a value pandas computes from the data or of {@code .skb.eval()}'s: of a
     * column or frame pandas' {@code round(0)}; of a number ({@code df["c"].mean()}, numpy's scalar) Python's int, known
     * once the plan has run, a number written into text only ({@link DeferredValue#roundedToInt}).
     */
    PyValue roundedToInt(PyValue x, SourcePos pos) {
        io.stratum.frontend.api.DataOp plan = x instanceof PyValue.Op op ? op.op()
                : ((PyValue.Evaluated) x).evaluation().plan();
        io.stratum.frontend.api.DataOpPrint printed = x instanceof PyValue.Op op
                ? api(pos, () -> io.stratum.frontend.api.DataOpPrint.written(op.op(), false))
                : io.stratum.frontend.api.DataOpPrint.written(((PyValue.Evaluated) x).evaluation(), false);
        if (api(pos, () -> io.stratum.frontend.api.FrameFacts.of(plan, catalog())) != null) {
            // pandas' Series.__round__ and DataFrame.__round__ are round(0)
            return callValue(attribute(x, "round", pos), List.of(new PyValue.Constant(Const.of(0L))),
                    new LinkedHashMap<>(), pos);
        }
        if (printed.preview() == null) {
            try {
                return new PyValue.Constant(DeferredValue.roundedToInt(DeferredValue.parsed(printed.text())));
            } catch (IllegalArgumentException e) {
                throw error(pos, e.getMessage(), null);
            }
        }
        return new PyValue.DeferredNumber(DeferredValue.ofValue(printed).with(DeferredValue.ROUND_TO_INT, null), false);
    }

    /**
     * A value of {@code .skb.eval()} ({@code m = X.skb.eval()["c"].mean()}) written into text as Python's str, repr or
     * {@code format(m, spec)} write numpy's or pandas' value: a token until the plan has run, as for a value pandas
     * computes ({@link #written(PyValue.Op, boolean, String, SourcePos)}).
     */
    private String written(PyValue.Evaluated e, boolean repr, String spec, SourcePos pos) {
        return written(api(pos, () -> io.stratum.frontend.api.DataOpPrint.written(e.evaluation(), repr)),
                e.evaluation().plan(), spec, pos);
    }

    private String written(io.stratum.frontend.api.DataOpPrint printed, io.stratum.frontend.api.DataOp op, String spec,
                           SourcePos pos) {
        io.stratum.frontend.api.FrameFacts facts = spec == null ? null
                : api(pos, () -> io.stratum.frontend.api.FrameFacts.of(op, catalog()));
        if (facts != null) {
            throw error(pos, "TypeError: unsupported format string passed to " + (facts.column() ? "Series" : "DataFrame")
                    + ".__format__", "format a number computed from it, such as f\"{df['col'].mean():.2f}\"");
        }
        if (printed.preview() == null) {
            // the plan knows the value
            return spec == null ? printed.text() : checkSpec(DeferredValue.parsed(printed.text()), spec, pos);
        }
        return deferredToken(DeferredValue.ofValue(printed).with(null, spec));
    }

    /**
     * The token that stands in text for a search's result until the search has run ({@link DeferredValue}); the
     * script's print() actions carry the list the tokens index.
     */
    String deferredToken(DeferredValue value) {
        deferred.add(value);
        return DeferredValue.token(deferred.size() - 1);
    }

    /** The values the tokens of this script's text stand for, in token order. */
    List<DeferredValue> deferredValues() {
        return List.copyOf(deferred);
    }

    String repr(PyValue v, SourcePos pos) {
        return switch (v) {
            case PyValue.Constant c -> c.value().repr();
            case PyValue.Sequence s -> {
                List<String> parts = new ArrayList<>();
                for (PyValue item : s.items()) {
                    parts.add(repr(item, pos));
                }
                yield s.tuple() ? "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")") : "[" + String.join(", ", parts) + "]";
            }
            case PyValue.Mapping m -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < m.keys().size(); i++) {
                    parts.add(repr(m.keys().get(i), pos) + ": " + repr(m.values().get(i), pos));
                }
                yield "{" + String.join(", ", parts) + "}";
            }
            case PyValue.Op op -> written(op, true, null, pos) instanceof String text ? text : "<" + op.op().node().kind() + ">";
            case PyValue.Evaluated e when e.view() == io.stratum.frontend.api.DataOpPrint.View.VALUE -> written(e, true, null, pos);
            case PyValue.SearchAttribute a -> deferredToken(new DeferredValue(a.search(), a.attribute(), null, null).asRepr());
            // a Python float's repr is its str; numpy's float64 writes np.float64(...)
            case PyValue.DeferredNumber d -> deferredToken(d.pythonFloat() ? d.value() : d.value().asRepr());
            case PyValue.LearnerScore l -> deferredToken(DeferredValue.ofLearnerScore(l.search(), false).asRepr());
            case PyValue.Series s -> FrameAttributes.repr(this, s, pos);
            case PyValue.Predictions p -> throw predictionsNotText(pos);
            case PyValue.PredictionFrame f -> throw predictionsNotText(pos);
            case PyValue.SplitTarget t -> api(pos, () -> {
                throw io.stratum.frontend.api.TrainTestSplit.targetNotText();
            });
            // Python would write the bound method's repr, or the attribute's value: neither is known here
            case PyValue.BoundMethod m when m.receiver() instanceof PyValue.Op -> throw error(pos, "Stratum cannot write ."
                    + m.name() + " of a DataOp into text: it is a method, or an attribute Stratum does not know",
                    "call the method (." + m.name() + "()), or use an attribute Stratum knows: "
                            + String.join(", ", new java.util.TreeSet<>(FrameAttributes.NAMES)));
            default -> "<" + PyValue.typeName(v) + ">";
        };
    }

    private ScriptError predictionsNotText(SourcePos pos) {
        io.stratum.ir.diagnostics.StratumError e = io.stratum.frontend.api.LearnerPredictions.notText();
        return error(pos, e.getMessage(), e.hint());
    }

    static SourcePos posOf(Expr e) {
        return switch (e) {
            case Expr.Name n -> n.pos();
            case Expr.Constant c -> c.pos();
            case Expr.FString f -> f.pos();
            case Expr.Attribute a -> a.pos();
            case Expr.Subscript s -> s.pos();
            case Expr.Slice s -> s.pos();
            case Expr.Starred s -> s.pos();
            case Expr.Call c -> c.pos();
            case Expr.BinOp b -> b.pos();
            case Expr.UnaryOp u -> u.pos();
            case Expr.Compare c -> c.pos();
            case Expr.BoolOp b -> b.pos();
            case Expr.IfExp i -> i.pos();
            case Expr.ListExpr l -> l.pos();
            case Expr.TupleExpr t -> t.pos();
            case Expr.DictExpr d -> d.pos();
            case Expr.SetExpr s -> s.pos();
            case Expr.ListComp l -> l.pos();
            case Expr.DictComp d -> d.pos();
            case Expr.Lambda l -> l.pos();
        };
    }

    static String floatText(double v) {
        return PyFormat.floatRepr(v);
    }
}
