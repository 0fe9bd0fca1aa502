package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** One column of a frame, as a column value (a pandas Series). */
public record SelectColumn(PhysicalOp input, String column, Origin origin) implements PhysicalOp {

    public SelectColumn {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new SelectColumn(in.get(0), column, origin);
    }

    @Override
    public String kind() {
        return "SelectColumn";
    }

    @Override
    public void terms(Terms t) {
        t.item("column", column);
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
