package io.stratum.optimizer.rules;

import io.stratum.ir.logical.Arg;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.GetAttr;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.RowsByPosition;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.value.RowPositions;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;

/**
 * {@code df[~df.index.isin(sample.index)]} (or {@code df.loc[...]}) of {@code sample = df.sample(..., random_state=...)}:
 * the rows the sample did not pick, in their order, with their labels, as {@code df.drop(sample.index)} gives them;
 * without {@code ~}, the rows it picked in the frame's order. Agents hold out the rest of a frame this way; a frame's
 * {@code .index} is not compiled otherwise. Runs before the column methods bind {@code isin}.
 */
final class BindSampleMembership implements Rule {
    @Override
    public String name() {
        return "bind_sample_membership";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!(node instanceof GetItem g)) {
            return RuleResult.unchanged();
        }
        LogicalNode key = g.key();
        boolean rest = key instanceof UnaryOp u && u.op() == UnaryOperator.INVERT;
        if (rest) {
            key = ((UnaryOp) key).operand();
        }
        if (!(key instanceof CallMethod c) || !c.method().equals("isin") || c.args().size() != 1
                || !isIndexOf(c.receiver(), g.input())) {
            return RuleResult.unchanged();
        }
        Arg arg = c.args().get(0);
        if (arg.isKeyword() && !arg.keyword().equals("values")
                || !(arg.value() instanceof GetAttr other) || !other.name().equals("index")
                || !(other.input() instanceof RowsByPosition sample)
                || !(sample.positions() instanceof RowPositions.PandasSample drawn)
                || !sample.input().fingerprint().equals(g.input().fingerprint())) {
            return RuleResult.unchanged();
        }
        return RuleResult.rewrittenTo(new RowsByPosition(g.input(), rest ? new RowPositions.PandasSampleRest(drawn)
                : new RowPositions.PandasSampleInOrder(drawn), g.origin()));
    }

    private static boolean isIndexOf(LogicalNode node, LogicalNode frame) {
        return node instanceof GetAttr a && a.name().equals("index") && a.input().fingerprint().equals(frame.fingerprint());
    }
}
