package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** {@code value_counts().reset_index()}: the distinct value combinations of {@code subset} (all columns when empty), most frequent first, with their count or proportion. */
public record CountValues(PhysicalOp input, List<String> subset, boolean normalize, Origin origin) implements PhysicalOp {

    public CountValues {
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
        return new CountValues(in.get(0), subset, normalize, origin);
    }

    @Override
    public String kind() {
        return "CountValues";
    }

    @Override
    public void terms(Terms t) {
        t.itemIf(!subset.isEmpty(), "subset", Const.ofStrings(subset));
        t.item("normalize", normalize);
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
