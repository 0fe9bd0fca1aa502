package io.stratum.runtime.kernels.encode;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Fits scikit-learn's {@code OneHotEncoder} on every column of a table (select the columns to encode first). */
public final class OneHotEncoderKernel {
    private OneHotEncoderKernel() {
    }

    public static FittedOneHot fit(Table input, OneHotParams params) {
        List<ColumnCategories> cats = new ArrayList<>(input.columnCount());
        List<long[]> counts = new ArrayList<>(input.columnCount());
        for (int j = 0; j < input.columnCount(); j++) {
            Column c = input.column(j);
            ColumnCategories cc = ColumnCategories.of(c);
            cats.add(cc);
            counts.add(params.infrequent().enabled() ? counts(cc, c) : null);
        }
        return fitted(cats, counts, input.rowCount(), params);
    }

    /**
     * The encoder {@link #fit} gives on the union of disjoint row sets, from each set's {@link CategoryCounts} per
     * column (outer list: row sets; inner: columns in order): categories are exact, so the result is the same.
     */
    public static FittedOneHot fromPartitions(List<List<CategoryCounts>> parts, OneHotParams params) {
        int p = parts.get(0).size();
        List<ColumnCategories> cats = new ArrayList<>(p);
        List<long[]> counts = new ArrayList<>(p);
        long rows = 0;
        for (int j = 0; j < p; j++) {
            List<CategoryCounts> column = new ArrayList<>(parts.size());
            for (List<CategoryCounts> part : parts) {
                column.add(part.get(j));
            }
            CategoryCounts merged = CategoryCounts.merge(column);
            ColumnCategories cc = merged.categories();
            cats.add(cc);
            counts.add(merged.countsOf(cc));
            rows = merged.rows();
        }
        return fitted(cats, counts, rows, params);
    }

    /** {@code counts}: per column, how often each category occurs (needed only with infrequent settings). */
    private static FittedOneHot fitted(List<ColumnCategories> cats, List<long[]> counts, long rows, OneHotParams params) {
        List<boolean[]> infrequent = new ArrayList<>(cats.size());
        int[] drop = new int[cats.size()];
        for (int j = 0; j < cats.size(); j++) {
            ColumnCategories cc = cats.get(j);
            boolean[] rare = params.infrequent().enabled() ? infrequent(counts.get(j), rows, params.infrequent())
                    : new boolean[cc.size()];
            infrequent.add(rare);
            drop[j] = switch (params.drop()) {
                case NONE -> -1;
                case FIRST -> 0;
                // two output columns once the infrequent categories are grouped into one
                case IF_BINARY -> FittedOneHot.width(rare) == 2 ? 0 : -1;
            };
        }
        return new FittedOneHot(cats, drop, params, infrequent);
    }

    static long[] counts(ColumnCategories cats, Column c) {
        long[] count = new long[cats.size()];
        for (int k : cats.indices(c)) {
            count[k]++;
        }
        return count;
    }

    /**
     * scikit-learn's {@code _identify_infrequent}: categories seen fewer than {@code min_frequency} times (or than
     * that fraction of the rows) are infrequent; then, when more than {@code max_categories} outputs would remain
     * (the infrequent group counting as one), the least frequent categories join the group until
     * {@code max_categories - 1} frequent ones remain (ties: the earlier category first, a stable sort by count).
     */
    static boolean[] infrequent(long[] count, long n, OneHotParams.Infrequent settings) {
        int m = count.length;
        boolean[] rare = new boolean[m];
        int rareCount = 0;
        for (int k = 0; k < m; k++) {
            rare[k] = settings.minCount() >= 0 ? count[k] < settings.minCount()
                    : settings.minFraction() >= 0 && count[k] < n * settings.minFraction();
            rareCount += rare[k] ? 1 : 0;
        }
        int current = m - rareCount + 1;
        if (settings.maxCategories() >= 1 && settings.maxCategories() < current) {
            int frequent = settings.maxCategories() - 1;
            if (frequent == 0) {
                Arrays.fill(rare, true);
            } else {
                Integer[] order = new Integer[m];
                for (int k = 0; k < m; k++) {
                    order[k] = k;
                }
                Arrays.sort(order, (a, b) -> Long.compare(count[a], count[b])); // stable, as mergesort
                for (int r = 0; r < m - frequent; r++) {
                    rare[order[r]] = true;
                }
            }
        }
        return rare;
    }
}
