package io.stratum.optimizer.rules;

import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.Join;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import io.stratum.optimizer.metadata.OutputKind;
import java.util.List;

/**
 * {@code df[df[k].isin(other[k2])]} becomes a semi join of {@code df} with {@code other} on {@code k = k2}, and
 * {@code df[~df[k].isin(other[k2])]} an anti join: the rows of {@code df} whose key is (is not) among
 * {@code other[k2]}'s values, in {@code df}'s order, each row once whatever the duplicates in {@code other}, missing
 * keys matching missing keys. That is exactly the mask's result, since the mask has no missing values and both
 * paths share the runtime's membership test ({@code Membership.matches}), strings never matching numbers. The join
 * skips the mask column and its gather, and shows the relation to the later rules (the lookup side is read for its
 * key column only). Only when the mask reads the very frame it filters ({@code df[k]} of the same {@code df}) and
 * both sides are frames; a series filtered by its own membership keeps the mask.
 */
public final class RewriteIsinFilterToSemiJoin implements Rule {

    @Override
    public String name() {
        return "rewrite_isin_filter_to_semi_join";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!(node instanceof Filter f) || OutputKind.of(f.input()) != OutputKind.FRAME) {
            return RuleResult.unchanged();
        }
        boolean anti = f.mask() instanceof UnaryOp u && u.op() == UnaryOperator.INVERT;
        LogicalNode mask = anti ? ((UnaryOp) f.mask()).operand() : f.mask();
        if (!(mask instanceof BinOp b) || b.op() != BinaryOperator.ISIN
                || !(b.left() instanceof GetItem key) || !(b.right() instanceof GetItem lookup)) {
            return RuleResult.unchanged();
        }
        String k = KnownColumns.columnName(key.key());
        String k2 = KnownColumns.columnName(lookup.key());
        if (k == null || k2 == null || !key.input().equals(f.input()) || OutputKind.of(lookup.input()) != OutputKind.FRAME) {
            return RuleResult.unchanged();
        }
        return RuleResult.rewrittenTo(new Join(f.input(), lookup.input(), anti ? "anti" : "semi", List.of(k), List.of(k2),
                null, null, b.origin()));
    }
}
