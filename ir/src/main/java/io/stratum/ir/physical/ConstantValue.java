package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** A constant of the script as a run-time value: a branch of a {@link SwitchValue} that is a number, a str or a bool. */
public record ConstantValue(Const value, Origin origin) implements PhysicalOp {

    public ConstantValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of();
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 0);
        return this;
    }

    @Override
    public String kind() {
        return "ConstantValue";
    }

    @Override
    public void terms(Terms t) {
        t.item("value", value);
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
