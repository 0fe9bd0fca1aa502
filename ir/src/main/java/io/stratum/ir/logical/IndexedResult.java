package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * A pandas result whose index holds keys ({@code value_counts()}, a group-by aggregation without
 * {@code reset_index()}): {@code input} computes it as a frame whose first {@code levels} columns are the index (the
 * keys, in order) and whose other columns are the values; printing puts the first ones in the index, and
 * {@code reset_index()} gives {@code input} itself. Only the steps that keep the keys in the index (head, tail, sorts,
 * arithmetic with a number, round) take it as input; any other step is refused at its line.
 *
 * @param index   the index columns' names, or null when the plan cannot tell them yet (a computed column's value_counts)
 * @param values  the value columns' names, or null when they depend on the frame's columns ({@code groupby(k).mean()})
 * @param series  a Series (one value column), else a DataFrame
 * @param unnamed a Series without a name (pandas' {@code groupby(k).size()})
 * @param tops    with {@code subs}, the two-level column names pandas gives {@code agg([...])} of several columns
 *                (the column, then the function) of the value columns in order; both null for one-level names
 * @param indexNamed the index has names (the keys'), printed on a line of their own; not so the labels of
 *                   {@code describe()} and {@code corr()}
 * @param multi   the index is pandas' MultiIndex: several levels, or one for {@code df.value_counts(["a"])} and a
 *                frame's {@code value_counts()} (its header and {@code to_dict()} keys differ from one level's)
 * @param view    null for the result itself, else what of it is printed: {@code dict} ({@code to_dict()}), {@code index}
 *                or {@code values}; no step takes a view
 */
public record IndexedResult(LogicalNode input, int levels, List<String> index, List<String> values, boolean series,
                            boolean unnamed, List<String> tops, List<String> subs, boolean indexNamed, boolean multi,
                            String view, Origin origin) implements LogicalNode {

    /** The views of a result that are printed: {@code to_dict()}, {@code .index}, {@code .values}. */
    public static final List<String> VIEWS = List.of("dict", "index", "values");

    /** The result itself (no view). */
    public IndexedResult(LogicalNode input, int levels, List<String> index, List<String> values, boolean series,
                         boolean unnamed, List<String> tops, List<String> subs, boolean indexNamed, Origin origin) {
        this(input, levels, index, values, series, unnamed, tops, subs, indexNamed, levels > 1, null, origin);
    }

    /** One-level column names, an index named after its keys. */
    public IndexedResult(LogicalNode input, int levels, List<String> index, List<String> values, boolean series,
                         boolean unnamed, Origin origin) {
        this(input, levels, index, values, series, unnamed, null, null, true, levels > 1, null, origin);
    }

    /** Two-level column names ({@code tops} over {@code subs}), an index named after its keys. */
    public IndexedResult(LogicalNode input, int levels, List<String> index, List<String> values, boolean series,
                         boolean unnamed, List<String> tops, List<String> subs, Origin origin) {
        this(input, levels, index, values, series, unnamed, tops, subs, true, levels > 1, null, origin);
    }

    public IndexedResult {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(origin, "origin");
        index = index == null ? null : List.copyOf(index);
        values = values == null ? null : List.copyOf(values);
        if (levels < 1 || index != null && index.size() != levels) {
            throw new IllegalArgumentException("an index of " + levels + " levels named " + index);
        }
        tops = tops == null ? null : List.copyOf(tops);
        subs = subs == null ? null : List.copyOf(subs);
        if ((tops == null) != (subs == null) || tops != null && (values == null || tops.size() != values.size()
                || subs.size() != values.size() || series)) {
            throw new IllegalArgumentException("two-level names " + tops + " " + subs + " for the values " + values);
        }
        if (levels > 1 && !multi) {
            throw new IllegalArgumentException("an index of " + levels + " levels is a MultiIndex");
        }
        if (view != null && !VIEWS.contains(view)) {
            throw new IllegalArgumentException("not a view of a result: " + view);
        }
        if (series && values != null && values.size() != 1) {
            throw new IllegalArgumentException("a series has one value column, got " + values);
        }
    }

    /** The same keys and values computed by {@code other} (a step that keeps them). */
    public IndexedResult over(LogicalNode other) {
        return new IndexedResult(other, levels, index, values, series, unnamed, tops, subs, indexNamed, multi, view, origin);
    }

    /** What of this result is printed ({@link #VIEWS}). */
    public IndexedResult viewed(String v) {
        return new IndexedResult(input, levels, index, values, series, unnamed, tops, subs, indexNamed, multi, v, origin);
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return over(in.get(0));
    }

    @Override
    public String kind() {
        return "IndexedResult";
    }

    @Override
    public void terms(Terms t) {
        t.item("levels", levels);
        t.itemIf(index != null, "index", index == null ? null : Const.ofStrings(index));
        t.itemIf(values != null, "values", values == null ? null : Const.ofStrings(values));
        t.item("series", series);
        t.itemIf(unnamed, "unnamed", Const.of(true));
        t.itemIf(tops != null, "tops", tops == null ? null : Const.ofStrings(tops));
        t.itemIf(subs != null, "subs", subs == null ? null : Const.ofStrings(subs));
        t.itemIf(!indexNamed, "index_named", Const.of(false));
        t.itemIf(multi && levels == 1, "multi", Const.of(true));
        t.itemIf(view != null, "view", view == null ? null : Const.of(view));
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
