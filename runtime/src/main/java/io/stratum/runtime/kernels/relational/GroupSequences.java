package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.window.RowSequences;
import java.util.List;

/**
 * The rows of each group of a table, in frame order, as the sequences a group-by's row methods run along
 * ({@code groupby(k)[c].cumsum()}, {@code .shift(n)}): the group-by's own grouping ({@link KeyGroups}), groups in
 * ascending key order as pandas orders them.
 */
public final class GroupSequences {
    private GroupSequences() {
    }

    /** With {@code dropMissing} (pandas' {@code dropna=True}), rows with a missing key are in no sequence. */
    public static RowSequences of(Table table, List<String> keys, boolean dropMissing) {
        List<ColumnReader> readers = TableColumns.readers(table, keys, "groupby", "the frame");
        KeyGroups groups = KeyGroups.of(readers, table.rowCount(), dropMissing, true);
        return new RowSequences(table.rowCount(), groups.rows(), groups.start());
    }
}
