package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/** Renames columns in place ({@code df.rename(columns=...)}); names the frame lacks are ignored, as pandas does. */
public record RenameColumns(PhysicalOp input, List<String> from, List<String> to, Origin origin) implements PhysicalOp {

    public RenameColumns {
        Objects.requireNonNull(input, "input");
        from = List.copyOf(from);
        to = List.copyOf(to);
        if (from.size() != to.size()) {
            throw new IllegalArgumentException("RenameColumns: old and new names differ in length");
        }
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new RenameColumns(in.get(0), from, to, origin);
    }

    @Override
    public String kind() {
        return "RenameColumns";
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
