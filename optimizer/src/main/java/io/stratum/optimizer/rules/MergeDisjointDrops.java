package io.stratum.optimizer.rules;

import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code df.drop(columns=a).drop(columns=b)} becomes one drop of {@code a + b} when {@code a} and {@code b}
 * are disjoint. Overlapping drops stay apart: pandas raises on the second one, and merging would hide that.
 * When the inner drop is also read elsewhere it stays for those readers; the merged drop is still one fewer
 * copy of the frame on this path.
 */
public final class MergeDisjointDrops implements Rule {

    @Override
    public String name() {
        return "merge_disjoint_drops";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (node instanceof Drop outer && outer.input() instanceof Drop inner
                && Collections.disjoint(inner.columns(), outer.columns())) {
            List<String> merged = new ArrayList<>(inner.columns());
            merged.addAll(outer.columns());
            return RuleResult.rewrittenTo(new Drop(inner.input(), merged, outer.origin()));
        }
        return RuleResult.unchanged();
    }
}
