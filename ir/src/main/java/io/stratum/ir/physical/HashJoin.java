package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/** pandas' merge as a hash join: the build side's keys fill the hash table, the other side probes it in parallel. */
public record HashJoin(PhysicalOp left, PhysicalOp right, String how, List<String> leftOn, List<String> rightOn, String leftSuffix, String rightSuffix, String build, String buildReason, Origin origin) implements PhysicalOp {

    public HashJoin {
        Objects.requireNonNull(how, "how");
        leftOn = List.copyOf(leftOn);
        rightOn = List.copyOf(rightOn);
        if (!build.equals("left") && !build.equals("right")) {
            throw new IllegalArgumentException("build side must be left or right");
        }
        Objects.requireNonNull(buildReason, "buildReason");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(left, right);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 2);
        return new HashJoin(in.get(0), in.get(1), how, leftOn, rightOn, leftSuffix, rightSuffix, build, buildReason, origin);
    }

    @Override
    public String kind() {
        return "HashJoin";
    }

    @Override
    public void terms(Terms t) {
        t.item("how", how);
        t.item("left_on", leftOn);
        t.item("right_on", rightOn);
        t.item("suffixes", new io.stratum.ir.value.Const.ListConst(java.util.Arrays.asList(leftSuffix, rightSuffix).stream().map(s -> s == null ? (io.stratum.ir.value.Const) new io.stratum.ir.value.Const.NoneConst() : io.stratum.ir.value.Const.of(s)).toList(), true));
        // The build side changes speed, never the result, so cached results stay valid whichever side builds.
        t.display("build", build + " (" + buildReason + ")");
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
