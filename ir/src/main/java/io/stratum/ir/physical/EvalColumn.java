package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** A column computed row by row from columns of the inputs (column arithmetic outside {@code assign}). */
public record EvalColumn(List<PhysicalOp> operands, ColumnExpr expr, Origin origin) implements PhysicalOp {

    public EvalColumn {
        operands = List.copyOf(operands);
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return operands;
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, operands.size());
        return new EvalColumn(in, expr, origin);
    }

    @Override
    public String kind() {
        return "EvalColumn";
    }

    @Override
    public void terms(Terms t) {
        t.item("expr", expr.render());
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
