package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** {@code df.value_counts(subset, normalize=..., sort=..., ascending=..., dropna=...)} (or a column's): one row per distinct combination, most frequent first by default, with a {@code count} (or {@code proportion}) column; pandas puts the values in the index, so {@code valuesAsIndex} stays true until {@code reset_index()}. An empty subset counts every column. */
public record ValueCounts(LogicalNode input, List<String> subset, boolean normalize, boolean sort, boolean ascending,
                          boolean dropna, boolean valuesAsIndex, Origin origin) implements LogicalNode {

    public ValueCounts {
        Objects.requireNonNull(input, "input");
        subset = List.copyOf(subset);
        Objects.requireNonNull(origin, "origin");
    }

    /** Sorted by count, most frequent first, missing values left out (pandas' defaults). */
    public ValueCounts(LogicalNode input, List<String> subset, boolean normalize, boolean valuesAsIndex, Origin origin) {
        this(input, subset, normalize, true, false, true, valuesAsIndex, origin);
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new ValueCounts(in.get(0), subset, normalize, sort, ascending, dropna, valuesAsIndex, origin);
    }

    @Override
    public String kind() {
        return "ValueCounts";
    }

    @Override
    public void terms(Terms t) {
        t.itemIf(!subset.isEmpty(), "subset", Const.ofStrings(subset));
        t.item("normalize", normalize);
        t.itemIf(!sort, "sort", Const.of(false));
        t.itemIf(ascending, "ascending", Const.of(true));
        t.itemIf(!dropna, "dropna", Const.of(false));
        t.item("as_index", valuesAsIndex);
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
