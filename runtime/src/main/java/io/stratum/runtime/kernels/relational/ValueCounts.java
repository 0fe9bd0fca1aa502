package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * pandas' {@code value_counts()} followed by {@code reset_index()}: one row per distinct combination of the
 * columns' values (missing values left out), most frequent first, ties in order of first appearance, with a
 * {@code count} column (or {@code proportion} with {@code normalize=True}).
 */
public final class ValueCounts {
    private ValueCounts() {
    }

    public static Table valueCounts(MemoryContext ctx, Table table, List<String> columns, boolean normalize) {
        return valueCounts(ctx, table, columns, normalize, true, false, true);
    }

    /**
     * As pandas' {@code value_counts(normalize, sort, ascending, dropna)}: without {@code sort} the combinations in
     * order of first appearance, else by count (ascending or not), ties in that order (pandas' stable sort); with
     * {@code dropna} false, missing values are counted as one more value, at its first appearance.
     */
    public static Table valueCounts(MemoryContext ctx, Table table, List<String> columns, boolean normalize, boolean sort,
                                    boolean ascending, boolean dropna) {
        List<ColumnReader> keys = TableColumns.readers(table, columns, "value_counts", "the frame");
        for (ColumnReader key : keys) {
            if (key.column instanceof StringColumn s && s.isCategorical()) {
                if (keys.size() > 1) {
                    throw new DataException("value_counts over several columns with the category column '" + s.name()
                            + "' is not supported (pandas counts every combination of categories, seen or not);"
                            + " convert it first with .astype(str)");
                }
                if (!sort || ascending || !dropna) {
                    throw new DataException("value_counts(sort=False, ascending=True or dropna=False) of the category"
                            + " column '" + s.name() + "' is not supported; convert it first with .astype(str)");
                }
                return categoryCounts(ctx, s, normalize);
            }
        }
        KeyGroups groups = KeyGroups.of(keys, table.rowCount(), dropna, false);
        int k = groups.count();
        int[] order = !sort ? KeyGroups.identity(k) : RowSort.sort(KeyGroups.identity(k), ascending
                ? (a, b) -> Integer.compare(groups.size(a), groups.size(b))
                : (a, b) -> Integer.compare(groups.size(b), groups.size(a)));
        int[] rows = new int[k];
        long total = 0;
        for (int i = 0; i < k; i++) {
            rows[i] = groups.firstRow[order[i]];
            total += groups.size(i);
        }
        List<Column> out = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            out.add(Gather.take(ctx, columns.get(j), keys.get(j), rows));
        }
        if (normalize) {
            double[] p = new double[k];
            for (int i = 0; i < k; i++) {
                p[i] = (double) groups.size(order[i]) / total;
            }
            out.add(Float64Column.of(ctx, "proportion", p));
        } else {
            long[] c = new long[k];
            for (int i = 0; i < k; i++) {
                c[i] = groups.size(order[i]);
            }
            out.add(Int64Column.of(ctx, "count", c));
        }
        return Table.of(out);
    }

    /**
     * A category column's counts: every category, also those no row holds (count 0), most frequent first and ties
     * in category order, as pandas counts a Categorical; the values column keeps the category dtype.
     */
    private static Table categoryCounts(MemoryContext ctx, StringColumn column, boolean normalize) {
        StringCodes codes = column.codes();
        String[] categories = codes.values();
        int k = categories.length;
        long[] counts = new long[k];
        long total = 0;
        for (int c : codes.codes()) {
            if (c >= 0) {
                counts[c]++;
                total++;
            }
        }
        int[] order = RowSort.sort(KeyGroups.identity(k), (a, b) -> Long.compare(counts[b], counts[a]));
        String[] values = new String[k];
        int[] outCodes = new int[k];
        for (int i = 0; i < k; i++) {
            values[i] = categories[order[i]];
            outCodes[i] = order[i];
        }
        Column keys = StringColumn.of(ctx, column.name(), values).asCategorical(new StringCodes(outCodes, categories));
        if (normalize) {
            double[] p = new double[k];
            for (int i = 0; i < k; i++) {
                p[i] = (double) counts[order[i]] / total;
            }
            return Table.of(List.of(keys, Float64Column.of(ctx, "proportion", p)));
        }
        long[] c = new long[k];
        for (int i = 0; i < k; i++) {
            c[i] = counts[order[i]];
        }
        return Table.of(List.of(keys, Int64Column.of(ctx, "count", c)));
    }
}
