package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * A reduction over the rows of a column (one value) or a frame (one value per column, labelled by the column names), as
 * pandas computes {@code mean}, {@code median}, {@code sum}, {@code min}, {@code max}, {@code std}, {@code var},
 * {@code quantile}, {@code count}, {@code nunique} and {@code len}. Above the split it runs per fold and mode, on the
 * rows the step sees (training rows when fitting, test rows when predicting), as skrub evaluates it.
 */
public record ReduceRows(PhysicalOp input, String function, Const argument, Origin origin) implements PhysicalOp {

    public ReduceRows {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(origin, "origin");
        if (!io.stratum.ir.logical.Reduce.FUNCTIONS.contains(function)) {
            throw new IllegalArgumentException("not a reduction: " + function);
        }
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new ReduceRows(in.get(0), function, argument, origin);
    }

    @Override
    public String kind() {
        return "ReduceRows";
    }

    @Override
    public void terms(Terms t) {
        t.item("function", function);
        t.itemIf(!(argument instanceof Const.NoneConst), "argument", argument);
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
