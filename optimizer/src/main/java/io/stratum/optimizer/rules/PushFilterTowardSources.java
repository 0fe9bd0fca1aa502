package io.stratum.optimizer.rules;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Aggregate;
import io.stratum.ir.logical.AggregateSpec;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.Join;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.Rename;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.Value;
import io.stratum.ir.node.Fingerprint;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import io.stratum.optimizer.metadata.ColumnType;
import io.stratum.optimizer.metadata.MetadataDerivation;
import io.stratum.optimizer.metadata.NodeMetadata;
import io.stratum.optimizer.metadata.ObservedRowLabels;
import io.stratum.optimizer.metadata.PlanConsumers;
import io.stratum.optimizer.metadata.PlanMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Moves a row filter {@code df[mask]} one step toward the sources, so the steps below it see fewer rows:
 * <ul>
 *   <li>below {@code assign}, when the mask reads none of the assigned columns and every assigned value is row-wise
 *       arithmetic of the frame's own columns whose dtype does not depend on the rows ({@code + - * /}, comparisons,
 *       {@code & | ^}, unary operators, numpy functions, {@code isna}/{@code notna}, {@code fillna}, {@code clip},
 *       {@code round}) — not {@code //}, {@code %} or {@code **} of columns (pandas' dtype then depends on the
 *       values), not {@code astype}/{@code to_datetime} (they may raise on a row the filter removes), not
 *       {@code .str}/{@code .dt} (missing values change their dtype);</li>
 *   <li>below {@code rename} (the mask's names mapped back) and below a column selection {@code df[[...]]} that
 *       holds every column the mask reads;</li>
 *   <li>into one side of an inner {@code merge} when every column the mask reads comes from that side (known from
 *       the sides' schemas, suffixes undone); an inner join keeps each side's dtypes and follows the left rows, each
 *       with its matches in right order, so filtering a side first gives the same rows in the same order;</li>
 *   <li>into the preserved side of a left (right) {@code merge} — the left (right) frame, whose every row is in the
 *       output with its matches or once with missing values — when every column the mask reads comes from that side
 *       (for a right join a key both sides name counts as the right's, as pandas takes its values from the right),
 *       and every column the other, null-producing side brings is float64 or str. Removing preserved rows first
 *       removes exactly their output rows and keeps the order; the type condition is what makes it exact, because an
 *       unmatched row turns an int64 or bool column of the null-producing side into float64/object, and filtering
 *       first could remove every unmatched row and keep it int64. A filter never moves into the null-producing side
 *       (its rows are not filtered by the mask: a missing match still yields a row), nor into either side of an outer
 *       join;</li>
 *   <li>below a group-by aggregation {@code df.groupby(keys, as_index=False).agg(...)} when the mask reads only key
 *       columns (and no aggregation is named like a key): a group's rows all share its key, so the mask keeps or
 *       removes whole groups, and the kept groups aggregate the same rows in the same order (pandas drops groups with
 *       a missing key either way). Not when the keys are the index (the mask cannot read them), not for masks on
 *       aggregated values.</li>
 * </ul>
 * Never below a {@code groupby(...)[...].transform(...)} or an {@code assign} of one: each row's value is a statistic
 * of its whole group, which a filter below it would change (it is not row-wise here).
 * The mask itself must be built of constants, row-wise operators and the filtered frame's columns by name, so it
 * computes the same values on the frame below; and the filtered frame must have no other consumer than the filter
 * and its mask, so nothing is computed twice. A merge and a group-by number their rows 0..n-1, so below them the
 * filtered rows get other labels (0..k-1 instead of their positions in the unfiltered result): the filter moves into
 * a merge's side or below a group-by only when no step aligns its rows on their labels ({@link ObservedRowLabels}).
 */
public final class PushFilterTowardSources implements Rule {

    @Override
    public String name() {
        return "push_filter_toward_sources";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!(node instanceof Filter f)) {
            return RuleResult.unchanged();
        }
        LogicalNode in = f.input();
        Set<String> read = new HashSet<>();
        Set<Fingerprint> maskNodes = new HashSet<>();
        if (!maskReads(f.mask(), in, read, maskNodes)) {
            return RuleResult.unchanged();
        }
        maskNodes.add(f.fingerprint());
        if (!ctx.passAnalysis(PlanConsumers.class, PlanConsumers::of).onlyReadBy(in, maskNodes)) {
            return RuleResult.unchanged();
        }
        LogicalNode pushed = switch (in) {
            case Assign a -> belowAssign(f, a, read);
            case Rename r -> belowRename(f, r, read);
            case GetItem g when KnownColumns.columnList(g.key()) != null
                    && KnownColumns.columnList(g.key()).containsAll(read) ->
                    new GetItem(new Filter(g.input(), remap(f.mask(), in, g.input(), UnaryOperator.identity()), f.origin()),
                            g.key(), g.origin());
            // Both renumber the rows: pandas' labels of the filtered result are positions in the unfiltered one.
            case Join j when (j.how().equals("inner") || j.how().equals("left") || j.how().equals("right"))
                    && !labelsObserved(f, ctx) -> intoJoin(f, j, read, ctx);
            case Aggregate a when !labelsObserved(f, ctx) -> belowAggregate(f, a, read);
            default -> null;
        };
        return pushed == null ? RuleResult.unchanged() : RuleResult.rewrittenTo(pushed);
    }

    /** Whether the plan's result depends on {@code f}'s row labels ({@link ObservedRowLabels}). */
    private static boolean labelsObserved(Filter f, RuleContext ctx) {
        return ctx.passAnalysis(ObservedRowLabels.class, ObservedRowLabels::of).observed(f);
    }

    private static LogicalNode belowAssign(Filter f, Assign a, Set<String> read) {
        for (String n : a.names()) {
            if (read.contains(n)) {
                return null;
            }
        }
        for (LogicalNode v : a.values()) {
            if (!rowWise(v, a.input())) {
                return null;
            }
        }
        Filter below = new Filter(a.input(), remap(f.mask(), a, a.input(), UnaryOperator.identity()), f.origin());
        List<LogicalNode> values = new ArrayList<>();
        for (LogicalNode v : a.values()) {
            values.add(remap(v, a.input(), below, UnaryOperator.identity()));
        }
        return new Assign(below, a.names(), values, a.origin());
    }

    private static LogicalNode belowAggregate(Filter f, Aggregate a, Set<String> read) {
        if (a.keysAsIndex() || !a.keys().containsAll(read)) {
            return null;
        }
        for (AggregateSpec spec : a.aggregations()) {
            if (a.keys().contains(spec.output())) {
                return null;
            }
        }
        Filter below = new Filter(a.input(), remap(f.mask(), a, a.input(), UnaryOperator.identity()), f.origin());
        return a.withInputs(List.of(below));
    }

    private static LogicalNode belowRename(Filter f, Rename r, Set<String> read) {
        Map<String, String> back = new HashMap<>();
        for (String c : read) {
            int i = r.to().indexOf(c);
            if (i >= 0) {
                back.put(c, r.from().get(i));
            } else if (r.from().contains(c)) {
                return null; // renamed away: reading it is an error, which stays where it is
            }
        }
        Filter below = new Filter(r.input(), remap(f.mask(), r, r.input(), c -> back.getOrDefault(c, c)), f.origin());
        return new Rename(below, r.from(), r.to(), r.origin());
    }

    private static LogicalNode intoJoin(Filter f, Join j, Set<String> read, RuleContext ctx) {
        PlanMetadata metadata = ctx.passAnalysis(PushFilterTowardSources.class, plan -> {
            try {
                return MetadataDerivation.derive(plan, ctx.sources(), ctx.catalog());
            } catch (StratumError e) {
                return null; // reported where the plan is compiled; no push without schemas
            }
        });
        if (metadata == null) {
            return null;
        }
        Optional<List<String>> l = metadata.find(j.left()).flatMap(NodeMetadata::columnNames);
        Optional<List<String>> r = metadata.find(j.right()).flatMap(NodeMetadata::columnNames);
        if (l.isEmpty() || r.isEmpty()) {
            return null;
        }
        Set<String> shared = new HashSet<>();
        for (int i = 0; i < j.leftOn().size(); i++) {
            if (j.leftOn().get(i).equals(j.rightOn().get(i))) {
                shared.add(j.leftOn().get(i));
            }
        }
        // Output name -> (side, name on that side), as pandas names the merged columns.
        Map<String, String> fromLeft = new HashMap<>();
        Map<String, String> fromRight = new HashMap<>();
        Set<String> outputs = new HashSet<>();
        for (String c : l.get()) {
            String out = shared.contains(c) || !r.get().contains(c) ? c : suffixed(c, j.leftSuffix());
            if (!outputs.add(out)) {
                return null;
            }
            fromLeft.put(out, c);
        }
        for (String c : r.get()) {
            if (shared.contains(c)) {
                continue;
            }
            String out = l.get().contains(c) ? suffixed(c, j.rightSuffix()) : c;
            if (!outputs.add(out)) {
                return null;
            }
            fromRight.put(out, c);
        }
        if (!j.how().equals("inner")) {
            boolean left = j.how().equals("left");
            Optional<List<io.stratum.optimizer.metadata.ColumnStats>> other =
                    metadata.find(left ? j.right() : j.left()).flatMap(NodeMetadata::schema);
            if (other.isEmpty()) {
                return null;
            }
            for (io.stratum.optimizer.metadata.ColumnStats c : other.get()) {
                if (!shared.contains(c.name()) && c.type() != ColumnType.FLOAT64 && c.type() != ColumnType.STR) {
                    return null; // an unmatched row changes this column's dtype
                }
            }
            if (left) {
                fromRight.clear();
            } else {
                fromLeft.clear();
                shared.forEach(k -> fromRight.put(k, k));
            }
        }
        if (fromLeft.keySet().containsAll(read)) {
            Filter below = new Filter(j.left(), remap(f.mask(), j, j.left(), fromLeft::get), f.origin());
            return new Join(below, j.right(), j.how(), j.leftOn(), j.rightOn(), j.leftSuffix(), j.rightSuffix(), j.origin());
        }
        if (fromRight.keySet().containsAll(read)) {
            Filter below = new Filter(j.right(), remap(f.mask(), j, j.right(), fromRight::get), f.origin());
            return new Join(j.left(), below, j.how(), j.leftOn(), j.rightOn(), j.leftSuffix(), j.rightSuffix(), j.origin());
        }
        return null;
    }

    private static String suffixed(String name, String suffix) {
        return suffix == null ? name : name + suffix;
    }

    /**
     * True when {@code mask} is constants, row-wise operators and columns {@code frame[name]}; collects the names
     * and the fingerprints of the mask's nodes.
     */
    private static boolean maskReads(LogicalNode mask, LogicalNode frame, Set<String> names, Set<Fingerprint> nodes) {
        nodes.add(mask.fingerprint());
        return switch (mask) {
            case Value v -> true;
            case GetItem g -> {
                String c = KnownColumns.columnName(g.key());
                if (c == null || !g.input().equals(frame)) {
                    yield false;
                }
                names.add(c);
                yield true;
            }
            case BinOp b -> b.op() != io.stratum.ir.logical.BinaryOperator.ISIN
                    && maskReads(b.left(), frame, names, nodes) && maskReads(b.right(), frame, names, nodes);
            case UnaryOp u -> maskReads(u.operand(), frame, names, nodes);
            case Numeric n -> maskReads(n.operand(), frame, names, nodes);
            case ElementWise e -> e.columns().isEmpty() && maskReads(e.input(), frame, names, nodes);
            default -> false;
        };
    }

    /** True for a value computed row by row from {@code frame}'s columns, with a dtype that does not depend on the rows. */
    private static boolean rowWise(LogicalNode value, LogicalNode frame) {
        return switch (value) {
            case Value v -> true;
            case GetItem g -> KnownColumns.columnName(g.key()) != null && g.input().equals(frame);
            case BinOp b -> switch (b.op()) {
                case FLOORDIV, MOD, POW, ISIN -> false;
                default -> true;
            } && rowWise(b.left(), frame) && rowWise(b.right(), frame);
            case UnaryOp u -> rowWise(u.operand(), frame);
            case Numeric n -> rowWise(n.operand(), frame);
            case ElementWise e -> e.columns().isEmpty() && switch (e.op()) {
                case ElementOp.IsNa x -> true;
                case ElementOp.FillNa x -> true;
                case ElementOp.Clip x -> true;
                case ElementOp.Round x -> true;
                default -> false;
            } && rowWise(e.input(), frame);
            default -> false;
        };
    }

    /** {@code expr} with every {@code from[name]} read as {@code to[rename(name)]}. */
    private static LogicalNode remap(LogicalNode expr, LogicalNode from, LogicalNode to, UnaryOperator<String> rename) {
        if (expr instanceof GetItem g && g.input().equals(from)) {
            return new GetItem(to, new Value(io.stratum.ir.value.Const.of(rename.apply(KnownColumns.columnName(g.key()))),
                    ((Value) g.key()).origin()), g.origin());
        }
        if (expr instanceof Value) {
            return expr;
        }
        List<LogicalNode> in = new ArrayList<>();
        boolean changed = false;
        for (LogicalNode i : expr.inputs()) {
            LogicalNode r = remap(i, from, to, rename);
            changed |= r != i;
            in.add(r);
        }
        return changed ? expr.withInputs(in) : expr;
    }
}
