package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code .skb.make_grid_search(cv=..., scoring=...)}: every combination of choices, cross-validated. */
public record GridSearch(LogicalNode input, Const cv, Const scoring, Const refit, boolean fitted, Origin origin)
        implements SearchRoot {

    public GridSearch {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(cv, "cv");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(refit, "refit");
        Objects.requireNonNull(origin, "origin");
    }

    /** A search with scikit-learn's default {@code refit=True}. */
    public GridSearch(LogicalNode input, Const cv, Const scoring, boolean fitted, Origin origin) {
        this(input, cv, scoring, Const.of(true), fitted, origin);
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new GridSearch(in.get(0), cv, scoring, refit, fitted, origin);
    }

    @Override
    public String kind() {
        return "GridSearch";
    }

    @Override
    public void terms(Terms t) {
        t.item("cv", cv);
        t.item("scoring", scoring);
        // refit=True is left out, so plans with the default keep their fingerprints and EXPLAIN text.
        if (!(refit instanceof Const.BoolConst b && b.value())) {
            t.item("refit", refit);
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
