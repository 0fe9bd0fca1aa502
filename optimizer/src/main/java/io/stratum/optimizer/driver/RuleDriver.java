package io.stratum.optimizer.driver;

import io.stratum.ir.logical.LogicalNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs rule batches over a logical plan: each rule is offered every node bottom-up, parents are rebuilt
 * through {@code withInputs}, and a node reachable along several paths is rewritten once (so sharing survives).
 * After every rule that fired the plan invariants are checked, and the firing is recorded in a {@link RuleTrace}.
 */
public final class RuleDriver {

    /** Driver settings; tests keep {@code failOnNonConvergence} on so a rule that never settles is caught. */
    public record Config(boolean failOnNonConvergence, boolean recordPlans) {
        public static final Config DEFAULT = new Config(true, true);
    }

    /** The rewritten plan and what fired on the way. */
    public record Outcome(LogicalNode plan, RuleTrace trace) {
    }

    private final List<Batch> batches;
    private final Config config;

    public RuleDriver(List<Batch> batches, Config config) {
        this.batches = List.copyOf(batches);
        this.config = Objects.requireNonNull(config, "config");
    }

    public Outcome run(LogicalNode plan, RuleContext ctx) {
        List<RuleTrace.Firing> firings = new ArrayList<>();
        List<String> unconverged = new ArrayList<>();
        LogicalNode current = plan;
        for (Batch batch : batches) {
            for (String required : batch.requires()) {
                if (!ctx.hasRun(required)) {
                    throw new IllegalStateException("batch '" + batch.name() + "' must run after batch '"
                            + required + "', which has not run");
                }
            }
            int maxRounds = switch (batch.strategy()) {
                case Batch.Strategy.Once once -> 1;
                case Batch.Strategy.Fixpoint fixpoint -> fixpoint.maxIterations();
            };
            boolean firedInRound = true;
            for (int round = 1; round <= maxRounds && firedInRound; round++) {
                firedInRound = false;
                for (Rule rule : batch.rules()) {
                    Pass pass = new Pass(rule, ctx);
                    ctx.beginPass(current);
                    LogicalNode next = pass.rewrite(current);
                    if (pass.rewrites == 0) {
                        continue;
                    }
                    String broken = PlanInvariants.violation(current, next);
                    if (broken != null) {
                        throw new IllegalStateException("rule " + rule.name() + " broke a plan invariant: " + broken);
                    }
                    firedInRound = true;
                    current = next;
                    firings.add(new RuleTrace.Firing(batch.name(), rule.name(), round, pass.rewrites,
                            config.recordPlans() ? current : null));
                }
            }
            if (firedInRound && batch.strategy() instanceof Batch.Strategy.Fixpoint) {
                if (config.failOnNonConvergence()) {
                    throw new IllegalStateException("batch '" + batch.name() + "' did not converge within "
                            + maxRounds + " rounds; last rules fired: " + lastRules(firings, batch.name()));
                }
                unconverged.add(batch.name());
            }
            ctx.markCompleted(batch.name());
        }
        return new Outcome(current, new RuleTrace(firings, unconverged));
    }

    private static List<String> lastRules(List<RuleTrace.Firing> firings, String batch) {
        List<String> out = new ArrayList<>();
        int lastRound = 0;
        for (RuleTrace.Firing f : firings) {
            if (f.batch().equals(batch)) {
                if (f.iteration() > lastRound) {
                    lastRound = f.iteration();
                    out.clear();
                }
                out.add(f.rule());
            }
        }
        return out;
    }

    /** One bottom-up walk applying one rule, memoized by node identity so shared nodes are visited once. */
    private static final class Pass {
        private final Rule rule;
        private final RuleContext ctx;
        private final Map<LogicalNode, LogicalNode> done = new IdentityHashMap<>();
        int rewrites;

        Pass(Rule rule, RuleContext ctx) {
            this.rule = rule;
            this.ctx = ctx;
        }

        LogicalNode rewrite(LogicalNode node) {
            LogicalNode known = done.get(node);
            if (known != null) {
                return known;
            }
            List<LogicalNode> inputs = node.inputs();
            List<LogicalNode> newInputs = new ArrayList<>(inputs.size());
            boolean changed = false;
            for (LogicalNode in : inputs) {
                LogicalNode rewritten = rewrite(in);
                changed |= rewritten != in;
                newInputs.add(rewritten);
            }
            LogicalNode rebuilt = changed ? node.withInputs(newInputs) : node;
            LogicalNode result = switch (rule.apply(rebuilt, ctx)) {
                case RuleResult.Unchanged u -> rebuilt;
                case RuleResult.Rewritten r -> {
                    if (r.node() != rebuilt) {
                        rewrites++;
                    }
                    yield r.node();
                }
            };
            done.put(node, result);
            return result;
        }
    }
}
