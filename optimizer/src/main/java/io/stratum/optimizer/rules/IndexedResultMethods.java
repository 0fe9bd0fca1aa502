package io.stratum.optimizer.rules;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Aggregate;
import io.stratum.ir.logical.AggregateSpec;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.IndexedResult;
import io.stratum.ir.logical.Limit;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Rename;
import io.stratum.ir.logical.SortValues;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.ValueCounts;
import io.stratum.ir.node.Origin;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.metadata.ColumnStats;
import io.stratum.optimizer.metadata.MetadataDerivation;
import io.stratum.optimizer.metadata.NodeMetadata;
import io.stratum.optimizer.metadata.OutputKind;
import java.util.ArrayList;
import java.util.List;

/**
 * pandas' results whose index holds keys ({@code value_counts()}, a group-by aggregation) as {@link IndexedResult}s,
 * and the steps agents chain on them that keep the keys in the index: {@code head}/{@code tail}, {@code sort_index},
 * {@code sort_values}, arithmetic with a number, {@code round}, selecting value columns, reductions of the values and
 * {@code reset_index()}, which gives the keys back as columns. Every other step on such a result is refused at its
 * line ({@link #refuseConsumer}): Stratum frames carry no index of keys, and a step that read them as plain columns
 * would give another answer than pandas.
 */
public final class IndexedResultMethods {
    private static final List<String> REDUCTIONS = List.of("mean", "median", "sum", "min", "max", "std", "var", "count",
            "nunique");

    private static final String TWO_LEVEL = "\u001f";
    /** The summary tables of a frame bound here ({@link #summary}). */
    static final List<String> SUMMARIES = List.of("describe", "corr");

    private IndexedResultMethods() {
    }

    /**
     * {@code value_counts()} ({@code counts}, without its keys in the index) as pandas gives it, with the keys in the
     * index: a MultiIndex when {@code multi} (a frame's counts, unless one column is named by a str) or several levels.
     */
    static IndexedResult valueCounts(ValueCounts counts, CallMethod c, boolean multi, RuleContext ctx) {
        List<String> subset = counts.subset();
        List<String> values = List.of(counts.normalize() ? "proportion" : "count");
        if (!subset.isEmpty()) {
            return new IndexedResult(counts, subset.size(), subset, values, true, false, null, null, true,
                    multi || subset.size() > 1, null, c.origin());
        }
        List<String> counted = columnsOf(c.receiver(), ctx);
        if (counted != null) {
            // a Series pandas gives no name (a - b of two named columns) counts into an index without a name
            boolean named = multi || !"".equals(seriesName(c.receiver()));
            return new IndexedResult(counts, counted.size(), counted, values, true, false, null, null, named,
                    multi || counted.size() > 1, null, c.origin());
        }
        if (c.receiver() instanceof GetItem g && g.key() instanceof Value v && v.value() instanceof Const.StrConst s) {
            return new IndexedResult(counts, 1, List.of(s.value()), values, true, false, c.origin());
        }
        if (OutputKind.of(c.receiver()) == OutputKind.FRAME) {
            throw new StratumError(c.origin(), "value_counts() of a frame whose columns the plan cannot tell before it runs",
                    "name the counted columns: value_counts(subset=[\"a\", \"b\"])");
        }
        // A computed column (df["a"].str.lower()): one index level, its name known when the plan is bound.
        return new IndexedResult(counts, 1, null, values, true, false, c.origin());
    }

    /** A group-by aggregation that leaves its keys in the index ({@code as_index=True}, pandas' default). */
    static IndexedResult aggregation(CallMethod c, Aggregate a, boolean seriesSelection) {
        boolean allColumns = a.aggregations().stream().anyMatch(s -> s.output().equals(AggregateSpec.ALL_COLUMNS));
        List<String> values = allColumns ? null : a.aggregations().stream().map(AggregateSpec::output).toList();
        boolean series;
        boolean unnamed = false;
        if (c.method().equals("agg") || c.method().equals("aggregate")) {
            series = seriesSelection && c.args().size() == 1 && !c.args().getFirst().isKeyword()
                    && c.args().getFirst().value() instanceof Value v && v.value() instanceof Const.StrConst;
        } else if (c.method().equals("size")) {
            series = true;
            unnamed = !seriesSelection;
        } else {
            series = seriesSelection;
        }
        if (values != null && values.stream().anyMatch(v -> v.contains(TWO_LEVEL))) {
            List<String> tops = new ArrayList<>();
            List<String> subs = new ArrayList<>();
            for (AggregateSpec s : a.aggregations()) {
                tops.add(s.column());
                subs.add(s.function());
            }
            return new IndexedResult(a, a.keys().size(), a.keys(), values, false, false, tops, subs, c.origin());
        }
        return new IndexedResult(a, a.keys().size(), a.keys(), values, series, unnamed, c.origin());
    }

    /**
     * The column a two-level name (column, function) is computed in: its parts joined by a character no script
     * writes in a column name, so that it is one of a kind; printing shows the two levels.
     */
    static String twoLevelName(String column, String function) {
        return column + TWO_LEVEL + function;
    }

    /** Every column of the grouped frame but the keys, for {@code agg([...])} without a selection. */
    static List<String> valueColumns(CallMethod c, io.stratum.ir.logical.GroupBy g, RuleContext ctx) {
        List<String> all = columnsOf(g.input(), ctx);
        if (all == null) {
            throw new StratumError(c.origin(), c.method() + "([...]) of every column of a frame whose columns the plan"
                    + " cannot tell before it runs", "select the aggregated columns: groupby(k)[[\"a\", \"b\"]].agg([...])");
        }
        return all.stream().filter(x -> !g.keys().contains(x)).toList();
    }

    /**
     * {@code df.describe()} (or a column's) and {@code df.corr()}: a summary table whose row labels (the statistics'
     * names, the columns' names) pandas puts in an index without a name.
     */
    static IndexedResult summary(CallMethod c, RuleContext ctx) {
        String m = c.method();
        boolean column = isColumn(c.receiver(), ctx);
        CallArguments a;
        io.stratum.ir.logical.Reduce reduce;
        if (m.equals("describe")) {
            a = new CallArguments(m, c.origin(), c.args(), List.of("percentiles", "include", "exclude"), 1);
            a.requireDefault("percentiles", Const.none());
            a.requireDefault("include", Const.none());
            a.requireDefault("exclude", Const.none());
            reduce = new io.stratum.ir.logical.Reduce(c.receiver(), m, Const.none(), c.origin());
        } else {
            if (column) {
                throw new StratumError(c.origin(), "a column's corr(other) is not supported by Stratum",
                        "select both columns and take the frame's: df[[\"a\", \"b\"]].corr()");
            }
            a = new CallArguments(m, c.origin(), c.args(), List.of("method", "min_periods", "numeric_only"), 1);
            a.requireDefault("method", Const.of("pearson"));
            a.requireDefault("min_periods", Const.of(1L));
            reduce = new io.stratum.ir.logical.Reduce(c.receiver(), m, Const.of(a.bool("numeric_only", false)), c.origin());
        }
        boolean unnamed = column && "".equals(seriesName(c.receiver()));
        return new IndexedResult(reduce, 1, null, summaryValues(c, column, ctx), column, unnamed, null, null, false,
                c.origin());
    }

    /**
     * {@code s.quantile([...])} or {@code df.quantile([...])} ({@code reduce}): a table of the quantiles (in an index
     * without a name) by the columns, or a Series of them named after the column.
     */
    static IndexedResult quantiles(CallMethod c, io.stratum.ir.logical.Reduce reduce, RuleContext ctx) {
        boolean column = isColumn(c.receiver(), ctx);
        boolean unnamed = column && "".equals(seriesName(c.receiver()));
        return new IndexedResult(reduce, 1, null, summaryValues(c, column, ctx), column, unnamed, null, null, false,
                c.origin());
    }

    /** The value columns of the summary {@code c} of a frame or a {@code column}: its numeric ones; null when unknown. */
    private static List<String> summaryValues(CallMethod c, boolean column, RuleContext ctx) {
        String m = c.method();
        List<String> values = null;
        NodeMetadata in = metadataOf(c.receiver(), ctx);
        if (in != null && in.schema().isPresent()) {
            List<String> names = new ArrayList<>();
            for (ColumnStats s : in.schema().get()) {
                boolean number = s.type() == io.stratum.optimizer.metadata.ColumnType.INT64
                        || s.type() == io.stratum.optimizer.metadata.ColumnType.FLOAT64;
                if (number || m.equals("corr") && s.type() == io.stratum.optimizer.metadata.ColumnType.BOOL) {
                    names.add(s.name());
                } else if (s.type() == io.stratum.optimizer.metadata.ColumnType.UNKNOWN) {
                    names = null; // the values decide the type
                    break;
                }
            }
            values = names;
        }
        if (column && in != null && in.schema().isPresent() && in.schema().get().size() == 1) {
            values = List.of(in.schema().get().getFirst().name());
        } else if (column && c.receiver() instanceof GetItem g && g.key() instanceof Value v && v.value() instanceof Const.StrConst s) {
            values = List.of(s.value());
        } else if (column) {
            values = null;
        }
        return values;
    }

    /**
     * pandas' name of a column expression: the column's for {@code df["a"]} and its row-wise methods, the common name of
     * an operator's two columns, or the one column's beside a number; {@code ""} where pandas gives none (two columns
     * of different names); null where the plan cannot tell.
     */
    static String seriesName(LogicalNode node) {
        return switch (node) {
            case GetItem g when g.key() instanceof Value v && v.value() instanceof Const.StrConst s -> s.value();
            case BinOp b -> {
                boolean leftNumber = b.left() instanceof Value;
                boolean rightNumber = b.right() instanceof Value;
                if (leftNumber || rightNumber) {
                    yield leftNumber && rightNumber ? null : seriesName(leftNumber ? b.right() : b.left());
                }
                String left = seriesName(b.left());
                String right = seriesName(b.right());
                yield left == null || right == null ? null : left.equals(right) ? left : "";
            }
            case io.stratum.ir.logical.UnaryOp u -> seriesName(u.operand());
            // a column's row-wise methods keep its name (the same list the binder reads masks through)
            case CallMethod m when BindRelationalMethods.COLUMN_METHODS.contains(m.method()) -> seriesName(m.receiver());
            // the .str/.dt accessors and the .dt fields keep it too (df["d"].dt.month is named "d")
            case io.stratum.ir.logical.GetAttr a when a.name().equals("str") || a.name().equals("dt") -> seriesName(a.input());
            case io.stratum.ir.logical.GetAttr a when BindRelationalMethods.ACCESSOR_FIELDS.contains(a.name())
                    && a.input() instanceof io.stratum.ir.logical.GetAttr dt && dt.name().equals("dt") -> seriesName(a.input());
            default -> null;
        };
    }

    /** A method called on a result whose index holds keys: the step that keeps them there, or an error at its line. */
    static LogicalNode method(CallMethod c, IndexedResult r, RuleContext ctx) {
        String m = c.method();
        LogicalNode in = r.input();
        if (r.view() != null) {
            throw new StratumError(c.origin(), m + "() of " + viewName(r) + " is not supported by Stratum, which only"
                    + " prints it", "print it, or " + hint(r) + " and compute with the columns");
        }
        return switch (m) {
            case "to_dict" -> {
                CallArguments a = new CallArguments(m, c.origin(), c.args(), List.of("orient", "into", "index"), 1);
                a.requireDefault("orient", Const.of("dict"));
                a.requireDefault("index", Const.of(true));
                if (a.has("into")) {
                    throw a.error("to_dict(into=...) is not supported by Stratum", "leave into out (a dict)");
                }
                if (r.tops() != null) {
                    throw a.error("to_dict() of a frame with two-level column names is not supported by Stratum",
                            "select one aggregated column first: result[\"a\"].to_dict()");
                }
                yield r.viewed("dict");
            }
            case "reset_index" -> resetIndex(c, r, ctx);
            case "head", "tail" -> {
                CallArguments a = new CallArguments(m, c.origin(), c.args(), List.of("n"), 1);
                if (!(a.constant("n", Const.of(5L)) instanceof Const.IntConst n)) {
                    throw a.error(m + "(n): n must be an integer", null);
                }
                yield r.over(new Limit(in, m.equals("head"), n.value(), c.origin()));
            }
            case "sort_index" -> {
                CallArguments a = new CallArguments(m, c.origin(), c.args(), List.of("axis", "level", "ascending",
                        "inplace", "kind", "na_position", "sort_remaining", "ignore_index"), 0);
                a.requireDefault("axis", Const.of(0L));
                a.requireDefault("level", Const.none());
                a.requireDefault("inplace", Const.of(false));
                a.requireDefault("na_position", Const.of("last"));
                a.requireDefault("ignore_index", Const.of(false));
                boolean ascending = a.bool("ascending", true);
                List<String> index = indexNames(c, r, ctx, m);
                yield r.over(new SortValues(in, index, index.stream().map(x -> ascending).toList(), "stable", c.origin()));
            }
            case "sort_values" -> {
                CallArguments a = new CallArguments(m, c.origin(), c.args(), r.series()
                        ? List.of("axis", "ascending", "inplace", "kind", "na_position", "ignore_index")
                        : List.of("by", "axis", "ascending", "inplace", "kind", "na_position", "ignore_index"), r.series() ? 0 : 1);
                a.requireDefault("axis", Const.of(0L));
                a.requireDefault("inplace", Const.of(false));
                a.requireDefault("na_position", Const.of("last"));
                a.requireDefault("ignore_index", Const.of(false));
                List<String> by;
                if (r.series()) {
                    by = valueNames(c, r, ctx, m);
                } else {
                    Const b = a.constant("by", Const.none());
                    by = b instanceof Const.StrConst s ? List.of(s.value())
                            : b instanceof Const.ListConst l && l.asStrings() != null ? l.asStrings() : null;
                    if (r.tops() != null) {
                        // A two-level name is a (column, function) tuple.
                        by = b instanceof Const.ListConst l && l.tuple() && l.asStrings() != null && l.asStrings().size() == 2
                                ? List.of(twoLevelName(l.asStrings().get(0), l.asStrings().get(1))) : null;
                        if (by == null || !r.values().contains(by.getFirst())) {
                            throw a.error("sort_values(by=...) of a frame with two-level column names takes one (column,"
                                    + " function) tuple of them", "write sort_values((\"a\", \"mean\"))");
                        }
                    }
                    if (by == null || by.isEmpty()) {
                        throw a.error("sort_values(by=...) names the columns to sort by", "write sort_values(\"mean\")");
                    }
                }
                Const asc = a.constant("ascending", Const.of(true));
                List<Boolean> ascending = new ArrayList<>();
                if (asc instanceof Const.BoolConst bc) {
                    by.forEach(x -> ascending.add(bc.value()));
                } else if (asc instanceof Const.ListConst l && l.items().size() == by.size()
                        && l.items().stream().allMatch(x -> x instanceof Const.BoolConst)) {
                    l.items().forEach(x -> ascending.add(((Const.BoolConst) x).value()));
                } else {
                    throw a.error("sort_values: ascending must be True, False or one of them per column, got " + asc.repr(), null);
                }
                String kind = a.string("kind", "quicksort");
                if (!List.of("quicksort", "stable", "mergesort").contains(kind)) {
                    throw a.error("sort_values(kind=" + Const.of(kind).repr() + ") is not supported by Stratum",
                            "kind must be 'quicksort' (the default) or 'stable'/'mergesort'");
                }
                yield r.over(new SortValues(in, by, ascending, kind.equals("quicksort") ? "quicksort" : "stable", c.origin()));
            }
            case "round" -> {
                CallArguments a = new CallArguments(m, c.origin(), c.args(), List.of("decimals"), 1);
                a.constant("decimals", Const.of(0L));
                List<LogicalNode> rounded = new ArrayList<>();
                List<String> values = valueNames(c, r, ctx, m);
                for (String v : values) {
                    rounded.add(new CallMethod(column(in, v, c.origin()), "round", c.args(), c.origin()));
                }
                yield r.over(new Assign(in, values, rounded, c.origin()));
            }
            case "describe", "corr" -> {
                // the values' summary, as pandas ignores the index
                List<String> values = valueNames(c, r, ctx, m);
                LogicalNode of = r.series() ? column(in, values.getFirst(), c.origin())
                        : new GetItem(in, new Value(Const.ofStrings(values), c.origin()), c.origin());
                yield summary(new CallMethod(of, m, c.args(), c.origin()), ctx);
            }
            default -> {
                if (REDUCTIONS.contains(m)) {
                    // A reduction of the values: pandas ignores the index (one number, or one per value column).
                    List<String> values = valueNames(c, r, ctx, m);
                    LogicalNode of = r.series() ? column(in, values.getFirst(), c.origin())
                            : new GetItem(in, new Value(Const.ofStrings(values), c.origin()), c.origin());
                    yield new CallMethod(of, m, c.args(), c.origin());
                }
                throw new StratumError(c.origin(), m + "() of " + what(r) + " is not supported by Stratum", hint(r));
            }
        };
    }

    /** {@code result[name]} or {@code result[[names]]} of a keyed frame: the same keys with those value columns. */
    static LogicalNode select(GetItem g, IndexedResult r, RuleContext ctx) {
        if (r.view() != null) {
            throw new StratumError(g.origin(), "selecting from " + viewName(r) + " is not supported by Stratum, which"
                    + " only prints it", hint(r));
        }
        Const key = g.key() instanceof Value v ? v.value() : null;
        List<String> names = key instanceof Const.StrConst s ? List.of(s.value())
                : key instanceof Const.ListConst l ? l.asStrings() : null;
        if (r.series() || names == null || names.isEmpty()) {
            throw new StratumError(g.origin(), "selecting rows of " + what(r) + " by its keys or a mask is not supported"
                    + " by Stratum", hint(r) + ", then select its rows");
        }
        List<String> index = indexNames(g, r, ctx, "[...]");
        List<String> kept = new ArrayList<>(index);
        if (r.tops() != null) {
            // The top level of two-level names: its columns under their function names.
            if (!(key instanceof Const.StrConst top) || !r.tops().contains(top.value())) {
                throw new StratumError(g.origin(), "select the columns of one aggregated column of a frame with two-level"
                        + " column names by its name, e.g. result[\"a\"]", null);
            }
            List<String> from = new ArrayList<>();
            List<String> to = new ArrayList<>();
            for (int i = 0; i < r.values().size(); i++) {
                if (r.tops().get(i).equals(top.value())) {
                    from.add(r.values().get(i));
                    to.add(r.subs().get(i));
                }
            }
            kept.addAll(from);
            LogicalNode projected = new Rename(new GetItem(r.input(), new Value(Const.ofStrings(kept), g.origin()), g.origin()),
                    from, to, g.origin());
            return new IndexedResult(projected, r.levels(), index, to, false, false, r.origin());
        }
        kept.addAll(names);
        LogicalNode projected = new GetItem(r.input(), new Value(Const.ofStrings(kept), g.origin()), g.origin());
        return new IndexedResult(projected, r.levels(), index, names, key instanceof Const.StrConst, false, r.origin());
    }

    /** {@code result.index} (one level) or a Series' {@code result.values}: printed; other attributes are refused. */
    static LogicalNode attribute(io.stratum.ir.logical.GetAttr g, IndexedResult r) {
        if (r.view() == null && g.name().equals("index") && !r.multi()) {
            return r.viewed("index");
        }
        if (r.view() == null && g.name().equals("values") && r.series()) {
            return r.viewed("values");
        }
        throw new StratumError(g.origin(), "." + g.name() + " of " + (r.view() != null ? viewName(r) : what(r))
                + " is not supported by Stratum" + (g.name().equals("index") ? " (pandas' MultiIndex)" : ""),
                hint(r));
    }

    private static String viewName(IndexedResult r) {
        return switch (r.view()) {
            case "dict" -> "the dict to_dict() gives";
            case "index" -> "the index of " + what(r);
            default -> "the values of " + what(r);
        };
    }

    /**
     * Arithmetic or a comparison of a keyed Series or frame with a number (a constant or a value computed from the
     * data, such as {@code len(df)}): the values change, the keys and names stay.
     */
    static LogicalNode binOp(BinOp b, RuleContext ctx) {
        boolean left = b.left() instanceof IndexedResult;
        IndexedResult r = (IndexedResult) (left ? b.left() : b.right());
        LogicalNode other = left ? b.right() : b.left();
        OutputKind k = OutputKind.of(other);
        if (r.view() != null) {
            throw new StratumError(b.origin(), "'" + b.op().symbol() + "' of " + viewName(r) + " is not supported by"
                    + " Stratum, which only prints it", hint(r));
        }
        boolean number = k == OutputKind.CONSTANT || r.series() && (k == OutputKind.VALUE || isReductionCall(other));
        if (!number || other instanceof IndexedResult || b.op().isComparison() && !r.series()) {
            throw new StratumError(b.origin(), "'" + b.op().symbol() + "' of " + what(r) + " with "
                    + (other instanceof IndexedResult ? "another such result" : "a frame, a column or several values")
                    + " aligns them on their keys, which Stratum does not do", r.series()
                    ? "combine it with a number, or " + hint(r) + " and merge on them" : "combine it with a number, or " + hint(r));
        }
        List<String> values = valueNames(b, r, ctx, "'" + b.op().symbol() + "'");
        List<LogicalNode> computed = new ArrayList<>();
        for (String v : values) {
            LogicalNode col = column(r.input(), v, b.origin());
            computed.add(left ? new BinOp(b.op(), col, other, b.origin()) : new BinOp(b.op(), other, col, b.origin()));
        }
        return r.over(new Assign(r.input(), values, computed, b.origin()));
    }

    /** {@code -result}, {@code ~result}: of the values, the keys kept. */
    static LogicalNode unary(io.stratum.ir.logical.UnaryOp u, IndexedResult r, RuleContext ctx) {
        if (r.view() != null) {
            throw new StratumError(u.origin(), "'" + u.op() + "' of " + viewName(r) + " is not supported by Stratum,"
                    + " which only prints it", hint(r));
        }
        List<String> values = valueNames(u, r, ctx, "a unary operator");
        List<LogicalNode> computed = new ArrayList<>();
        for (String v : values) {
            computed.add(new io.stratum.ir.logical.UnaryOp(u.op(), column(r.input(), v, u.origin()), u.origin()));
        }
        return r.over(new Assign(r.input(), values, computed, u.origin()));
    }

    /**
     * Refuses {@code node} when it takes a keyed result as input and is not one of the steps above: found when the
     * plan is lowered, at the step's line.
     */
    public static void refuseConsumer(LogicalNode node) {
        if (node instanceof IndexedResult || node instanceof io.stratum.ir.logical.Reduce r && r.function().equals("len")) {
            return; // len(result): its rows, which the frame computing it has too
        }
        for (LogicalNode in : node.inputs()) {
            if (in instanceof IndexedResult r) {
                // A pipeline step (mark_as_X, an estimator) takes data from far away: the error points at the result.
                boolean pipeline = node instanceof io.stratum.ir.logical.MarkX || node instanceof io.stratum.ir.logical.MarkY
                        || node instanceof io.stratum.ir.logical.Apply || !node.origin().isKnown();
                throw new StratumError(pipeline ? r.origin() : node.origin(), step(node) + " of " + what(r)
                        + " is not supported by Stratum (its " + (r.indexNamed() ? "keys are" : "row labels are")
                        + " in the index)", hint(r));
            }
        }
    }

    private static LogicalNode resetIndex(CallMethod c, IndexedResult r, RuleContext ctx) {
        CallArguments a = new CallArguments("reset_index", c.origin(), c.args(), List.of("level", "drop", "name",
                "inplace", "col_level", "col_fill", "allow_duplicates", "names"), 0);
        a.requireDefault("level", Const.none());
        a.requireDefault("inplace", Const.of(false));
        a.requireDefault("names", Const.none());
        a.requireDefault("allow_duplicates", Const.of(false));
        LogicalNode in = r.input();
        boolean fresh = in instanceof ValueCounts || in instanceof Aggregate || in instanceof io.stratum.ir.logical.Reduce;
        if (r.tops() != null && !a.bool("drop", false)) {
            throw a.error("reset_index() of a frame with two-level column names (agg([...]) of several columns) is not"
                    + " supported by Stratum", "name each output instead: agg(a_mean=(\"a\", \"mean\"), a_max=(\"a\", \"max\"))");
        }
        if (a.bool("drop", false)) {
            List<String> values = valueNames(c, r, ctx, "reset_index");
            LogicalNode kept = r.series() ? column(in, values.getFirst(), c.origin())
                    : new GetItem(in, new Value(Const.ofStrings(values), c.origin()), c.origin());
            return BindRelationalMethods.ignoringIndex(kept, true, c.origin());
        }
        if (a.has("name")) {
            if (!r.series()) {
                throw a.error("reset_index(name=...) names a Series' values; this is a DataFrame", "leave name out");
            }
            String name = a.string("name", null);
            in = new Rename(in, List.of(valueNames(c, r, ctx, "reset_index").getFirst()), List.of(name), c.origin());
            fresh = false;
        }
        if (r.index() != null && GroupKeys.anyComputed(r.index())) {
            in = GroupKeys.shown(in, r.index(), valueNames(c, r, ctx, "reset_index"), false, c.origin());
        }
        // pandas labels the rows 0..n-1 again: a step that kept some rows (head, a sort) kept their labels.
        return fresh ? in : BindRelationalMethods.ignoringIndex(in, true, c.origin());
    }

    private static LogicalNode column(LogicalNode frame, String name, Origin origin) {
        return new GetItem(frame, new Value(Const.of(name), origin), origin);
    }

    private static boolean isReductionCall(LogicalNode node) {
        return node instanceof CallMethod c && REDUCTIONS.contains(c.method())
                && !(c.receiver() instanceof IndexedResult) && OutputKind.of(c.receiver()) == OutputKind.COLUMN
                || node instanceof CallMethod c2 && c2.receiver() instanceof GetItem g && g.input() instanceof IndexedResult;
    }

    /** The index columns' names, from the plan when the step did not say them. */
    private static List<String> indexNames(LogicalNode at, IndexedResult r, RuleContext ctx, String step) {
        if (r.index() != null) {
            return r.index();
        }
        List<String> all = columnsOf(r.input(), ctx);
        if (all == null) {
            throw new StratumError(at.origin(), step + " of " + what(r) + " needs the names of its keys, which the plan"
                    + " cannot tell before it runs", "select the counted column by name first: df[\"a\"].value_counts()");
        }
        return all.subList(0, r.levels());
    }

    /** The value columns' names, from the plan when the step did not say them ({@code groupby(k).mean()}). */
    private static List<String> valueNames(LogicalNode at, IndexedResult r, RuleContext ctx, String step) {
        if (r.values() != null) {
            return r.values();
        }
        List<String> all = columnsOf(r.input(), ctx);
        if (all == null) {
            throw new StratumError(at.origin(), step + " of " + what(r) + " needs the names of its columns, which the"
                    + " plan cannot tell before it runs", producer(r) instanceof io.stratum.ir.logical.Reduce
                    ? "print the summary as it is, or summarize a column the plan names (df[\"a\"].describe().round(2))"
                    : "select the aggregated columns: groupby(k)[[\"a\", \"b\"]].mean()");
        }
        return all.subList(r.levels(), all.size());
    }

    /** The columns of {@code node} when the plan tells them already, else null. */
    static List<String> columnsOf(LogicalNode node, RuleContext ctx) {
        NodeMetadata m = metadataOf(node, ctx);
        if (m == null || m.schema().isEmpty() || m.kind() != OutputKind.FRAME && m.kind() != OutputKind.COLUMN) {
            return null;
        }
        return m.schema().get().stream().map(ColumnStats::name).toList();
    }

    /**
     * Whether {@code node} is a column (a pandas Series): as the plan writes it ({@code df["a"]}), or as its metadata
     * tells for a method's result ({@code df["a"].clip(0, 5)}, {@code df["a"].round(0)}), which pandas' {@code describe()}
     * and {@code value_counts()} print as a Series, not as a one-column frame's table.
     */
    static boolean isColumn(LogicalNode node, RuleContext ctx) {
        if (OutputKind.of(node) == OutputKind.COLUMN) {
            return true;
        }
        NodeMetadata m = metadataOf(node, ctx);
        return m != null && m.kind() == OutputKind.COLUMN;
    }

    private static NodeMetadata metadataOf(LogicalNode node, RuleContext ctx) {
        NodeMetadata m = derived(node, ctx);
        if ((m == null || m.schema().isEmpty()) && callBelow(node, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))) {
            // This rule runs first in the bind batch, so the frame below may still hold calls the batch's later rules
            // bind (df.dropna(), fillna, rename, astype, drop, assign before describe().round(2)): their columns are
            // known once bound. Bind a copy of it with those rules, for its metadata only; the plan is bound as usual.
            m = derived(boundLater(node, ctx), ctx);
        }
        return m;
    }

    private static NodeMetadata derived(LogicalNode node, RuleContext ctx) {
        try {
            return MetadataDerivation.derive(node, ctx.sources(), ctx.catalog()).of(node);
        } catch (StratumError e) {
            return null; // reported at the step that is wrong when the whole plan is derived
        }
    }

    /** Whether a generic method call, not bound yet, is at or below {@code node}. */
    private static boolean callBelow(LogicalNode node, java.util.Set<LogicalNode> seen) {
        if (!seen.add(node)) {
            return false;
        }
        if (node instanceof CallMethod) {
            return true;
        }
        for (LogicalNode in : node.inputs()) {
            if (callBelow(in, seen)) {
                return true;
            }
        }
        return false;
    }

    /** {@code node} with the bind batch's later rules applied, in a context of its own; {@code node} when one fails. */
    private static LogicalNode boundLater(LogicalNode node, RuleContext ctx) {
        io.stratum.optimizer.driver.Batch later = io.stratum.optimizer.driver.Batch.once("bind (for metadata)",
                List.of(CoreRules.BIND_COLUMN_METHODS, CoreRules.BIND_REDUCTIONS, CoreRules.BIND_FRAME_METHODS,
                        CoreRules.BIND_NUMPY_CALLS));
        try {
            return new io.stratum.optimizer.driver.RuleDriver(List.of(later),
                    new io.stratum.optimizer.driver.RuleDriver.Config(false, false))
                    .run(node, new RuleContext(ctx.catalog(), ctx.sources())).plan();
        } catch (StratumError e) {
            return node; // the bind batch reports it at its line
        }
    }

    /** The step that made the result: value_counts, a group-by aggregation, or a summary (describe, corr). */
    private static LogicalNode producer(IndexedResult r) {
        LogicalNode n = r.input();
        while (!(n instanceof ValueCounts) && !(n instanceof Aggregate) && !(n instanceof io.stratum.ir.logical.Reduce)
                && !n.inputs().isEmpty()) {
            n = n.inputs().getFirst();
        }
        return n;
    }

    private static String what(IndexedResult r) {
        return switch (producer(r)) {
            case ValueCounts v -> "the result of value_counts()";
            case io.stratum.ir.logical.Reduce s -> "the result of " + s.function() + "()";
            default -> "a group-by aggregation's result";
        };
    }

    private static String hint(IndexedResult r) {
        return "add .reset_index() after " + switch (producer(r)) {
            case ValueCounts v -> "value_counts()";
            case io.stratum.ir.logical.Reduce s -> s.function() + "()";
            default -> "the aggregation";
        } + " to turn the " + (r.indexNamed() ? "keys" : "row labels") + " into columns";
    }

    /** How a script names the step: pandas' method or operator. */
    private static String step(LogicalNode node) {
        return switch (node) {
            case CallMethod c -> c.method() + "()";
            case io.stratum.ir.logical.Join j -> "merge()";
            case io.stratum.ir.logical.Concat c -> "pd.concat()";
            case io.stratum.ir.logical.GetAttr g -> "." + g.name();
            case io.stratum.ir.logical.Filter f -> "a row selection";
            case BinOp b -> "'" + b.op().symbol() + "'";
            case io.stratum.ir.logical.Apply a -> ".skb.apply()";
            case io.stratum.ir.logical.MarkX m -> ".skb.mark_as_X()";
            case io.stratum.ir.logical.MarkY m -> ".skb.mark_as_y()";
            default -> "the step " + node.kind();
        };
    }
}
