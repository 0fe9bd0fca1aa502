package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** Rows repeating another row on {@code subset} (all columns when empty) dropped, keeping the first, the last or none. */
public record DropDuplicateRows(PhysicalOp input, List<String> subset, String keep, Origin origin) implements PhysicalOp {

    public DropDuplicateRows {
        Objects.requireNonNull(input, "input");
        subset = List.copyOf(subset);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new DropDuplicateRows(in.get(0), subset, keep, origin);
    }

    @Override
    public String kind() {
        return "DropDuplicateRows";
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
