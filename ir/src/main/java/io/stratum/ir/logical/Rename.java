package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/** {@code df.rename(columns={old: new, ...})}: columns renamed in place; names the frame lacks are ignored, as in pandas. */
public record Rename(LogicalNode input, List<String> from, List<String> to, Origin origin) implements LogicalNode {

    public Rename {
        Objects.requireNonNull(input, "input");
        from = List.copyOf(from);
        to = List.copyOf(to);
        if (from.size() != to.size()) {
            throw new IllegalArgumentException("rename: old and new names differ in length");
        }
        Objects.requireNonNull(origin, "origin");
    }

    /** The new name of {@code column}: its mapped name, or itself. */
    public String renamed(String column) {
        int i = from.indexOf(column);
        return i < 0 ? column : to.get(i);
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new Rename(in.get(0), from, to, origin);
    }

    @Override
    public String kind() {
        return "Rename";
    }

    @Override
    public void terms(Terms t) {
        t.item("from", from);
        t.item("to", to);
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
