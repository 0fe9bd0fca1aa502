package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/** The first ({@code head}) or last {@code n} rows of the input, pandas' meaning of a negative n included. */
public record SliceRows(PhysicalOp input, boolean head, long n, Origin origin) implements PhysicalOp {

    public SliceRows {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new SliceRows(in.get(0), head, n, origin);
    }

    @Override
    public String kind() {
        return "SliceRows";
    }

    @Override
    public void terms(Terms t) {
        t.item("from", head ? "head" : "tail");
        t.item("n", n);
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
