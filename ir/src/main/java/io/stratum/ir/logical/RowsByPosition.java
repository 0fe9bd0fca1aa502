package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.RowPositions;
import java.util.List;
import java.util.Objects;

/**
 * Rows of a frame or a column taken by position: {@code df[::2]}, {@code col.iloc[1:10:3]}, {@code df.iloc[[3, 0]]},
 * or a random subsample. Slices with a step of 1 are {@link Limit}s instead, whose row counts metadata can tell.
 */
public record RowsByPosition(LogicalNode input, RowPositions positions, Origin origin, Written written)
        implements LogicalNode {

    /** Rows by position. ({@code written}: how the script indexed them, for describe_steps only, or null.) */
    public RowsByPosition(LogicalNode input, RowPositions positions, Origin origin) {
        this(input, positions, origin, null);
    }

    public RowsByPosition {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new RowsByPosition(in.get(0), positions, origin, in.get(0) == input ? written : null);
    }

    @Override
    public String kind() {
        return "RowsByPosition";
    }

    @Override
    public void terms(Terms t) {
        t.item("rows", positions.describe());
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
