package io.stratum.optimizer.rules;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;

/** {@code abs(abs(x))} is {@code abs(x)}, and {@code abs(-x)} is {@code abs(x)}: the inner step is removed. */
public final class EliminateNestedAbs implements Rule {

    @Override
    public String name() {
        return "eliminate_nested_abs";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (node instanceof UnaryOp outer && outer.op() == UnaryOperator.ABS
                && outer.operand() instanceof UnaryOp inner
                && (inner.op() == UnaryOperator.ABS || inner.op() == UnaryOperator.NEG)) {
            return RuleResult.rewrittenTo(new UnaryOp(UnaryOperator.ABS, inner.operand(), outer.origin()));
        }
        return RuleResult.unchanged();
    }
}
