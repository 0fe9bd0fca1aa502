package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.window.RowSequences;
import java.util.List;

/**
 * The rows of each group of a table, in frame order, as the sequences a group-by's row methods run along
 * ({@code groupby(k)[c].cumsum()}, {@code .shift(n)}): the group-by's own grouping ({@link KeyGroups}), groups in
 * ascending key order as pandas orders them. Each row's group comes with them, so that running values per group are
 * computed in row order; the row lists are built only for the methods that need them (rolling, shift).
 */
public final class GroupSequences {
    private GroupSequences() {
    }

    /** With {@code dropMissing} (pandas' {@code dropna=True}), rows with a missing key are in no sequence. */
    public static RowSequences of(Table table, List<String> keys, boolean dropMissing) {
        List<ColumnReader> readers = TableColumns.readers(table, keys, "groupby", "the frame");
        if (keys.size() == 1 && table.column(keys.getFirst()) instanceof StringColumn key && key.codes() != null
                && (dropMissing || key.nullCount() == 0)) {
            // One dictionary-encoded key: its codes number the sequences (missing: -1, in none), so the running
            // methods need no grouping pass; the groups' order is found only if a method lays the rows out.
            int n = table.rowCount();
            return RowSequences.grouped(n, key.codes().codes(), key.codes().values().length, n - key.nullCount(),
                    () -> layout(KeyGroups.of(readers, n, dropMissing, true)));
        }
        KeyGroups groups = KeyGroups.of(readers, table.rowCount(), dropMissing, true);
        int laidOut = 0;
        for (int g = 0; g < groups.count(); g++) {
            laidOut += groups.size(g);
        }
        return RowSequences.grouped(table.rowCount(), groups.group, groups.count(), laidOut, () -> layout(groups));
    }

    private static int[][] layout(KeyGroups groups) {
        return new int[][] {groups.rows(), groups.start()};
    }
}
