package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * {@code .skb.mark_as_X(cv=..., split_kwargs={"groups": ...})}: the features; cross-validation splits the rows here.
 * {@code cv} is the splitter skrub's searches use when they are given none ({@code None}: no splitter; an int, or a
 * splitter as a dict of its class and parameters); {@code groups}, when given, is the column the splitter groups
 * the rows by, computed on every row at the split point as X is (null when the mark has none).
 */
public record MarkX(LogicalNode input, Const cv, LogicalNode groups, Origin origin) implements LogicalNode {

    public MarkX {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(cv, "cv");
        Objects.requireNonNull(origin, "origin");
        if (groups != null && cv instanceof Const.NoneConst) {
            throw new IllegalArgumentException("groups need a splitter");
        }
    }

    /** A plain {@code .skb.mark_as_X()}. */
    public MarkX(LogicalNode input, Origin origin) {
        this(input, Const.none(), null, origin);
    }

    /** The same mark (splitter and groups) over another input: rewrites that move work across the mark keep it. */
    public MarkX over(LogicalNode newInput) {
        return new MarkX(newInput, cv, groups, origin);
    }

    /** Whether the mark carries a splitter ({@code mark_as_X(cv=...)}). */
    public boolean hasSplitter() {
        return !(cv instanceof Const.NoneConst);
    }

    /** The first mark carrying a splitter ({@code mark_as_X(cv=...)}) in the plan below {@code node}, or null. */
    public static MarkX withSplitterBelow(LogicalNode node) {
        java.util.ArrayDeque<LogicalNode> todo = new java.util.ArrayDeque<>(List.of(node));
        java.util.Set<LogicalNode> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            LogicalNode n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (n instanceof MarkX m && m.hasSplitter()) {
                return m;
            }
            todo.addAll(n.inputs());
        }
        return null;
    }

    @Override
    public List<LogicalNode> inputs() {
        return groups == null ? List.of(input) : List.of(input, groups);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, groups == null ? 1 : 2);
        return new MarkX(in.get(0), cv, groups == null ? null : in.get(1), origin);
    }

    @Override
    public String kind() {
        return "MarkX";
    }

    @Override
    public void terms(Terms t) {
        if (hasSplitter()) {
            t.item("cv", cv);
        }
    }

    @Override
    public boolean equals(Object o) {
        return PlanNode.sameStructure(this, o);
    }

    @Override
    public int hashCode() {
        return fingerprint().hashCode();
    }
}
