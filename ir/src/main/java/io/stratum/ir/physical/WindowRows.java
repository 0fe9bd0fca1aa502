package io.stratum.ir.physical;

import io.stratum.ir.logical.Grouping;
import io.stratum.ir.logical.Window;
import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * A cumulative, expanding or rolling statistic of a column or of every column of a frame, per group with keys
 * ({@link Window}): the input's rows, order and labels.
 */
public record WindowRows(PhysicalOp input, Grouping grouping, Window.Function function, Window.Frame frame, Origin origin)
        implements PhysicalOp {

    public WindowRows {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new WindowRows(in.get(0), grouping, function, frame, origin);
    }

    @Override
    public String kind() {
        return "WindowRows";
    }

    @Override
    public void terms(Terms t) {
        Window.terms(t, grouping, function, frame);
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
