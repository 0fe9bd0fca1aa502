package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * {@code groupby(keys)[columns].transform(function)}: the rows hashed into groups once, each group's aggregate
 * computed as {@link HashAggregate} computes it, then gathered back to every row through the row's group number —
 * the input's rows, order and labels ({@code columns} null: every column but the keys).
 */
public record HashGroupTransform(PhysicalOp input, List<String> keys, List<String> columns, String function, boolean dropna,
                                 boolean series, Origin origin) implements PhysicalOp {

    public HashGroupTransform {
        Objects.requireNonNull(input, "input");
        keys = List.copyOf(keys);
        columns = columns == null ? null : List.copyOf(columns);
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new HashGroupTransform(in.get(0), keys, columns, function, dropna, series, origin);
    }

    @Override
    public String kind() {
        return "HashGroupTransform";
    }

    @Override
    public void terms(Terms t) {
        io.stratum.ir.logical.GroupTransform.terms(t, keys, columns, function, dropna, series);
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
