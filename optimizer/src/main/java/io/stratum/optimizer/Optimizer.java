package io.stratum.optimizer;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.optimizer.driver.Batch;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleDriver;
import io.stratum.optimizer.lower.Lowering;
import io.stratum.optimizer.rules.CoreRules;
import java.util.List;
import java.util.Objects;

/** The optimizer's entry point: rewrites a logical plan with the standard batches and lowers it to a search plan. */
public final class Optimizer {
    private final OptimizerConfig config;

    public Optimizer(OptimizerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Optimizer() {
        this(OptimizerConfig.DEFAULT);
    }

    /** Rewrites and lowers {@code plan}, whose root must be a grid search. */
    public OptimizationResult optimize(LogicalNode plan) {
        RuleDriver.Outcome rewritten = rewrite(plan);
        SearchPlan search = new Lowering(config.catalog(), config.enabled()).lower(rewritten.plan());
        return new OptimizationResult(plan, rewritten.plan(), rewritten.trace(), search);
    }

    /** Only the logical rewrite, for plans that are not searches (and for EXPLAIN of the logical side). */
    public RuleDriver.Outcome rewrite(LogicalNode plan) {
        List<Batch> batches = config.enabled() ? CoreRules.standardBatches() : List.of(CoreRules.BIND_BATCH);
        return new RuleDriver(batches, config.driver()).run(plan, new RuleContext(config.catalog()));
    }
}
