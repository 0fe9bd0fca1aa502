package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** {@code df.drop_duplicates(subset=..., keep="first"|"last"|False)}; an empty subset compares every column; keep is first, last or none. */
public record DropDuplicates(LogicalNode input, List<String> subset, String keep, Origin origin) implements LogicalNode {

    public DropDuplicates {
        Objects.requireNonNull(input, "input");
        subset = List.copyOf(subset);
        if (!List.of("first", "last", "none").contains(keep)) {
            throw new IllegalArgumentException("keep must be first, last or none: " + keep);
        }
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new DropDuplicates(in.get(0), subset, keep, origin);
    }

    @Override
    public String kind() {
        return "DropDuplicates";
    }

    @Override
    public void terms(Terms t) {
        t.itemIf(!subset.isEmpty(), "subset", Const.ofStrings(subset));
        t.item("keep", keep);
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
