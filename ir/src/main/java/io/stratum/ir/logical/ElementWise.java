package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * A per-value operation ({@link ElementOp}) on a column, or on columns of a frame: {@code df["x"].fillna(0)},
 * {@code df.isna()}, {@code df.fillna({"a": 0})} (then {@code columns} names the columns it touches; empty means
 * every column), {@code df["d"].dt.hour}, {@code df["s"].str.lower()}. The output has the input's shape.
 */
public record ElementWise(LogicalNode input, ElementOp op, List<String> columns, Origin origin) implements LogicalNode {

    public ElementWise {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(op, "op");
        columns = List.copyOf(columns);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new ElementWise(in.get(0), op, columns, origin);
    }

    @Override
    public String kind() {
        return "ElementWise";
    }

    @Override
    public void terms(Terms t) {
        t.item("op", op.render());
        if (!columns.isEmpty()) {
            t.item("columns", columns);
        }
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
