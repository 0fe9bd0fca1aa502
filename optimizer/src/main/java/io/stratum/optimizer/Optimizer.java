package io.stratum.optimizer;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.optimizer.driver.Batch;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleDriver;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.lower.Lowering;
import io.stratum.optimizer.metadata.MetadataDerivation;
import io.stratum.optimizer.metadata.PlanMetadata;
import io.stratum.optimizer.metadata.SourceStatistics;
import io.stratum.optimizer.metadata.WorkEstimate;
import io.stratum.optimizer.rules.CoreRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The optimizer's entry point: rewrites a logical plan with the standard batches and lowers it to a search plan. */
public final class Optimizer {
    private final OptimizerConfig config;
    private final SourceStatistics sources;

    /** An optimizer that derives metadata from {@code sources} (the session reads them; the optimizer never does). */
    public Optimizer(OptimizerConfig config, SourceStatistics sources) {
        this.config = Objects.requireNonNull(config, "config");
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    /** An optimizer without source statistics: schemas and row counts of sources stay unknown. */
    public Optimizer(OptimizerConfig config) {
        this(config, SourceStatistics.NONE);
    }

    public Optimizer() {
        this(OptimizerConfig.DEFAULT);
    }

    /** Rewrites and lowers {@code plan}, whose root must be a grid search. */
    public OptimizationResult optimize(LogicalNode plan) {
        RuleDriver.Outcome rewritten = rewrite(plan);
        // Derived before lowering, so a column the data lacks is reported at compile time at its script line.
        PlanMetadata metadata = MetadataDerivation.derive(rewritten.plan(), sources, config.catalog());
        SearchPlan search = new Lowering(config.catalog(), config.enabled(), metadata).lower(rewritten.plan());
        WorkEstimate work = WorkEstimate.of(plan, rewritten.plan(), search, sources);
        if (config.enabled() && work.workShared().isPresent()) {
            work = work.withWorkWithoutRewrites(workWithoutRewrites(plan));
        }
        return new OptimizationResult(plan, rewritten.plan(), rewritten.trace(), search, metadata, work, ruleNames());
    }

    /**
     * The shared work of {@code plan} lowered after binding alone (lowering still shares equal work by fingerprint),
     * so the difference to the optimized plan is what the rewrite rules save; empty when it cannot be estimated.
     */
    private java.util.OptionalDouble workWithoutRewrites(LogicalNode plan) {
        try {
            LogicalNode bound = new RuleDriver(List.of(CoreRules.BIND_BATCH), config.driver())
                    .run(plan, new RuleContext(config.catalog(), sources)).plan();
            SearchPlan search = new Lowering(config.catalog(), true).lower(bound);
            return WorkEstimate.of(plan, bound, search, sources).workShared();
        } catch (io.stratum.ir.diagnostics.StratumError e) {
            return java.util.OptionalDouble.empty();
        }
    }

    /** Every rule the rewrite offers the plan to, in batch order (each once). */
    public List<String> ruleNames() {
        List<String> out = new ArrayList<>();
        for (Batch b : batches()) {
            for (Rule r : b.rules()) {
                if (!out.contains(r.name())) {
                    out.add(r.name());
                }
            }
        }
        return out;
    }

    /** The source statistics metadata is derived from. */
    public SourceStatistics sources() {
        return sources;
    }

    private List<Batch> batches() {
        return config.enabled() ? CoreRules.standardBatches() : List.of(CoreRules.BIND_BATCH);
    }

    /**
     * A plan that is not a search ({@code .skb.eval()}'s DataOp, choices resolved) bound and lowered to one operator.
     * Only the bind batch runs: the rewrites assume a search's consumers, while here every column of the root is read.
     */
    public io.stratum.ir.physical.PhysicalOp lowerValue(LogicalNode plan) {
        return new Lowering(config.catalog(), config.enabled()).lowerValue(bindValue(plan));
    }

    /** A plan that is not a search bound, without the rewrites ({@link #lowerValue}'s logical plan). */
    public LogicalNode bindValue(LogicalNode plan) {
        return new RuleDriver(List.of(CoreRules.BIND_BATCH), config.driver())
                .run(plan, new RuleContext(config.catalog(), sources)).plan();
    }

    /**
     * The first of {@code columns} (null: all) of the value of {@code plan} (not a search) whose digits depend on the
     * machine numpy runs on ({@link io.stratum.optimizer.metadata.MachineDependentDigits}), or null.
     */
    public io.stratum.optimizer.metadata.MachineDependentDigits.Found machineDependentDigits(LogicalNode plan,
                                                                                           List<String> columns) {
        return io.stratum.optimizer.metadata.MachineDependentDigits.written(bindValue(plan), columns, config.catalog(),
                sources);
    }

    /** Only the logical rewrite, for plans that are not searches (and for EXPLAIN of the logical side). */
    public RuleDriver.Outcome rewrite(LogicalNode plan) {
        return new RuleDriver(batches(), config.driver()).run(plan, new RuleContext(config.catalog(), sources));
    }
}
