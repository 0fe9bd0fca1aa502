package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * The frame restricted to {@code columns}, in that order; or, when {@code selector} is set (and {@code columns}
 * is empty), to the columns the selector picks from the actual frame.
 */
public record SelectColumns(PhysicalOp input, List<String> columns, Origin origin, ColumnSelector selector) implements PhysicalOp {

    public SelectColumns {
        Objects.requireNonNull(input, "input");
        columns = List.copyOf(columns);
        Objects.requireNonNull(origin, "origin");
        if (selector != null && !columns.isEmpty()) {
            throw new IllegalArgumentException("SelectColumns takes names or a selector, not both");
        }
    }

    public SelectColumns(PhysicalOp input, List<String> columns, Origin origin) {
        this(input, columns, origin, null);
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new SelectColumns(in.get(0), columns, origin, selector);
    }

    @Override
    public String kind() {
        return "SelectColumns";
    }

    @Override
    public void terms(Terms t) {
        if (selector != null) {
            t.item("selector", selector.repr());
        } else {
            t.item("columns", columns);
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
