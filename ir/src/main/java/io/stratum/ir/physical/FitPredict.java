package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * Fits a supervised learner on the training rows and answers for the rows of the current mode with the method
 * {@code output} names (a scorer of probabilities needs {@code predict_proba}, not labels).
 */
public record FitPredict(PhysicalOp features, PhysicalOp target, EstimatorSpec spec, String kernel, Origin origin,
                         Response output, String kernelReason) implements PhysicalOp {

    /** A learner answering with {@code predict}. */
    public FitPredict(PhysicalOp features, PhysicalOp target, EstimatorSpec spec, String kernel, Origin origin) {
        this(features, target, spec, kernel, origin, Response.PREDICT, null);
    }

    /**
     * A learner answering with {@code predict}, with why the lowering chose {@code kernel} (shown by EXPLAIN, not
     * part of the identity: the reason follows from the inputs' metadata, the kernel is what runs).
     */
    public FitPredict(PhysicalOp features, PhysicalOp target, EstimatorSpec spec, String kernel, String kernelReason,
                      Origin origin) {
        this(features, target, spec, kernel, origin, Response.PREDICT, kernelReason);
    }

    public FitPredict {
        Objects.requireNonNull(output, "output");
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
        return new FitPredict(in.get(0), in.get(1), spec, kernel, origin, output, kernelReason);
    }

    @Override
    public String kind() {
        return "FitPredict";
    }

    @Override
    public void terms(Terms t) {
        PhysicalOp.estimatorTerms(t, spec);
        t.item("kernel", kernel);
        if (kernelReason != null) {
            t.display("why", kernelReason);
        }
        // predict is left out, so plans that only predict keep their fingerprints and EXPLAIN text.
        if (output != Response.PREDICT) {
            t.item("output", output.methodName());
        }
    }

    /** The same learner answering with {@code response}. */
    public FitPredict withOutput(Response response) {
        return new FitPredict(features, target, spec, kernel, origin, response, kernelReason);
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
