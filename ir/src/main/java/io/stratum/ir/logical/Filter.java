package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/** {@code df[mask]}: the rows of a frame where a boolean column computed from it is true. */
public record Filter(LogicalNode input, LogicalNode mask, Origin origin) implements LogicalNode {

    public Filter {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input, mask);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 2);
        return new Filter(in.get(0), in.get(1), origin);
    }

    @Override
    public String kind() {
        return "Filter";
    }

    @Override
    public void terms(Terms t) {
    }

    @Override
    public List<String> inputRoles() {
        return List.of("of", "mask");
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
