package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/** {@code groupby(keys).agg(...)}: one row per group, the keys (as columns once {@code reset_index()} or {@code as_index=False} says so) and one column per aggregation. */
public record Aggregate(LogicalNode input, List<String> keys, List<AggregateSpec> aggregations, boolean sort, boolean keysAsIndex, Origin origin) implements LogicalNode {

    public Aggregate {
        Objects.requireNonNull(input, "input");
        keys = List.copyOf(keys);
        aggregations = List.copyOf(aggregations);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new Aggregate(in.get(0), keys, aggregations, sort, keysAsIndex, origin);
    }

    @Override
    public String kind() {
        return "Aggregate";
    }

    @Override
    public void terms(Terms t) {
        t.item("keys", keys);
        for (AggregateSpec a : aggregations) {
            t.item(a.output(), a.render());
        }
        t.item("sort", sort);
        t.item("keys_as_index", keysAsIndex);
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
