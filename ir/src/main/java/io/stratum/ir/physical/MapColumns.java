package io.stratum.ir.physical;

import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * Applies a per-value operation to the named columns of a frame (every column when {@code columns} is empty), in
 * place, or to a column when the input is one ({@code df.fillna({...})}, {@code df.isna()}, {@code df.astype(...)}).
 */
public record MapColumns(PhysicalOp input, ElementOp op, List<String> columns, Origin origin) implements PhysicalOp {

    public MapColumns {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(op, "op");
        columns = List.copyOf(columns);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new MapColumns(in.get(0), op, columns, origin);
    }

    @Override
    public String kind() {
        return "MapColumns";
    }

    @Override
    public void terms(Terms t) {
        t.item("op", op.render());
        if (!columns.isEmpty()) {
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
