package io.stratum.optimizer.rules;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;

/** {@code -(-x)} is {@code x} for numbers (two's-complement wrap-around included), so the pair is removed. */
public final class EliminateDoubleNegation implements Rule {

    @Override
    public String name() {
        return "eliminate_double_negation";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (node instanceof UnaryOp outer && outer.op() == UnaryOperator.NEG
                && outer.operand() instanceof UnaryOp inner && inner.op() == UnaryOperator.NEG) {
            return RuleResult.rewrittenTo(inner.operand());
        }
        return RuleResult.unchanged();
    }
}
