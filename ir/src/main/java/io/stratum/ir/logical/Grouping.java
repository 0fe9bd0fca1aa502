package io.stratum.ir.logical;

import io.stratum.ir.node.Terms;
import java.util.List;

/**
 * The groups of a per-group row method ({@code groupby(keys)[columns].cumsum()}, {@code .shift(n)}): each row's value
 * reads only the rows of its own group, and the result is aligned to the input's rows. {@link #NONE} (no keys) is the
 * whole column or frame as one sequence. With keys, {@code columns} are the selected columns (null: every column but
 * the keys), {@code series} one column selected by name, and {@code dropna} pandas' {@code groupby(dropna=)}: a row
 * whose key is missing then belongs to no group and gets a missing value.
 */
public record Grouping(List<String> keys, List<String> columns, boolean series, boolean dropna) {
    /** No groups: every row of the input in one sequence. */
    public static final Grouping NONE = new Grouping(List.of(), null, false, true);

    public Grouping {
        keys = List.copyOf(keys);
        columns = columns == null ? null : List.copyOf(columns);
        if (series && (columns == null || columns.size() != 1)) {
            throw new IllegalArgumentException("a Series of a group-by needs exactly one column, got " + columns);
        }
        if (keys.isEmpty() && (columns != null || !dropna)) {
            throw new IllegalArgumentException("columns and dropna are settings of a grouping with keys");
        }
    }

    public boolean grouped() {
        return !keys.isEmpty();
    }

    /** The grouping's EXPLAIN terms; nothing without keys. */
    public void terms(Terms t) {
        if (grouped()) {
            t.item("keys", keys);
            if (columns != null) {
                t.item(series ? "column" : "columns", columns);
            }
            t.item("dropna", dropna);
        }
    }
}
