package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.Table;
import java.util.List;

/**
 * pandas' {@code sort_values(by, ascending)} with {@code kind="stable"} and {@code na_position="last"}: rows in
 * ascending (or descending, per column) order of the {@code by} columns, missing values last in either direction,
 * equal rows in their original order.
 */
public final class SortValues {
    private SortValues() {
    }

    public static Table sort(Table table, List<String> by, List<Boolean> ascending) {
        if (ascending.size() != by.size()) {
            throw new IllegalArgumentException("sort_values: " + by.size() + " columns but " + ascending.size()
                    + " ascending flags");
        }
        List<ColumnReader> keys = TableColumns.readers(table, by, "sort_values", "the frame");
        boolean[] up = new boolean[by.size()];
        for (int j = 0; j < up.length; j++) {
            up[j] = ascending.get(j);
        }
        int[] rows = RadixOrder.order(keys, up, table.rowCount());
        return Gather.rows(table, rows);
    }
}
