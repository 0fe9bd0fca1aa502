package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * Fits a supervised learner on the training rows and answers for the rows of the current mode with the method
 * {@code output} names (a scorer of probabilities needs {@code predict_proba}, not labels). {@code weights}, when
 * given, is {@code fit(X, y, sample_weight=...)}'s column, evaluated on the same rows as the features and target.
 */
public record FitPredict(PhysicalOp features, PhysicalOp target, EstimatorSpec spec, String kernel, Origin origin,
                         Response output, String kernelReason, PhysicalOp weights) implements PhysicalOp {

    /** A learner fitted without sample weights. */
    public FitPredict(PhysicalOp features, PhysicalOp target, EstimatorSpec spec, String kernel, Origin origin,
                      Response output, String kernelReason) {
        this(features, target, spec, kernel, origin, output, kernelReason, null);
    }

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
        return weights == null ? List.of(features, target) : List.of(features, target, weights);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, weights == null ? 2 : 3);
        return new FitPredict(in.get(0), in.get(1), spec, kernel, origin, output, kernelReason,
                weights == null ? null : in.get(2));
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
        return new FitPredict(features, target, spec, kernel, origin, response, kernelReason, weights);
    }

    /** The same learner fitted with {@code sample_weight=w}. */
    public FitPredict withWeights(PhysicalOp w) {
        return new FitPredict(features, target, spec, kernel, origin, output, kernelReason, w);
    }

    @Override
    public List<String> inputRoles() {
        return weights == null ? List.of("X", "y") : List.of("X", "y", "sample_weight");
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
