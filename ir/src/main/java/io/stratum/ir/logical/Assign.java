package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code df.assign(name=value, ...)}: the frame with columns added or replaced, in order. */
public record Assign(LogicalNode input, List<String> names, List<LogicalNode> values, Origin origin) implements LogicalNode {

    public Assign {
        Objects.requireNonNull(input, "input");
        names = List.copyOf(names);
        values = List.copyOf(values);
        if (names.size() != values.size()) {
            throw new IllegalArgumentException("assign: names and values differ in length");
        }
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        List<LogicalNode> out = new ArrayList<>(values.size() + 1);
        out.add(input);
        out.addAll(values);
        return out;
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, values.size() + 1);
        return new Assign(in.get(0), names, in.subList(1, in.size()), origin);
    }

    @Override
    public String kind() {
        return "Assign";
    }

    @Override
    public void terms(Terms t) {
        t.item("names", names);
    }

    @Override
    public List<String> inputRoles() {
        List<String> roles = new ArrayList<>(names.size() + 1);
        roles.add("frame");
        roles.addAll(names);
        return roles;
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
