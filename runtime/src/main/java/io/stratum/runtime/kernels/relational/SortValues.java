package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;
import java.util.List;

/**
 * pandas' {@code sort_values(by, ascending, kind)} with {@code na_position="last"}: rows in ascending (or descending,
 * per column) order of the {@code by} columns, missing values last in either direction. With {@code kind="stable"},
 * and for several keys (pandas' lexsort is stable), equal rows keep their original order. With pandas' default
 * {@code kind="quicksort"} on one key, numpy's argsort decides the order of equal keys: for a datetime, bool (without
 * missing values) or category key it is numpy's introsort, reproduced here ({@link NumpyQuicksort}, through pandas'
 * {@code nargsort}: missing values taken out first, a descending sort run on the reversed rows and reversed back); a str
 * key is sorted stably by pandas itself (pyarrow); an int or float key goes to x86-simd-sort, whose order of equal keys
 * depends on the CPU, so there Stratum stays stable and may differ from pandas in the order of equal keys only.
 */
public final class SortValues {
    private SortValues() {
    }

    /** Stable order: pandas' {@code kind="stable"}. */
    public static Table sort(Table table, List<String> by, List<Boolean> ascending) {
        return sort(table, by, ascending, "stable");
    }

    /** {@code kind} is {@code "stable"} or {@code "quicksort"} (pandas' default). */
    public static Table sort(Table table, List<String> by, List<Boolean> ascending, String kind) {
        if (kind.equals("quicksort") && by.size() == 1 && ascending.size() == 1 && table.hasColumn(by.getFirst())) {
            long[] keys = introsortKeys(table.column(by.getFirst()));
            if (keys != null) {
                return Gather.rows(table, nargsort(keys, table.column(by.getFirst()), ascending.getFirst()));
            }
        }
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

    /**
     * The keys numpy sorts with its own introsort, as longs that order as pandas orders the values (datetime ticks,
     * false before true, category codes), or null for a key it does not.
     */
    private static long[] introsortKeys(Column c) {
        int n = c.length();
        return switch (c) {
            case TimestampColumn t -> t.toTicksArray();
            case TimedeltaColumn t -> t.toTicksArray();
            case BoolColumn b when b.nullCount() == 0 -> {
                long[] keys = new long[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = b.getBoolean(i) ? 1 : 0;
                }
                yield keys;
            }
            case StringColumn s when s.isCategorical() -> {
                int[] codes = s.codes().codes();
                long[] keys = new long[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = codes[i];
                }
                yield keys;
            }
            default -> null;
        };
    }

    /** pandas' {@code nargsort} with {@code na_position="last"} over numpy's quicksort. */
    private static int[] nargsort(long[] keys, Column c, boolean ascending) {
        int n = keys.length;
        int present = 0;
        for (int i = 0; i < n; i++) {
            present += c.isMissing(i) ? 0 : 1;
        }
        int[] rows = new int[present];
        int[] missing = new int[n - present];
        for (int i = 0, p = 0, m = 0; i < n; i++) {
            if (c.isMissing(i)) {
                missing[m++] = i;
            } else {
                rows[p++] = i;
            }
        }
        if (!ascending) {
            reverse(rows);
        }
        long[] values = new long[present];
        for (int i = 0; i < present; i++) {
            values[i] = keys[rows[i]];
        }
        int[] order = NumpyQuicksort.argsort(values);
        int[] out = new int[n];
        for (int i = 0; i < present; i++) {
            out[i] = rows[order[i]];
        }
        if (!ascending) {
            for (int i = 0, j = present - 1; i < j; i++, j--) {
                int t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        System.arraycopy(missing, 0, out, present, missing.length);
        return out;
    }

    private static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
