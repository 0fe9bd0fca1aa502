package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link GroupTransform} gives every row its group's aggregate exactly as {@link GroupBy#aggregate} computes it (the
 * same bits), for every function and value type, one key or two, a dictionary-encoded key or a plain one: a row with a
 * missing key gets a missing value (int64 results then float64) with {@code dropMissing}, and otherwise the
 * aggregate of the missing keys' group (checked against a group-by of the key with the missing values written out).
 */
class GroupTransformTest {
    private static final String MISSING = "<missing key>";

    @Test
    void everyRowGetsItsGroupsAggregateToTheBit() {
        Random random = new Random(13);
        String[] words = {"SFO", "ATL", "Zürich", "", "東京", "b"};
        try (MemoryContext ctx = MemoryContext.open()) {
            // 2000 rows without a missing key: a dictionary-encoded key's rows are written straight through their codes.
            for (int n : new int[] {0, 1, 41, 3000, 2000}) {
                String[] k = new String[n];
                String[] written = new String[n];
                long[] h = new long[n];
                long[] w = new long[n];
                double[] v = new double[n];
                String[] s = new String[n];
                boolean[] b = new boolean[n];
                for (int i = 0; i < n; i++) {
                    k[i] = n != 2000 && random.nextInt(8) == 0 ? null : words[random.nextInt(words.length)];
                    written[i] = k[i] == null ? MISSING : k[i];
                    h[i] = random.nextInt(3);
                    w[i] = random.nextLong() >> random.nextInt(64);
                    v[i] = "b".equals(k[i]) || random.nextInt(6) == 0 ? Double.NaN : random.nextGaussian() * 1e6;
                    s[i] = random.nextInt(5) == 0 ? null : words[random.nextInt(words.length)] + random.nextInt(4);
                    b[i] = random.nextBoolean();
                }
                StringColumn plain = StringColumn.of(ctx, "k", k);
                List<Column> values = List.of(Int64Column.of(ctx, "h", h), Int64Column.of(ctx, "w", w),
                        Float64Column.of(ctx, "v", v), StringColumn.of(ctx, "s", s), BoolColumn.of(ctx, "b", b, null));
                for (Column key : List.of(plain, coded(plain, k))) {
                    List<Column> columns = new ArrayList<>(values);
                    columns.addFirst(key);
                    Table table = Table.of(columns);
                    List<Column> writtenColumns = new ArrayList<>(values);
                    writtenColumns.addFirst(StringColumn.of(ctx, "k", written));
                    Table withMissingWritten = Table.of(writtenColumns);
                    for (List<String> keys : List.of(List.of("k"), List.of("k", "h"))) {
                        for (AggregateFunction f : AggregateFunction.values()) {
                            for (String c : List.of("h", "w", "v", "s", "b")) {
                                if (!computes(f, table.column(c).type())) {
                                    continue;
                                }
                                GroupBy.Aggregation agg = new GroupBy.Aggregation(c, f == AggregateFunction.SIZE ? null : c, f);
                                for (boolean dropMissing : new boolean[] {true, false}) {
                                    String what = "n=" + n + " keys=" + keys + " " + f + "(" + c + ") dropna=" + dropMissing
                                            + (key == plain ? "" : " coded");
                                    Column actual = GroupTransform.transform(ctx, table, keys, List.of(agg), dropMissing).getFirst();
                                    check(ctx, dropMissing ? table : withMissingWritten, keys, agg, k, dropMissing, actual, what);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** The group-by aggregate of each row's group, row by row (missing where the key is missing and dropped). */
    private static void check(MemoryContext ctx, Table grouped, List<String> keys, GroupBy.Aggregation agg, String[] k,
                              boolean dropMissing, Column actual, String what) {
        Table expected = GroupBy.aggregate(ctx, grouped, keys, List.of(new GroupBy.Aggregation("out", agg.column(),
                agg.function())), false);
        Map<String, Integer> groupRow = new HashMap<>();
        for (int g = 0; g < expected.rowCount(); g++) {
            groupRow.put(key(expected, keys, g), g);
        }
        Column out = expected.column("out");
        int n = grouped.rowCount();
        assertEquals(n, actual.length(), what);
        boolean anyDropped = false;
        for (int i = 0; i < n; i++) {
            if (dropMissing && k[i] == null) {
                anyDropped = true;
                assertTrue(actual.isNull(i), what + ": row " + i + " has a missing key");
                continue;
            }
            int g = groupRow.get(key(grouped, keys, i));
            // An int64 aggregate gathered with missing rows is its float64 value, as pandas casts it.
            assertEquals(bits(out, g, actual instanceof Float64Column), bits(actual, i, false), what + ": row " + i);
        }
        DataType want = anyDropped && out.type() == DataType.INT64 ? DataType.FLOAT64 : out.type();
        assertEquals(want, actual.type(), what + ": type");
        assertEquals(agg.output(), actual.name(), what);
    }

    private static String key(Table t, List<String> keys, int row) {
        StringBuilder b = new StringBuilder();
        for (String k : keys) {
            b.append(t.column(k).format(row)).append('\u0000');
        }
        return b.toString();
    }

    private static String bits(Column c, int row, boolean asDouble) {
        if (c.isNull(row)) {
            return "<null>";
        }
        return switch (c) {
            case Float64Column f -> Long.toHexString(Double.doubleToRawLongBits(f.getDouble(row)));
            case Int64Column x when asDouble -> Long.toHexString(Double.doubleToRawLongBits((double) x.getLong(row)));
            default -> c.format(row);
        };
    }

    /** Whether the group-by computes {@code f} of a column of {@code type} (it refuses the others, as pandas does). */
    private static boolean computes(AggregateFunction f, DataType type) {
        return switch (f) {
            case MEAN, SUM, MEDIAN, STD, VAR -> type == DataType.INT64 || type == DataType.FLOAT64
                    || type == DataType.BOOL && f != AggregateFunction.MEDIAN;
            default -> true;
        };
    }

    private static StringColumn coded(StringColumn plain, String[] k) {
        List<String> dictionary = new ArrayList<>(List.of("never used"));
        for (int i = k.length - 1; i >= 0; i--) {
            if (k[i] != null && !dictionary.contains(k[i])) {
                dictionary.add(k[i]);
            }
        }
        int[] codes = new int[k.length];
        for (int i = 0; i < k.length; i++) {
            codes[i] = k[i] == null ? StringCodes.NULL : dictionary.indexOf(k[i]);
        }
        return plain.withCodes(new StringCodes(codes, dictionary.toArray(new String[0])));
    }
}
