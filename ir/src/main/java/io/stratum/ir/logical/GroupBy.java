package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * {@code df.groupby(keys, sort=..., as_index=..., dropna=...)}, optionally with {@code [columns]} (or {@code [column]}:
 * {@code series}) selected: a grouped frame that only an aggregation or a {@code transform} can consume.
 */
public record GroupBy(LogicalNode input, List<String> keys, boolean sort, boolean asIndex, List<String> selection, boolean series,
                      boolean dropna, Origin origin) implements LogicalNode {

    public GroupBy {
        Objects.requireNonNull(input, "input");
        keys = List.copyOf(keys);
        selection = selection == null ? null : List.copyOf(selection);
        Objects.requireNonNull(origin, "origin");
    }

    /** Marks a key column computed from a Series ({@code groupby(df["d"].dt.month)}): no script writes it in a name. */
    private static final String COMPUTED_KEY = "\u001e";

    /**
     * The column a key computed from a Series named {@code name} is grouped by, the {@code position}-th key: apart from
     * every column of the frame, which pandas keeps beside the key even when it has the Series' name.
     */
    public static String computedKeyColumn(String name, int position) {
        return name + COMPUTED_KEY + position;
    }

    /** The name pandas shows for the key column {@code column}: a computed key's Series' name, else the column's. */
    public static String shownName(String column) {
        int i = column.indexOf(COMPUTED_KEY);
        return i < 0 ? column : column.substring(0, i);
    }

    /** pandas' default {@code dropna=True}: rows with a missing key belong to no group. */
    public GroupBy(LogicalNode input, List<String> keys, boolean sort, boolean asIndex, List<String> selection, boolean series,
                   Origin origin) {
        this(input, keys, sort, asIndex, selection, series, true, origin);
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new GroupBy(in.get(0), keys, sort, asIndex, selection, series, dropna, origin);
    }

    @Override
    public String kind() {
        return "GroupBy";
    }

    @Override
    public void terms(Terms t) {
        t.item("keys", keys);
        t.item("sort", sort);
        t.item("as_index", asIndex);
        if (selection != null) {
            t.item(series ? "column" : "columns", selection);
        }
        if (!dropna) {
            t.item("dropna", false);
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
