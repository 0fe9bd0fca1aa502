package io.stratum.optimizer.rules;

import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import io.stratum.optimizer.metadata.ColumnDemand;
import io.stratum.optimizer.metadata.ColumnStats;
import io.stratum.optimizer.metadata.MetadataDerivation;
import io.stratum.optimizer.metadata.NodeMetadata;
import io.stratum.optimizer.metadata.PlanMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Removes the columns an {@code assign} adds that no later step reads ({@link ColumnDemand}): the computation is
 * skipped, and the columns it read may then be pruned from the source. Only values that cannot raise are removed,
 * so no error pandas would report disappears: arithmetic ({@code + - * / // %}, not {@code **}, which raises for
 * integers to negative powers), comparisons, unary minus and numpy functions over numeric constants and over columns
 * the metadata knows to exist with an int64 or float64 dtype (pandas computes these for any values: a division by
 * zero gives inf or NaN, an int64 overflow wraps). An assign left with no column is replaced by its input.
 */
final class RemoveUnreadAssignments implements Rule {

    @Override
    public String name() {
        return "remove_unread_assignments";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!(node instanceof Assign assign)) {
            return RuleResult.unchanged();
        }
        Set<String> demanded = ctx.passAnalysis(ColumnDemand.class, plan -> ColumnDemand.of(plan, ctx.catalog(), ctx.sources())).of(assign);
        if (demanded == ColumnDemand.ALL) {
            return RuleResult.unchanged();
        }
        PlanMetadata metadata = ctx.passAnalysis(PlanMetadata.class,
                plan -> MetadataDerivation.derive(plan, ctx.sources(), ctx.catalog()));
        List<String> names = new ArrayList<>();
        List<LogicalNode> values = new ArrayList<>();
        for (int i = 0; i < assign.names().size(); i++) {
            String name = assign.names().get(i);
            LogicalNode value = assign.values().get(i);
            if (demanded.contains(name) || numericType(value, metadata) == null) {
                names.add(name);
                values.add(value);
            }
        }
        if (names.size() == assign.names().size()) {
            return RuleResult.unchanged();
        }
        return RuleResult.rewrittenTo(names.isEmpty() ? assign.input() : new Assign(assign.input(), names, values, assign.origin()));
    }

    /** What {@code expr} computes when it certainly cannot raise: "number" or "bool"; null otherwise. */
    private static String numericType(LogicalNode expr, PlanMetadata metadata) {
        return switch (expr) {
            case Value v when v.value() instanceof Const.IntConst || v.value() instanceof Const.FloatConst -> "number";
            case GetItem g when g.key() instanceof Value k && k.value() instanceof Const.StrConst column ->
                    knownNumericColumn(metadata.find(g.input()), column.value()) ? "number" : null;
            case BinOp b -> {
                String left = numericType(b.left(), metadata);
                String right = numericType(b.right(), metadata);
                if (!"number".equals(left) || !"number".equals(right)) {
                    yield null;
                }
                yield switch (b.op()) {
                    case ADD, SUB, MUL, TRUEDIV, FLOORDIV, MOD -> "number";
                    case EQ, NE, LT, LE, GT, GE -> "bool";
                    default -> null;
                };
            }
            case UnaryOp u when u.op() == UnaryOperator.NEG || u.op() == UnaryOperator.POS ->
                    "number".equals(numericType(u.operand(), metadata)) ? "number" : null;
            case Numeric n -> "number".equals(numericType(n.operand(), metadata)) ? "number" : null;
            default -> null;
        };
    }

    private static boolean knownNumericColumn(Optional<NodeMetadata> frame, String column) {
        if (frame.isEmpty() || frame.get().schema().isEmpty()) {
            return false;
        }
        for (ColumnStats c : frame.get().schema().get()) {
            if (c.name().equals(column)) {
                return c.type().isNumeric();
            }
        }
        return false;
    }
}
