package io.stratum.runtime.exec;

import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.physical.AssignColumns;
import io.stratum.ir.physical.ColumnExpr;
import io.stratum.ir.physical.DropColumns;
import io.stratum.ir.physical.DropMissingRows;
import io.stratum.ir.physical.EvalColumn;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.MapColumns;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.RenameColumns;
import io.stratum.ir.physical.SelectColumn;
import io.stratum.ir.physical.SelectColumns;
import io.stratum.ir.physical.SplitRows;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a transformer's input, on a fold's training rows, is the union of its input on the other folds'
 * test rows — so that its fit can come from per-partition statistics. That holds when the columns it reads are made
 * from the split row by row, by steps that do not depend on the fold: selections, drops, renames, per-row
 * arithmetic and element-wise functions, {@code dropna}, and the columns an upstream transformer with explicit
 * {@code cols} passes through untouched (the columns {@code .skb.apply(..., cols=[...])} leaves alone). Anything
 * else — a fitted step's output, a row filter, a join, an aggregation, {@code isin} against a column, a
 * data-dependent parse — keeps the direct fit.
 */
final class PartitionLineage {
    private PartitionLineage() {
    }

    /**
     * The operator whose output on a partition's rows {@code t}'s statistics are taken from, or null when the columns
     * {@code t} reads are not made row by row from the split. That is {@code t}'s input, or, when the input is an
     * upstream transformer that passes {@code t}'s columns through untouched, that transformer's input (and so on):
     * the statistics then neither wait for the upstream fits nor keep its (often wide) output of every partition.
     */
    static PhysicalOp statisticsSource(FitTransform t) {
        Set<String> needed = reads(t);
        if (!rowwise(t.input(), needed)) {
            return null;
        }
        PhysicalOp source = t.input();
        while (source instanceof FitTransform u && passesThrough(u, needed)) {
            source = u.input();
        }
        return source;
    }

    private static boolean passesThrough(FitTransform u, Set<String> needed) {
        Set<String> touched = reads(u);
        return touched != null && needed != null && java.util.Collections.disjoint(needed, touched);
    }

    /**
     * The names {@code t} can read at most: its named columns, or what its selector can pick whatever the frame's
     * types ({@link #bound}); null when that is any column.
     */
    private static Set<String> reads(FitTransform t) {
        if (t.selector() != null) {
            return bound(t.selector());
        }
        return t.columns() == null ? null : Set.copyOf(t.columns());
    }

    /**
     * A set of names that holds every column {@code selector} can pick from any frame, or null when it can pick names
     * not known before the data (a type, a pattern, all columns): {@code s.cols(...)} its names, {@code a & b} the
     * smaller bound, {@code a - b} the bound of {@code a}, {@code a | b} and {@code a ^ b} the union of both bounds.
     * A selector bounded so is then shared like named columns.
     */
    static Set<String> bound(ColumnSelector selector) {
        return switch (selector) {
            case ColumnSelector.Cols c -> Set.copyOf(c.names());
            case ColumnSelector.Combined c -> {
                Set<String> left = bound(c.left());
                Set<String> right = bound(c.right());
                yield switch (c.op()) {
                    case AND -> left == null ? right : right == null ? left : intersection(left, right);
                    case SUB -> left;
                    case OR, XOR -> left == null || right == null ? null : union(left, right);
                };
            }
            case ColumnSelector.All a -> null;
            case ColumnSelector.Glob g -> null;
            case ColumnSelector.Numeric n -> null;
            case ColumnSelector.StringType st -> null;
            case ColumnSelector.IntegerType it -> null;
            case ColumnSelector.FloatType ft -> null;
            case ColumnSelector.AnyDate ad -> null;
            case ColumnSelector.Categorical ct -> null;
            case ColumnSelector.BooleanType bt -> null;
            case ColumnSelector.Regex r -> null;
            case ColumnSelector.Inverted i -> null;
        };
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return Set.copyOf(out);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** {@code needed}: the columns of {@code op}'s output that must be row-wise, or null for all of them. */
    private static boolean rowwise(PhysicalOp op, Set<String> needed) {
        return switch (op) {
            case SplitRows s -> true;
            case SelectColumns s when s.selector() == null ->
                    rowwise(s.input(), needed == null ? Set.copyOf(s.columns()) : needed);
            case SelectColumns s -> rowwise(s.input(), null);
            case SelectColumn s -> rowwise(s.input(), Set.of(s.column()));
            case DropColumns d -> rowwise(d.input(), needed);
            case RenameColumns r -> rowwise(r.input(), needed == null ? null : renamedBack(r, needed));
            case io.stratum.ir.physical.AffixColumns a -> rowwise(a.input(), needed == null ? null : affixedBack(a, needed));
            case AssignColumns a -> {
                if (needed != null && java.util.Collections.disjoint(needed, a.names())) {
                    yield rowwise(a.frameAndInputs().get(0), needed);
                }
                yield a.exprs().stream().allMatch(PartitionLineage::rowwise) && allRowwise(a.frameAndInputs());
            }
            case EvalColumn e -> rowwise(e.expr()) && allRowwise(e.operands());
            case MapColumns m -> rowwise(m.op()) && rowwise(m.input(), null);
            case DropMissingRows d -> rowwise(d.input(), null);
            // A row filter is row-wise, but the optimizer may turn one into a semi join: kept direct either way, so
            // the optimizer on and off fit alike.
            // Columns an upstream transformer does not touch are its input's, whatever it was fitted on.
            case FitTransform u when passesThrough(u, needed) -> rowwise(u.input(), needed);
            default -> false;
        };
    }

    private static boolean allRowwise(List<PhysicalOp> inputs) {
        for (PhysicalOp in : inputs) {
            if (!rowwise(in, null)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> affixedBack(io.stratum.ir.physical.AffixColumns a, Set<String> needed) {
        Set<String> out = new HashSet<>();
        for (String name : needed) {
            if (name.startsWith(a.prefix()) && name.endsWith(a.suffix())
                    && name.length() >= a.prefix().length() + a.suffix().length()) {
                out.add(name.substring(a.prefix().length(), name.length() - a.suffix().length()));
            }
        }
        return out;
    }

    private static Set<String> renamedBack(RenameColumns r, Set<String> needed) {
        Set<String> out = new HashSet<>();
        for (String name : needed) {
            int i = r.to().indexOf(name);
            out.add(i >= 0 ? r.from().get(i) : name);
        }
        return out;
    }

    /** Whether an expression's value in a row depends on that row alone, with a type that does not depend on the rows. */
    private static boolean rowwise(ColumnExpr e) {
        return switch (e) {
            case ColumnExpr.InputColumn c -> true;
            case ColumnExpr.Literal l -> true;
            // isin against a column reads that column whole.
            case ColumnExpr.Binary b -> b.op() != BinaryOperator.ISIN && rowwise(b.left()) && rowwise(b.right());
            case ColumnExpr.Unary u -> rowwise(u.operand());
            case ColumnExpr.Function f -> rowwise(f.operand());
            case ColumnExpr.Element el -> rowwise(el.op()) && rowwise(el.operand());
            // pandas keeps int64 only when all of a column `other` is whole: the type depends on the rows.
            case ColumnExpr.Where w -> w.otherColumn() == null && rowwise(w.value()) && rowwise(w.condition());
        };
    }

    /**
     * As the optimizer's {@code hoist_row_wise_work_above_split} decides for folds that use every row (the only folds
     * fold algebra applies to), so a plan fits alike with the optimizer on (work moved above the split) and off:
     * {@code astype} is row-wise (a value it refuses is in some fold's training rows anyway); a {@code to_datetime}
     * without a format guesses the format from the data, so it is not.
     */
    private static boolean rowwise(ElementOp op) {
        return switch (op) {
            case ElementOp.ToDatetime t -> t.format() != null;
            // Categories come from the rows the operation sees (astype) or are cut to them (remove_unused).
            case ElementOp.Cast c -> !c.dtype().equals("category");
            case ElementOp.RemoveUnusedCategories r -> false;
            default -> true;
        };
    }
}
