package io.stratum.optimizer;

import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.optimizer.driver.RuleTrace;
import io.stratum.optimizer.metadata.PlanMetadata;
import io.stratum.optimizer.metadata.WorkEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the optimizer produced for one plan: the plan before and after rewriting, the trace, the search plan,
 * the metadata of the optimized plan, the work estimate, and the names of every rule that was offered the plan.
 */
public record OptimizationResult(LogicalNode original, LogicalNode optimized, RuleTrace trace, SearchPlan searchPlan,
                                 PlanMetadata metadata, WorkEstimate work, List<String> rulesRun) {

    public OptimizationResult {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(optimized, "optimized");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(searchPlan, "searchPlan");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(work, "work");
        rulesRun = List.copyOf(rulesRun);
    }

    /** The rules that were offered the plan but never rewrote it, in batch order. */
    public List<String> rulesNotFired() {
        List<String> fired = trace.firedRules();
        List<String> out = new ArrayList<>();
        for (String r : rulesRun) {
            if (!fired.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The three plans as {@code stratum explain} prints them. */
    public String explain() {
        return "== logical plan\n" + ExplainWriter.explain(original)
                + "== optimized logical plan\n" + ExplainWriter.explain(optimized)
                + "== physical plan\n" + searchPlan.explain();
    }
}
