package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.ColumnStorage;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * pandas' {@code groupby(keys)[cols].transform(f)} for an aggregation {@code f}: each row gets its group's {@code f},
 * in the input's row order. The rows are hashed into groups once ({@link KeyGroups}, which numbers every row's
 * group), each aggregation is {@link GroupBy}'s own reduction over those groups — so the values are the group-by's to
 * the last bit, as pandas' transform takes its cythonized aggregation — and is then gathered back to the rows through
 * the row's group number: no join, no second hash. A row whose key is missing gets a missing value with
 * {@code dropMissing} (pandas' {@code dropna=True}; an int64 result then becomes float64, as in pandas), and otherwise
 * belongs to the group of missing keys.
 */
public final class GroupTransform {
    private GroupTransform() {
    }

    /** One column per aggregation, each with the table's rows in order; the caller keeps the table's row labels. */
    public static List<Column> transform(MemoryContext ctx, Table table, List<String> keys,
                                         List<GroupBy.Aggregation> aggregations, boolean dropMissing) {
        List<ColumnReader> keyReaders = TableColumns.readers(table, keys, "groupby", "the frame");
        KeyGroups groups = KeyGroups.of(keyReaders, table.rowCount(), dropMissing, false);
        ColumnReader[] inputs = new ColumnReader[aggregations.size()];
        Map<String, ColumnReader> read = new HashMap<>();
        for (int a = 0; a < aggregations.size(); a++) {
            String c = aggregations.get(a).column();
            if (c != null) {
                Column column = TableColumns.require(table, c, "groupby", "the frame");
                inputs[a] = read.computeIfAbsent(c, name -> ColumnReader.of(column));
            }
        }
        Column[] out = new Column[aggregations.size()];
        IntStream.range(0, aggregations.size()).parallel().forEach(a -> {
            GroupBy.Aggregation agg = aggregations.get(a);
            Column perGroup = GroupBy.reduce(ctx, agg, inputs[a], groups);
            out[a] = Gather.take(ctx, agg.output(), ColumnReader.of(perGroup), groups.group);
            // One value per group, read only by the gather: freed now rather than with the query (a key of many
            // groups, an id, would otherwise hold a second copy of the column until the end).
            ColumnStorage.release(ColumnStorage.of(perGroup));
        });
        return Arrays.asList(out);
    }

    /** Fails, as pandas does, when a selected column is missing (the group sizes read none). */
    public static void requireColumn(Table table, String name) {
        TableColumns.require(table, name, "groupby", "the frame");
    }
}
