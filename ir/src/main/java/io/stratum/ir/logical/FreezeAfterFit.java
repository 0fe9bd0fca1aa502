package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * skrub's {@code .skb.freeze_after_fit()} of a value computed from X or y: computed when fitting (on a fold's training
 * rows) and reused, not recomputed, when predicting on the test rows.
 */
public record FreezeAfterFit(LogicalNode input, Origin origin) implements LogicalNode {

    public FreezeAfterFit {
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
        return new FreezeAfterFit(in.get(0), origin);
    }

    @Override
    public String kind() {
        return "FreezeAfterFit";
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
