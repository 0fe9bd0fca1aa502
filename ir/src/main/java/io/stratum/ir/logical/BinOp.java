package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code left <op> right} on DataOps, columns or constants, with pandas semantics. */
public record BinOp(BinaryOperator op, LogicalNode left, LogicalNode right, Origin origin) implements LogicalNode {

    public BinOp {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(left, right);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 2);
        return new BinOp(op, in.get(0), in.get(1), origin);
    }

    @Override
    public String kind() {
        return "BinOp";
    }

    @Override
    public void terms(Terms t) {
        t.item("op", op.symbol());
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
