package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code x[key]}: one column by name, several by a list, or rows by a mask. */
public record GetItem(LogicalNode input, LogicalNode key, Origin origin, Written written) implements LogicalNode {

    /** {@code x[key]} as written. ({@code written}: set for {@code x.loc[mask]}, for describe_steps only.) */
    public GetItem(LogicalNode input, LogicalNode key, Origin origin) {
        this(input, key, origin, null);
    }

    public GetItem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input, key);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 2);
        return new GetItem(in.get(0), in.get(1), origin, in.get(0) == input && in.get(1) == key ? written : null);
    }

    @Override
    public String kind() {
        return "GetItem";
    }

    @Override
    public void terms(Terms t) {

    }

    @Override
    public List<String> inputRoles() {
        return List.of("of", "key");
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
