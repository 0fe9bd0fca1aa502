package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/** groupby-aggregate by hashing the key columns; keys first, then one column per aggregation. */
public record HashAggregate(PhysicalOp input, List<String> keys, List<io.stratum.ir.logical.AggregateSpec> aggregations, boolean sort, Origin origin) implements PhysicalOp {

    public HashAggregate {
        Objects.requireNonNull(input, "input");
        keys = List.copyOf(keys);
        aggregations = List.copyOf(aggregations);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new HashAggregate(in.get(0), keys, aggregations, sort, origin);
    }

    @Override
    public String kind() {
        return "HashAggregate";
    }

    @Override
    public void terms(Terms t) {
        t.item("keys", keys);
        for (io.stratum.ir.logical.AggregateSpec a : aggregations) {
            t.item(a.output(), a.render());
        }
        t.item("sort", sort);
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
