package io.stratum.frontend.api;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Arg;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Call;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.GetAttr;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import io.stratum.ir.logical.RowsByPosition;
import io.stratum.ir.value.RowPositions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lazy value of a pipeline — a frame, a column, a prediction, an estimator or a choice — as skrub's
 * {@code DataOp}. Every method records a step in the logical plan; nothing is computed until a
 * {@link io.stratum.frontend.session.Session} runs the plan.
 */
public final class DataOp {
    private final LogicalNode node;
    /** The name given by {@code .skb.set_name}, shown when the DataOp is printed; not part of the plan. */
    private final String name;

    /**
     * The scorers {@code .skb.with_scoring(...)} attached, in call order (each a result name and a scorer name, null
     * for the learner's own score), or empty; not part of the plan: searches and cross_validate read them when given
     * no scoring.
     */
    private final List<ScoringSteps.Scorer> scorers;

    DataOp(LogicalNode node) {
        this(node, null, List.of());
    }

    private DataOp(LogicalNode node, String name, List<ScoringSteps.Scorer> scorers) {
        this.node = Objects.requireNonNull(node, "node");
        this.name = name;
        this.scorers = List.copyOf(scorers);
    }

    /** {@code .skb.set_name(name)}: the same step, printed as {@code <name | ...>} (skrub's modified copy). */
    public DataOp named(String name) {
        return new DataOp(node, name, scorers);
    }

    /** The same step with {@code more} scorers after those already attached ({@code .skb.with_scoring}). */
    DataOp withScorers(List<ScoringSteps.Scorer> more) {
        List<ScoringSteps.Scorer> all = new java.util.ArrayList<>(scorers);
        all.addAll(more);
        return new DataOp(node, name, all);
    }

    /** The scorers {@code .skb.with_scoring(...)} attached, in call order (empty when none). */
    public List<ScoringSteps.Scorer> scorers() {
        return scorers;
    }

    /** The name given by {@code .skb.set_name}, or null. */
    public String name() {
        return name;
    }

    /** Wraps an existing logical node (for tools that build plans directly). */
    public static DataOp of(LogicalNode node) {
        return new DataOp(node);
    }

    /** The logical plan this value stands for. */
    public LogicalNode node() {
        return node;
    }

    /** {@code x["column"]}: one column. */
    public DataOp get(String column) {
        return new DataOp(new GetItem(node, DataOps.lift(column).node, SourceScope.current()));
    }

    /** {@code x[["a", "b"]]}: a frame of those columns, in that order. */
    public DataOp get(List<String> columns) {
        return new DataOp(new GetItem(node, DataOps.lift(columns).node, SourceScope.current()));
    }

    /** {@code x[key]} for any key: a name, a list of names, or a DataOp (a boolean mask). */
    public DataOp getItem(Object key) {
        return new DataOp(new GetItem(node, DataOps.lift(key).node, SourceScope.current()));
    }

    /**
     * {@code x[start:stop]} or {@code x.iloc[start:stop]}: rows by position, as pandas slices a frame or a series
     * (null bounds are left out). Written as the {@code head}/{@code tail} steps that select the same rows, so the
     * relational binding and its row-count metadata apply: {@code [a:b]} is {@code head(b).tail(-a)}, {@code [-k:]}
     * is {@code tail(k)}, {@code [:-k]} is {@code head(-k)}. A step other than 1 ({@code df[::2]}, {@code [::-1]}),
     * and a negative start with a non-negative stop (which need the row count) are a {@link RowsByPosition} node
     * resolved when the plan runs, with Python's slice semantics.
     */
    public DataOp slice(Long start, Long stop, Long step) {
        return slice(start, stop, step, false);
    }

    /** {@code x.iloc[start:stop:step]}: the same rows as {@link #slice(Long, Long, Long)}, described as skrub lists it. */
    public DataOp ilocSlice(Long start, Long stop, Long step) {
        return slice(start, stop, step, true);
    }

    /**
     * {@code x.loc[mask]}: the rows where the boolean column {@code mask} is true, as {@code x[mask]}, described as skrub
     * lists it ({@code GetAttr 'loc'}, then the mask's steps, then {@code GetItem}).
     */
    public DataOp loc(DataOp mask) {
        return new DataOp(new GetItem(node, mask.node, SourceScope.current(),
                new io.stratum.ir.logical.Written(node, "loc", null)));
    }

    /** The slice with how the script wrote it attached to the outermost node the plan makes of it. */
    private DataOp slice(Long start, Long stop, Long step, boolean iloc) {
        DataOp out = rowsOfSlice(start, stop, step);
        io.stratum.ir.logical.Written written = new io.stratum.ir.logical.Written(node, iloc ? "iloc" : null,
                io.stratum.ir.logical.Written.sliceRepr(start, stop, step));
        return switch (out.node) {
            case io.stratum.ir.logical.CallMethod c when out != this -> new DataOp(new io.stratum.ir.logical.CallMethod(
                    c.receiver(), c.method(), c.args(), c.origin(), written));
            case RowsByPosition r -> new DataOp(new RowsByPosition(r.input(), r.positions(), r.origin(), written));
            default -> out;
        };
    }

    private DataOp rowsOfSlice(Long start, Long stop, Long step) {
        if (step != null && step == 0) {
            throw error("slice step cannot be zero", "use a positive step such as df[::2], or a negative one to reverse");
        }
        if (step != null && step != 1 || start != null && start < 0 && stop != null && stop >= 0) {
            return new DataOp(new RowsByPosition(node, new RowPositions.Slice(start, stop, step == null ? 1 : step),
                    SourceScope.current()));
        }
        DataOp out = this;
        if (start != null && start < 0) {
            out = out.call("tail", List.of(-start), Map.of());
            if (stop != null) {
                out = out.call("head", List.of(stop), Map.of());
            }
            return out;
        }
        if (stop != null) {
            out = out.call("head", List.of(stop), Map.of());
        }
        if (start != null && start > 0) {
            out = out.call("tail", List.of(-start), Map.of());
        }
        return out;
    }

    /**
     * {@code x.iloc[[p0, p1, ...]]}: the rows at these positions in this order, negative ones counted from the end and
     * repeats allowed, as pandas takes them; a position outside the rows is an error at this line when the plan runs.
     */
    public DataOp takePositions(List<Long> positions) {
        List<String> items = positions.stream().map(String::valueOf).toList();
        return new DataOp(new RowsByPosition(node, new RowPositions.Positions(positions), SourceScope.current(),
                new io.stratum.ir.logical.Written(node, "iloc", "[" + String.join(", ", items) + "]")));
    }

    /**
     * {@code choice.match({outcome: value, ...}, default=...)}: a value that depends on the outcome of this choice (skrub's
     * {@code Choice.match}). The keys must be outcomes of the choice (its values, not the names of a dict's entries);
     * without a default ({@code hasDefault} false) every outcome needs a key. The result is a
     * {@link Choice#match() match} of the same choice, so the search tries each outcome once, with the values
     * following it. A match of a match maps through both, as skrub's {@code Match.match}.
     */
    public DataOp match(List<Const> keys, List<?> values, Object defaultValue, boolean hasDefault) {
        if (!(node instanceof Choice choice) || choice.range() != null) {
            throw error(".match() is a method of choices made by skrub.choose_from, choose_bool or optional, not of "
                    + (node instanceof Choice ? "a numeric range" : "a " + node.kind() + " DataOp"),
                    "for a run-time value use .skb.match(...) on a DataOp");
        }
        List<Const> outcomes = new ArrayList<>();
        for (LogicalNode o : choice.outcomes()) {
            if (!(o instanceof Value v)) {
                throw error("to use match(), every outcome of the choice '" + choice.name() + "' must be a constant, but one is a "
                        + o.kind(), "choose among names, e.g. choose_from([\"ridge\", \"lasso\"]), and match them to estimators");
            }
            outcomes.add(v.value());
        }
        List<String> extra = new ArrayList<>();
        for (Const k : keys) {
            if (!outcomes.contains(k)) {
                extra.add(k.repr());
            }
        }
        if (!extra.isEmpty()) {
            throw error("the keys " + String.join(", ", extra) + " of the mapping given to match() are not outcomes of the choice '"
                    + choice.name() + "'", "its outcomes are " + joinReprs(outcomes));
        }
        List<LogicalNode> mapped = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Const outcome : outcomes) {
            int at = keys.indexOf(outcome);
            if (at >= 0) {
                mapped.add(DataOps.lift(values.get(at)).node);
            } else if (hasDefault) {
                mapped.add(DataOps.lift(defaultValue).node);
            } else {
                missing.add(outcome.repr());
            }
        }
        if (!missing.isEmpty()) {
            throw error("the outcomes " + String.join(", ", missing) + " of the choice '" + choice.name()
                    + "' have no entry in the mapping given to match()", "give an entry for each outcome, or a default=...");
        }
        return new DataOp(new Choice(choice.name(), choice.labels(), mapped, null, true, SourceScope.current()));
    }

    /**
     * Whether this is a choice whose outcomes are all constants, known before the plan runs ({@code choose_from([1, 2])},
     * {@code choose_int(1, 3, n_steps=3)}, {@code choose_bool()}), which {@link #perOutcome} can expand.
     */
    public boolean hasConstantOutcomes() {
        return node instanceof Choice c && !c.outcomes().isEmpty() && c.outcomes().stream().allMatch(o -> o instanceof Value);
    }

    /**
     * skrub's call of a {@code skrub.deferred} function with this choice as an argument: the function runs on each
     * candidate's value, so the result is {@code body} of each outcome, taken exactly when this choice takes that
     * outcome (another image of the same choice, as {@link #match} builds it).
     */
    public DataOp perOutcome(java.util.function.Function<Const, Object> body) {
        if (!hasConstantOutcomes()) {
            throw new IllegalStateException("not a choice of constants");
        }
        Choice choice = (Choice) node;
        List<LogicalNode> results = new ArrayList<>();
        for (LogicalNode o : choice.outcomes()) {
            results.add(DataOps.lift(body.apply(((Value) o).value())).node);
        }
        return new DataOp(new Choice(choice.name(), choice.labels(), results, choice.range(), true, true, SourceScope.current()));
    }

    /** {@code choose_bool().if_else(a, b)}: {@code a} when the choice is True, else {@code b} (skrub's {@code BoolChoice.if_else}). */
    public DataOp ifElse(Object ifTrue, Object ifFalse) {
        if (!(node instanceof Choice choice) || choice.range() != null || !isBoolChoice(choice)) {
            throw error(".if_else() is a method of skrub.choose_bool() choices"
                    + (node instanceof Choice ? "; use .match({...}) for other choices" : ", not of a " + node.kind() + " DataOp"),
                    node instanceof Choice ? null : "for a run-time condition use .skb.if_else(a, b) on a DataOp");
        }
        return match(List.of(Const.of(true), Const.of(false)), List.of(DataOps.lift(ifTrue), DataOps.lift(ifFalse)), null, false);
    }

    private static boolean isBoolChoice(Choice c) {
        for (LogicalNode o : c.outcomes()) {
            if (!(o instanceof Value v && v.value() instanceof Const.BoolConst)) {
                return false;
            }
        }
        return true;
    }

    private static String joinReprs(List<Const> values) {
        List<String> parts = new ArrayList<>();
        for (Const c : values) {
            parts.add(c.repr());
        }
        return String.join(", ", parts);
    }

    /**
     * The number of rows as a value computed from the data ({@code len(df)} or {@code df.shape[0]} where the plan cannot
     * tell it: after a filter, below {@code mark_as_X}), computed on the rows the step sees when the plan runs.
     */
    public DataOp rowCount() {
        return new DataOp(new io.stratum.ir.logical.Reduce(node, "len", Const.none(), SourceScope.current()));
    }

    /** {@code x.name} for an attribute that is not a method call. */
    public DataOp attr(String name) {
        return new DataOp(new GetAttr(node, name, SourceScope.current()));
    }

    /**
     * The column that {@code groupby(k)["c"]} (this DataOp) selects, as a plain column of the grouped frame
     * ({@code df["c"]}), or null when this is not a group-by with one column selected by name: what a script function
     * given to {@code transform(f)} is traced over, both frontends calling {@code f} on it (see
     * {@code GroupTransforms}: the function's one per-row method is then computed per group).
     */
    public DataOp groupedColumn() {
        if (node instanceof GetItem g && g.input() instanceof CallMethod c && c.method().equals("groupby")
                && g.key() instanceof Value v && v.value() instanceof Const.StrConst) {
            return new DataOp(new GetItem(c.receiver(), g.key(), SourceScope.current()));
        }
        return null;
    }

    /** {@code x.method(*args, **kwargs)}: any pandas method; binding checks it against the catalog. */
    public DataOp call(String method, List<?> args, Map<String, ?> kwargs) {
        if (method.equals("where")) {
            DataOp frameWhere = FrameWhere.of(this, args, kwargs);
            if (frameWhere != null) {
                return frameWhere;
            }
        }
        if (method.equals("select_dtypes")) {
            return FrameSelectDtypes.of(this, args, kwargs);
        }
        if (method.equals("query")) {
            return FrameQuery.of(this, args, kwargs);
        }
        if (method.equals("sample")) {
            return RowSample.of(this, args, kwargs);
        }
        if (method.equals("nlargest") || method.equals("nsmallest")) {
            return NLargest.of(this, method, args, kwargs);
        }
        if (NumericOnlyReductions.asked(method, kwargs)) {
            DataOp numeric = NumericOnlyReductions.of(this, method, args, kwargs);
            if (numeric != null) {
                return numeric;
            }
        }
        List<Arg> out = new ArrayList<>();
        for (Object a : args) {
            out.add(Arg.positional(DataOps.lift(a).node));
        }
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            out.add(Arg.keyword(e.getKey(), DataOps.lift(e.getValue()).node));
        }
        return new DataOp(new CallMethod(node, method, out, SourceScope.current()));
    }

    /** {@code df.drop(columns=[...])}. */
    public DataOp drop(List<String> columns) {
        return call("drop", List.of(), Map.of("columns", columns));
    }

    /** {@code df.assign(name=value, ...)}, in the map's iteration order (use a LinkedHashMap). */
    public DataOp assign(Map<String, ?> columns) {
        return call("assign", List.of(), columns);
    }

    /** {@code self <op> other}. */
    public DataOp binary(BinaryOperator op, Object other) {
        return new DataOp(new BinOp(op, node, DataOps.lift(other).node, SourceScope.current()));
    }

    /** {@code other <op> self}, for a constant on the left such as {@code 2025 - x}. */
    public DataOp binaryReversed(BinaryOperator op, Object other) {
        return new DataOp(new BinOp(op, DataOps.lift(other).node, node, SourceScope.current()));
    }

    public DataOp plus(Object other) {
        return binary(BinaryOperator.ADD, other);
    }

    public DataOp minus(Object other) {
        return binary(BinaryOperator.SUB, other);
    }

    public DataOp times(Object other) {
        return binary(BinaryOperator.MUL, other);
    }

    public DataOp dividedBy(Object other) {
        return binary(BinaryOperator.TRUEDIV, other);
    }

    /** {@code -self}, {@code ~self} or {@code abs(self)}. */
    public DataOp unary(UnaryOperator op) {
        return new DataOp(new UnaryOp(op, node, SourceScope.current()));
    }

    /**
     * {@code np.<function>(self)}: a numpy element-wise function, recorded as a generic {@code numpy.*} call that
     * the optimizer's bind batch types.
     */
    public DataOp numpy(NumericFunction function) {
        return new DataOp(new Call(function.qualifiedName(), List.of(Arg.positional(node)), SourceScope.current()));
    }

    /** The {@code .skb} namespace: apply estimators, mark X and y, make a search. */
    public Skb skb() {
        return new Skb(this);
    }

    /** {@code choice.as_data_op()}: a choice is already a DataOp here; anything else is returned as it is. */
    public DataOp asDataOp() {
        return this;
    }

    /** The value as a constant, or null when it is not a constant. */
    public Const constant() {
        return node instanceof io.stratum.ir.logical.Value v ? v.value() : null;
    }

    @Override
    public String toString() {
        return "<DataOp " + node.kind() + ">";
    }

    static StratumError error(String message, String hint) {
        return new StratumError(SourceScope.current(), message, hint);
    }
}
