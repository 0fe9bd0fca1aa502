package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.Table;
import java.util.List;

/**
 * pandas' {@code drop_duplicates(subset, keep)}: rows whose values in {@code subset} (all columns when empty)
 * repeat an earlier row ({@code keep="first"}), a later one ({@code "last"}) or any other ({@code keep=False})
 * are dropped; missing values equal each other; row order is kept.
 */
public final class DropDuplicates {
    private DropDuplicates() {
    }

    public enum Keep { FIRST, LAST, NONE }

    public static Table dropDuplicates(Table table, List<String> subset, Keep keep) {
        List<String> cols = subset.isEmpty() ? table.columnNames() : subset;
        if (cols.isEmpty()) {
            return table;
        }
        List<ColumnReader> keys = TableColumns.readers(table, cols, "drop_duplicates", "the frame");
        KeyGroups groups = KeyGroups.of(keys, table.rowCount(), false, false);
        int n = table.rowCount();
        boolean[] kept = new boolean[n];
        int count = 0;
        for (int g = 0; g < groups.count(); g++) {
            int size = groups.size(g);
            int row = switch (keep) {
                case FIRST -> groups.rows()[groups.start()[g]];
                case LAST -> groups.rows()[groups.start()[g + 1] - 1];
                case NONE -> size == 1 ? groups.rows()[groups.start()[g]] : -1;
            };
            if (row >= 0) {
                kept[row] = true;
                count++;
            }
        }
        int[] rows = new int[count];
        int at = 0;
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                rows[at++] = i;
            }
        }
        return Gather.rows(table, rows);
    }
}
