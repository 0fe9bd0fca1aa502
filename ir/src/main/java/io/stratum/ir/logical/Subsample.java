package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.RowPositions;
import java.util.List;
import java.util.Objects;

/**
 * skrub's {@code .skb.subsample(n, how=...)}: the identity, except where subsampling takes effect — in previews,
 * and in an evaluation, search, cross-validation or split made with {@code keep_subsampling=True}, which mark the
 * node {@code keep} — where it is the first {@code n} rows ({@code how="head"}) or {@code n} rows drawn with
 * skrub's subsampling seed ({@code how="random"}). Binding resolves it to one of those ({@link #resolved()}).
 */
public record Subsample(LogicalNode input, long n, boolean random, boolean keep, Origin origin) implements LogicalNode {

    /** skrub's {@code subsampling_seed} default (its config, {@code SKB_SUBSAMPLING_SEED} unset). */
    public static final long SEED = 0;

    public Subsample {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(origin, "origin");
        if (n < 0) {
            throw new IllegalArgumentException("subsample size must be non-negative, got " + n);
        }
    }

    /** The same subsample with subsampling in effect or not. */
    public Subsample withKeep(boolean kept) {
        return new Subsample(input, n, random, kept, origin);
    }

    /** What the node computes: its input, or the rows it keeps when subsampling is in effect. */
    public LogicalNode resolved() {
        if (!keep) {
            return input;
        }
        return random ? new RowsByPosition(input, new RowPositions.Sample(n, SEED), origin) : new Limit(input, true, n, origin);
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new Subsample(in.get(0), n, random, keep, origin);
    }

    @Override
    public String kind() {
        return "Subsample";
    }

    @Override
    public void terms(Terms t) {
        t.item("n", n);
        t.item("how", random ? "random" : "head");
        t.item("keep", keep);
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
