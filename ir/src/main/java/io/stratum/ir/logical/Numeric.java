package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/** A numpy element-wise function applied to a column, e.g. {@code np.log1p(df["x"])}, after binding. */
public record Numeric(NumericFunction function, LogicalNode operand, Origin origin) implements LogicalNode {

    public Numeric {
        Objects.requireNonNull(function, "function");
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
        return new Numeric(function, in.get(0), origin);
    }

    @Override
    public String kind() {
        return "Numeric";
    }

    @Override
    public void terms(Terms t) {
        t.item("function", function.numpyName());
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
