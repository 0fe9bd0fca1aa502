package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/** {@code left.merge(right, how=..., left_on=..., right_on=..., suffixes=...)} with pandas' semantics; {@code how} "semi"/"anti" (from {@code isin} masks) keeps the left rows whose key is (not) among the right keys. */
public record Join(LogicalNode left, LogicalNode right, String how, List<String> leftOn, List<String> rightOn, String leftSuffix, String rightSuffix, Origin origin) implements LogicalNode {

    public Join {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(how, "how");
        leftOn = List.copyOf(leftOn);
        rightOn = List.copyOf(rightOn);
        if (leftOn.isEmpty() || leftOn.size() != rightOn.size()) {
            throw new IllegalArgumentException("Join needs as many left keys as right keys, and at least one");
        }
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(left, right);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 2);
        return new Join(in.get(0), in.get(1), how, leftOn, rightOn, leftSuffix, rightSuffix, origin);
    }

    @Override
    public String kind() {
        return "Join";
    }

    @Override
    public void terms(Terms t) {
        t.item("how", how);
        t.item("left_on", leftOn);
        t.item("right_on", rightOn);
        t.item("suffixes", new io.stratum.ir.value.Const.ListConst(java.util.Arrays.asList(leftSuffix, rightSuffix).stream().map(s -> s == null ? (io.stratum.ir.value.Const) new io.stratum.ir.value.Const.NoneConst() : io.stratum.ir.value.Const.of(s)).toList(), true));
    }

    @Override
    public List<String> inputRoles() {
        return List.of("left", "right");
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
