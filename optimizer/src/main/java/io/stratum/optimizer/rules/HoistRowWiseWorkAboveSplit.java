package io.stratum.optimizer.rules;

import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.Rename;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import io.stratum.optimizer.metadata.PlanConsumers;
import io.stratum.ir.node.Fingerprint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves work that is stateless per row from below a split mark to above it: {@code X.assign(...)},
 * {@code X.drop(columns=...)}, {@code X.rename(...)}, {@code X[[...]]} and per-value operations ({@code fillna},
 * {@code isna}, {@code isin}, {@code clip}, {@code round}, {@code .dt} fields, {@code .str} methods) on the frame
 * marked by {@code mark_as_X} become the same step applied before the mark. Cross-validation
 * then runs the step once on all rows instead of once per fold on the training rows and again on the test rows.
 * Work on the column marked by {@code mark_as_y} stays below its mark: skrub's named scorers compare the predictions
 * with the marked value itself, so {@code np.log1p(y)} moved above the mark would change what they score against.
 *
 * <p>Why results are unchanged: each of these steps computes row {@code i} of its output from row {@code i} of its
 * input alone (no fitted state, no aggregate over rows, no row order), and keeps the row count, so taking a fold's
 * rows after the step gives the same values as taking them before; the columns, their order and dtypes do not depend
 * on which rows are present (pandas' dtype of an element-wise result depends on the input dtypes only). An
 * {@code assign} is hoisted only when every value is an expression of constants and columns of the same marked frame
 * (a value reading another frame could have other rows); selections by a skrub selector stay, and so do row masks.
 *
 * <p>Only a mark that nothing else reads is moved (its readers being the step and the column reads and arithmetic
 * private to that step): a mark still needed below would be split twice, once with and once without the step, and
 * copying every column of each fold again costs more than the row-wise step saves.
 */
final class HoistRowWiseWorkAboveSplit implements Rule {

    @Override
    public String name() {
        return "hoist_row_wise_work_above_split";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        RuleResult hoisted = hoist(node, ctx.passAnalysis(EveryRowInSomeFold.class, EveryRowInSomeFold::of).holds());
        if (hoisted instanceof RuleResult.Rewritten && !privateMark(node, ctx.passAnalysis(PlanConsumers.class, PlanConsumers::of))) {
            return RuleResult.unchanged();
        }
        return hoisted;
    }

    /**
     * True when the mark {@code node} reads is read only by {@code node} and by expression nodes inside it that are
     * themselves read only inside it, so moving the mark up leaves no copy of it below.
     */
    private static boolean privateMark(LogicalNode node, PlanConsumers consumers) {
        Set<Fingerprint> inside = new HashSet<>();
        List<LogicalNode> expressions = new ArrayList<>();
        inside.add(node.fingerprint());
        LogicalNode mark = null;
        List<LogicalNode> stack = new ArrayList<>(node.inputs());
        while (!stack.isEmpty()) {
            LogicalNode n = stack.removeLast();
            if (n instanceof MarkX || n instanceof MarkY) {
                mark = n;
            } else if (!(n instanceof Value) && inside.add(n.fingerprint())) {
                expressions.add(n);
                stack.addAll(n.inputs());
            }
        }
        if (mark == null || !consumers.onlyReadBy(mark, inside)) {
            return false;
        }
        for (LogicalNode e : expressions) {
            if (!consumers.onlyReadBy(e, inside)) {
                return false;
            }
        }
        return true;
    }

    private static RuleResult hoist(LogicalNode node, boolean everyRow) {
        return switch (node) {
            case Assign a when a.input() instanceof MarkX mark && a.values().stream().allMatch(v -> readsOnly(v, mark, everyRow)) -> {
                List<LogicalNode> values = new ArrayList<>();
                for (LogicalNode v : a.values()) {
                    values.add(reroot(v, mark));
                }
                yield RuleResult.rewrittenTo(mark.over(new Assign(mark.input(), a.names(), values, a.origin())));
            }
            case Drop d when d.input() instanceof MarkX mark ->
                    RuleResult.rewrittenTo(mark.over(new Drop(mark.input(), d.columns(), d.origin())));
            case GetItem g when g.input() instanceof MarkX mark && isColumnList(g.key()) ->
                    RuleResult.rewrittenTo(mark.over(new GetItem(mark.input(), g.key(), g.origin())));
            case ElementWise e when e.input() instanceof MarkX mark && rowLocal(e.op(), everyRow) ->
                    RuleResult.rewrittenTo(mark.over(new ElementWise(mark.input(), e.op(), e.columns(), e.origin())));
            case Rename r when r.input() instanceof MarkX mark ->
                    RuleResult.rewrittenTo(mark.over(new Rename(mark.input(), r.from(), r.to(), r.origin())));
            default -> RuleResult.unchanged();
        };
    }

    /**
     * True for a per-value operation whose value for a row depends on that row alone, and that may be moved given
     * which rows the folds use. {@code astype} and {@code to_datetime} can raise on a single value: moved above the
     * split they see every row, so they move only when every row is in some fold anyway (KFold, StratifiedKFold),
     * never for a splitter that leaves rows out (ShuffleSplit, TimeSeriesSplit), where an error on an unused row
     * would be new. {@code to_datetime} without a format infers the layout from the first value, which differs per
     * fold, so it never moves.
     */
    private static boolean rowLocal(ElementOp op, boolean everyRowInSomeFold) {
        return switch (op) {
            // astype("category") takes its categories from every row it sees, and remove_unused_categories keeps the
            // categories some row holds: above the split they would see other rows than in the fold.
            case ElementOp.Cast c -> everyRowInSomeFold && !c.dtype().equals("category");
            case ElementOp.RemoveUnusedCategories r -> false;
            case ElementOp.ToDatetime t -> everyRowInSomeFold && t.format() != null;
            default -> true;
        };
    }

    /** A list of column names (not a selector, not a mask): the same columns whatever the rows. */
    private static boolean isColumnList(LogicalNode key) {
        return key instanceof Value v && v.value() instanceof Const.ListConst l && ColumnSelector.fromConst(l) == null
                && l.asStrings() != null;
    }

    /** True when {@code expr} is built of constants, arithmetic, numpy functions and columns {@code mark[name]}. */
    private static boolean readsOnly(LogicalNode expr, MarkX mark, boolean everyRow) {
        return switch (expr) {
            case Value v -> true;
            case GetItem g -> g.input().equals(mark) && g.key() instanceof Value v && v.value() instanceof Const.StrConst;
            // isin reads its lookup column whole: a fold's rows would see other rows' values.
            case BinOp b when b.op() == io.stratum.ir.logical.BinaryOperator.ISIN -> false;
            case BinOp b -> readsOnly(b.left(), mark, everyRow) && readsOnly(b.right(), mark, everyRow);
            case UnaryOp u -> readsOnly(u.operand(), mark, everyRow);
            case Numeric n -> readsOnly(n.operand(), mark, everyRow);
            case ElementWise e -> rowLocal(e.op(), everyRow) && readsOnly(e.input(), mark, everyRow);
            default -> false;
        };
    }

    /** {@code expr} with the mark replaced by what it marks. */
    private static LogicalNode reroot(LogicalNode expr, LogicalNode mark) {
        if (expr.equals(mark)) {
            return mark.inputs().getFirst();
        }
        if (expr instanceof Value) {
            return expr;
        }
        List<LogicalNode> in = new ArrayList<>();
        boolean changed = false;
        for (LogicalNode i : expr.inputs()) {
            LogicalNode r = reroot(i, mark);
            changed |= r != i;
            in.add(r);
        }
        return changed ? expr.withInputs(in) : expr;
    }
}
