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
        List<boolean[]> infrequent = new ArrayList<>(input.columnCount());
        int[] drop = new int[input.columnCount()];
        for (int j = 0; j < input.columnCount(); j++) {
            Column c = input.column(j);
            ColumnCategories cc = ColumnCategories.of(c);
            cats.add(cc);
            boolean[] rare = params.infrequent().enabled() ? infrequent(cc, c, params.infrequent()) : new boolean[cc.size()];
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

    /**
     * scikit-learn's {@code _identify_infrequent}: categories seen fewer than {@code min_frequency} times (or than
     * that fraction of the rows) are infrequent; then, when more than {@code max_categories} outputs would remain
     * (the infrequent group counting as one), the least frequent categories join the group until
     * {@code max_categories - 1} frequent ones remain (ties: the earlier category first, a stable sort by count).
     */
    static boolean[] infrequent(ColumnCategories cats, Column c, OneHotParams.Infrequent settings) {
        int m = cats.size();
        long[] count = new long[m];
        int n = c.length();
        for (int i = 0; i < n; i++) {
            count[cats.indexOf(c, i)]++;
        }
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
