package io.stratum.optimizer;

import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.optimizer.driver.RuleTrace;
import java.util.Objects;

/** Everything the optimizer produced for one plan: the plan before and after rewriting, the trace, the search plan. */
public record OptimizationResult(LogicalNode original, LogicalNode optimized, RuleTrace trace, SearchPlan searchPlan) {

    public OptimizationResult {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(optimized, "optimized");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(searchPlan, "searchPlan");
    }

    /** The three plans as {@code stratum explain} prints them. */
    public String explain() {
        return "== logical plan\n" + ExplainWriter.explain(original)
                + "== optimized logical plan\n" + ExplainWriter.explain(optimized)
                + "== physical plan\n" + searchPlan.explain();
    }
}
