package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * {@code .skb.make_randomized_search(n_iter=..., random_state=...)}: {@code nIter} candidates drawn as skrub draws
 * them (scikit-learn's {@code ParameterSampler} over skrub's parameter grid), cross-validated. Without a
 * {@code randomState} (None) each run draws anew, as in skrub.
 */
public record RandomizedSearch(LogicalNode input, Const cv, Const scoring, Const refit, boolean fitted, int nIter,
                               Const randomState, Origin origin) implements SearchRoot {

    /** A search with scikit-learn's default {@code refit=True}. */
    public RandomizedSearch(LogicalNode input, Const cv, Const scoring, boolean fitted, int nIter, Const randomState,
                            Origin origin) {
        this(input, cv, scoring, Const.of(true), fitted, nIter, randomState, origin);
    }

    public RandomizedSearch {
        Objects.requireNonNull(refit, "refit");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(cv, "cv");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(randomState, "randomState");
        Objects.requireNonNull(origin, "origin");
        if (nIter < 1) {
            throw new IllegalArgumentException("n_iter must be at least 1, got " + nIter);
        }
        if (!(randomState instanceof Const.NoneConst || randomState instanceof Const.IntConst)) {
            throw new IllegalArgumentException("random_state must be None or an int, got " + randomState.repr());
        }
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new RandomizedSearch(in.get(0), cv, scoring, refit, fitted, nIter, randomState, origin);
    }

    @Override
    public String kind() {
        return "RandomizedSearch";
    }

    @Override
    public void terms(Terms t) {
        t.item("cv", cv);
        t.item("scoring", scoring);
        if (!(refit instanceof Const.BoolConst b && b.value())) {
            t.item("refit", refit);
        }
        t.item("n_iter", nIter);
        t.item("random_state", randomState);
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
