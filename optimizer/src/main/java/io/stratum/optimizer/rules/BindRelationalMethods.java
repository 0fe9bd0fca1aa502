package io.stratum.optimizer.rules;

import io.stratum.ir.diagnostics.NearestNames;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Aggregate;
import io.stratum.ir.logical.AggregateSpec;
import io.stratum.ir.logical.Arg;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.DropDuplicates;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.GroupBy;
import io.stratum.ir.logical.Join;
import io.stratum.ir.logical.Limit;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.SortValues;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.ValueCounts;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import io.stratum.optimizer.metadata.OutputKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds pandas' relational calls to typed operators: {@code df[mask]} to {@link Filter}, {@code merge} to
 * {@link Join}, {@code groupby(...)} (with {@code [cols]}) to {@link GroupBy} and its {@code agg}/{@code mean}/...
 * to {@link Aggregate} ({@code reset_index()} or {@code as_index=False} put the keys back as columns),
 * {@code sort_values} to {@link SortValues}, {@code head}/{@code tail} to {@link Limit}. Arguments must be
 * constants of the script; anything pandas accepts that Stratum does not compute is an error at the call's line.
 */
public final class BindRelationalMethods implements Rule {
    /** Every method this rule binds, so {@link BindFrameMethods} never sees them. */
    static final List<String> FRAME_METHODS = List.of("merge", "groupby", "sort_values", "head", "tail",
            "drop_duplicates", "value_counts");
    private static final List<String> MASK_METHODS = List.of("isna", "isnull", "notna", "notnull", "isin");
    private static final List<String> GROUP_METHODS = List.of("agg", "aggregate", "mean", "sum", "count", "size", "min",
            "max", "median", "std", "var", "nunique", "first", "last");

    @Override
    public String name() {
        return "bind_relational_methods";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        return switch (node) {
            case CallMethod c when c.receiver() instanceof io.stratum.ir.logical.IndexedResult r ->
                    RuleResult.rewrittenTo(IndexedResultMethods.method(c, r, ctx));
            case UnaryOp u when u.operand() instanceof io.stratum.ir.logical.IndexedResult r ->
                    RuleResult.rewrittenTo(IndexedResultMethods.unary(u, r, ctx));
            case io.stratum.ir.logical.GetAttr g when g.input() instanceof io.stratum.ir.logical.IndexedResult r ->
                    RuleResult.rewrittenTo(IndexedResultMethods.attribute(g, r));
            case GetItem g when g.input() instanceof io.stratum.ir.logical.IndexedResult r ->
                    RuleResult.rewrittenTo(IndexedResultMethods.select(g, r, ctx));
            case BinOp b when b.left() instanceof io.stratum.ir.logical.IndexedResult
                    || b.right() instanceof io.stratum.ir.logical.IndexedResult -> RuleResult.rewrittenTo(IndexedResultMethods.binOp(b, ctx));
            case CallMethod c when IndexedResultMethods.SUMMARIES.contains(c.method()) && !(c.receiver() instanceof GroupBy) ->
                    RuleResult.rewrittenTo(IndexedResultMethods.summary(c, ctx));
            case CallMethod c when BindReductions.quantileTable(c) -> RuleResult.rewrittenTo(BindReductions.bind(c, ctx));
            case GetItem g when g.input() instanceof GroupBy grouped -> RuleResult.rewrittenTo(select(g, grouped));
            case GetItem g when isMask(g.key()) -> RuleResult.rewrittenTo(new Filter(g.input(), g.key(), g.origin()));
            case CallMethod c when c.receiver() instanceof GroupBy grouped && c.method().equals("transform") ->
                    RuleResult.rewrittenTo(GroupTransforms.bind(c, grouped));
            // groupby(k)[c].rolling(n): bound with its statistic and the reset_index that drops the keys, or refused
            // by the column binding when used as pandas' keyed result.
            case CallMethod c when c.receiver() instanceof GroupBy && WindowMethods.WINDOWS.contains(c.method()) ->
                    RuleResult.unchanged();
            case CallMethod c when c.method().equals("reset_index") && c.receiver() instanceof CallMethod stat
                    && stat.receiver() instanceof CallMethod w && WindowMethods.WINDOWS.contains(w.method())
                    && w.receiver() instanceof GroupBy g ->
                    RuleResult.rewrittenTo(WindowMethods.groupedWindowWithoutKeys(c, stat, w, g));
            case CallMethod c when c.receiver() instanceof GroupBy grouped && WindowMethods.GROUPED.contains(c.method()) ->
                    RuleResult.rewrittenTo(WindowMethods.grouped(c, grouped));
            case CallMethod c when c.receiver() instanceof GroupBy && !GROUP_METHODS.contains(c.method()) ->
                    throw GroupTransforms.unsupported(c, c.method() + "()", c.method());
            case CallMethod c when c.receiver() instanceof GroupBy grouped -> {
                Aggregate a = aggregate(c, grouped, ctx);
                yield RuleResult.rewrittenTo(a.keysAsIndex() ? IndexedResultMethods.aggregation(c,
                        new Aggregate(a.input(), a.keys(), a.aggregations(), a.sort(), false, a.origin()), grouped.series())
                        : GroupKeys.anyComputed(a.keys()) ? GroupKeys.shown(a, a.keys(), aggregatedColumns(c, a, ctx), true,
                        c.origin()) : a);
            }
            case CallMethod c when c.method().equals("reset_index") && c.receiver() instanceof Aggregate a ->
                    RuleResult.rewrittenTo(resetIndex(c, a));
            // reset_index(drop=True) of a frame or column: the same values labelled 0..n-1 (a one-frame concat).
            case CallMethod c when c.method().equals("reset_index") && dropsIndex(c) && !(c.receiver() instanceof GroupBy) ->
                    RuleResult.rewrittenTo(ignoringIndex(c.receiver(), true, c.origin()));
            case CallMethod c when FRAME_METHODS.contains(c.method()) -> RuleResult.rewrittenTo(frameMethod(c, ctx));
            default -> RuleResult.unchanged();
        };
    }

    /**
     * A row mask: a comparison, a column's {@code isna()}/{@code notna()}/{@code isin(...)}, a combination of masks
     * with {@code & | ^}, or a negated mask; {@code isin} of another column ({@code BinOp isin}) may then become a
     * semi join ({@code rewrite_isin_filter_to_semi_join}).
     */
    /** Methods of a column that give a column of the same rows (bound after this rule, so still calls here). */
    static final java.util.Set<String> COLUMN_METHODS = java.util.Set.of("lower", "upper", "strip", "lstrip",
            "rstrip", "title", "capitalize", "casefold", "slice", "replace", "round", "abs", "clip", "fillna", "astype",
            "len", "zfill", "floor", "ceil", "normalize");
    /** Attributes of a column's {@code .str}/{@code .dt} accessors that give a column of the same rows. */
    static final java.util.Set<String> ACCESSOR_FIELDS = java.util.Set.of("year", "month", "day", "hour", "minute",
            "second", "weekday", "dayofweek", "day_of_week", "dayofyear", "day_of_year", "quarter", "date");

    /**
     * A column as the plan writes it before column methods bind: a column ({@code df["a"]}) or a chain of its
     * row-wise methods and accessors ({@code df["a"].str.lower()}, {@code df["d"].dt.year}, {@code df["x"].round(0)}).
     */
    private static boolean columnExpression(LogicalNode node) {
        if (OutputKind.of(node) == OutputKind.COLUMN) {
            return true;
        }
        return switch (node) {
            case CallMethod c -> COLUMN_METHODS.contains(c.method()) && columnExpression(c.receiver());
            case io.stratum.ir.logical.GetAttr g when g.name().equals("str") || g.name().equals("dt") ->
                    columnExpression(g.input());
            case io.stratum.ir.logical.GetAttr g when ACCESSOR_FIELDS.contains(g.name()) ->
                    g.input() instanceof io.stratum.ir.logical.GetAttr dt && dt.name().equals("dt") && columnExpression(dt.input());
            default -> false;
        };
    }

    static boolean isMask(LogicalNode key) {
        return switch (key) {
            case ElementWise e -> (e.op() instanceof ElementOp.IsNa || e.op() instanceof ElementOp.IsIn)
                    && e.columns().isEmpty() && OutputKind.of(e) == OutputKind.COLUMN;
            // Not bound yet (column methods bind after this rule): a column's mask-making method.
            case CallMethod c -> MASK_METHODS.contains(c.method()) && columnExpression(c.receiver())
                    || c.method().equals("duplicated") // a frame's mask of repeated rows (BindFrameMethods)
                    || List.of("eq", "ne", "lt", "le", "gt", "ge").contains(c.method()) && columnExpression(c.receiver());
            case BinOp b -> b.op().isComparison() || switch (b.op()) {
                case AND, OR, XOR, ISIN -> true;
                default -> false;
            };
            case UnaryOp u -> u.op() == UnaryOperator.INVERT;
            default -> false;
        };
    }

    private static LogicalNode frameMethod(CallMethod c, RuleContext ctx) {
        Args a = new Args(c);
        return switch (c.method()) {
            case "merge" -> merge(c, a);
            case "groupby" -> {
                a.allow("by", "as_index", "sort", "dropna", "observed", "group_keys");
                GroupKeys.Keyed keyed = GroupKeys.of(c, a.node("by", 0));
                if (keyed == null) {
                    keyed = new GroupKeys.Keyed(c.receiver(), a.names("by", 0, true));
                }
                a.require("observed", Const.of(true), "groups are the key values rows hold (pandas 3's default"
                        + " observed=True); a category's unobserved categories get no group");
                yield new GroupBy(keyed.frame(), keyed.keys(), a.bool("sort", true), a.bool("as_index", true), null, false,
                        a.bool("dropna", true), c.origin());
            }
            case "sort_values" -> {
                a.allow("by", "ascending", "kind", "na_position", "ignore_index", "axis");
                List<String> by = a.names("by", 0, true);
                a.require("na_position", Const.of("last"), "missing values always sort last");
                a.require("axis", Const.of(0L), "only rows are sorted");
                Const asc = a.constant("ascending", 1, Const.of(true));
                List<Boolean> ascending = new ArrayList<>();
                switch (asc) {
                    case Const.BoolConst b -> by.forEach(x -> ascending.add(b.value()));
                    case Const.ListConst l when l.items().size() == by.size()
                            && l.items().stream().allMatch(x -> x instanceof Const.BoolConst) ->
                            l.items().forEach(x -> ascending.add(((Const.BoolConst) x).value()));
                    default -> throw new StratumError(c.origin(), "sort_values: ascending must be True, False or one"
                            + " of them per column of by, got " + asc.repr(), null);
                }
                Const kindArg = a.constant("kind", -1, Const.of("quicksort"));
                String kind = switch (kindArg) {
                    case Const.StrConst k when k.value().equals("quicksort") -> "quicksort";
                    case Const.StrConst k when k.value().equals("stable") || k.value().equals("mergesort") -> "stable";
                    case Const.NoneConst none -> "quicksort";
                    default -> throw new StratumError(c.origin(), "sort_values(kind=" + kindArg.repr() + ") is not supported"
                            + " by Stratum", "kind must be 'quicksort' (the default) or 'stable'/'mergesort'");
                };
                yield ignoringIndex(new SortValues(c.receiver(), by, ascending, kind, c.origin()), a.bool("ignore_index", false), c.origin());
            }
            case "head", "tail" -> {
                a.allow("n");
                Const n = a.constant("n", 0, Const.of(5L));
                if (!(n instanceof Const.IntConst i)) {
                    throw new StratumError(c.origin(), c.method() + "(n): n must be an integer, got " + n.repr(), null);
                }
                yield new Limit(c.receiver(), c.method().equals("head"), i.value(), c.origin());
            }
            case "drop_duplicates" -> {
                a.allow("subset", "keep", "inplace", "ignore_index");
                List<String> subset = a.names("subset", 0, false);
                a.require("inplace", Const.of(false), "Stratum values are immutable; use the returned frame");
                Const keep = a.constant("keep", 1, Const.of("first"));
                String k = switch (keep) {
                    case Const.StrConst s when s.value().equals("first") || s.value().equals("last") -> s.value();
                    case Const.BoolConst b when !b.value() -> "none";
                    default -> throw new StratumError(c.origin(), "drop_duplicates(keep=" + keep.repr() + ") is not supported",
                            "keep must be 'first', 'last' or False");
                };
                yield ignoringIndex(new DropDuplicates(c.receiver(), subset == null ? List.of() : subset, k, c.origin()),
                        a.bool("ignore_index", false), c.origin());
            }
            case "value_counts" -> {
                a.allow("subset", "normalize", "sort", "ascending", "dropna", "bins");
                // DataFrame.value_counts(subset, ...), Series.value_counts(normalize, ...)
                boolean column = IndexedResultMethods.isColumn(c.receiver(), ctx);
                List<String> subset = column ? null : a.names("subset", 0, false);
                if (a.positionalCount() > 1) {
                    throw new StratumError(c.origin(), "value_counts() takes its arguments by keyword here",
                            "write value_counts(" + (column ? "" : "[\"a\", \"b\"], ") + "normalize=True)");
                }
                a.require("bins", new Const.NoneConst(), "bin the column first, e.g. with pd.cut's edges in an assign");
                boolean normalize = column && a.positionalCount() == 1 ? positionalBool(c, a, "normalize")
                        : a.bool("normalize", false);
                // pandas makes a MultiIndex, one level too, unless a Series or one column named by a str is counted
                boolean multi = !column && !(a.constant("subset", 0, null) instanceof Const.StrConst);
                yield IndexedResultMethods.valueCounts(new ValueCounts(c.receiver(), subset == null ? List.of() : subset,
                        normalize, a.bool("sort", true), a.bool("ascending", false), a.bool("dropna", true), false,
                        c.origin()), c, multi, ctx);
            }
            default -> throw new IllegalStateException(c.method());
        };
    }

    private static boolean positionalBool(CallMethod c, Args a, String name) {
        if (a.constant(name, 0, null) instanceof Const.BoolConst b) {
            return b.value();
        }
        throw new StratumError(c.origin(), c.method() + "(): '" + name + "' must be True or False", null);
    }

    /** {@code node} relabelled 0..n-1 when {@code ignoreIndex} ({@code ignore_index=True}): a one-frame concat. */
    static LogicalNode ignoringIndex(LogicalNode node, boolean ignoreIndex, io.stratum.ir.node.Origin origin) {
        return ignoreIndex ? new io.stratum.ir.logical.Concat(List.of(node), false, false, true, origin) : node;
    }

    /** Whether {@code c} is {@code reset_index(drop=True)} with no other argument. */
    private static boolean dropsIndex(CallMethod c) {
        return c.args().size() == 1 && c.args().getFirst().isKeyword() && c.args().getFirst().keyword().equals("drop")
                && c.args().getFirst().value() instanceof Value v && v.value().equals(Const.of(true));
    }

    private static void checkResetIndex(CallMethod c, String what) {
        for (Arg arg : c.args()) {
            if (!(arg.isKeyword() && arg.keyword().equals("drop") && arg.value() instanceof Value v
                    && v.value().equals(Const.of(false)))) {
                throw new StratumError(c.origin(), "reset_index(" + (arg.isKeyword() ? arg.keyword() + "=..." : "...")
                        + ") is not supported after " + what, "call reset_index() to turn the values into columns");
            }
        }
    }

    private static Join merge(CallMethod c, Args a) {
        a.allow("right", "how", "on", "left_on", "right_on", "suffixes", "sort", "copy", "validate", "indicator",
                "left_index", "right_index");
        LogicalNode right = a.node("right", 0);
        if (right == null) {
            throw new StratumError(c.origin(), "merge() needs the frame to merge with", "write left.merge(right, on=\"key\")");
        }
        String how = a.string("how", 1, "inner");
        if (!List.of("inner", "left", "right", "outer").contains(how)) {
            throw new StratumError(c.origin(), "merge(how=" + Const.of(how).repr() + ") is not supported",
                    "use 'inner', 'left', 'right' or 'outer'" + (how.equals("cross") ? " (a cross join is not compiled yet)" : ""));
        }
        a.require("sort", Const.of(false), "the result keeps pandas' default order; sort it with sort_values");
        a.require("left_index", Const.of(false), "Stratum frames have no index; merge on columns");
        a.require("right_index", Const.of(false), "Stratum frames have no index; merge on columns");
        a.require("indicator", Const.of(false), null);
        a.require("validate", new Const.NoneConst(), null);
        List<String> on = a.names("on", 2, false);
        List<String> leftOn = a.names("left_on", 3, false);
        List<String> rightOn = a.names("right_on", 4, false);
        if (on != null && (leftOn != null || rightOn != null)) {
            throw new StratumError(c.origin(), "merge(): pass either on= or left_on= and right_on=, not both", null);
        }
        if (on == null && (leftOn == null || rightOn == null)) {
            throw new StratumError(c.origin(), "merge() needs the key columns",
                    "name them with on=\"key\" (or left_on= and right_on=); Stratum does not guess the common columns");
        }
        if (on != null) {
            leftOn = on;
            rightOn = on;
        }
        if (leftOn.size() != rightOn.size()) {
            throw new StratumError(c.origin(), "merge(): left_on has " + leftOn.size() + " columns but right_on has "
                    + rightOn.size(), "give as many right keys as left keys");
        }
        Const suffixes = a.constant("suffixes", -1, new Const.ListConst(List.of(Const.of("_x"), Const.of("_y")), true));
        if (!(suffixes instanceof Const.ListConst l) || l.items().size() != 2
                || !l.items().stream().allMatch(x -> x instanceof Const.StrConst || x instanceof Const.NoneConst)) {
            throw new StratumError(c.origin(), "merge(): suffixes must be a pair of strings (or None), got " + suffixes.repr(), null);
        }
        return new Join(c.receiver(), right, how, leftOn, rightOn, suffix(l.items().get(0)), suffix(l.items().get(1)), c.origin());
    }

    private static String suffix(Const c) {
        return c instanceof Const.StrConst s ? s.value() : null;
    }

    private static GroupBy select(GetItem g, GroupBy grouped) {
        if (grouped.selection() != null) {
            throw new StratumError(g.origin(), "the grouped columns are already selected", "select them once: groupby(k)[[\"a\", \"b\"]]");
        }
        Const key = g.key() instanceof Value v ? v.value() : null;
        List<String> names = switch (key) {
            case Const.StrConst s -> List.of(s.value());
            case Const.ListConst l when l.asStrings() != null -> l.asStrings();
            case null, default -> throw new StratumError(g.origin(), "select grouped columns by name, e.g. groupby(k)[\"a\"]", null);
        };
        // A single name gives pandas' SeriesGroupBy, whose list aggregations are named after the functions.
        return new GroupBy(grouped.input(), grouped.keys(), grouped.sort(), grouped.asIndex(), names,
                key instanceof Const.StrConst, grouped.dropna(), grouped.origin());
    }

    private static Aggregate aggregate(CallMethod c, GroupBy g, RuleContext ctx) {
        if (!g.dropna()) {
            throw new StratumError(g.origin(), "groupby(dropna=False) is supported before transform(...) only; an"
                    + " aggregation always drops the rows with missing keys, as by default",
                    "leave dropna at its default, True, or fill the missing keys first: df.fillna({\"k\": \"missing\"})");
        }
        boolean series = g.series();
        List<String> selected = g.selection();
        List<AggregateSpec> specs = new ArrayList<>();
        String method = c.method();
        if (method.equals("agg") || method.equals("aggregate")) {
            List<Arg> positional = c.args().stream().filter(x -> !x.isKeyword()).toList();
            List<Arg> named = c.args().stream().filter(Arg::isKeyword).toList();
            if (positional.size() > 1) {
                throw new StratumError(c.origin(), method + "() takes one positional argument (the functions)", null);
            }
            if (!positional.isEmpty() && !named.isEmpty()) {
                throw new StratumError(c.origin(), method + "(): pass the functions or named aggregations, not both", null);
            }
            if (positional.isEmpty()) {
                for (Arg n : named) {
                    specs.add(named(c, n, series ? selected.getFirst() : null));
                }
            } else {
                Const funcs = constant(c, positional.getFirst().value(), method);
                switch (funcs) {
                    case Const.StrConst s -> specs.addAll(apply(c, function(c, s.value()), selected, g, series));
                    case Const.ListConst l when series && l.asStrings() != null -> {
                        for (String f : l.asStrings()) {
                            specs.add(new AggregateSpec(f, sizeColumn(f, selected.getFirst()), function(c, f)));
                        }
                    }
                    case Const.ListConst l when g.asIndex() && l.asStrings() != null && !l.items().isEmpty() -> {
                        // pandas' two-level column names (column, function), printed so; see IndexedResultMethods.
                        List<String> columns = selected != null ? selected : IndexedResultMethods.valueColumns(c, g, ctx);
                        for (String col : columns) {
                            for (String f : l.asStrings()) {
                                specs.add(twoLevel(c, col, f));
                            }
                        }
                    }
                    case Const.ListConst l -> throw new StratumError(c.origin(), method + "(" + l.repr()
                            + ") on several columns makes two-level column names, which Stratum frames do not have"
                            + (g.asIndex() ? "" : " after as_index=False"),
                            "name each output: " + method + "(a_mean=(\"a\", \"mean\"), a_max=(\"a\", \"max\"))");
                    case Const.DictConst d when g.asIndex() && d.values().stream().anyMatch(v -> v instanceof Const.ListConst)
                            && d.keys().stream().allMatch(k -> k instanceof Const.StrConst) -> {
                        for (int i = 0; i < d.keys().size(); i++) {
                            String col = ((Const.StrConst) d.keys().get(i)).value();
                            List<String> fs = d.values().get(i) instanceof Const.StrConst f ? List.of(f.value())
                                    : d.values().get(i) instanceof Const.ListConst fl ? fl.asStrings() : null;
                            if (fs == null || fs.isEmpty()) {
                                throw new StratumError(c.origin(), method + "({...}) maps each column to a function name or"
                                        + " a list of them", "write " + method + "({\"a\": [\"mean\", \"max\"], \"b\": \"sum\"})");
                            }
                            for (String f : fs) {
                                specs.add(twoLevel(c, col, f));
                            }
                        }
                    }
                    case Const.DictConst d -> {
                        for (int i = 0; i < d.keys().size(); i++) {
                            if (!(d.keys().get(i) instanceof Const.StrConst col) || !(d.values().get(i) instanceof Const.StrConst f)) {
                                throw new StratumError(c.origin(), method + "({...}) maps column names to one function name each"
                                        + " here; a list of functions makes two-level column names",
                                        "use named aggregation: " + method + "(a_mean=(\"a\", \"mean\"))");
                            }
                            specs.add(new AggregateSpec(col.value(), sizeColumn(f.value(), col.value()), function(c, f.value())));
                        }
                    }
                    default -> throw new StratumError(c.origin(), method + "(" + funcs.repr() + ") is not supported",
                            "pass a function name, a list of names, a dict or named aggregations");
                }
            }
        } else {
            if (!c.args().isEmpty()) {
                for (Arg arg : c.args()) {
                    boolean defaultOk = arg.isKeyword() && arg.value() instanceof Value v && switch (arg.keyword()) {
                        case "ddof" -> v.value().equals(Const.of(1L));
                        case "numeric_only" -> v.value().equals(Const.of(false));
                        case "skipna", "dropna" -> v.value().equals(Const.of(true));
                        default -> false;
                    };
                    if (!defaultOk) {
                        throw new StratumError(c.origin(), "groupby(...)." + method + "(" + (arg.isKeyword() ? arg.keyword() + "=..." : "...")
                                + ") is not supported", "call it without arguments (pandas' defaults)");
                    }
                }
            }
            if (method.equals("size")) {
                // pandas: an unnamed Series (reset_index names it 0), or a 'size' column with as_index=False.
                specs.add(new AggregateSpec(g.asIndex() ? "0" : "size", null, "size"));
            } else {
                specs.addAll(apply(c, method, selected, g, series));
            }
        }
        return new Aggregate(g.input(), g.keys(), specs, g.sort(), g.asIndex(), c.origin());
    }

    /** The columns {@code a} aggregates into, from the plan (every column but the keys: from the frame's). */
    private static List<String> aggregatedColumns(CallMethod c, Aggregate a, RuleContext ctx) {
        List<String> out = new ArrayList<>();
        for (AggregateSpec s : a.aggregations()) {
            if (!s.output().equals(AggregateSpec.ALL_COLUMNS)) {
                out.add(s.output());
                continue;
            }
            List<String> all = IndexedResultMethods.columnsOf(a.input(), ctx);
            if (all == null) {
                throw new StratumError(c.origin(), c.method() + "() of every column of a frame whose columns the plan"
                        + " cannot tell before it runs", "select the aggregated columns: groupby(k)[[\"a\", \"b\"]]."
                        + c.method() + "()");
            }
            all.stream().filter(x -> !a.keys().contains(x)).forEach(out::add);
        }
        return out;
    }

    /** The aggregation of {@code column} by {@code function} under the two-level name (column, function). */
    private static AggregateSpec twoLevel(CallMethod c, String column, String function) {
        if (function(c, function).equals("size")) {
            throw new StratumError(c.origin(), c.method() + "(['size', ...]) on several columns is not supported by Stratum",
                    "call .size() on its own");
        }
        return new AggregateSpec(IndexedResultMethods.twoLevelName(column, function), column, function);
    }

    private static List<AggregateSpec> apply(CallMethod c, String function, List<String> selected, GroupBy g, boolean series) {
        if (function.equals("size")) {
            return List.of(new AggregateSpec(series ? selected.getFirst() : "size", null, "size"));
        }
        if (selected == null) {
            // Every column but the keys, resolved when the frame's columns are known.
            return List.of(new AggregateSpec(AggregateSpec.ALL_COLUMNS, AggregateSpec.ALL_COLUMNS, function));
        }
        List<AggregateSpec> out = new ArrayList<>();
        for (String col : selected) {
            out.add(new AggregateSpec(col, col, function));
        }
        return out;
    }


    private static String sizeColumn(String function, String column) {
        return function.equals("size") ? null : column;
    }

    private static AggregateSpec named(CallMethod c, Arg n, String seriesColumn) {
        Const v = constant(c, n.value(), c.method());
        if (seriesColumn != null && v instanceof Const.StrConst f) {
            return new AggregateSpec(n.keyword(), sizeColumn(f.value(), seriesColumn), function(c, f.value()));
        }
        if (v instanceof Const.ListConst l && l.items().size() == 2 && l.items().get(0) instanceof Const.StrConst col
                && l.items().get(1) instanceof Const.StrConst f) {
            return new AggregateSpec(n.keyword(), sizeColumn(f.value(), col.value()), function(c, f.value()));
        }
        throw new StratumError(c.origin(), c.method() + "(" + n.keyword() + "=" + v.repr() + "): a named aggregation is"
                + " a (column, function) pair", "write " + n.keyword() + "=(\"column\", \"mean\")");
    }

    private static String function(CallMethod c, String name) {
        if (!AggregateSpec.FUNCTIONS.contains(name)) {
            List<String> near = NearestNames.nearest(name, AggregateSpec.FUNCTIONS, 3);
            throw new StratumError(c.origin(), "unknown aggregation '" + name + "'",
                    (near.isEmpty() ? "" : "did you mean '" + String.join("' or '", near) + "'? ")
                            + "Stratum aggregates with " + String.join(", ", AggregateSpec.FUNCTIONS));
        }
        return name;
    }

    private static Aggregate resetIndex(CallMethod c, Aggregate a) {
        for (Arg arg : c.args()) {
            if (!(arg.isKeyword() && arg.keyword().equals("drop") && arg.value() instanceof Value v
                    && v.value().equals(Const.of(false)))) {
                throw new StratumError(c.origin(), "reset_index(" + (arg.isKeyword() ? arg.keyword() + "=..." : "...")
                        + ") is not supported after an aggregation", "call reset_index() to turn the keys into columns");
            }
        }
        return new Aggregate(a.input(), a.keys(), a.aggregations(), a.sort(), false, a.origin());
    }

    private static Const constant(CallMethod c, LogicalNode node, String method) {
        if (node instanceof Value v) {
            return v.value();
        }
        throw new StratumError(c.origin(), method + "(): the arguments must be constants written in the script",
                "write the column and function names literally");
    }

    /** The arguments of one call by name (positional ones by their pandas position), with pandas' names in errors. */
    private static final class Args {
        private final CallMethod call;
        private final Map<String, LogicalNode> byName = new LinkedHashMap<>();
        private final List<LogicalNode> positional = new ArrayList<>();

        Args(CallMethod call) {
            this.call = call;
            for (Arg a : call.args()) {
                if (a.isKeyword()) {
                    byName.put(a.keyword(), a.value());
                } else {
                    positional.add(a.value());
                }
            }
        }

        void allow(String... names) {
            List<String> known = List.of(names);
            for (String k : byName.keySet()) {
                if (!known.contains(k)) {
                    List<String> near = NearestNames.nearest(k, known, 3);
                    throw new StratumError(call.origin(), call.method() + "() got an unexpected keyword argument '" + k + "'",
                            near.isEmpty() ? call.method() + "() takes " + String.join(", ", known)
                                    : "did you mean '" + String.join("' or '", near) + "'?");
                }
            }
            if (positional.size() > Math.min(known.size(), call.method().equals("merge") ? 5 : 2)) {
                throw new StratumError(call.origin(), call.method() + "() got too many positional arguments",
                        "pass the others by keyword");
            }
        }

        boolean positionalEmpty() {
            return positional.isEmpty();
        }

        int positionalCount() {
            return positional.size();
        }

        LogicalNode node(String name, int position) {
            LogicalNode n = byName.get(name);
            if (n == null && position >= 0 && position < positional.size()) {
                n = positional.get(position);
            }
            return n;
        }

        Const constant(String name, int position, Const dflt) {
            LogicalNode n = node(name, position);
            if (n == null) {
                return dflt;
            }
            if (n instanceof Value v) {
                return v.value();
            }
            throw new StratumError(call.origin(), call.method() + "(): '" + name + "' must be a constant written in the script", null);
        }

        String string(String name, int position, String dflt) {
            Const c = constant(name, position, Const.of(dflt));
            if (c instanceof Const.StrConst s) {
                return s.value();
            }
            throw new StratumError(call.origin(), call.method() + "(): '" + name + "' must be a string, got " + c.repr(), null);
        }

        boolean bool(String name, boolean dflt) {
            Const c = constant(name, -1, Const.of(dflt));
            if (c instanceof Const.BoolConst b) {
                return b.value();
            }
            throw new StratumError(call.origin(), call.method() + "(): '" + name + "' must be True or False, got " + c.repr(), null);
        }

        /** Column names given as one name or a list; null when absent and not required. */
        List<String> names(String name, int position, boolean required) {
            Const c = constant(name, position, null);
            if (c == null || c instanceof Const.NoneConst) {
                if (required) {
                    throw new StratumError(call.origin(), call.method() + "() needs '" + name + "'",
                            "pass the column name or a list of names");
                }
                return null;
            }
            return switch (c) {
                case Const.StrConst s -> List.of(s.value());
                case Const.ListConst l when l.asStrings() != null && !l.items().isEmpty() -> l.asStrings();
                default -> throw new StratumError(call.origin(), call.method() + "(): '" + name
                        + "' must be a column name or a list of names, got " + c.repr(), null);
            };
        }

        /** Accepts only pandas' default (or an equal value) for an option Stratum does not offer. */
        void require(String name, Const value, String why) {
            LogicalNode n = byName.get(name);
            if (n == null) {
                return;
            }
            if (!(n instanceof Value v) || !v.value().equals(value)) {
                throw new StratumError(call.origin(), call.method() + "(" + name + "=...) is not supported"
                        + (why == null ? "" : ": " + why), "leave " + name + " at its default, " + value.repr());
            }
        }
    }
}
