package io.stratum.optimizer.rules;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;

/**
 * Makes structurally equal nodes (equal fingerprint) one node object, so candidate pipelines the script built
 * separately share their equal prefix. Because the driver walks bottom-up and rebuilds parents from the
 * canonical inputs, equal parents then have equal fingerprints too and collapse in the same pass.
 */
public final class EliminateCommonSubplans implements Rule {

    @Override
    public String name() {
        return "eliminate_common_subplans";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        LogicalNode canonical = ctx.canonical(node);
        return canonical == node ? RuleResult.unchanged() : RuleResult.rewrittenTo(canonical);
    }
}
