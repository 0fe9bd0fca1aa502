package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** Fits a transformer on the training rows of {@code columns} (all when null) and transforms them, keeping the other columns. */
public record FitTransform(PhysicalOp input, EstimatorSpec spec, List<String> columns, String kernel, Origin origin) implements PhysicalOp {

    public FitTransform {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(spec, "spec");
        columns = columns == null ? null : List.copyOf(columns);
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new FitTransform(in.get(0), spec, columns, kernel, origin);
    }

    @Override
    public String kind() {
        return "FitTransform";
    }

    @Override
    public void terms(Terms t) {
        PhysicalOp.estimatorTerms(t, spec);
        if (columns != null) {
            t.item("cols", columns);
        }
        t.item("kernel", kernel);
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
