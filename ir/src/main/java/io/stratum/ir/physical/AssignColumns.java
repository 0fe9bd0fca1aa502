package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** Adds or replaces columns of input 0, each computed row by row from the inputs (pandas {@code assign}). */
public record AssignColumns(List<PhysicalOp> frameAndInputs, List<String> names, List<ColumnExpr> exprs, Origin origin) implements PhysicalOp {

    public AssignColumns {
        frameAndInputs = List.copyOf(frameAndInputs);
        names = List.copyOf(names);
        exprs = List.copyOf(exprs);
        if (frameAndInputs.isEmpty()) {
            throw new IllegalArgumentException("AssignColumns needs a frame input");
        }
        if (names.size() != exprs.size()) {
            throw new IllegalArgumentException("AssignColumns: names and expressions differ in length");
        }
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return frameAndInputs;
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, frameAndInputs.size());
        return new AssignColumns(in, names, exprs, origin);
    }

    @Override
    public String kind() {
        return "AssignColumns";
    }

    @Override
    public void terms(Terms t) {
        for (int i = 0; i < names.size(); i++) {
            t.item(names.get(i), exprs.get(i).render());
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
