package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * {@code shift(periods)} or {@code diff(periods)} of a column or of every column of a frame, by row position
 * ({@link io.stratum.ir.logical.Shift}): the input's rows, order and labels.
 */
public record ShiftRows(PhysicalOp input, long periods, boolean diff, Origin origin) implements PhysicalOp {

    public ShiftRows {
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
        return new ShiftRows(in.get(0), periods, diff, origin);
    }

    @Override
    public String kind() {
        return "ShiftRows";
    }

    @Override
    public void terms(Terms t) {
        io.stratum.ir.logical.Shift.terms(t, periods, diff);
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
