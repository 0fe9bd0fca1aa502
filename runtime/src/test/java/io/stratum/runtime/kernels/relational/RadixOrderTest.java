package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The radix row order against a stable comparison sort with missing values last (the order pandas'
 * {@code sort_values(kind="stable", na_position="last")} defines and the pandas fixtures check on small frames),
 * on random frames large enough to need several counting passes: full-range and narrow int64 keys with nulls,
 * float64 keys with NaN, negative values and ties, strings with nulls and multi-byte UTF-8, in both directions.
 */
class RadixOrderTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void matchesAStableComparisonSort(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 1 + rnd.nextInt(30_000);
        try (MemoryContext ctx = MemoryContext.open()) {
            long[] wide = new long[n];
            long[] narrow = new long[n];
            boolean[] narrowNulls = new boolean[n];
            double[] doubles = new double[n];
            boolean[] doubleNulls = new boolean[n];
            String[] strings = new String[n];
            String[] alphabet = {"a", "b", "ab", "é", "Z", "zz", "b\u00e9", "", "ü1"};
            for (int i = 0; i < n; i++) {
                wide[i] = rnd.nextLong();
                narrow[i] = rnd.nextInt(7) - 3;
                narrowNulls[i] = rnd.nextInt(10) == 0;
                doubles[i] = rnd.nextInt(5) == 0 ? Double.NaN : (rnd.nextInt(40) - 20) / 4.0;
                doubleNulls[i] = rnd.nextInt(20) == 0;
                strings[i] = rnd.nextInt(12) == 0 ? null
                        : alphabet[rnd.nextInt(alphabet.length)] + alphabet[rnd.nextInt(alphabet.length)];
            }
            Column[] columns = {
                Int64Column.of(ctx, "wide", wide),
                Int64Column.of(ctx, "narrow", narrow, narrowNulls),
                Float64Column.of(ctx, "double", doubles, doubleNulls),
                StringColumn.of(ctx, "string", strings),
            };
            for (int trial = 0; trial < 8; trial++) {
                int k = 1 + rnd.nextInt(3);
                ColumnReader[] keys = new ColumnReader[k];
                boolean[] up = new boolean[k];
                for (int j = 0; j < k; j++) {
                    keys[j] = ColumnReader.of(columns[rnd.nextInt(columns.length)]);
                    up[j] = rnd.nextBoolean();
                }
                List<ColumnReader> list = List.of(keys);
                int[] expected = RowSort.sort(KeyGroups.identity(n), (a, b) -> {
                    for (int j = 0; j < k; j++) {
                        ColumnReader r = keys[j];
                        boolean ma = r.isMissing(a);
                        boolean mb = r.isMissing(b);
                        if (ma || mb) {
                            if (ma != mb) {
                                return ma ? 1 : -1;
                            }
                            continue;
                        }
                        int c = r.compare(a, b);
                        if (c != 0) {
                            return up[j] ? c : -c;
                        }
                    }
                    return 0;
                });
                assertArrayEquals(expected, RadixOrder.order(list, up, n), "seed " + seed + " trial " + trial);
            }
        }
    }
}
