package io.stratum.optimizer.rules;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Subsample;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;

/**
 * {@code .skb.subsample(n, how)} becomes what it computes in this plan: its input where subsampling is not in effect
 * (a search, cross-validation or evaluation without {@code keep_subsampling=True}), else the first {@code n} rows or
 * skrub's random draw of {@code n} rows ({@link Subsample#resolved()}). In the bind batch, so every later rule, the
 * metadata and the lowering see ordinary row operators.
 */
public final class ResolveSubsampling implements Rule {

    @Override
    public String name() {
        return "resolve_subsampling";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (node instanceof Subsample s) {
            return RuleResult.rewrittenTo(s.resolved());
        }
        return RuleResult.unchanged();
    }
}
