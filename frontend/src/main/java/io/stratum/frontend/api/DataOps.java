package io.stratum.frontend.api;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.catalog.ParamSpec;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.NearestNames;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.ReadCsv;
import io.stratum.ir.logical.ReadFile;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Var;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.FileFormat;
import io.stratum.ir.value.NumericRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry points of the Java DataOps API, mirroring skrub's module functions: {@code var},
 * {@code choose_from}, estimator construction and readers. Scripts reach the same methods through the binder,
 * so a Java program and a Python script that say the same thing build the same plan.
 *
 * <pre>{@code
 * DataOp data = DataOps.var("data", DataOps.readCsv("employees.csv", Path.of(".")));
 * DataOp y = data.get("salary").skb().markAsY();
 * DataOp X = data.drop(List.of("salary")).skb().markAsX();
 * DataOp ridge = DataOps.estimator("sklearn.linear_model.Ridge",
 *         Map.of("alpha", DataOps.chooseFrom(List.of(0.1, 1.0, 10.0), "alpha")));
 * DataOp search = X.skb().apply(ridge, y, null).skb().makeGridSearch(5, "r2", true);
 * }</pre>
 */
public final class DataOps {
    /**
     * skrub's repr of the choices built here ({@code choose_int(5, 50, log=True, n_steps=3, name='k')}), by choice: an
     * estimator outcome whose parameter is one of them is labelled with it, as scikit-learn's repr shows the choice
     * object ({@link #label}).
     */
    private static final Map<LogicalNode, String> CHOICE_REPRS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static final ApiCatalog CATALOG = StandardCatalog.get();

    private DataOps() {
    }

    /**
     * {@code skrub.eval_mode()}: the mode the DataOp is evaluated in ({@code "preview"}, {@code "fit_transform"} in
     * eval, {@code "fit"} where a search fits an estimator), for {@code .skb.match}/{@code .skb.if_else}.
     */
    public static DataOp evalMode() {
        return new DataOp(new Var(Var.EVAL_MODE, null, SourceScope.current()));
    }

    /** {@code skrub.var(name)}: a named input with no value yet. */
    public static DataOp var(String name) {
        return new DataOp(new Var(name, null, SourceScope.current()));
    }

    /** {@code skrub.var(name, value)}: a named input whose value is used unless another one is bound. */
    public static DataOp var(String name, Object value) {
        return new DataOp(new Var(name, lift(value).node(), SourceScope.current()));
    }

    /**
     * {@code pd.read_csv(path)}: {@code path} as written, resolved against {@code workingDirectory} as Python
     * resolves relative paths against the current directory.
     */
    /**
     * {@code module.function(*args, **kwargs)} for a library function that takes DataOps, such as
     * {@code pandas.to_datetime}: recorded as a generic call that the optimizer's bind batch checks and types.
     */
    public static DataOp call(String qualifiedName, List<?> args, Map<String, ?> kwargs) {
        if (qualifiedName.equals("pandas.concat")) {
            return concat(args, kwargs);
        }
        if (qualifiedName.equals("pandas.DataFrame")) {
            return dataFrame(args, kwargs);
        }
        List<io.stratum.ir.logical.Arg> out = new ArrayList<>();
        for (Object a : args) {
            out.add(io.stratum.ir.logical.Arg.positional(lift(a).node()));
        }
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            out.add(io.stratum.ir.logical.Arg.keyword(e.getKey(), lift(e.getValue()).node()));
        }
        return new DataOp(new io.stratum.ir.logical.Call(qualifiedName, out, SourceScope.current()));
    }

    /**
     * {@code pd.concat(objs, axis=0)}: {@code objs} a list of frames (or columns); {@code axis} 0/"index" stacks
     * rows, 1/"columns" puts them side by side. Stacked rows keep the inputs' row labels one after the other, as pandas
     * does, or 0..n-1 with {@code ignore_index=True} (which side by side would number the columns: refused);
     * {@code join="inner"}, {@code keys} and the other options are refused.
     */
    public static DataOp concat(List<?> args, Map<String, ?> kwargs) {
        Object objs = args.isEmpty() ? kwargs.get("objs") : args.getFirst();
        if (args.size() > 1) {
            throw new StratumError(SourceScope.current(), "pd.concat() takes the list of frames as its only positional argument",
                    "pass the others by keyword: pd.concat([a, b], axis=1)");
        }
        if (!(objs instanceof List<?> list) || list.isEmpty()) {
            throw new StratumError(SourceScope.current(), "pd.concat() needs a non-empty list of frames",
                    "write pd.concat([a, b])");
        }
        boolean columns = false;
        boolean ignoreIndex = false;
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            Const v = e.getValue() instanceof DataOp ? null : toConst(e.getValue());
            String key = e.getKey();
            if (key.equals("objs")) {
                if (!args.isEmpty()) {
                    throw new StratumError(SourceScope.current(), "pd.concat() got objs twice", null);
                }
                continue;
            }
            boolean ok = switch (key) {
                case "axis" -> {
                    columns = Const.of(1L).equals(v) || Const.of("columns").equals(v);
                    yield columns || Const.of(0L).equals(v) || Const.of("index").equals(v) || Const.of("rows").equals(v);
                }
                case "ignore_index" -> {
                    ignoreIndex = Const.of(true).equals(v);
                    yield v instanceof Const.BoolConst;
                }
                case "join" -> Const.of("outer").equals(v);
                case "sort", "verify_integrity" -> Const.of(false).equals(v);
                case "copy" -> v instanceof Const.BoolConst || v instanceof Const.NoneConst;
                default -> throw new StratumError(SourceScope.current(), "pd.concat() got an unsupported keyword argument '"
                        + key + "'", "Stratum takes axis, ignore_index and join='outer'");
            };
            if (!ok) {
                throw new StratumError(SourceScope.current(), "pd.concat(" + key + "=" + (v == null ? "a DataOp" : v.repr())
                        + ") is not supported", switch (key) {
                            case "axis" -> "use axis=0 (rows) or axis=1 (columns)";
                            case "join" -> "leave join at its default, 'outer', and select the common columns with df[[...]]";
                            default -> "leave " + key + " at its default";
                        });
            }
        }
        if (columns && ignoreIndex) {
            throw new StratumError(SourceScope.current(), "pd.concat(axis=1, ignore_index=True) numbers the columns 0..k-1,"
                    + " and Stratum frames need str column names", "leave ignore_index at its default side by side");
        }
        List<LogicalNode> frames = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof DataOp d)) {
                throw new StratumError(SourceScope.current(), "pd.concat() joins frames, got the constant " + (o instanceof Const c ? c.repr() : String.valueOf(o)),
                        "wrap a literal frame in pd.DataFrame({...})");
            }
            frames.add(d.node());
        }
        return new DataOp(new io.stratum.ir.logical.Concat(frames, columns, false, ignoreIndex, SourceScope.current()));
    }

    /**
     * {@code pd.DataFrame(data, columns=None)} with {@code data} a dict of column names to lists of constants (all of
     * one length); {@code columns} picks and orders them. Each column gets the dtype pandas gives its list
     * ({@link io.stratum.ir.value.LiteralColumns}); a list pandas would make an object column is refused here.
     */
    public static DataOp dataFrame(List<?> args, Map<String, ?> kwargs) {
        if (args.size() > 1) {
            throw new StratumError(SourceScope.current(), "pd.DataFrame() takes the data as its only positional argument",
                    "pass columns= by keyword");
        }
        Object data = args.isEmpty() ? kwargs.get("data") : args.getFirst();
        List<String> picked = null;
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            switch (e.getKey()) {
                case "data" -> {
                }
                case "columns" -> {
                    Const c = e.getValue() instanceof DataOp ? null : toConst(e.getValue());
                    if (c instanceof Const.ListConst l && l.asStrings() != null) {
                        picked = l.asStrings();
                    } else if (!(c instanceof Const.NoneConst)) {
                        throw new StratumError(SourceScope.current(), "pd.DataFrame(columns=...) must be a list of column names", null);
                    }
                }
                default -> throw new StratumError(SourceScope.current(), "pd.DataFrame() got an unsupported keyword argument '"
                        + e.getKey() + "'", "Stratum takes a dict of lists and columns=; frames have no index");
            }
        }
        if (data instanceof Map<?, ?> columns && columns.values().stream().anyMatch(v -> v instanceof DataOp)) {
            return frameOfColumns(columns, picked);
        }
        Const d = data instanceof DataOp || data == null ? null : toConst(data);
        if (!(d instanceof Const.DictConst dict)) {
            throw new StratumError(SourceScope.current(), "pd.DataFrame() needs a dict of column names to lists of constants",
                    "write pd.DataFrame({\"a\": [1, 2], \"b\": [\"x\", \"y\"]})");
        }
        List<String> names = new ArrayList<>();
        List<Const.ListConst> columns = new ArrayList<>();
        int rows = -1;
        for (int i = 0; i < dict.keys().size(); i++) {
            if (!(dict.keys().get(i) instanceof Const.StrConst name)) {
                throw new StratumError(SourceScope.current(), "pd.DataFrame(): column names must be strings, got "
                        + dict.keys().get(i).repr(), null);
            }
            if (!(dict.values().get(i) instanceof Const.ListConst values)) {
                throw new StratumError(SourceScope.current(), "pd.DataFrame(): column '" + name.value() + "' must be a list"
                        + " of values, got " + dict.values().get(i).repr(), "write \"" + name.value() + "\": [...] with one value per row");
            }
            String problem = io.stratum.ir.value.LiteralColumns.problem(values.items());
            if (problem != null) {
                throw new StratumError(SourceScope.current(), "pd.DataFrame(): column '" + name.value() + "' " + problem, null);
            }
            if (rows >= 0 && values.items().size() != rows) {
                throw new StratumError(SourceScope.current(), "pd.DataFrame(): column '" + name.value() + "' has "
                        + values.items().size() + " values but the columns before it have " + rows, "give every column one value per row");
            }
            rows = values.items().size();
            names.add(name.value());
            columns.add(new Const.ListConst(values.items(), false));
        }
        if (names.isEmpty()) {
            throw new StratumError(SourceScope.current(), "pd.DataFrame() needs at least one column", null);
        }
        if (picked != null) {
            List<Const.ListConst> ordered = new ArrayList<>();
            for (String p : picked) {
                int at = names.indexOf(p);
                if (at < 0) {
                    // pandas would add an all-NaN object column; Stratum has no object dtype.
                    throw new StratumError(SourceScope.current(), "pd.DataFrame(columns=...): no column '" + p + "' in the data; it has "
                            + names, "list only columns the dict has");
                }
                ordered.add(columns.get(at));
            }
            names = picked;
            columns = ordered;
        }
        return new DataOp(new io.stratum.ir.logical.FrameLiteral(names, columns, SourceScope.current()));
    }

    /**
     * {@code pd.DataFrame({"id": test["id"], ...})} of pandas columns (Series DataOps): each column as a frame of one
     * column ({@code pd.concat([s], axis=1)}) renamed to its key, then those frames side by side ({@code pd.concat(...,
     * axis=1)}), which refuses columns of other row labels (pandas aligns them on the union of their labels);
     * {@code columns} picks and orders them. A constant and a skrub DataOp are refused.
     */
    private static DataOp frameOfColumns(Map<?, ?> dict, List<String> picked) {
        List<DataOp> frames = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Map.Entry<?, ?> e : dict.entrySet()) {
            if (!(e.getKey() instanceof Const.StrConst key)) {
                throw new StratumError(SourceScope.current(), "pd.DataFrame(): column names must be strings, got "
                        + (e.getKey() instanceof Const c ? c.repr() : String.valueOf(e.getKey())), null);
            }
            if (!(e.getValue() instanceof DataOp column)) {
                throw new StratumError(SourceScope.current(), "pd.DataFrame(): column '" + key.value() + "' is a constant"
                        + " beside pandas columns, which Stratum does not broadcast", "build the frame from the columns,"
                        + " then add the constant with frame.assign(" + key.value() + "=...)");
            }
            if (DataOpPrint.isSkrub(column)) {
                throw new StratumError(SourceScope.current(), "pd.DataFrame() of a skrub DataOp: pandas cannot read its"
                        + " values, so this fails in skrub too", "build the frame inside the pipeline with"
                        + " X[[...]] or X.assign(...), or evaluate it first with .skb.eval()");
            }
            FrameFacts facts = FrameFacts.of(column, StandardCatalog.get());
            if (facts == null || !facts.column()) {
                throw new StratumError(SourceScope.current(), "pd.DataFrame(): column '" + key.value() + "' must be a"
                        + " pandas column (a Series)", "select one column: df[\"" + key.value() + "\"]");
            }
            String name = facts.columns("pd.DataFrame({...})").getFirst();
            DataOp frame = concat(List.of(List.of(column)), Map.of("axis", Const.of(1L)));
            if (!name.equals(key.value())) {
                frame = frame.call("rename", List.of(), Map.of("columns", Map.of(Const.of(name), Const.of(key.value()))));
            }
            frames.add(frame);
            keys.add(key.value());
        }
        DataOp frame = frames.size() == 1 ? frames.getFirst() : concat(List.of(frames), Map.of("axis", Const.of(1L)));
        if (picked != null) {
            for (String p : picked) {
                if (!keys.contains(p)) {
                    throw new StratumError(SourceScope.current(), "pd.DataFrame(columns=...): no column '" + p
                            + "' in the data; it has " + keys, "list only columns the dict has");
                }
            }
            frame = frame.get(picked);
        }
        return frame;
    }

    public static DataOp readCsv(String path, Path workingDirectory) {
        return readCsv(path, workingDirectory, Map.of());
    }

    /**
     * {@code pd.read_csv(path, **options)} with the keyword arguments as constants ({@code sep}, {@code usecols},
     * {@code dtype}, {@code na_values}, {@code keep_default_na}, {@code quotechar}, {@code quoting}). Options equal
     * to pandas' defaults are left out, so that spelling a default gives the same plan as omitting it. Values Stratum cannot honour are refused here, before any data is read.
     */
    public static DataOp readCsv(String path, Path workingDirectory, Map<String, Const> options) {
        Path resolved = workingDirectory.resolve(path).toAbsolutePath().normalize();
        List<Const> keys = new ArrayList<>();
        List<Const> values = new ArrayList<>();
        List<String> columns = null;
        for (Map.Entry<String, Const> e : options.entrySet()) {
            Const v = e.getValue();
            switch (e.getKey()) {
                case "usecols" -> {
                    if (v instanceof Const.NoneConst) {
                        continue;
                    }
                    keys.add(Const.of("usecols"));
                    values.add(Const.ofStrings(ReaderOptions.columnNames("read_csv", "usecols", v)));
                }
                case "sep", "delimiter" -> {
                    if (!v.equals(Const.of(",")) && !(v instanceof Const.NoneConst)) {
                        keys.add(Const.of("sep"));
                        values.add(v);
                    }
                }
                case "parse_dates" -> {
                    if (!v.equals(Const.of(false)) && !(v instanceof Const.NoneConst)) {
                        keys.add(Const.of(e.getKey()));
                        values.add(v);
                    }
                }
                case "keep_default_na" -> {
                    if (!v.equals(Const.of(true))) {
                        keys.add(Const.of(e.getKey()));
                        values.add(v);
                    }
                }
                case "quotechar" -> {
                    if (!v.equals(Const.of("\""))) {
                        keys.add(Const.of(e.getKey()));
                        values.add(v);
                    }
                }
                case "quoting" -> {
                    if (!v.equals(Const.of(0L))) {
                        keys.add(Const.of(e.getKey()));
                        values.add(v);
                    }
                }
                default -> {
                    if (!(v instanceof Const.NoneConst)) {
                        keys.add(Const.of(e.getKey()));
                        values.add(v);
                    }
                }
            }
        }
        Const.DictConst dict = new Const.DictConst(keys, values);
        try {
            io.stratum.runtime.io.CsvOptions.fromConst(dict, columns);
        } catch (io.stratum.runtime.data.DataException problem) {
            throw new io.stratum.ir.diagnostics.StratumError(SourceScope.current(), problem.getMessage(), null);
        }
        return new DataOp(new ReadCsv(resolved.toString(), path, dict, columns, SourceScope.current()));
    }

    /** {@code pd.read_parquet(path, columns=...)}: Parquet, only the columns given (in their order) when set. */
    public static DataOp readParquet(String path, Path workingDirectory, Map<String, Const> options) {
        return readFile(FileFormat.PARQUET, path, workingDirectory, options);
    }

    /** {@code pd.read_feather(path, columns=...)}: an Arrow IPC file (or stream). */
    public static DataOp readFeather(String path, Path workingDirectory, Map<String, Const> options) {
        return readFile(FileFormat.FEATHER, path, workingDirectory, options);
    }

    /**
     * {@code pd.read_json(path, orient="records", convert_dates=..., keep_default_dates=...)}: a JSON list of records;
     * {@code convert_dates} is a bool or a list of column names.
     */
    public static DataOp readJson(String path, Path workingDirectory, Map<String, Const> options) {
        return readFile(FileFormat.JSON, path, workingDirectory, options);
    }

    /**
     * A read of {@code format}: {@code columns=} is kept as an option (the reader decodes only those and checks they
     * exist) followed by a selection in the order given, as pandas returns them; options equal to pandas' defaults
     * are left out.
     */
    private static DataOp readFile(FileFormat format, String path, Path workingDirectory, Map<String, Const> options) {
        Path resolved = workingDirectory.resolve(path).toAbsolutePath().normalize();
        List<Const> keys = new ArrayList<>();
        List<Const> values = new ArrayList<>();
        List<String> columns = null;
        for (Map.Entry<String, Const> e : options.entrySet()) {
            Const v = e.getValue();
            boolean isDefault = switch (e.getKey()) {
                case "columns" -> {
                    if (v instanceof Const.NoneConst) {
                        yield true;
                    }
                    columns = ReaderOptions.columnNames(format.pandasFunction(), "columns", v);
                    v = Const.ofStrings(columns);
                    yield false;
                }
                case "engine" -> v.equals(Const.of("auto")) || v.equals(Const.of("pyarrow"));
                case "use_threads" -> true; // how many threads pandas uses never changes the result
                case "orient" -> v instanceof Const.NoneConst || v.equals(Const.of("records"));
                case "convert_dates" -> {
                    if (!(v instanceof Const.BoolConst)) {
                        v = Const.ofStrings(ReaderOptions.columnNames(format.pandasFunction(), "convert_dates", v));
                    }
                    yield v.equals(Const.of(true));
                }
                case "keep_default_dates" -> v.equals(Const.of(true));
                case "lines" -> v.equals(Const.of(false));
                default -> false;
            };
            if (!isDefault) {
                keys.add(Const.of(e.getKey()));
                values.add(v);
            }
        }
        Const.DictConst dict = new Const.DictConst(keys, values);
        for (int i = 0; i < keys.size(); i++) {
            String key = ((Const.StrConst) keys.get(i)).value();
            boolean jsonDates = format == FileFormat.JSON && (key.equals("convert_dates") || key.equals("keep_default_dates"));
            if (!jsonDates && !key.equals("columns")) {
                throw new io.stratum.ir.diagnostics.StratumError(SourceScope.current(), format.pandasFunction() + "("
                        + key + "=" + values.get(i).repr() + ") is not supported",
                        format == FileFormat.JSON ? "read a JSON list of records: orient='records', lines=False" : null);
            }
        }
        DataOp read = new DataOp(new ReadFile(format, resolved.toString(), path, dict, null, SourceScope.current()));
        return columns == null ? read : read.getItem(Const.ofStrings(columns));
    }

    /**
     * {@code search.fit(environment)}: the search with every {@code skrub.var(name)} reading {@code environment[name]}
     * (names the plan does not use are ignored, as in skrub), fitted: its results may be read. A variable the
     * environment does not name is an error, as skrub's {@code UninitializedVariable}.
     */
    public static DataOp fitSearch(DataOp search, Map<String, ?> environment) {
        if (!(search.node() instanceof io.stratum.ir.logical.SearchRoot)) {
            throw DataOp.error("fit(environment) is a method of a search; got " + Skb.describe(search.node()),
                    "build the search with .skb.make_grid_search(fitted=False) or make_randomized_search(...)");
        }
        Map<String, LogicalNode> values = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, ?> e : environment.entrySet()) {
            values.put(e.getKey(), lift(e.getValue()).node());
        }
        io.stratum.ir.logical.VarBindings.Bound bound = io.stratum.ir.logical.VarBindings.bind(search.node(), values);
        if (!bound.missing().isEmpty()) {
            io.stratum.ir.logical.Var first = bound.unbound().get(0);
            throw DataOp.error("fit(environment): the environment has no value for variable '" + first.name() + "'"
                    + (first.origin().isKnown() ? " (skrub.var at line " + first.origin().line() + ")" : "")
                    + (bound.missing().size() > 1 ? ", nor for " + bound.missing().subList(1, bound.missing().size()) : ""),
                    "add '" + first.name() + "': <its data> to the dict");
        }
        return new DataOp(switch (bound.plan()) {
            case io.stratum.ir.logical.GridSearch g -> new io.stratum.ir.logical.GridSearch(g.input(), ownCv(g), g.scoring(), g.refit(), true,
                    g.origin());
            case io.stratum.ir.logical.RandomizedSearch r -> new io.stratum.ir.logical.RandomizedSearch(r.input(), ownCv(r),
                    r.scoring(), r.refit(), true, r.nIter(), r.randomState(), r.origin());
            default -> throw new IllegalStateException("unknown search " + bound.plan().kind());
        });
    }

    /**
     * {@code search.fit(split["train"])}: the search fitted on the training rows of a {@code .skb.train_test_split()},
     * as skrub fits it on that environment: X and y of the training rows, split by the search's own cv (a classifier's
     * {@code cv=k} stratified on their classes). Its results are those of the training rows; its
     * {@code best_learner_} ({@link Learner#bestOf(DataOp, TrainTestSplit)}) is refitted on them.
     */
    public static DataOp fitSearch(DataOp search, TrainTestSplit.Part train) {
        if (!(search.node() instanceof io.stratum.ir.logical.SearchRoot root)) {
            throw DataOp.error("fit(environment) is a method of a search; got " + Skb.describe(search.node()),
                    "build the search with .skb.make_grid_search(fitted=False) or make_randomized_search(...)");
        }
        if (!train.train()) {
            throw DataOp.error("search.fit: fit on split[\"train\"], not split[\"test\"]",
                    "fit the search on the training side, then score or predict on split[\"test\"]");
        }
        if (Subsampling.keptIn(train.split().dataOp().node())) {
            throw DataOp.error("search.fit(split[\"train\"]) of a split made with keep_subsampling=True is not supported"
                    + " by Stratum yet", "make the split without keep_subsampling");
        }
        Const cv = io.stratum.optimizer.lower.CvSplitters.withinTrainingRows(train.split().cv(), ownCv(root));
        return new DataOp(switch (root) {
            case io.stratum.ir.logical.GridSearch g -> new io.stratum.ir.logical.GridSearch(g.input(), cv, g.scoring(),
                    g.refit(), true, g.origin());
            case io.stratum.ir.logical.RandomizedSearch r -> new io.stratum.ir.logical.RandomizedSearch(r.input(), cv,
                    r.scoring(), r.refit(), true, r.nIter(), r.randomState(), r.origin());
        });
    }

    /** The cv a search was made with: a search fitted on a split's training rows again keeps its own. */
    private static Const ownCv(io.stratum.ir.logical.SearchRoot root) {
        return root.cv() instanceof Const.DictConst d && io.stratum.optimizer.lower.CvSplitters.isWithinTrainingRows(d)
                ? d.values().get(d.keys().indexOf(Const.of("cv"))) : root.cv();
    }

    /** A constant as a DataOp. */
    public static DataOp value(Const value) {
        return new DataOp(new Value(value, SourceScope.current()));
    }

    /**
     * {@code skrub.choose_from([...], name=name)}: one of the outcomes, labelled by their values (or by the
     * estimator's repr for estimators).
     */
    public static DataOp chooseFrom(List<?> outcomes, String name) {
        List<Const> labels = new ArrayList<>();
        List<LogicalNode> nodes = new ArrayList<>();
        for (Object o : outcomes) {
            DataOp d = lift(o);
            nodes.add(d.node());
            labels.add(label(d.node()));
        }
        DataOp choice = choice(name, labels, nodes, "[" + joinReprs(labels) + "]");
        // reprlib's repr of the outcomes, as skrub's short_repr gives it: six items at most, then "..."; strings
        // longer than reprlib's 30 characters it would cut are left out (the label keeps Stratum's own repr)
        boolean plain = nodes.stream().allMatch(n -> n instanceof Value v && !(v.value() instanceof Const.StrConst str
                && str.value().length() > 30) && !(v.value() instanceof Const.ListConst) && !(v.value() instanceof Const.DictConst));
        if (plain) {
            List<Const> shown = labels.size() > 6 ? labels.subList(0, 6) : labels;
            CHOICE_REPRS.put(choice.node(), "choose_from([" + joinReprs(shown) + (labels.size() > 6 ? ", ..." : "") + "]"
                    + (name != null ? ", name=" + Const.of(name).repr() : "") + ")");
        }
        return choice;
    }

    /**
     * {@code X.skb.apply(skrub.choose_from([...], name=name))} where the caller applied each outcome itself ({@code
     * applied}, a FunctionTransformer of a script function among them): the choice between those DataOps, each
     * labelled as {@link #chooseFrom(List, String)} labels its outcome ({@code labelSources}, in order).
     */
    public static DataOp chooseFromApplied(List<?> labelSources, List<DataOp> applied, String name) {
        List<Const> labels = new ArrayList<>();
        List<LogicalNode> nodes = new ArrayList<>();
        for (int i = 0; i < applied.size(); i++) {
            labels.add(label(lift(labelSources.get(i)).node()));
            nodes.add(applied.get(i).node());
        }
        return choice(name, labels, nodes, "[" + joinReprs(labels) + "]");
    }

    /** {@code skrub.choose_from({...}, name=name)}: one of the outcomes, labelled by their keys. */
    public static DataOp chooseFrom(Map<String, ?> outcomes, String name) {
        List<Const> labels = new ArrayList<>();
        List<LogicalNode> nodes = new ArrayList<>();
        for (Map.Entry<String, ?> e : outcomes.entrySet()) {
            labels.add(Const.of(e.getKey()));
            nodes.add(lift(e.getValue()).node());
        }
        return choice(name, labels, nodes, "{" + joinReprs(labels) + "}");
    }

    /**
     * {@code skrub.choose_int(low, high, log=log, n_steps=nSteps, name=name)}: with {@code nSteps}, the integers a grid
     * search tries ({@link NumericGrid}); without, a continuous range that only a randomized search can draw from
     * (a grid search refuses it, as skrub's does).
     */
    public static DataOp chooseInt(long low, long high, boolean log, Integer nSteps, String name) {
        String display = "choose_int(" + low + ", " + high + rangeArgs(log, nSteps, name) + ")";
        return numericChoice(new NumericGridArgs(low, high, log, nSteps, true, true, true), name, display);
    }

    /** {@code skrub.choose_float(low, high, log=log, n_steps=nSteps, name=name)}; see {@link #chooseInt}. */
    public static DataOp chooseFloat(double low, double high, boolean log, Integer nSteps, String name) {
        return chooseFloat((Number) low, high, log, nSteps, name);
    }

    /**
     * {@code skrub.choose_float} with bounds as a script wrote them: a {@link Long} or {@link Integer} bound is a Python
     * int, which skrub's repr (the choice's display and an unnamed choice's name) shows without a fraction.
     */
    public static DataOp chooseFloat(Number low, Number high, boolean log, Integer nSteps, String name) {
        boolean lowIsInt = low instanceof Long || low instanceof Integer;
        boolean highIsInt = high instanceof Long || high instanceof Integer;
        String display = "choose_float(" + floatBound(low, lowIsInt) + ", " + floatBound(high, highIsInt)
                + rangeArgs(log, nSteps, name) + ")";
        return numericChoice(new NumericGridArgs(low.doubleValue(), high.doubleValue(), log, nSteps, false, lowIsInt,
                highIsInt), name, display);
    }

    private static String floatBound(Number value, boolean isInt) {
        return isInt ? Long.toString(value.longValue()) : io.stratum.ir.value.PyFormat.floatRepr(value.doubleValue());
    }

    /** {@code skrub.choose_bool(name=name, default=defaultValue)}: the default outcome first, then its negation. */
    public static DataOp chooseBool(String name, boolean defaultValue) {
        List<Const> labels = List.of(Const.of(defaultValue), Const.of(!defaultValue));
        List<LogicalNode> nodes = new ArrayList<>();
        for (Const c : labels) {
            nodes.add(new Value(c, SourceScope.current()));
        }
        DataOp choice = choice(name, labels, nodes, null, defaultValue ? "choose_bool()" : "choose_bool(default=False)");
        List<String> args = new ArrayList<>();
        if (name != null) {
            args.add("name=" + Const.of(name).repr());
        }
        if (!defaultValue) {
            args.add("default=False");
        }
        CHOICE_REPRS.put(choice.node(), "choose_bool(" + String.join(", ", args) + ")");
        return choice;
    }

    /**
     * {@code skrub.optional(value, name=name)}: {@code value} or {@code None} (in that order, or the reverse when
     * {@code noneFirst}, skrub's {@code default=None}). As an estimator, {@code None} means the step is skipped.
     */
    public static DataOp optional(Object value, String name, boolean noneFirst) {
        DataOp v = lift(value);
        DataOp none = lift(null);
        List<LogicalNode> nodes = noneFirst ? List.of(none.node(), v.node()) : List.of(v.node(), none.node());
        List<Const> labels = new ArrayList<>();
        for (LogicalNode n : nodes) {
            labels.add(label(n));
        }
        return choice(name, labels, nodes, null, "optional(" + (v.node() instanceof Estimator e ? e.repr() : label(v.node()).repr())
                + (noneFirst ? ", default=None" : "") + ")");
    }

    private record NumericGridArgs(double low, double high, boolean log, Integer nSteps, boolean integer, boolean lowIsInt,
                                   boolean highIsInt) {
    }

    private static DataOp numericChoice(NumericGridArgs a, String name, String display) {
        List<Const> labels = a.nSteps() == null ? List.of()
                : new NumericGrid(a.low(), a.high(), a.log(), a.nSteps(), a.integer()).values();
        NumericRange range;
        try {
            range = new NumericRange(a.low(), a.high(), a.log(), a.integer(), a.nSteps(), a.lowIsInt(), a.highIsInt());
        } catch (IllegalArgumentException e) {
            throw DataOp.error(e.getMessage(), null);
        }
        List<LogicalNode> nodes = new ArrayList<>();
        for (Const c : labels) {
            nodes.add(new Value(c, SourceScope.current()));
        }
        Choice choice = new Choice(name != null ? name : display, labels, nodes, range, SourceScope.current());
        CHOICE_REPRS.put(choice, display);
        return new DataOp(choice);
    }

    private static String rangeArgs(boolean log, Integer nSteps, String name) {
        return (log ? ", log=True" : "") + (nSteps != null ? ", n_steps=" + nSteps : "")
                + (name != null ? ", name=" + Const.of(name).repr() : "");
    }

    private static DataOp choice(String name, List<Const> labels, List<LogicalNode> nodes, String display, String fullName) {
        return choice(name != null ? name : fullName, labels, nodes, display);
    }

    private static DataOp choice(String name, List<Const> labels, List<LogicalNode> nodes, String display) {
        if (nodes.isEmpty()) {
            throw DataOp.error("choose_from needs at least one outcome", null);
        }
        String effective = name != null ? name : "choose_from(" + display + ")";
        return new DataOp(new Choice(effective, labels, nodes, SourceScope.current()));
    }

    /**
     * An estimator such as {@code Ridge(alpha=1.0)}, checked against the catalog: unknown classes and
     * parameters, and values of the wrong type, are errors now rather than when the search runs. Parameter
     * values may be constants or choices of constants.
     */
    public static DataOp estimator(String qualifiedName, Map<String, ?> params) {
        ApiEntry entry = CATALOG.lookup(qualifiedName);
        if (entry == null || entry.kind() == EntryKind.READER || entry.kind() == EntryKind.FRAME_METHOD) {
            String module = qualifiedName.contains(".") ? qualifiedName.substring(0, qualifiedName.lastIndexOf('.')) : "";
            String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
            List<String> near = CATALOG.suggest(module, simple);
            throw DataOp.error("Stratum does not know the estimator " + qualifiedName,
                    near.isEmpty() ? "known in " + module + ": " + String.join(", ", CATALOG.namesIn(module))
                            : "did you mean " + String.join(" or ", near) + "?");
        }
        Map<String, LogicalNode> given = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : params.entrySet()) {
            ParamSpec spec = entry.param(e.getKey());
            if (spec == null) {
                List<String> near = NearestNames.nearest(e.getKey(), entry.paramNames(), 3);
                throw DataOp.error(entry.simpleName() + "() got an unexpected keyword argument '" + e.getKey() + "'",
                        near.isEmpty() ? "its parameters are: " + String.join(", ", entry.paramNames())
                                : "did you mean '" + near.get(0) + "'?");
            }
            LogicalNode value = nestedEstimator(entry, spec, lift(e.getValue()).node());
            checkParam(entry, spec, value);
            given.put(e.getKey(), value);
        }
        List<Estimator.Param> all = new ArrayList<>();
        for (ParamSpec spec : entry.params()) {
            LogicalNode v = given.get(spec.name());
            all.add(v == null ? new Estimator.Param(spec.name(), new Value(spec.defaultValue(), io.stratum.ir.node.Origin.NONE), false)
                    : new Estimator.Param(spec.name(), v, true));
        }
        return new DataOp(new Estimator(qualifiedName, all, SourceScope.current()));
    }

    /**
     * An estimator given as a parameter ({@code ApplyToCols(StandardScaler())}): only where the catalog declares an
     * estimator; without choices inside it becomes a tagged constant, with them it stays an input and the lowering
     * makes the constant for each candidate.
     */
    private static LogicalNode nestedEstimator(ApiEntry entry, ParamSpec spec, LogicalNode value) {
        if (!(value instanceof Estimator e)) {
            return value;
        }
        if (spec.type() != io.stratum.ir.catalog.ParamType.ESTIMATOR) {
            throw DataOp.error(entry.simpleName() + ": '" + spec.name() + "' must be " + spec.type().pythonName()
                    + ", got the estimator " + e.repr(), null);
        }
        if (!e.isResolved()) {
            return e;
        }
        return new Value(estimatorConst(e), e.origin());
    }

    /** A resolved estimator (no choices inside) as its tagged plan constant. */
    private static Const estimatorConst(Estimator e) {
        List<String> names = new ArrayList<>();
        List<Const> values = new ArrayList<>();
        List<Boolean> explicit = new ArrayList<>();
        for (Estimator.Param p : e.params()) {
            names.add(p.name());
            values.add(((Value) p.value()).value());
            explicit.add(p.explicit());
        }
        return new io.stratum.ir.physical.EstimatorSpec(e.qualifiedName(), names, values, explicit).toConst();
    }

    private static void checkParam(ApiEntry entry, ParamSpec spec, LogicalNode value) {
        switch (value) {
            // an estimator with choices inside: its own parameters were checked when it was built
            case Estimator e when spec.type() == io.stratum.ir.catalog.ParamType.ESTIMATOR -> {
            }
            case Value v -> {
                String problem = spec.check(v.value());
                if (problem != null) {
                    throw DataOp.error(entry.simpleName() + ": " + problem, null);
                }
                String unsupported = spec.checkSupported(v.value());
                if (unsupported != null) {
                    throw DataOp.error(entry.simpleName() + ": " + unsupported, "use a supported value or --frontend graalpy once it runs scikit-learn itself");
                }
            }
            // A continuous range is checked through the value it stands for when not tuned (an int or a float).
            case Choice c when c.continuous() -> checkParam(entry, spec, new Value(c.range().continuousDefault(), c.origin()));
            case Choice c -> {
                for (LogicalNode outcome : c.outcomes()) {
                    checkParam(entry, spec, outcome);
                }
            }
            // .skb.match/.skb.if_else (on skrub.eval_mode(), say): each value it can select must fit the parameter.
            case io.stratum.ir.logical.Switch s -> {
                for (LogicalNode target : s.targets()) {
                    checkParam(entry, spec, target);
                }
                if (s.fallback() != null) {
                    checkParam(entry, spec, s.fallback());
                }
            }
            default -> throw DataOp.error(entry.simpleName() + ": parameter '" + spec.name()
                    + "' must be a constant or a choice of constants, got " + Skb.describe(value), null);
        }
    }

    /**
     * {@code np.<name>} for a numpy scalar type used as a value ({@code np.number}, {@code np.float64}, ... as
     * {@code select_dtypes} and {@code astype} take them), as its plan constant; null for other names.
     */
    public static Const numpyType(String name) {
        return FrameSelectDtypes.numpyType(name);
    }

    /** The numpy scalar types {@link #numpyType} knows, for the facades and for hints. */
    public static List<String> numpyTypeNames() {
        return FrameSelectDtypes.NUMPY_TYPES;
    }

    /** Turns a Java value (DataOp, Const, String, Number, Boolean, List, Map, null) into a DataOp. */
    public static DataOp lift(Object value) {
        return switch (value) {
            case null -> new DataOp(new Value(Const.none(), SourceScope.current()));
            case DataOp d -> d;
            case LogicalNode n -> new DataOp(n);
            default -> new DataOp(new Value(toConst(value), SourceScope.current()));
        };
    }

    /** The constant for a plain Java value; anything that is not a constant is a programming error. */
    public static Const toConst(Object value) {
        return switch (value) {
            case null -> Const.none();
            case Const c -> c;
            case String s -> Const.of(s);
            case Boolean b -> Const.of(b);
            case Integer i -> Const.of((long) i);
            case Long l -> Const.of(l);
            case Double d -> Const.of(d);
            case Float f -> Const.of((double) f);
            case List<?> l -> {
                List<Const> items = new ArrayList<>(l.size());
                for (Object o : l) {
                    items.add(toConst(o));
                }
                yield new Const.ListConst(items);
            }
            case Map<?, ?> m -> {
                List<Const> keys = new ArrayList<>();
                List<Const> values = new ArrayList<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    keys.add(toConst(e.getKey()));
                    values.add(toConst(e.getValue()));
                }
                yield new Const.DictConst(keys, values);
            }
            case DataOp d when d.constant() != null -> d.constant();
            // an estimator inside a list (TableVectorizer(specific_transformers=[(MinHashEncoder(), ["c"])])
            case DataOp d when d.node() instanceof Estimator e && e.isResolved() -> estimatorConst(e);
            // A skrub selector given to an estimator (SelectCols(s.numeric())): its tagged constant form.
            case io.stratum.ir.value.ColumnSelector selector -> selector.toConst();
            // inside a list or dict literal (pd.DataFrame({"rows": [len(df[mask])]})): a value of the data
            case DataOp d -> throw DataOp.error("a value computed when the plan runs (such as len() of a filtered"
                    + " frame) cannot be an item of a list or dict the plan takes as a constant: Python would need the"
                    + " value while the script builds the plan",
                    "compute it as a DataOp, e.g. df[mask].shape[0] printed, or the frame's own methods");
            // a Pipeline or ColumnTransformer outside .skb.apply (in a choice, a list, a parameter)
            case SklearnComposite c -> throw DataOp.error("a " + c.display() + " is taken by .skb.apply only (directly,"
                    + " or as a step or a transformer of another), so it cannot be a value here (in a choice, a list, an"
                    + " estimator's parameter)", "apply each and choose between the DataOps they give, e.g."
                    + " skrub.choose_from([X.skb.apply(pipeline_a, y=y), X.skb.apply(pipeline_b, y=y)])");
            case SklearnColumnSelector c -> throw DataOp.error(c.display() + " picks a ColumnTransformer's columns, so it"
                    + " cannot be a value here", "select columns with skrub's selectors: .skb.apply(..., cols=s.numeric())");
            default -> throw new IllegalArgumentException("not a constant: " + value.getClass().getName());
        };
    }

    private static Const label(LogicalNode node) {
        return switch (node) {
            case Value v -> v.value();
            // as skrub labels an unnamed outcome: short_repr of scikit-learn's repr
            case Estimator e when e.isResolved() ->
                    Const.of(io.stratum.ir.physical.EstimatorSpec.skrubShortRepr(
                            io.stratum.ir.physical.EstimatorSpec.fromConst(estimatorConst(e)).changedRepr(CATALOG)));
            case Estimator e -> Const.of(io.stratum.ir.physical.EstimatorSpec.skrubShortRepr(reprWithChoices(e)));
            default -> Const.of(node.kind());
        };
    }

    /**
     * scikit-learn's repr of an estimator with choices among its parameters, each shown as skrub's repr of the choice
     * ({@code KNeighborsRegressor(n_neighbors=choose_int(5, 50, log=True, n_steps=3, name='k'))}), the other
     * parameters as for a resolved estimator (those changed from their defaults, by name); {@link Estimator#repr}
     * where a choice's repr is not known.
     */
    private static String reprWithChoices(Estimator e) {
        List<String> names = new ArrayList<>();
        List<Const> values = new ArrayList<>();
        List<Boolean> explicit = new ArrayList<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (Estimator.Param p : e.params()) {
            names.add(p.name());
            explicit.add(p.explicit());
            if (p.value() instanceof Value v) {
                values.add(v.value());
                continue;
            }
            String display = p.value() instanceof Choice c && !c.match() ? CHOICE_REPRS.get(c) : null;
            if (display == null) {
                return e.repr();
            }
            String token = "__stratum_choice_" + shown.size() + "__";
            shown.put(Const.of(token).repr(), display);
            values.add(Const.of(token));
        }
        String repr = new io.stratum.ir.physical.EstimatorSpec(e.qualifiedName(), names, values, explicit)
                .changedRepr(CATALOG);
        for (Map.Entry<String, String> t : shown.entrySet()) {
            repr = repr.replace(t.getKey(), t.getValue());
        }
        return repr;
    }

    private static String joinReprs(List<Const> labels) {
        List<String> parts = new ArrayList<>();
        for (Const c : labels) {
            parts.add(c.repr());
        }
        return String.join(", ", parts);
    }
}
