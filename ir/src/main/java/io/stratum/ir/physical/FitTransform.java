package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * Fits a transformer on the training rows of {@code columns} (all when null, or those {@code selector} picks from
 * the actual frame when it is set) and transforms them, keeping the other columns.
 */
public record FitTransform(PhysicalOp input, EstimatorSpec spec, List<String> columns, String kernel, Origin origin,
                           ColumnSelector selector, String kernelReason) implements PhysicalOp {

    public FitTransform {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(spec, "spec");
        columns = columns == null ? null : List.copyOf(columns);
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(origin, "origin");
        if (selector != null && columns != null) {
            throw new IllegalArgumentException("FitTransform takes names or a selector, not both");
        }
    }

    public FitTransform(PhysicalOp input, EstimatorSpec spec, List<String> columns, String kernel, Origin origin) {
        this(input, spec, columns, kernel, origin, null, null);
    }

    public FitTransform(PhysicalOp input, EstimatorSpec spec, List<String> columns, String kernel, Origin origin,
                        ColumnSelector selector) {
        this(input, spec, columns, kernel, origin, selector, null);
    }

    /** The same operator with why the lowering chose its kernel (shown by EXPLAIN, not part of the identity). */
    public FitTransform withKernelReason(String reason) {
        return new FitTransform(input, spec, columns, kernel, origin, selector, reason);
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new FitTransform(in.get(0), spec, columns, kernel, origin, selector, kernelReason);
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
        if (selector != null) {
            t.item("cols", selector.repr());
        }
        t.item("kernel", kernel);
        if (kernelReason != null) {
            t.display("why", kernelReason);
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
