package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * {@code df.groupby(keys)[columns].transform(function)}: each row gets its group's {@code function} (an
 * {@link AggregateSpec#FUNCTIONS aggregation}) of each column, so the result has the input's rows, in the input's
 * order and with its row labels. {@code columns} null means every column but the keys; {@code series} is a single
 * column selected by name ({@code groupby(k)["x"]}), which gives a Series named after it, as does {@code size} (unnamed
 * unless one column was selected by name). Without {@code dropna}, rows with a missing key form a group of their own;
 * with it (pandas' default) they get a missing value.
 */
public record GroupTransform(LogicalNode input, List<String> keys, List<String> columns, String function, boolean dropna,
                             boolean series, Origin origin) implements LogicalNode {

    public GroupTransform {
        Objects.requireNonNull(input, "input");
        keys = List.copyOf(keys);
        columns = columns == null ? null : List.copyOf(columns);
        Objects.requireNonNull(function, "function");
        if (!AggregateSpec.FUNCTIONS.contains(function)) {
            throw new IllegalArgumentException("unknown aggregation '" + function + "'");
        }
        if (series && (columns == null || columns.size() != 1)) {
            throw new IllegalArgumentException("a Series transform needs exactly one column, got " + columns);
        }
        Objects.requireNonNull(origin, "origin");
    }

    /** True when the result is one column (a Series): one column selected by name, or the group sizes. */
    public boolean column() {
        return series || function.equals("size");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new GroupTransform(in.get(0), keys, columns, function, dropna, series, origin);
    }

    @Override
    public String kind() {
        return "GroupTransform";
    }

    @Override
    public void terms(Terms t) {
        terms(t, keys, columns, function, dropna, series);
    }

    /** The terms of a group transform, logical or physical ({@code HashGroupTransform}): EXPLAIN shows both alike. */
    public static void terms(Terms t, List<String> keys, List<String> columns, String function, boolean dropna,
                             boolean series) {
        t.item("keys", keys);
        if (columns != null) {
            t.item(series ? "column" : "columns", columns);
        }
        t.item("function", function);
        t.item("dropna", dropna);
    }

    @Override
    public boolean equals(Object o) {
        return PlanNode.sameStructure(this, o);
    }

    @Override
    public int hashCode() {
        return fingerprint().hashCode();
    }
}
