package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/** {@code df.head(n)} or {@code df.tail(n)}: the first or last rows. */
public record Limit(LogicalNode input, boolean head, long n, Origin origin) implements LogicalNode {

    public Limit {
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
        return new Limit(in.get(0), head, n, origin);
    }

    @Override
    public String kind() {
        return "Limit";
    }

    @Override
    public void terms(Terms t) {
        t.item("from", head ? "head" : "tail");
        t.item("n", n);
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
