package io.stratum.optimizer.rules;

import io.stratum.ir.diagnostics.NearestNames;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Call;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.DatetimePart;
import io.stratum.ir.logical.DropNa;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.GetAttr;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.ir.logical.Rename;
import io.stratum.ir.logical.StringFunction;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Where;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds pandas' element-wise column and frame methods to typed nodes: {@code fillna}, {@code isna}/{@code notna},
 * {@code isin}, {@code clip}, {@code round}, {@code astype}, {@code abs} ({@link ElementWise}, {@link Numeric}),
 * {@code rename} ({@link Rename}), {@code dropna} ({@link DropNa}), {@code where} with a constant or a column as other ({@link Where}), {@code pd.to_datetime(...)}, the {@code .dt}
 * fields and the {@code .str} methods (including {@code .str.split(sep).str[i]}). Arguments are resolved to
 * constants with pandas' defaults filled in, so equal calls bind to equal nodes; an argument Stratum does not
 * implement is an error at the call's line. Runs before {@link BindFrameMethods}, which binds the rest.
 */
public final class BindColumnMethods implements Rule {
    /** The methods this rule binds on a column or frame (not under an accessor). */
    static final List<String> METHODS = List.of("fillna", "isna", "isnull", "notna", "notnull", "isin", "clip", "abs",
            "round", "astype", "rename", "dropna", "where", "map", "replace");
    /** The methods that read other rows by position ({@link io.stratum.ir.logical.Shift}). */
    static final List<String> SHIFT_METHODS = List.of("shift", "diff");
    /** The {@code .str} methods Stratum computes. */
    static final List<String> STRING_METHODS = List.of("lower", "upper", "len", "contains", "startswith", "endswith",
            "replace", "strip", "split", "slice");

    @Override
    public String name() {
        return "bind_column_methods";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        return switch (node) {
            case CallMethod c when c.receiver() instanceof GetAttr g && g.name().equals("str") ->
                    c.method().equals("split") ? RuleResult.unchanged() : RuleResult.rewrittenTo(stringMethod(c, g.input()));
            case CallMethod c when c.receiver() instanceof GetAttr g && g.name().equals("dt")
                    && (c.method().equals("tz_convert") || c.method().equals("tz_localize")) ->
                    RuleResult.rewrittenTo(timeZoneMethod(c, g.input()));
            case CallMethod c when c.receiver() instanceof GetAttr g && g.name().equals("dt")
                    && c.method().equals("total_seconds") -> RuleResult.rewrittenTo(totalSeconds(c, g.input()));
            case CallMethod c when c.receiver() instanceof GetAttr g && g.name().equals("dt")
                    && ElementOp.DatetimeMethod.METHODS.contains(c.method()) ->
                    RuleResult.rewrittenTo(datetimeMethod(c, g.input()));
            case CallMethod c when c.receiver() instanceof GetAttr g && g.name().equals("dt") ->
                    throw new StratumError(c.origin(), ".dt." + c.method() + "() is not supported by Stratum",
                            "supported: .dt.tz_convert(tz), .dt.tz_localize(tz), .dt.total_seconds(), ."
                                    + String.join("(), .dt.", ElementOp.DatetimeMethod.METHODS).replaceFirst("^\\.",
                                    ".dt.") + "() and the .dt fields " + fieldNames());
            case CallMethod c when c.receiver() instanceof GetAttr g && g.name().equals("cat") ->
                    RuleResult.rewrittenTo(categoryMethod(c, g.input()));
            case CallMethod c when METHODS.contains(c.method()) -> RuleResult.rewrittenTo(method(c));
            // A grouped shift is per group: left for the relational binding, which refuses it at its line.
            case CallMethod c when SHIFT_METHODS.contains(c.method()) && !(c.receiver() instanceof io.stratum.ir.logical.GroupBy) ->
                    RuleResult.rewrittenTo(shift(c));
            case CallMethod c when WindowMethods.CUMULATIVE.contains(c.method()) && !(c.receiver() instanceof io.stratum.ir.logical.GroupBy) ->
                    RuleResult.rewrittenTo(WindowMethods.cumulative(c));
            case CallMethod c when WindowMethods.FILLS.contains(c.method()) && !(c.receiver() instanceof io.stratum.ir.logical.GroupBy) ->
                    RuleResult.rewrittenTo(WindowMethods.fill(c, io.stratum.ir.logical.Grouping.NONE, c.receiver()));
            case CallMethod c when c.method().equals("pct_change") && !(c.receiver() instanceof io.stratum.ir.logical.GroupBy) ->
                    RuleResult.rewrittenTo(WindowMethods.pctChange(c, io.stratum.ir.logical.Grouping.NONE, c.receiver()));
            case CallMethod c when c.receiver() instanceof CallMethod w && WindowMethods.WINDOWS.contains(w.method())
                    && w.receiver() instanceof io.stratum.ir.logical.GroupBy -> throw WindowMethods.groupedWindow(w);
            // x.rolling(3).mean(): the window is bound with the statistic that consumes it.
            case CallMethod c when c.receiver() instanceof CallMethod w && WindowMethods.WINDOWS.contains(w.method())
                    && !(w.receiver() instanceof io.stratum.ir.logical.GroupBy) -> RuleResult.rewrittenTo(WindowMethods.statistic(c, w));
            case GetAttr g when g.input() instanceof GetAttr cat && cat.name().equals("cat") ->
                    RuleResult.rewrittenTo(categoryAttribute(g, cat.input()));
            case GetAttr g when g.input() instanceof GetAttr dt && dt.name().equals("dt") ->
                    RuleResult.rewrittenTo(datetimeField(g, dt.input()));
            case GetItem g when g.input() instanceof GetAttr str && str.name().equals("str")
                    && str.input() instanceof CallMethod split && split.method().equals("split")
                    && split.receiver() instanceof GetAttr inner && inner.name().equals("str") ->
                    RuleResult.rewrittenTo(splitGet(g, split, inner.input()));
            case Call c when c.function().equals("pandas.to_datetime") -> RuleResult.rewrittenTo(toDatetime(c));
            default -> RuleResult.unchanged();
        };
    }

    /** {@code shift(periods=1)} and {@code diff(periods=1)} by row position, pandas' defaults checked. */
    private static LogicalNode shift(CallMethod c) {
        boolean diff = c.method().equals("diff");
        CallArguments a = diff ? new CallArguments("diff", c.origin(), c.args(), List.of("periods", "axis"), 2)
                : new CallArguments("shift", c.origin(), c.args(), List.of("periods", "freq", "axis", "fill_value", "suffix"), 1);
        Const periods = a.constant("periods", Const.of(1L));
        if (!(periods instanceof Const.IntConst p)) {
            throw a.error(c.method() + "(): periods must be an int, got " + periods.repr(),
                    "a list of periods (several shifted columns) is not supported yet");
        }
        Const axis = a.constant("axis", Const.of(0L));
        if (!(axis instanceof Const.IntConst i && i.value() == 0 || axis instanceof Const.StrConst x && x.value().equals("index"))) {
            throw a.error(c.method() + "() along the columns (axis=" + axis.repr() + ") is not supported by Stratum",
                    "shift the rows: leave axis out");
        }
        if (!diff) {
            if (a.has("freq") && !(a.constant("freq", Const.none()) instanceof Const.NoneConst)) {
                throw a.error("shift(freq=...) moves a datetime index, which Stratum frames do not have",
                        "leave freq out to shift the rows by position");
            }
            if (a.has("fill_value")) {
                throw a.error("shift(fill_value=...) is not supported by Stratum yet",
                        "write shift(n).fillna(value); the value types differ from pandas' only for int columns,"
                                + " which pandas keeps as int64 with a fill value");
            }
            a.requireDefault("suffix", Const.none());
        }
        return new io.stratum.ir.logical.Shift(c.receiver(), p.value(), diff, c.origin());
    }

    private static LogicalNode method(CallMethod c) {
        LogicalNode in = c.receiver();
        return switch (c.method()) {
            case "fillna" -> fillna(c);
            case "isna", "isnull", "notna", "notnull" -> {
                new CallArguments(c.method(), c.origin(), c.args(), List.of(), 0);
                yield new ElementWise(in, new ElementOp.IsNa(c.method().startsWith("not")), List.of(), c.origin());
            }
            case "isin" -> {
                CallArguments a = new CallArguments("isin", c.origin(), c.args(), List.of("values"), 1);
                if (!a.has("values")) {
                    throw a.error("isin() needs the values to look for", "write isin([\"a\", \"b\"])");
                }
                if (!(a.node("values") instanceof Value)) {
                    LogicalNode lookup = a.node("values");
                    if (io.stratum.optimizer.metadata.OutputKind.of(in) == io.stratum.optimizer.metadata.OutputKind.FRAME
                            || io.stratum.optimizer.metadata.OutputKind.of(lookup) == io.stratum.optimizer.metadata.OutputKind.FRAME) {
                        throw a.error("isin() with a frame is not supported; pandas aligns frames on their index",
                                "compare one column with another: df[\"k\"].isin(other[\"k\"])");
                    }
                    // Membership in another column's values (any length): the optimizer turns it into a semi join.
                    yield new BinOp(BinaryOperator.ISIN, in, lookup, c.origin());
                }
                Const values = a.constant("values", Const.none());
                if (!(values instanceof Const.ListConst l)) {
                    throw a.error("isin() needs a list of values, got " + values.repr(),
                            "wrap a single value in a list: isin([" + values.repr() + "])");
                }
                yield new ElementWise(in, new ElementOp.IsIn(l.items()), List.of(), c.origin());
            }
            case "clip" -> {
                CallArguments a = new CallArguments("clip", c.origin(), c.args(), List.of("lower", "upper", "axis", "inplace"), 2);
                a.requireDefault("axis", Const.none());
                a.requireDefault("inplace", Const.of(false));
                Const lower = a.constant("lower", Const.none());
                Const upper = a.constant("upper", Const.none());
                for (Const bound : List.of(lower, upper)) {
                    if (!(bound instanceof Const.NoneConst || bound instanceof Const.IntConst || bound instanceof Const.FloatConst)) {
                        throw a.error("clip(): a bound must be a number or None, got " + bound.repr(), null);
                    }
                }
                yield new ElementWise(in, new ElementOp.Clip(lower, upper), List.of(), c.origin());
            }
            case "abs" -> {
                new CallArguments("abs", c.origin(), c.args(), List.of(), 0);
                yield new Numeric(NumericFunction.ABS, in, c.origin());
            }
            case "round" -> {
                CallArguments a = new CallArguments("round", c.origin(), c.args(), List.of("decimals"), 1);
                Const d = a.constant("decimals", Const.of(0L));
                if (!(d instanceof Const.IntConst i)) {
                    throw a.error("round(): decimals must be an int, got " + d.repr(),
                            "per-column decimals (a dict) are not supported yet");
                }
                yield new ElementWise(in, new ElementOp.Round(i.value()), List.of(), c.origin());
            }
            case "astype" -> astype(c);
            case "map" -> {
                CallArguments a = new CallArguments("map", c.origin(), c.args(), List.of("arg", "na_action"), 2);
                Const arg = a.has("arg") ? a.constant("arg", Const.none()) : Const.none();
                Const naAction = a.constant("na_action", Const.none());
                if (!(arg instanceof Const.DictConst d)) {
                    throw a.error("map() takes a dict of constants in Stratum, got " + arg.repr(), "a function of each"
                            + " value runs where a learner takes it: .skb.apply_func(f) or a FunctionTransformer");
                }
                if (!(naAction instanceof Const.NoneConst)
                        && !(naAction instanceof Const.StrConst na && na.value().equals("ignore"))) {
                    throw a.error("map(na_action=" + naAction.repr() + ") is not supported", "pass None or 'ignore'");
                }
                List<Const> keys = new ArrayList<>(d.keys());
                List<Const> values = new ArrayList<>(d.values());
                if (naAction instanceof Const.StrConst) {
                    // na_action='ignore': missing values stay missing, whatever the dict says of None
                    for (int i = keys.size() - 1; i >= 0; i--) {
                        if (keys.get(i) instanceof Const.NoneConst
                                || keys.get(i) instanceof Const.FloatConst f && Double.isNaN(f.value())) {
                            keys.remove(i);
                            values.remove(i);
                        }
                    }
                }
                yield new ElementWise(in, new ElementOp.MapValues(keys, values, false), List.of(), c.origin());
            }
            case "replace" -> {
                CallArguments a = new CallArguments("replace", c.origin(), c.args(), List.of("to_replace", "value",
                        "inplace", "regex"), 2);
                a.requireDefault("inplace", Const.of(false));
                a.requireDefault("regex", Const.of(false));
                Const toReplace = a.has("to_replace") ? a.constant("to_replace", Const.none()) : Const.none();
                List<Const> keys = new ArrayList<>();
                List<Const> values = new ArrayList<>();
                if (toReplace instanceof Const.DictConst d && !a.has("value")) {
                    for (int i = 0; i < d.keys().size(); i++) {
                        if (d.values().get(i) instanceof Const.DictConst) {
                            throw a.error("replace() with a dict per column is not supported", "call replace on each column");
                        }
                        keys.add(d.keys().get(i));
                        values.add(d.values().get(i));
                    }
                } else if (a.has("value") && !(toReplace instanceof Const.DictConst)) {
                    Const value = a.constant("value", Const.none());
                    List<Const> from = toReplace instanceof Const.ListConst l ? l.items() : List.of(toReplace);
                    List<Const> to = value instanceof Const.ListConst l ? l.items() : java.util.Collections.nCopies(from.size(), value);
                    if (to.size() != from.size()) {
                        throw a.error("replace(): lists of different lengths (" + from.size() + " and " + to.size() + ")", null);
                    }
                    keys.addAll(from);
                    values.addAll(to);
                } else {
                    throw a.error("replace() needs a dict, or the values to replace and their replacement",
                            "e.g. replace({\"a\": \"b\"}) or replace(\"?\", np.nan)");
                }
                yield new ElementWise(in, new ElementOp.MapValues(keys, values, true), List.of(), c.origin());
            }
            case "rename" -> rename(c);
            case "dropna" -> dropna(c);
            case "where" -> {
                CallArguments a = new CallArguments("where", c.origin(), c.args(), List.of("cond", "other", "inplace",
                        "axis", "level"), 2);
                a.requireDefault("inplace", Const.of(false));
                a.requireDefault("axis", Const.none());
                a.requireDefault("level", Const.none());
                LogicalNode cond = a.node("cond");
                if (cond == null || cond instanceof Value) {
                    throw a.error("where() needs a boolean column as its condition", "write df['x'].where(df['x'] > 0, 0)");
                }
                LogicalNode other = a.node("other");
                if (other != null && !(other instanceof Value)) {
                    // A column of the same length: row i takes other[i] where cond[i] is False.
                    yield new Where(in, cond, Const.of(Double.NaN), other, c.origin());
                }
                yield new Where(in, cond, a.constant("other", Const.of(Double.NaN)), c.origin());
            }
            default -> throw new IllegalStateException(c.method());
        };
    }

    private static LogicalNode fillna(CallMethod c) {
        CallArguments a = new CallArguments("fillna", c.origin(), c.args(), List.of("value", "axis", "inplace", "limit"), 1);
        a.requireDefault("axis", Const.none());
        a.requireDefault("inplace", Const.of(false));
        a.requireDefault("limit", Const.none());
        if (!a.has("value")) {
            throw a.error("fillna() needs a value", "write fillna(0) or fillna({\"column\": value})");
        }
        if (!(a.node("value") instanceof io.stratum.ir.logical.Value)) {
            LogicalNode value = a.node("value");
            io.stratum.optimizer.metadata.OutputKind kind = io.stratum.optimizer.metadata.OutputKind.of(value);
            if (kind == io.stratum.optimizer.metadata.OutputKind.COLUMN
                    && io.stratum.optimizer.metadata.OutputKind.of(c.receiver()) == io.stratum.optimizer.metadata.OutputKind.COLUMN) {
                // s.fillna(other column): row i takes other[i] where s[i] is missing, s.where(s.notna(), other) — a
                // column of the same rows, as where's other (columns of other row labels are refused there)
                LogicalNode present = new ElementWise(c.receiver(), new ElementOp.IsNa(true), List.of(), c.origin());
                return new io.stratum.ir.logical.Where(c.receiver(), present, Const.of(Double.NaN), value, c.origin());
            }
            if (kind == io.stratum.optimizer.metadata.OutputKind.COLUMN || kind == io.stratum.optimizer.metadata.OutputKind.FRAME) {
                throw a.error("fillna() with a " + (kind == io.stratum.optimizer.metadata.OutputKind.COLUMN ? "column" : "frame")
                        + " fills row by row, aligned on the index, which Stratum does not support",
                        "fill with one value computed from the data, e.g. fillna(df[\"x\"].mean()), or per column with"
                                + " df.fillna(df.mean())");
            }
            // A value computed from the data (df["x"].mean(), df.mean()): broadcast when the plan runs.
            return new BinOp(BinaryOperator.FILLNA, c.receiver(), value, c.origin());
        }
        Const value = a.constant("value", Const.none());
        if (value instanceof Const.DictConst d) {
            // One step per column: the columns are independent, and each step reads like a scalar fillna.
            LogicalNode out = c.receiver();
            for (int i = 0; i < d.keys().size(); i++) {
                if (!(d.keys().get(i) instanceof Const.StrConst key)) {
                    throw a.error("fillna(): dict keys must be column names, got " + d.keys().get(i).repr(), null);
                }
                out = new ElementWise(out, new ElementOp.FillNa(scalar(a, d.values().get(i))), List.of(key.value()), c.origin());
            }
            return out;
        }
        return new ElementWise(c.receiver(), new ElementOp.FillNa(scalar(a, value)), List.of(), c.origin());
    }

    private static Const scalar(CallArguments a, Const value) {
        return switch (value) {
            case Const.IntConst i -> i;
            case Const.FloatConst f -> f;
            case Const.StrConst s -> s;
            case Const.BoolConst b -> b;
            default -> throw a.error("fillna(): the fill value must be a number, a str or a bool, got " + value.repr(), null);
        };
    }

    private static LogicalNode astype(CallMethod c) {
        CallArguments a = new CallArguments("astype", c.origin(), c.args(), List.of("dtype", "copy", "errors"), 1);
        a.requireDefault("errors", Const.of("raise"));
        if (!a.has("dtype")) {
            throw a.error("astype() needs a dtype",
                    "write astype(float), astype(int), astype(str), astype(bool) or astype(\"category\")");
        }
        Const dtype = a.constant("dtype", Const.none());
        if (dtype instanceof Const.DictConst d) {
            LogicalNode out = c.receiver();
            for (int i = 0; i < d.keys().size(); i++) {
                if (!(d.keys().get(i) instanceof Const.StrConst key)) {
                    throw a.error("astype(): dict keys must be column names, got " + d.keys().get(i).repr(), null);
                }
                out = new ElementWise(out, new ElementOp.Cast(dtypeName(a, d.values().get(i))), List.of(key.value()), c.origin());
            }
            return out;
        }
        return new ElementWise(c.receiver(), new ElementOp.Cast(dtypeName(a, dtype)), List.of(), c.origin());
    }

    /**
     * pandas' dtype spellings of the types Stratum converts to, as the dtype's name; a numpy type given as a value
     * ({@code np.float32}, the tagged constant both frontends make) reads as its name.
     */
    private static String dtypeName(CallArguments a, Const dtype) {
        String name = dtype instanceof Const.StrConst s ? s.value() : numpyTypeName(dtype);
        if (name != null) {
            switch (name) {
                case "int", "int64", "i8", "long" -> {
                    return "int64";
                }
                case "float", "float64", "f8", "double" -> {
                    return "float64";
                }
                case "float32", "f4", "single" -> {
                    return "float32";
                }
                case "str" -> {
                    return "str";
                }
                case "bool", "boolean_" -> {
                    return "bool";
                }
                case "category" -> {
                    return "category";
                }
                case "datetime64[s]", "datetime64[ms]", "datetime64[us]", "datetime64[ns]" -> {
                    return name;
                }
                default -> {
                }
            }
        }
        String why = "Stratum converts to int, float, float32, str, bool, category and datetime64[s|ms|us|ns] (of naive"
                + " datetimes)";
        throw a.error("astype(" + (numpyTypeName(dtype) != null ? "np." + numpyTypeName(dtype) : dtype.repr())
                + ") is not supported", why);
    }

    /** The name of a numpy type given as a value ({@code np.float32} is {@code (None, "numpy.dtype", "float32")}), or null. */
    private static String numpyTypeName(Const dtype) {
        if (dtype instanceof Const.ListConst l && l.tuple() && l.items().size() == 3 && l.items().get(0) instanceof Const.NoneConst
                && Const.of(io.stratum.ir.value.NumpyDtype.VALUE_TAG).equals(l.items().get(1))
                && l.items().get(2) instanceof Const.StrConst n) {
            return switch (n.value()) {
                case "bool_" -> "bool";
                default -> n.value();
            };
        }
        return null;
    }

    private static LogicalNode rename(CallMethod c) {
        CallArguments a = new CallArguments("rename", c.origin(), c.args(),
                List.of("mapper", "index", "columns", "axis", "copy", "inplace", "level", "errors"), 1);
        a.requireDefault("index", Const.none());
        a.requireDefault("inplace", Const.of(false));
        a.requireDefault("level", Const.none());
        a.requireDefault("errors", Const.of("ignore"));
        Const columns = a.constant("columns", Const.none());
        Const mapper = a.constant("mapper", Const.none());
        if (!(mapper instanceof Const.NoneConst)) {
            Const axis = a.constant("axis", Const.none());
            if (!(axis.equals(Const.of(1L)) || axis.equals(Const.of("columns")))) {
                throw a.error("rename(mapper) renames the index unless axis=1, and Stratum frames have no index labels",
                        "write rename(columns={\"old\": \"new\"})");
            }
            if (!(columns instanceof Const.NoneConst)) {
                throw a.error("rename(): cannot specify both a mapper and columns", "write rename(columns={...})");
            }
            columns = mapper;
        }
        if (!(columns instanceof Const.DictConst d)) {
            throw a.error("rename() needs columns={\"old\": \"new\", ...}, got " + columns.repr(),
                    "renaming with a function is not supported; write the mapping out");
        }
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (int i = 0; i < d.keys().size(); i++) {
            if (!(d.keys().get(i) instanceof Const.StrConst k) || !(d.values().get(i) instanceof Const.StrConst v)) {
                throw a.error("rename(): names must be str, got " + d.keys().get(i).repr() + ": " + d.values().get(i).repr(), null);
            }
            from.add(k.value());
            to.add(v.value());
        }
        return new Rename(c.receiver(), from, to, c.origin());
    }

    private static LogicalNode dropna(CallMethod c) {
        CallArguments a = new CallArguments("dropna", c.origin(), c.args(),
                List.of("axis", "how", "thresh", "subset", "inplace", "ignore_index"), 0);
        Const axis = a.constant("axis", Const.of(0L));
        if (!(axis.equals(Const.of(0L)) || axis.equals(Const.of("index")))) {
            throw a.error("dropna(axis=" + axis.repr() + ") drops columns, which Stratum cannot compile yet",
                    "drop the columns by name with drop(columns=[...])");
        }
        a.requireDefault("thresh", Const.none());
        a.requireDefault("inplace", Const.of(false));
        String how = a.string("how", "any");
        if (!how.equals("any") && !how.equals("all")) {
            throw a.error("dropna(): how must be 'any' or 'all', got '" + how + "'", null);
        }
        Const subset = a.constant("subset", Const.none());
        List<String> cols = switch (subset) {
            case Const.NoneConst none -> List.of();
            case Const.StrConst s -> List.of(s.value());
            case Const.ListConst l when l.asStrings() != null && !l.items().isEmpty() -> l.asStrings();
            default -> throw a.error("dropna(): subset must be a column name or a list of names, got " + subset.repr(), null);
        };
        return BindRelationalMethods.ignoringIndex(new DropNa(c.receiver(), cols, how.equals("all"), c.origin()),
                a.bool("ignore_index", false), c.origin());
    }

    private static LogicalNode stringMethod(CallMethod c, LogicalNode column) {
        String m = c.method();
        String display = "str." + m;
        ElementOp.StringMethod op = switch (m) {
            case "lower", "upper", "len" -> {
                new CallArguments(display, c.origin(), c.args(), List.of(), 0);
                yield new ElementOp.StringMethod(m.equals("lower") ? StringFunction.LOWER
                        : m.equals("upper") ? StringFunction.UPPER : StringFunction.LEN, List.of());
            }
            case "contains" -> {
                CallArguments a = new CallArguments(display, c.origin(), c.args(), List.of("pat", "case", "flags", "na", "regex"), 5);
                a.requireDefault("flags", Const.of(0L));
                if (a.has("na")) {
                    throw a.error("str.contains(na=...) is not supported; missing values give False", null);
                }
                yield new ElementOp.StringMethod(StringFunction.CONTAINS, List.of(Const.of(required(a, "pat")),
                        Const.of(a.bool("case", true)), Const.of(a.bool("regex", true))));
            }
            case "startswith", "endswith" -> {
                CallArguments a = new CallArguments(display, c.origin(), c.args(), List.of("pat", "na"), 2);
                if (a.has("na")) {
                    throw a.error(display + "(na=...) is not supported; missing values give False", null);
                }
                yield new ElementOp.StringMethod(m.equals("startswith") ? StringFunction.STARTSWITH : StringFunction.ENDSWITH,
                        List.of(Const.of(required(a, "pat"))));
            }
            case "replace" -> {
                CallArguments a = new CallArguments(display, c.origin(), c.args(),
                        List.of("pat", "repl", "n", "case", "flags", "regex"), 6);
                a.requireDefault("n", Const.of(-1L));
                a.requireDefault("case", Const.none());
                a.requireDefault("flags", Const.of(0L));
                yield new ElementOp.StringMethod(StringFunction.REPLACE, List.of(Const.of(required(a, "pat")),
                        Const.of(required(a, "repl")), Const.of(a.bool("regex", false))));
            }
            case "strip" -> {
                CallArguments a = new CallArguments(display, c.origin(), c.args(), List.of("to_strip"), 1);
                String chars = a.string("to_strip", null);
                yield new ElementOp.StringMethod(StringFunction.STRIP, List.of(chars == null ? Const.none() : Const.of(chars)));
            }
            case "slice" -> {
                CallArguments a = new CallArguments(display, c.origin(), c.args(), List.of("start", "stop", "step"), 3);
                List<Const> bounds = new ArrayList<>();
                for (String p : List.of("start", "stop", "step")) {
                    Const b = a.constant(p, Const.none());
                    if (!(b instanceof Const.NoneConst || b instanceof Const.IntConst)) {
                        throw a.error("str.slice(): " + p + " must be an int or None, got " + b.repr(), null);
                    }
                    bounds.add(b);
                }
                if (bounds.get(2).equals(Const.of(0L))) {
                    throw a.error("str.slice(): slice step cannot be zero", null);
                }
                yield new ElementOp.StringMethod(StringFunction.SLICE, bounds);
            }
            default -> {
                List<String> near = NearestNames.nearest(m, STRING_METHODS, 2);
                throw new StratumError(c.origin(), ".str." + m + "() is not supported by Stratum",
                        near.isEmpty() ? "supported: " + String.join(", ", STRING_METHODS) : "did you mean ." + "str."
                                + String.join(" or .str.", near) + "?");
            }
        };
        return new ElementWise(column, op, List.of(), c.origin());
    }

    private static String required(CallArguments a, String name) {
        String s = a.string(name, null);
        if (s == null) {
            throw a.error("missing the argument '" + name + "'", null);
        }
        return s;
    }

    private static LogicalNode splitGet(GetItem g, CallMethod split, LogicalNode column) {
        CallArguments a = new CallArguments("str.split", split.origin(), split.args(), List.of("pat", "n", "expand", "regex"), 1);
        a.requireDefault("n", Const.of(-1L));
        a.requireDefault("expand", Const.of(false));
        a.requireDefault("regex", Const.none());
        String sep = a.string("pat", null);
        if (!(g.key() instanceof Value v && v.value() instanceof Const.IntConst index)) {
            throw new StratumError(g.origin(), "after .str.split(...), Stratum supports .str[i] with an int i",
                    "write .str.split(\"-\").str[0]");
        }
        return new ElementWise(column, new ElementOp.StringMethod(StringFunction.SPLIT_GET,
                List.of(sep == null ? Const.none() : Const.of(sep), index)), List.of(), g.origin());
    }

    /** {@code .dt.floor(freq)}, {@code .dt.strftime(format)}, {@code .dt.day_name()}, ... (pandas' parameter names). */
    private static LogicalNode datetimeMethod(CallMethod c, LogicalNode column) {
        String method = c.method();
        List<String> names = switch (method) {
            case "floor", "ceil", "round" -> List.of("freq");
            case "strftime" -> List.of("date_format");
            case "day_name", "month_name" -> List.of("locale");
            default -> List.of();
        };
        CallArguments a = new CallArguments("dt." + method, c.origin(), c.args(), names, names.size());
        List<Const> args = new ArrayList<>();
        for (String name : names) {
            if (name.equals("locale")) {
                if (a.has(name) && !(a.constant(name, Const.none()) instanceof Const.NoneConst)) {
                    throw a.error(".dt." + method + "(locale=...) is not supported", "Stratum writes English names");
                }
                continue;
            }
            if (!a.has(name)) {
                throw a.error(".dt." + method + "() needs " + name, name.equals("freq") ? "e.g. .dt." + method
                        + "(\"15min\"), \"h\" or \"D\"" : "e.g. .dt.strftime(\"%Y-%m-%d\")");
            }
            args.add(a.constant(name, null));
        }
        return new ElementWise(column, new ElementOp.DatetimeMethod(method, args), List.of(), c.origin());
    }

    private static LogicalNode totalSeconds(CallMethod c, LogicalNode column) {
        if (!c.args().isEmpty()) {
            throw new StratumError(c.origin(), ".dt.total_seconds() takes no arguments", "write .dt.total_seconds()");
        }
        return new ElementWise(column, new ElementOp.DatetimeField(DatetimePart.TOTAL_SECONDS), List.of(), c.origin());
    }

    private static LogicalNode datetimeField(GetAttr g, LogicalNode column) {
        DatetimePart part = DatetimePart.byName(g.name());
        if (part != null && part.isMethod()) {
            throw new StratumError(g.origin(), ".dt." + g.name() + " is a method in pandas", "call it: .dt." + g.name() + "()");
        }
        if (part == null) {
            List<String> near = NearestNames.nearest(g.name(), fieldNames(), 2);
            throw new StratumError(g.origin(), ".dt." + g.name() + " is not supported by Stratum",
                    near.isEmpty() ? "supported .dt fields: " + String.join(", ", fieldNames())
                            : "did you mean .dt." + String.join(" or .dt.", near) + "?");
        }
        return new ElementWise(column, new ElementOp.DatetimeField(part), List.of(), g.origin());
    }

    /** pandas' other {@code .cat} members, which Stratum refuses by name. */
    private static final List<String> CATEGORY_MEMBERS = List.of("categories", "ordered", "codes", "as_ordered",
            "as_unordered", "set_categories", "add_categories", "remove_categories", "rename_categories",
            "reorder_categories", "remove_unused_categories");

    private static LogicalNode categoryAttribute(GetAttr g, LogicalNode column) {
        return switch (g.name()) {
            case "codes" -> new ElementWise(column, new ElementOp.CategoryCodes(), List.of(), g.origin());
            case "categories", "ordered" -> throw new StratumError(g.origin(), ".cat." + g.name()
                    + " is a value computed from the data, which Stratum does not hold in a script yet",
                    "a category column prints its categories (.skb.eval()); .cat.codes gives each row's position"
                            + " among them; Stratum's categories are str, unordered, sorted as Python sorts str");
            default -> throw unsupportedCategoryMember(g.origin(), g.name());
        };
    }

    private static LogicalNode timeZoneMethod(CallMethod c, LogicalNode column) {
        boolean convert = c.method().equals("tz_convert");
        CallArguments a = new CallArguments("dt." + c.method(), c.origin(), c.args(), convert ? List.of("tz")
                : List.of("tz", "ambiguous", "nonexistent"), 1);
        String ambiguous = "raise";
        String nonexistent = "raise";
        if (!convert) {
            ambiguous = switch (a.constant("ambiguous", Const.of("raise"))) {
                case Const.StrConst s when s.value().equals("raise") || s.value().equals("NaT") -> s.value();
                case Const.BoolConst b -> b.value() ? "True" : "False";
                case Const.StrConst s when s.value().equals("infer") -> throw a.error(".dt.tz_localize(ambiguous='infer')"
                        + " is not supported by Stratum yet (pandas infers from the order of the rows)",
                        "pass ambiguous='raise', 'NaT', True (daylight-saving time) or False (standard time)");
                case Const other -> throw a.error(".dt.tz_localize(ambiguous=" + other.repr() + ") is not supported",
                        "pass ambiguous='raise', 'NaT', True (daylight-saving time) or False (standard time)");
            };
            nonexistent = switch (a.constant("nonexistent", Const.of("raise"))) {
                case Const.StrConst s when List.of("raise", "NaT", "shift_forward", "shift_backward").contains(s.value()) ->
                        s.value();
                case Const other -> throw a.error(".dt.tz_localize(nonexistent=" + other.repr() + ") is not supported",
                        "pass nonexistent='raise', 'NaT', 'shift_forward' or 'shift_backward'");
            };
        }
        if (!a.has("tz")) {
            throw a.error(".dt." + c.method() + "() needs the time zone", "write .dt." + c.method() + "(\"UTC\")");
        }
        String zone = a.string("tz", null);
        if (zone != null) {
            try {
                java.time.ZoneId.of(zone.equals("UTC") ? "Z" : zone);
            } catch (java.time.DateTimeException e) {
                throw a.error("unknown time zone '" + zone + "'", "use an IANA name such as \"UTC\" or \"Europe/Paris\"");
            }
        }
        return new ElementWise(column, convert ? new ElementOp.TzConvert(zone)
                : new ElementOp.TzLocalize(zone, ambiguous, nonexistent), List.of(), c.origin());
    }

    private static LogicalNode categoryMethod(CallMethod c, LogicalNode column) {
        if (c.method().equals("remove_unused_categories")) {
            new CallArguments("cat.remove_unused_categories", c.origin(), c.args(), List.of(), 0);
            return new ElementWise(column, new ElementOp.RemoveUnusedCategories(), List.of(), c.origin());
        }
        if (c.method().equals("codes") || c.method().equals("categories")) {
            throw new StratumError(c.origin(), ".cat." + c.method() + " is an attribute, not a method",
                    "write .cat." + c.method() + " without the parentheses");
        }
        throw unsupportedCategoryMember(c.origin(), c.method() + "()");
    }

    private static StratumError unsupportedCategoryMember(io.stratum.ir.node.Origin origin, String member) {
        String name = member.endsWith("()") ? member.substring(0, member.length() - 2) : member;
        String supported = "supported: .cat.codes and .cat.remove_unused_categories()";
        if (CATEGORY_MEMBERS.contains(name)) {
            return new StratumError(origin, ".cat." + member + " is not supported by Stratum", supported
                    + "; Stratum's categories are str, unordered, sorted as Python sorts str, as astype(\"category\")"
                    + " makes them (convert with .astype(str) and back to change them)");
        }
        List<String> near = NearestNames.nearest(name, CATEGORY_MEMBERS, 2);
        return new StratumError(origin, ".cat." + member + " is not a pandas .cat member",
                near.isEmpty() ? supported : "did you mean .cat." + String.join(" or .cat.", near) + "?");
    }

    private static List<String> fieldNames() {
        List<String> out = new ArrayList<>();
        for (DatetimePart p : DatetimePart.values()) {
            out.add(p.pandasName());
        }
        return out;
    }

    private static LogicalNode toDatetime(Call c) {
        CallArguments a = new CallArguments("pd.to_datetime", c.origin(), c.args(), List.of("arg", "errors", "dayfirst",
                "yearfirst", "utc", "format", "exact", "unit", "origin", "cache"), 2);
        LogicalNode arg = a.node("arg");
        if (arg == null) {
            throw a.error("pd.to_datetime() needs the column to convert", "write pd.to_datetime(df[\"date\"])");
        }
        if (arg instanceof Value) {
            throw a.error("pd.to_datetime() of a constant is not supported; Stratum converts columns", null);
        }
        boolean utc = a.bool("utc", false);
        for (String flag : List.of("dayfirst", "yearfirst")) {
            a.requireDefault(flag, Const.of(false));
        }
        a.requireDefault("origin", Const.of("unix"));
        a.constant("cache", Const.of(true));
        if (a.has("exact") && !a.constant("exact", Const.of(true)).equals(Const.of(true))) {
            throw a.error("pd.to_datetime(exact=False) is not supported by Stratum yet", "leave exact at its default");
        }
        String errors = a.string("errors", "raise");
        if (!errors.equals("raise") && !errors.equals("coerce")) {
            throw a.error("pd.to_datetime(): errors must be 'raise' or 'coerce', got '" + errors + "'", null);
        }
        String format = a.string("format", null);
        if (format != null && (format.equals("ISO8601") || format.equals("iso8601"))) {
            format = "ISO8601"; // each value read as ISO 8601 on its own, as pandas reads it
        } else if (format != null && format.equals("mixed")) {
            throw a.error("pd.to_datetime(format='mixed') is not supported", "pass one strptime format such as '%Y-%m-%d'");
        }
        String unit = a.string("unit", null);
        if (unit != null && !List.of("s", "ms", "us", "ns", "D").contains(unit)) {
            throw a.error("pd.to_datetime(unit='" + unit + "') is not supported by Stratum",
                    "pass unit='s', 'ms', 'us', 'ns' or 'D' (epoch numbers in that unit)");
        }
        if (unit != null && format != null) {
            throw a.error("pd.to_datetime() takes format= for text or unit= for numbers, not both",
                    "pandas raises 'cannot specify both format and unit'");
        }
        return new ElementWise(arg, new ElementOp.ToDatetime(format, errors, unit, utc), List.of(), c.origin());
    }
}
