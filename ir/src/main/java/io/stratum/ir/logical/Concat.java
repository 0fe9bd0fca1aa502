package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * {@code pd.concat(frames, axis=0|1)}: frames stacked (rows) or put side by side (columns), pandas' column union and
 * dtype rules. With {@code skb}, skrub's {@code first.skb.concat(others, axis=...)}: every input must be a frame (not a
 * column), and side by side, names already taken are made unique as skrub does
 * ({@link io.stratum.ir.value.UniqueColumnNames}).
 */
public record Concat(List<LogicalNode> frames, boolean columns, boolean skb, Origin origin) implements LogicalNode {

    /** {@code pd.concat}. */
    public Concat(List<LogicalNode> frames, boolean columns, Origin origin) {
        this(frames, columns, false, origin);
    }

    public Concat {
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("Concat needs at least one frame");
        }
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return frames;
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, frames.size());
        return new Concat(in, columns, skb, origin);
    }

    @Override
    public String kind() {
        return "Concat";
    }

    @Override
    public void terms(Terms t) {
        t.item("axis", columns ? 1L : 0L);
        t.itemIf(skb, "skb", Const.of(true));
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
