package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code -x}, {@code ~x} or {@code abs(x)} on a DataOp. */
public record UnaryOp(UnaryOperator op, LogicalNode operand, Origin origin) implements LogicalNode {

    public UnaryOp {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(operand);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new UnaryOp(op, in.get(0), origin);
    }

    @Override
    public String kind() {
        return "UnaryOp";
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
