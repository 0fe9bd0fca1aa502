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
 * ({@link io.stratum.ir.value.UniqueColumnNames}). Stacked rows keep the inputs' row labels one after the other, as
 * pandas does, unless {@code ignoreIndex} ({@code ignore_index=True}, and always in skrub's concat): then 0..n-1. A
 * one-frame concat with {@code ignoreIndex} is how the binder writes {@code reset_index(drop=True)} and the
 * {@code ignore_index=True} of {@code sort_values}, {@code drop_duplicates} and {@code dropna}.
 */
public record Concat(List<LogicalNode> frames, boolean columns, boolean skb, boolean ignoreIndex, Origin origin) implements LogicalNode {

    /** {@code pd.concat}. */
    public Concat(List<LogicalNode> frames, boolean columns, Origin origin) {
        this(frames, columns, false, false, origin);
    }

    /** {@code pd.concat} ({@code skb} false) or skrub's {@code .skb.concat}, keeping pandas' row labels. */
    public Concat(List<LogicalNode> frames, boolean columns, boolean skb, Origin origin) {
        this(frames, columns, skb, false, origin);
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
        return new Concat(in, columns, skb, ignoreIndex, origin);
    }

    @Override
    public String kind() {
        return "Concat";
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
