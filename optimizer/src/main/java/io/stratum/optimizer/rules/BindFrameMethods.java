package io.stratum.optimizer.rules;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.ParamSpec;
import io.stratum.ir.diagnostics.NearestNames;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Arg;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.GetAttr;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds generic frame method calls to typed operators through the catalog: {@code df.drop(...)} to
 * {@link Drop} and {@code df.assign(...)} to {@link Assign}. A method or argument the catalog does not know is
 * a {@link StratumError} at the call's origin, with the nearest known names as a hint.
 */
public final class BindFrameMethods implements Rule {
    static final String FRAME = "pandas.DataFrame";

    /** pandas reductions Stratum does not compute (those it does are bound by {@link BindReductions}). */
    static final java.util.Set<String> OTHER_REDUCTIONS = java.util.Set.of("prod", "idxmax", "idxmin", "any", "all",
            "item", "sem", "skew", "kurt", "mad");

    /**
     * Every method of a frame or column that the bind batch turns into an operator: the relational ones, the
     * per-value ones, the reductions, and those of the catalog (drop, assign).
     */
    static List<String> boundMethods(ApiCatalog catalog) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(catalog.namesIn(FRAME));
        names.addAll(BindRelationalMethods.FRAME_METHODS);
        names.add("reset_index");
        names.addAll(IndexedResultMethods.SUMMARIES);
        names.addAll(BindColumnMethods.METHODS);
        names.addAll(BindColumnMethods.SHIFT_METHODS);
        names.addAll(WindowMethods.CUMULATIVE);
        names.addAll(WindowMethods.WINDOWS);
        names.add("pct_change");
        names.add("duplicated");
        names.addAll(WindowMethods.FILLS);
        names.addAll(BindReductions.METHODS);
        return List.copyOf(names);
    }

    @Override
    public String name() {
        return "bind_frame_methods";
    }

    /** pandas' flexible arithmetic and comparison methods, as the operators they stand for. */
    private static final Map<String, io.stratum.ir.logical.BinaryOperator> ARITHMETIC = Map.ofEntries(
            Map.entry("add", io.stratum.ir.logical.BinaryOperator.ADD), Map.entry("sub", io.stratum.ir.logical.BinaryOperator.SUB),
            Map.entry("subtract", io.stratum.ir.logical.BinaryOperator.SUB),
            Map.entry("mul", io.stratum.ir.logical.BinaryOperator.MUL), Map.entry("multiply", io.stratum.ir.logical.BinaryOperator.MUL),
            Map.entry("div", io.stratum.ir.logical.BinaryOperator.TRUEDIV), Map.entry("truediv", io.stratum.ir.logical.BinaryOperator.TRUEDIV),
            Map.entry("divide", io.stratum.ir.logical.BinaryOperator.TRUEDIV),
            Map.entry("floordiv", io.stratum.ir.logical.BinaryOperator.FLOORDIV), Map.entry("mod", io.stratum.ir.logical.BinaryOperator.MOD),
            Map.entry("pow", io.stratum.ir.logical.BinaryOperator.POW),
            Map.entry("eq", io.stratum.ir.logical.BinaryOperator.EQ), Map.entry("ne", io.stratum.ir.logical.BinaryOperator.NE),
            Map.entry("lt", io.stratum.ir.logical.BinaryOperator.LT), Map.entry("le", io.stratum.ir.logical.BinaryOperator.LE),
            Map.entry("gt", io.stratum.ir.logical.BinaryOperator.GT), Map.entry("ge", io.stratum.ir.logical.BinaryOperator.GE));
    /** The reflected ones ({@code rsub}: {@code other - self}); comparisons have none. */
    private static final java.util.Set<String> REFLECTED = java.util.Set.of("radd", "rsub", "rmul", "rdiv", "rtruediv",
            "rfloordiv", "rmod", "rpow");

    /**
     * {@code x.sub(other)}, {@code x.rdiv(other)}, {@code x.gt(other)}, ...: the operator ({@code x - other},
     * {@code other / x}, {@code x > other}) with pandas' default alignment, which is the operators' too. {@code fill_value},
     * {@code level} and a frame's {@code axis=0} (aligning a Series with the rows) are refused at the call.
     */
    private static LogicalNode arithmetic(CallMethod c) {
        String m = c.method();
        boolean reflected = REFLECTED.contains(m);
        io.stratum.ir.logical.BinaryOperator op = ARITHMETIC.get(reflected ? m.substring(1) : m);
        if (op == null || reflected && op.isComparison()) {
            throw new StratumError(c.origin(), "unknown DataFrame method '" + m + "'", null);
        }
        CallArguments a = new CallArguments(m, c.origin(), c.args(), List.of("other", "axis", "level", "fill_value"), 1);
        if (!a.has("other")) {
            throw a.error(m + "() missing 1 required positional argument: 'other'", null);
        }
        a.requireDefault("level", Const.none());
        if (a.has("fill_value") && !(a.constant("fill_value", Const.none()) instanceof Const.NoneConst)) {
            throw a.error(m + "(fill_value=...) is not supported by Stratum yet", "fill the missing values first: x.fillna(v)." + m
                    + "(other)");
        }
        Const axis = a.has("axis") ? a.constant("axis", Const.none()) : Const.of("columns");
        if (!(axis instanceof Const.StrConst s && s.value().equals("columns") || axis instanceof Const.IntConst i && i.value() == 1
                || axis instanceof Const.NoneConst)) {
            throw a.error(m + "(axis=" + axis.repr() + ") is not supported by Stratum",
                    "leave axis out (pandas' default, the operator's alignment), or operate column by column");
        }
        LogicalNode other = a.node("other");
        return reflected ? new io.stratum.ir.logical.BinOp(op, other, c.receiver(), c.origin())
                : new io.stratum.ir.logical.BinOp(op, c.receiver(), other, c.origin());
    }

    /**
     * {@code df.duplicated(subset=None, keep="first")}: pandas' mask of the rows whose values in {@code subset} (every
     * column when None) repeat an earlier row's, missing values equal to each other. It is the group-by of those
     * columns keeping missing keys, a row's position in its group past the first ({@code cumcount() > 0}): an unnamed
     * bool Series, as pandas gives it. {@code keep="last"} and {@code keep=False} are refused (no count from the end).
     */
    private static LogicalNode duplicated(CallMethod c, RuleContext ctx) {
        io.stratum.ir.node.Origin at = c.origin();
        if (IndexedResultMethods.isColumn(c.receiver(), ctx)) {
            throw new StratumError(at, "a column's duplicated() is not supported by Stratum yet",
                    "take the frame's: df.duplicated(subset=[\"a\"])");
        }
        CallArguments a = new CallArguments("duplicated", at, c.args(), List.of("subset", "keep"), 2);
        Const subset = a.constant("subset", Const.none());
        Const keep = a.constant("keep", Const.of("first"));
        List<String> keys = switch (subset) {
            case Const.NoneConst n -> IndexedResultMethods.columnsOf(c.receiver(), ctx);
            case Const.StrConst one -> List.of(one.value());
            case Const.ListConst l when !l.items().isEmpty() && l.items().stream().allMatch(i -> i instanceof Const.StrConst) ->
                    l.asStrings();
            default -> throw a.error("duplicated(subset=" + subset.repr() + "): subset names columns",
                    "write duplicated(subset=[\"a\", \"b\"])");
        };
        if (keys == null) {
            throw a.error("duplicated() of every column of a frame whose columns the plan cannot tell before it runs",
                    "name the columns: duplicated(subset=[\"a\", \"b\"])");
        }
        if (!(keep instanceof Const.StrConst k && k.value().equals("first"))) {
            throw a.error("duplicated(keep=" + keep.repr() + ") is not supported by Stratum" + (keep instanceof Const.StrConst
                    || keep instanceof Const.BoolConst b && !b.value() ? " yet" : ""), "keep='first' (the default)");
        }
        // groupby(keys, dropna=False).cumcount() > 0, bound: this rule runs after the group-by and window rules
        io.stratum.ir.logical.Grouping grouping = new io.stratum.ir.logical.Grouping(keys, null, false, false);
        LogicalNode position = new io.stratum.ir.logical.Window(c.receiver(), grouping,
                io.stratum.ir.logical.Window.Function.COUNT, io.stratum.ir.logical.Window.Frame.cumulative(), at);
        return new io.stratum.ir.logical.BinOp(io.stratum.ir.logical.BinaryOperator.GT, position, new Value(Const.of(0L), at),
                at);
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!(node instanceof CallMethod call)) {
            return RuleResult.unchanged();
        }
        if (call.receiver() instanceof GetAttr accessor && (accessor.name().equals("str") || accessor.name().equals("dt"))) {
            // BindColumnMethods, which runs first, bound every accessor call it supports.
            throw new StratumError(call.origin(), "." + accessor.name() + "." + call.method() + "(...) cannot be compiled here",
                    call.method().equals("split") ? "Stratum compiles .str.split(sep) followed by .str[i], e.g. .str.split(\"-\").str[0]"
                            : "supported .str methods: " + String.join(", ", BindColumnMethods.STRING_METHODS));
        }
        if (call.method().equals("duplicated")) {
            return RuleResult.rewrittenTo(duplicated(call, ctx));
        }
        if (ARITHMETIC.containsKey(call.method()) || REFLECTED.contains(call.method())) {
            return RuleResult.rewrittenTo(arithmetic(call));
        }
        ApiCatalog catalog = ctx.catalog();
        ApiEntry entry = catalog.lookup(FRAME + "." + call.method());
        if (entry == null && OTHER_REDUCTIONS.contains(call.method())) {
            throw new StratumError(call.origin(), "." + call.method() + "() is a reduction Stratum does not compute",
                    "Stratum computes these reductions of a column or a frame: " + String.join(", ",
                            NearestNames.byCloseness(call.method(), BindReductions.METHODS)));
        }
        if (entry == null && WindowMethods.WINDOWS.contains(call.method())) {
            throw new StratumError(call.origin(), call.method() + "(...) makes a window, which needs a statistic",
                    "write e.g. ." + call.method() + "(...).mean(); Stratum computes " + String.join("(), ", WindowMethods.STATISTICS)
                            + "() of a window");
        }
        if (entry == null && call.method().equals("reset_index")) {
            throw new StratumError(call.origin(), "reset_index() is supported only after a group-by aggregation or"
                    + " value_counts(), whose keys it puts back as columns", "Stratum frames have no other index to reset;"
                    + " leave it out");
        }
        if (entry == null) {
            List<String> known = boundMethods(catalog);
            List<String> near = NearestNames.nearest(call.method(), known, 3);
            String hint = near.isEmpty()
                    ? "Stratum supports these DataFrame methods, nearest first: " + String.join(", ",
                            NearestNames.byCloseness(call.method(), known))
                    : "did you mean " + quoted(near) + "?";
            throw new StratumError(call.origin(), "unknown DataFrame method '" + call.method() + "'", hint);
        }
        return switch (call.method()) {
            case "drop" -> RuleResult.rewrittenTo(bindDrop(call, entry, ctx));
            case "assign" -> RuleResult.rewrittenTo(bindAssign(call));
            case "add_prefix", "add_suffix" -> RuleResult.rewrittenTo(bindAffix(call));
            default -> throw new StratumError(call.origin(),
                    "DataFrame." + call.method() + "() is known but cannot be compiled yet", null);
        };
    }

    /** {@code add_prefix(prefix)}/{@code add_suffix(suffix)} of a frame: every column name changed. */
    private static LogicalNode bindAffix(CallMethod call) {
        boolean prefix = call.method().equals("add_prefix");
        String what = prefix ? "prefix" : "suffix";
        CallArguments a = new CallArguments(call.method(), call.origin(), call.args(), List.of(what, "axis"), 2);
        if (io.stratum.optimizer.metadata.OutputKind.of(call.receiver()) == io.stratum.optimizer.metadata.OutputKind.COLUMN) {
            throw a.error("a column's " + call.method() + "() changes its index labels, which Stratum columns do not have",
                    "rename the column instead: s.rename(\"new_name\"), or call " + call.method() + "() on a frame");
        }
        if (!a.has(what) || !(a.constant(what, Const.none()) instanceof Const.StrConst text)) {
            throw a.error(call.method() + "() takes the " + what + " as a str", "write " + call.method() + "(\"x_\")");
        }
        Const axis = a.constant("axis", Const.none());
        if (!(axis instanceof Const.NoneConst || axis.equals(Const.of(1L)) || axis.equals(Const.of("columns")))) {
            throw a.error(call.method() + "(axis=" + axis.repr() + ") changes the index labels, which Stratum frames do not have",
                    "leave axis out to change the column names");
        }
        return new io.stratum.ir.logical.Affix(call.receiver(), prefix ? text.value() : "", prefix ? "" : text.value(),
                call.origin());
    }

    private static LogicalNode bindDrop(CallMethod call, ApiEntry entry, RuleContext ctx) {
        LogicalNode rest = restOfSample(call);
        if (rest != null) {
            return rest;
        }
        Map<String, Const> given = new LinkedHashMap<>();
        int positional = 0;
        for (Arg arg : call.args()) {
            String name = arg.isKeyword() ? arg.keyword() : positionalName(call, positional++);
            ParamSpec spec = entry.param(name);
            if (spec == null) {
                List<String> near = NearestNames.nearest(name, entry.paramNames(), 3);
                throw new StratumError(call.origin(), "drop() got an unexpected keyword argument '" + name + "'",
                        near.isEmpty() ? "drop() takes " + String.join(", ", entry.paramNames())
                                : "did you mean " + quoted(near) + "?");
            }
            if (!(arg.value() instanceof Value v)) {
                throw new StratumError(call.origin(), "drop(): '" + name + "' must be a constant written in the script",
                        "compute the column names outside the pipeline, as a list of strings");
            }
            String problem = spec.check(v.value());
            if (problem == null) {
                problem = spec.checkSupported(v.value());
            }
            if (problem != null) {
                throw new StratumError(call.origin(), "drop(): " + problem, null);
            }
            given.put(name, v.value());
        }
        if (isSet(given.get("index"))) {
            throw new StratumError(call.origin(), "drop(index=...) removes rows, which Stratum cannot compile yet",
                    "drop columns with drop(columns=[...])");
        }
        if (isSet(given.get("level"))) {
            throw new StratumError(call.origin(), "drop(level=...) is not supported: Stratum frames have no MultiIndex", null);
        }
        boolean ignoreMissing = given.containsKey("errors") && given.get("errors").equals(Const.of("ignore"));
        Const columns = given.get("columns");
        Const labels = given.get("labels");
        if (isSet(columns) && isSet(labels)) {
            throw new StratumError(call.origin(), "drop(): cannot specify both 'labels' and 'columns'",
                    "write drop(columns=[...])");
        }
        if (isSet(labels)) {
            Const axis = given.getOrDefault("axis", Const.of(0L));
            if (!axis.equals(Const.of(1L)) && !axis.equals(Const.of("columns"))) {
                throw new StratumError(call.origin(), "drop(" + labels.repr() + ", axis=" + axis.repr()
                        + ") removes rows, which Stratum cannot compile yet",
                        "to drop columns write drop(columns=" + labels.repr() + ") or pass axis=1");
            }
            columns = labels;
        }
        if (!isSet(columns)) {
            throw new StratumError(call.origin(), "drop() needs the columns to drop", "write drop(columns=[...])");
        }
        List<String> names = columnNames(call, columns);
        return new Drop(call.receiver(), ignoreMissing ? present(call, names, ctx) : names, call.origin());
    }

    /**
     * {@code drop(columns=..., errors="ignore")}: the columns of {@code names} the frame has, as pandas drops them. The
     * frame's columns must be known when the plan is built (a source's schema and the steps after it, no estimator's
     * output, whose columns may differ from fold to fold): each plan binds its own (a learner predicting on new data
     * that lacks the target column drops only the others there).
     */
    private static List<String> present(CallMethod call, List<String> names, RuleContext ctx) {
        java.util.Optional<List<String>> known = readsNoEstimator(call.receiver())
                ? io.stratum.optimizer.metadata.MetadataDerivation.derive(call.receiver(), ctx.sources(), ctx.catalog())
                        .find(call.receiver()).flatMap(io.stratum.optimizer.metadata.NodeMetadata::columnNames)
                : java.util.Optional.empty();
        if (known.isEmpty()) {
            throw new StratumError(call.origin(), "drop(errors='ignore') needs the frame's columns known when the plan is"
                    + " built, and here they are not", "drop it from the data as read (before any estimator), or drop"
                    + " only columns that exist and leave errors at 'raise'");
        }
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (known.get().contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean readsNoEstimator(LogicalNode node) {
        if (node instanceof io.stratum.ir.logical.Apply || node instanceof CallMethod) {
            return false;
        }
        for (LogicalNode in : node.inputs()) {
            if (!readsNoEstimator(in)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code df.drop(sample.index)} of {@code sample = df.sample(..., random_state=seed)} (labels positional or
     * {@code index=}, axis 0): the rows the sample did not pick, in their order, with their labels; null for any other
     * drop.
     */
    private static LogicalNode restOfSample(CallMethod call) {
        if (call.args().size() != 1) {
            return null;
        }
        Arg arg = call.args().get(0);
        if (arg.isKeyword() && !arg.keyword().equals("index") && !arg.keyword().equals("labels")) {
            return null;
        }
        if (!(arg.value() instanceof GetAttr g) || !g.name().equals("index")
                || !(g.input() instanceof io.stratum.ir.logical.RowsByPosition sample)
                || !(sample.positions() instanceof io.stratum.ir.value.RowPositions.PandasSample drawn)) {
            return null;
        }
        if (!sample.input().fingerprint().equals(call.receiver().fingerprint())) {
            throw new StratumError(call.origin(), "drop(sample.index) of another frame than the one sampled: Stratum"
                    + " drops a sample's rows from the frame it was drawn from", "write rest = df.drop(sample.index)"
                    + " with sample = df.sample(..., random_state=...)");
        }
        return new io.stratum.ir.logical.RowsByPosition(call.receiver(),
                new io.stratum.ir.value.RowPositions.PandasSampleRest(drawn), call.origin(), null);
    }

    private static String positionalName(CallMethod call, int index) {
        if (index == 0) {
            return "labels";
        }
        throw new StratumError(call.origin(), "drop() takes at most 1 positional argument",
                "pass the others by keyword, e.g. axis=1");
    }

    private static List<String> columnNames(CallMethod call, Const columns) {
        return switch (columns) {
            case Const.StrConst s -> List.of(s.value());
            case Const.ListConst l when l.asStrings() != null -> l.asStrings();
            default -> throw new StratumError(call.origin(), "drop(): columns must be a column name or a list of names, got "
                    + columns.repr(), null);
        };
    }

    private static Assign bindAssign(CallMethod call) {
        List<String> names = new ArrayList<>();
        List<LogicalNode> values = new ArrayList<>();
        for (Arg arg : call.args()) {
            if (!arg.isKeyword()) {
                throw new StratumError(call.origin(), "assign() takes only keyword arguments",
                        "write assign(new_column=expression)");
            }
            names.add(arg.keyword());
            values.add(arg.value());
        }
        return new Assign(call.receiver(), names, values, call.origin());
    }

    private static boolean isSet(Const c) {
        return c != null && !(c instanceof Const.NoneConst);
    }

    private static String quoted(List<String> names) {
        List<String> q = new ArrayList<>(names.size());
        for (String n : names) {
            q.add("'" + n + "'");
        }
        return String.join(" or ", q);
    }
}
