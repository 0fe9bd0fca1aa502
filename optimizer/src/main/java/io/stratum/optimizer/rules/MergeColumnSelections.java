package io.stratum.optimizer.rules;

import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges consecutive column selections and drops into one selection from the original frame:
 * {@code df[[a, b, c]][[c, a]]} to {@code df[[c, a]]}, {@code df[[a, b]]["a"]} to {@code df["a"]},
 * {@code df[[a, b, c]].drop(columns=[b])} to {@code df[[a, c]]}, and {@code df.drop(columns=[b])[[a]]} to
 * {@code df[[a]]}. Each is exact in pandas when the outer step only names columns the inner one kept, and the
 * inner step names no duplicate. A merge would skip the inner step's check that its columns exist, so it happens
 * only when every column the merged step no longer names is known to exist in the frame ({@link KnownColumns}) —
 * a misspelt column still raises.
 */
public final class MergeColumnSelections implements Rule {

    @Override
    public String name() {
        return "merge_column_selections";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        return switch (node) {
            case GetItem outer when outer.input() instanceof GetItem inner -> selectAfterSelect(outer, inner);
            case Drop outer when outer.input() instanceof GetItem inner -> dropAfterSelect(outer, inner);
            case GetItem outer when outer.input() instanceof Drop inner -> selectAfterDrop(outer, inner);
            default -> RuleResult.unchanged();
        };
    }

    private static RuleResult selectAfterSelect(GetItem outer, GetItem inner) {
        List<String> kept = distinct(KnownColumns.columnList(inner.key()));
        List<String> wanted = wanted(outer.key());
        if (kept == null || wanted == null || !kept.containsAll(wanted)) {
            return RuleResult.unchanged();
        }
        List<String> unchecked = new ArrayList<>(kept);
        unchecked.removeAll(wanted);
        if (!KnownColumns.of(inner.input()).containsAll(unchecked)) {
            return RuleResult.unchanged();
        }
        return RuleResult.rewrittenTo(new GetItem(inner.input(), outer.key(), outer.origin()));
    }

    private static RuleResult dropAfterSelect(Drop outer, GetItem inner) {
        List<String> kept = distinct(KnownColumns.columnList(inner.key()));
        if (kept == null || !kept.containsAll(outer.columns())
                || !KnownColumns.of(inner.input()).containsAll(outer.columns())) {
            return RuleResult.unchanged();
        }
        List<String> remaining = new ArrayList<>(kept);
        remaining.removeAll(outer.columns());
        return RuleResult.rewrittenTo(new GetItem(inner.input(), new Value(Const.ofStrings(remaining), outer.origin()),
                outer.origin()));
    }

    private static RuleResult selectAfterDrop(GetItem outer, Drop inner) {
        List<String> wanted = wanted(outer.key());
        if (wanted == null || distinct(inner.columns()) == null) {
            return RuleResult.unchanged();
        }
        for (String w : wanted) {
            if (inner.columns().contains(w)) {
                return RuleResult.unchanged(); // pandas raises: the column was dropped
            }
        }
        if (!KnownColumns.of(inner.input()).containsAll(inner.columns())) {
            return RuleResult.unchanged();
        }
        return RuleResult.rewrittenTo(new GetItem(inner.input(), outer.key(), outer.origin()));
    }

    /** The columns an outer selection names: a list, or one name. */
    private static List<String> wanted(LogicalNode key) {
        List<String> list = KnownColumns.columnList(key);
        if (list != null) {
            return list;
        }
        String one = KnownColumns.columnName(key);
        return one == null ? null : List.of(one);
    }

    /** The list when its names are distinct, else null: a duplicated name selects the column twice in pandas. */
    private static List<String> distinct(List<String> names) {
        if (names == null) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                return null;
            }
        }
        return names;
    }
}
