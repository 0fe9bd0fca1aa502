package io.stratum.optimizer.rules;

import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.Value;
import io.stratum.ir.node.Fingerprint;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;

/**
 * {@code df.assign(c=expr)["c"]} becomes {@code expr}: the column is computed without copying the frame. Exact
 * only under three conditions, all checked: the assign sets that one column (another assigned expression could
 * raise, and the rewrite would skip it); {@code expr} is column arithmetic or numpy functions over columns of
 * {@code df} itself and reads at least one (so {@code df} is still computed, with its errors, and the rows align);
 * and {@code expr}'s result already carries the name {@code c} — the runtime names a computed column after its
 * first column operand, and a Series' name shows through later steps (a one-column frame's feature name).
 */
public final class FoldAssignedColumnRead implements Rule {

    @Override
    public String name() {
        return "fold_assigned_column_read";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!(node instanceof GetItem read) || !(read.input() instanceof Assign assign) || assign.names().size() != 1) {
            return RuleResult.unchanged();
        }
        String column = KnownColumns.columnName(read.key());
        if (column == null || !column.equals(assign.names().getFirst())) {
            return RuleResult.unchanged();
        }
        LogicalNode expr = assign.values().getFirst();
        Fingerprint frame = assign.input().fingerprint();
        if (!readsOnly(expr, frame) || !column.equals(resultName(expr))) {
            return RuleResult.unchanged();
        }
        return RuleResult.rewrittenTo(expr);
    }

    /** True when {@code expr} is arithmetic over constants and columns of {@code frame}, with at least one column. */
    private static boolean readsOnly(LogicalNode expr, Fingerprint frame) {
        return switch (expr) {
            case GetItem g -> KnownColumns.columnName(g.key()) != null && g.input().fingerprint().equals(frame);
            case BinOp b -> b.op().isArithmetic() && (readsOnly(b.left(), frame) || b.left() instanceof Value)
                    && (readsOnly(b.right(), frame) || b.right() instanceof Value)
                    && !(b.left() instanceof Value && b.right() instanceof Value);
            case UnaryOp u -> readsOnly(u.operand(), frame);
            case Numeric n -> readsOnly(n.operand(), frame);
            default -> false;
        };
    }

    /** The name the runtime gives the computed column: that of the first column operand, as ColumnArithmetic does. */
    private static String resultName(LogicalNode expr) {
        return switch (expr) {
            case GetItem g -> KnownColumns.columnName(g.key());
            case BinOp b -> b.left() instanceof Value ? resultName(b.right()) : resultName(b.left());
            case UnaryOp u -> resultName(u.operand());
            case Numeric n -> resultName(n.operand());
            default -> null;
        };
    }
}
