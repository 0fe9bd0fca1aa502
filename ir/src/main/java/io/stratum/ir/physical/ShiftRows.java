package io.stratum.ir.physical;

import io.stratum.ir.logical.Grouping;
import io.stratum.ir.logical.Shift;
import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * {@code shift(periods)}, {@code diff(periods)} or {@code pct_change(periods)} of a column or of every column of a
 * frame, by row position, within groups with a grouping ({@link io.stratum.ir.logical.Shift}): the input's rows,
 * order and labels.
 */
public record ShiftRows(PhysicalOp input, long periods, Shift.Method method, Grouping grouping, Origin origin)
        implements PhysicalOp {

    public ShiftRows {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new ShiftRows(in.get(0), periods, method, grouping, origin);
    }

    @Override
    public String kind() {
        return "ShiftRows";
    }

    @Override
    public void terms(Terms t) {
        Shift.terms(t, periods, method, grouping);
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
