package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code .skb.mark_as_X()}: the features; cross-validation splits the rows here. */
public record MarkX(LogicalNode input, Origin origin) implements LogicalNode {

    public MarkX {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new MarkX(in.get(0), origin);
    }

    @Override
    public String kind() {
        return "MarkX";
    }

    @Override
    public void terms(Terms t) {

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
