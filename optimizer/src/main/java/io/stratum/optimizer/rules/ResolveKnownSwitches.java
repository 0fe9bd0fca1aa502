package io.stratum.optimizer.rules;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Switch;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;

/**
 * {@code .skb.match}/{@code .skb.if_else} whose query is known before the plan runs (a constant, or {@code
 * skrub.eval_mode()} bound to the mode of the evaluation) become the target they select, as skrub's evaluation picks
 * it. In the bind batch: lowering has no run-time branch, so a switch left here is reported there.
 */
public final class ResolveKnownSwitches implements Rule {

    @Override
    public String name() {
        return "resolve_known_switches";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (node instanceof Switch s) {
            Const value = Switch.known(s.query());
            LogicalNode target = value == null ? null : s.select(value);
            if (target != null) {
                return RuleResult.rewrittenTo(target);
            }
        }
        return RuleResult.unchanged();
    }
}
