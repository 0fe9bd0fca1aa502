package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** Fits a supervised learner on the training rows and predicts the rows of the current mode. */
public record FitPredict(PhysicalOp features, PhysicalOp target, EstimatorSpec spec, String kernel, Origin origin) implements PhysicalOp {

    public FitPredict {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(features, target);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 2);
        return new FitPredict(in.get(0), in.get(1), spec, kernel, origin);
    }

    @Override
    public String kind() {
        return "FitPredict";
    }

    @Override
    public void terms(Terms t) {
        PhysicalOp.estimatorTerms(t, spec);
        t.item("kernel", kernel);
    }

    @Override
    public List<String> inputRoles() {
        return List.of("X", "y");
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
