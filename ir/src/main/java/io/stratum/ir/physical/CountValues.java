package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** {@code value_counts().reset_index()}: the distinct value combinations of {@code subset} (all columns when empty), most frequent first, with their count or proportion. */
public record CountValues(PhysicalOp input, List<String> subset, boolean normalize, boolean sort, boolean ascending,
                          boolean dropna, Origin origin) implements PhysicalOp {

    public CountValues {
        Objects.requireNonNull(input, "input");
        subset = List.copyOf(subset);
        Objects.requireNonNull(origin, "origin");
    }

    /** Sorted by count, most frequent first, missing values left out (pandas' defaults). */
    public CountValues(PhysicalOp input, List<String> subset, boolean normalize, Origin origin) {
        this(input, subset, normalize, true, false, true, origin);
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new CountValues(in.get(0), subset, normalize, sort, ascending, dropna, origin);
    }

    @Override
    public String kind() {
        return "CountValues";
    }

    @Override
    public void terms(Terms t) {
        t.itemIf(!subset.isEmpty(), "subset", Const.ofStrings(subset));
        t.item("normalize", normalize);
        t.itemIf(!sort, "sort", Const.of(false));
        t.itemIf(ascending, "ascending", Const.of(true));
        t.itemIf(!dropna, "dropna", Const.of(false));
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
