package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code skrub.choose_from(...)}: one of several values, estimators or DataOps, chosen by the search. */
public record Choice(String name, List<Const> labels, List<LogicalNode> outcomes, Origin origin) implements LogicalNode {

    public Choice {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        outcomes = List.copyOf(outcomes);
        if (labels.size() != outcomes.size()) {
            throw new IllegalArgumentException("choice " + name + ": labels and outcomes differ in length");
        }
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("choice " + name + " has no outcomes");
        }
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return outcomes;
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, outcomes.size());
        return new Choice(name, labels, in, origin);
    }

    @Override
    public String kind() {
        return "Choice";
    }

    @Override
    public void terms(Terms t) {
        t.item("name", name);
        t.item("labels", new Const.ListConst(labels));
    }

    @Override
    public List<String> inputRoles() {
        List<String> roles = new ArrayList<>(labels.size());
        for (Const l : labels) {
            roles.add(l instanceof Const.StrConst s ? s.value() : l.repr());
        }
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
