package io.stratum.frontend.api;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Arg;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Call;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.GetAttr;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.value.Const;
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

    DataOp(LogicalNode node) {
        this.node = Objects.requireNonNull(node, "node");
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

    /** {@code x.name} for an attribute that is not a method call. */
    public DataOp attr(String name) {
        return new DataOp(new GetAttr(node, name, SourceScope.current()));
    }

    /** {@code x.method(*args, **kwargs)}: any pandas method; binding checks it against the catalog. */
    public DataOp call(String method, List<?> args, Map<String, ?> kwargs) {
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
