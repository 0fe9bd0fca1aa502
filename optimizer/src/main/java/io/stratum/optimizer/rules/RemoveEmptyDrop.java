package io.stratum.optimizer.rules;

import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;

/** {@code df.drop(columns=[])} is {@code df}: dropping nothing changes no column and no row. */
public final class RemoveEmptyDrop implements Rule {

    @Override
    public String name() {
        return "remove_empty_drop";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (node instanceof Drop d && d.columns().isEmpty()) {
            return RuleResult.rewrittenTo(d.input());
        }
        return RuleResult.unchanged();
    }
}
