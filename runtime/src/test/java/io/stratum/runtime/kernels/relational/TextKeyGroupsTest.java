package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.parallel.RowChunks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The groups of one plain text key found from its Arrow bytes ({@link TextKeyGroups}) are the general path's
 * ({@link KeyGroups#of}, which copies the bytes and hashes them into a dictionary): each row's group, the groups'
 * sizes and first rows and the key column's values, sorted and in order of appearance, with missing keys dropped and
 * kept (last when sorted), for values that share their first 8 bytes or differ only in length, empty and multi-byte
 * values, keys arriving in sorted order (no table, no sort), in order and then not, shuffled, empty and all-missing
 * columns, over several chunks, and read through a filter's deferred gather.
 */
class TextKeyGroupsTest {
    private static final String[] WORDS = {"", "a", "a\u0000", "abcdefgh", "abcdefgh\u0000", "abcdefghi", "abcdefghj",
        "2001-01-01 00:01:00", "2001-01-01 00:02:00", "2001-01-01 00:01:00x", "é", "éé", "日本語テキスト", "LAS", "LAX",
        "abcdefghabcdefgh", "abcdefghabcdefgi", "abcdefghabcdefgh1", "\uD83D\uDE00", "\uFFFD"};

    @Test
    void groupsAsTheGeneralPathDoes() {
        Random random = new Random(5);
        try (MemoryContext ctx = MemoryContext.open()) {
            for (int n : new int[] {0, 1, 2, 37, 1000, RowChunks.CHUNK * 2 + 17}) {
                for (String layout : List.of("random", "sorted", "sorted then not", "all missing")) {
                    String[] k = keys(random, n, layout);
                    StringColumn column = StringColumn.of(ctx, "k", k);
                    for (boolean dropMissing : new boolean[] {true, false}) {
                        for (boolean sort : new boolean[] {true, false}) {
                            String what = "n=" + n + " " + layout + " dropMissing=" + dropMissing + " sort=" + sort;
                            assertSameGroups(ctx, column, dropMissing, sort, what);
                        }
                    }
                }
            }
        }
    }

    @Test
    void readsAFiltersTextThroughItsSourceAsTheGatheredTextGroups() {
        Random random = new Random(9);
        try (MemoryContext ctx = MemoryContext.open()) {
            for (String layout : List.of("random", "sorted")) {
                int n = RowChunks.CHUNK + 5000;
                String[] k = keys(random, n, layout);
                boolean[] keep = new boolean[n];
                long[] w = new long[n];
                for (int i = 0; i < n; i++) {
                    keep[i] = random.nextInt(3) > 0;
                    w[i] = i;
                }
                Table kept = RowSelection.filter(Table.of(List.of(StringColumn.of(ctx, "k", k),
                        Int64Column.of(ctx, "w", w))), BoolColumn.of(ctx, "m", keep));
                StringColumn deferred = (StringColumn) kept.column("k");
                // The same kept rows as a column of its own: its text is its own vector.
                String[] keptValues = new String[kept.rowCount()];
                for (int i = 0; i < keptValues.length; i++) {
                    keptValues[i] = ((StringColumn) kept.column("k")).getString(i);
                }
                StringColumn copy = StringColumn.of(ctx, "k", keptValues);
                for (boolean sort : new boolean[] {true, false}) {
                    TextKeyGroups.Result expected = TextKeyGroups.of(ctx, "k", copy, true, sort);
                    StringColumn again = (StringColumn) RowSelection.filter(Table.of(List.of(StringColumn.of(ctx, "k", k),
                            Int64Column.of(ctx, "w", w))), BoolColumn.of(ctx, "m", keep)).column("k");
                    TextKeyGroups.Result actual = TextKeyGroups.of(ctx, "k", again, true, sort);
                    assertArrayEquals(expected.groups().group, actual.groups().group, layout + " sort=" + sort);
                    assertEquals(values(expected.key()), values(actual.key()), layout + " sort=" + sort);
                    assertSameGroups(ctx, deferred, true, sort, "deferred " + layout + " sort=" + sort);
                }
                // And as a group-by: the counts per value, as over the gathered copy.
                List<GroupBy.Aggregation> size = List.of(new GroupBy.Aggregation("n", null, AggregateFunction.SIZE),
                        new GroupBy.Aggregation("w", "w", AggregateFunction.SUM));
                Table fromSource = GroupBy.aggregate(ctx, kept, List.of("k"), size, true);
                Table fromCopy = GroupBy.aggregate(ctx, Table.of(List.of(copy, kept.column("w"))), List.of("k"), size, true);
                for (String c : fromCopy.columnNames()) {
                    assertEquals(values(fromCopy.column(c)), values(fromSource.column(c)), c);
                }
            }
        }
    }

    private static String[] keys(Random random, int n, String layout) {
        String[] k = new String[n];
        for (int i = 0; i < n; i++) {
            k[i] = layout.equals("all missing") || random.nextInt(9) == 0 ? null : WORDS[random.nextInt(WORDS.length)]
                    + (random.nextBoolean() ? "" : Integer.toString(random.nextInt(50)));
        }
        if (layout.startsWith("sorted")) {
            // Python's order, nulls kept where they are: runs of equal values, each new value above the last.
            String[] present = Arrays.stream(k).filter(s -> s != null).sorted(io.stratum.runtime.data.PythonOrder::compareStrings)
                    .toArray(String[]::new);
            for (int i = 0, p = 0; i < n; i++) {
                if (k[i] != null) {
                    k[i] = present[p++];
                }
            }
            if (layout.equals("sorted then not") && n > 2) {
                // The second half repeats earlier values: the groups' table is built part way through.
                for (int i = n / 2; i < n; i++) {
                    k[i] = k[random.nextInt(n / 2)];
                }
            }
        }
        return k;
    }

    private static void assertSameGroups(MemoryContext ctx, StringColumn column, boolean dropMissing, boolean sort,
                                         String what) {
        ColumnReader reader = ColumnReader.of(column);
        KeyGroups expected = KeyGroups.of(List.of(reader), column.length(), dropMissing, sort);
        TextKeyGroups.Result actual = TextKeyGroups.of(ctx, "k", column, dropMissing, sort);
        assertArrayEquals(expected.group, actual.groups().group, what + ": each row's group");
        assertArrayEquals(expected.firstRow, actual.groups().firstRow, what + ": first rows");
        for (int g = 0; g < expected.count(); g++) {
            assertEquals(expected.size(g), actual.groups().size(g), what + ": size of group " + g);
        }
        List<String> keys = new ArrayList<>();
        for (int row : expected.firstRow) {
            keys.add(column.getString(row) == null ? "<null>" : column.getString(row));
        }
        assertEquals(keys, values(actual.key()), what + ": the key column");
    }

    private static List<String> values(io.stratum.runtime.data.Column c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.length(); i++) {
            out.add(c.isNull(i) ? "<null>" : c.format(i));
        }
        return out;
    }
}
