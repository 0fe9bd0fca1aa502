package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * Frames stacked ({@code axis=0}, columns united in order of first appearance) or side by side ({@code axis=1}), as
 * {@code pd.concat}; with {@code skb} as skrub's {@code .skb.concat} (frames only, clashing names made unique).
 */
public record ConcatFrames(List<PhysicalOp> frames, boolean columns, boolean skb, boolean ignoreIndex, Origin origin) implements PhysicalOp {

    /** {@code pd.concat}. */
    public ConcatFrames(List<PhysicalOp> frames, boolean columns, Origin origin) {
        this(frames, columns, false, false, origin);
    }

    /** {@code pd.concat} ({@code skb} false) or skrub's {@code .skb.concat}, keeping pandas' row labels. */
    public ConcatFrames(List<PhysicalOp> frames, boolean columns, boolean skb, Origin origin) {
        this(frames, columns, skb, false, origin);
    }

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
        return new ConcatFrames(in, columns, skb, ignoreIndex, origin);
    }

    @Override
    public String kind() {
        return "ConcatFrames";
    }

    @Override
    public void terms(Terms t) {
        t.item("axis", columns ? 1L : 0L);
        t.itemIf(skb, "skb", Const.of(true));
        t.itemIf(ignoreIndex, "ignore_index", Const.of(true));
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
