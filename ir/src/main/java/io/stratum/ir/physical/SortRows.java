package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * Rows of the input in the order of the {@code by} columns, missing values last; equal keys in their original order
 * ({@code sortKind="stable"}) or in numpy's quicksort order where pandas' default sort has one that does not depend
 * on the machine ({@code sortKind="quicksort"}).
 */
public record SortRows(PhysicalOp input, List<String> by, List<Boolean> ascending, String sortKind, Origin origin)
        implements PhysicalOp {

    public SortRows {
        Objects.requireNonNull(sortKind, "sortKind");
        Objects.requireNonNull(input, "input");
        by = List.copyOf(by);
        ascending = List.copyOf(ascending);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new SortRows(in.get(0), by, ascending, sortKind, origin);
    }

    @Override
    public String kind() {
        return "SortRows";
    }

    @Override
    public void terms(Terms t) {
        t.item("by", by);
        t.item("ascending", new io.stratum.ir.value.Const.ListConst(ascending.stream().map(io.stratum.ir.value.Const::of).toList(), false));
        if (!sortKind.equals("quicksort")) {
            t.item("kind", sortKind);
        }
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
