package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** Frames stacked ({@code axis=0}, columns united in order of first appearance) or side by side ({@code axis=1}), as {@code pd.concat}. */
public record ConcatFrames(List<PhysicalOp> frames, boolean columns, Origin origin) implements PhysicalOp {

    public ConcatFrames {
        frames = List.copyOf(frames);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return frames;
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, frames.size());
        return new ConcatFrames(in, columns, origin);
    }

    @Override
    public String kind() {
        return "ConcatFrames";
    }

    @Override
    public void terms(Terms t) {
        t.item("axis", columns ? 1L : 0L);
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
