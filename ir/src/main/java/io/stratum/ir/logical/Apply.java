package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code .skb.apply(estimator, y=..., cols=[...], fit_kwargs={"sample_weight": w})}: fit on the training rows, then
 * transform or predict. {@code sampleWeight}, when given, is evaluated on the same rows as X and y (skrub evaluates
 * the fit_kwargs DataOps in the environment of the fit), so weights computed from X follow each fold's rows.
 */
public record Apply(LogicalNode input, LogicalNode estimator, LogicalNode y, Const cols, Origin origin,
                    LogicalNode sampleWeight) implements LogicalNode {

    /** A step without sample weights. */
    public Apply(LogicalNode input, LogicalNode estimator, LogicalNode y, Const cols, Origin origin) {
        this(input, estimator, y, cols, origin, null);
    }

    public Apply {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(estimator, "estimator");
        Objects.requireNonNull(cols, "cols");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        List<LogicalNode> out = new ArrayList<>(4);
        out.add(input);
        out.add(estimator);
        if (y != null) {
            out.add(y);
        }
        if (sampleWeight != null) {
            out.add(sampleWeight);
        }
        return List.copyOf(out);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        int arity = 2 + (y == null ? 0 : 1) + (sampleWeight == null ? 0 : 1);
        PlanNode.checkArity(this, in, arity);
        return new Apply(in.get(0), in.get(1), y == null ? null : in.get(2), cols, origin,
                sampleWeight == null ? null : in.get(arity - 1));
    }

    @Override
    public String kind() {
        return "Apply";
    }

    @Override
    public void terms(Terms t) {
        ColumnSelector selector = selector();
        // A selector shows as skrub writes it; its repr names it as uniquely as its encoding does.
        t.itemIf(!(cols instanceof Const.NoneConst), "cols", selector != null ? Const.of(selector.repr()) : cols);
        // Which input the last one is: a step with weights and no y reads as many inputs as one with y.
        t.itemIf(sampleWeight != null, "fit_kwargs", Const.ofStrings(List.of("sample_weight")));
    }

    @Override
    public List<String> inputRoles() {
        List<String> out = new ArrayList<>(List.of("X", "estimator"));
        if (y != null) {
            out.add("y");
        }
        if (sampleWeight != null) {
            out.add("sample_weight");
        }
        return List.copyOf(out);
    }

    /** The same step fitted with {@code fit(X, y, sample_weight=weights)}. */
    public Apply withSampleWeight(LogicalNode weights) {
        return new Apply(input, estimator, y, cols, origin, weights);
    }

    /** The skrub selector given as {@code cols}, or null when cols is a list of names or absent. */
    public ColumnSelector selector() {
        return ColumnSelector.fromConst(cols);
    }

    /** The columns the estimator transforms, or null for all of them (or for a {@link #selector()}). */
    public List<String> columnList() {
        return cols instanceof Const.ListConst l && selector() == null ? l.asStrings() : null;
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
