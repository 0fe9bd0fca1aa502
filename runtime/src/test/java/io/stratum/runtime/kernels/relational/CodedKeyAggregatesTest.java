package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.parallel.RowChunks;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The group-by on one dictionary-encoded key that reduces straight from the codes and the Arrow buffers
 * ({@link CodedKeyAggregates}) gives the general path's answer to the bit (the same frame grouped by the same key
 * without codes): sizes, counts, int64 and float64 sums and means (Kahan, NaN skipped), int64 min and max, sorted
 * and in order of appearance, with missing keys, values no row holds, and a float64 column of NaN only in a group.
 */
class CodedKeyAggregatesTest {
    @Test
    void reducesAsTheGeneralPathDoes() {
        Random random = new Random(4);
        String[] words = {"SFO", "ATL", "Zürich", "", "東京", "b", "B"};
        try (MemoryContext ctx = MemoryContext.open()) {
            for (int n : new int[] {0, 1, 37, RowChunks.CHUNK + 5}) {
                String[] k = new String[n];
                long[] w = new long[n];
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    k[i] = random.nextInt(10) == 0 ? null : words[random.nextInt(words.length)];
                    w[i] = random.nextLong() >> random.nextInt(64);
                    v[i] = "b".equals(k[i]) || random.nextInt(7) == 0 ? Double.NaN : random.nextGaussian() * 1e6;
                }
                StringColumn plain = StringColumn.of(ctx, "k", k);
                // Dictionaries in order of last appearance (neither row nor value order), of first appearance (the
                // readers' order) and sorted (time stamps arriving in order), where the groups need no sort.
                for (String order : List.of("last appearance", "first appearance", "sorted")) {
                List<String> dictionary = new ArrayList<>(List.of("never used"));
                int[] codes = new int[n];
                for (int i = n - 1; i >= 0; i--) {
                    int row = order.equals("first appearance") ? n - 1 - i : i;
                    if (k[row] != null && !dictionary.contains(k[row])) {
                        dictionary.add(k[row]);
                    }
                }
                if (order.equals("sorted")) {
                    dictionary.sort(io.stratum.runtime.data.PythonOrder::compareStrings);
                }
                for (int i = 0; i < n; i++) {
                    codes[i] = k[i] == null ? StringCodes.NULL : dictionary.indexOf(k[i]);
                }
                StringColumn coded = plain.withCodes(new StringCodes(codes, dictionary.toArray(new String[0])));
                Column wc = Int64Column.of(ctx, "w", w);
                Column vc = Float64Column.of(ctx, "v", v);
                List<GroupBy.Aggregation> aggs = new ArrayList<>();
                for (AggregateFunction f : List.of(AggregateFunction.SUM, AggregateFunction.MEAN, AggregateFunction.COUNT)) {
                    aggs.add(new GroupBy.Aggregation("w_" + f, "w", f));
                    aggs.add(new GroupBy.Aggregation("v_" + f, "v", f));
                }
                aggs.add(new GroupBy.Aggregation("w_min", "w", AggregateFunction.MIN));
                aggs.add(new GroupBy.Aggregation("w_max", "w", AggregateFunction.MAX));
                aggs.add(new GroupBy.Aggregation("n", "v", AggregateFunction.SIZE));
                for (boolean sort : new boolean[] {true, false}) {
                    Table expected = GroupBy.aggregate(ctx, Table.of(plain, wc, vc), List.of("k"), aggs, sort);
                    Table actual = GroupBy.aggregate(ctx, Table.of(coded, wc, vc), List.of("k"), aggs, sort);
                    assertEquals(expected.columnNames(), actual.columnNames());
                    for (String c : expected.columnNames()) {
                        assertEquals(expected.column(c).type(), actual.column(c).type(), c);
                        assertEquals(bits(expected.column(c)), bits(actual.column(c)), c + " n=" + n + " sort=" + sort
                                + " dictionary in " + order);
                    }
                    // A median takes the general path over the coded key's groups (KeyGroups.ofCodes).
                    List<GroupBy.Aggregation> median = List.of(new GroupBy.Aggregation("v_median", "v", AggregateFunction.MEDIAN));
                    Table expectedMedian = GroupBy.aggregate(ctx, Table.of(plain, wc, vc), List.of("k"), median, sort);
                    Table actualMedian = GroupBy.aggregate(ctx, Table.of(coded, wc, vc), List.of("k"), median, sort);
                    for (String c : expectedMedian.columnNames()) {
                        assertEquals(bits(expectedMedian.column(c)), bits(actualMedian.column(c)), c + " n=" + n
                                + " sort=" + sort + " dictionary in " + order);
                    }
                }
                }
            }
        }
    }

    /** Each row's exact value: raw bits of doubles, so a difference in the last bit fails. */
    private static List<String> bits(Column c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.length(); i++) {
            out.add(c.isNull(i) ? "<null>" : c instanceof Float64Column f
                    ? Long.toHexString(Double.doubleToRawLongBits(f.getDouble(i))) : c.format(i));
        }
        return out;
    }
}
