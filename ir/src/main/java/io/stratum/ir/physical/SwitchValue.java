package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * skrub's {@code .skb.match({key: target, ...}, default=...)} or {@code .skb.if_else(a, b)} on a value computed from
 * the data: the query is computed when the plan runs (per fold and mode above the split), then only the chosen
 * target's output is computed and passed on. A match picks the target whose key equals the query as a Python dict
 * lookup does (then the fallback, if any); with {@code truthiness}, the first target when the query is true in
 * Python's sense, else the fallback.
 */
public record SwitchValue(PhysicalOp query, List<Const> keys, List<PhysicalOp> targets, PhysicalOp fallback,
                          boolean truthiness, Origin origin) implements PhysicalOp {

    public SwitchValue {
        Objects.requireNonNull(query, "query");
        keys = List.copyOf(keys);
        targets = List.copyOf(targets);
        Objects.requireNonNull(origin, "origin");
        if (truthiness ? targets.size() != 1 || fallback == null : keys.size() != targets.size()) {
            throw new IllegalArgumentException("a switch needs one target per key (if_else: one target and a fallback)");
        }
    }

    @Override
    public List<PhysicalOp> inputs() {
        List<PhysicalOp> out = new ArrayList<>();
        out.add(query);
        out.addAll(targets);
        if (fallback != null) {
            out.add(fallback);
        }
        return out;
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1 + targets.size() + (fallback == null ? 0 : 1));
        return new SwitchValue(in.get(0), keys, in.subList(1, 1 + targets.size()), fallback == null ? null : in.getLast(),
                truthiness, origin);
    }

    @Override
    public String kind() {
        return truthiness ? "IfElseValue" : "MatchValue";
    }

    @Override
    public void terms(Terms t) {
        if (!truthiness) {
            t.item("keys", new Const.ListConst(keys, false));
            t.item("default", fallback != null);
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
