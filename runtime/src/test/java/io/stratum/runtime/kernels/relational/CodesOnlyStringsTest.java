package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.CategoryEncoding;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.ColumnStorage;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.parallel.RowChunks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.arrow.vector.VarCharVector;
import org.junit.jupiter.api.Test;

/**
 * A gather of a dictionary-encoded string column is held as codes only (its Arrow bytes are built the first time a
 * kernel asks for them): every kernel given such a column answers as it does on the same values without codes, the
 * built bytes hold exactly the values, a gather of a gather, a filter, a sort by another column and a group-by on it
 * never build them, and they are built once however many threads ask.
 */
class CodesOnlyStringsTest {
    private static final String[] WORDS = {"ATL", "SFO", "", "Zürich", "東京", "a value longer than sixteen bytes",
        "sfo", "B", "2015-01-01 00:00:00"};

    @Test
    void kernelsOnCodesOnlyColumnsGiveThePlainAnswer() {
        Random random = new Random(3);
        try (MemoryContext ctx = MemoryContext.open()) {
            for (int n : new int[] {50, RowChunks.CHUNK + 77}) {
                Table plainAll = frame(ctx, random, n);
                Table codedAll = encoded(plainAll);
                Column m = mask(ctx, random, n);
                Table plain = RowSelection.filter(plainAll, m);
                Table coded = RowSelection.filter(codedAll, m);
                StringColumn k = (StringColumn) coded.column("k");
                assertNotNull(k.codedBytes(), "a filter of a coded column is held as codes");
                assertFalse(k.codedBytes().isBuilt());
                assertEquals(plain.column("k").nullCount(), k.nullCount());
                assertEquals(plain.rowCount(), k.length());

                Column m2 = mask(ctx, random, plain.rowCount());
                same(plain, coded, t -> RowSelection.filter(t, m2)); // a gather of a gather
                same(plain, coded, t -> RowSelection.head(t, 7));
                same(plain, coded, t -> RowSelection.tail(t, 2000));
                same(plain, coded, t -> SortValues.sort(t, List.of("k", "v"), List.of(false, true)));
                same(plain, coded, t -> DropDuplicates.dropDuplicates(t, List.of("k", "k2"), DropDuplicates.Keep.FIRST));
                same(plain, coded, t -> ValueCounts.valueCounts(ctx, t, List.of("k2"), false));
                List<GroupBy.Aggregation> aggs = List.of(new GroupBy.Aggregation("mean", "v", AggregateFunction.MEAN),
                        new GroupBy.Aggregation("n", null, AggregateFunction.SIZE),
                        new GroupBy.Aggregation("last", "k2", AggregateFunction.LAST),
                        new GroupBy.Aggregation("min", "k2", AggregateFunction.MIN));
                same(plain, coded, t -> GroupBy.aggregate(ctx, t, List.of("k"), aggs, true));
                same(plain, coded, t -> GroupBy.aggregate(ctx, t, List.of("k2", "k"), aggs, false));
                Table right = encoded(frame(ctx, random, 12));
                for (Merge.How how : Merge.How.values()) {
                    Merge.Spec spec = new Merge.Spec(how, List.of("k"), List.of("k"), "_x", "_y", Merge.BuildSide.RIGHT);
                    same(plain, coded, t -> Merge.merge(ctx, t, right, spec));
                    same(plain, coded, t -> Merge.merge(ctx, right, t, spec));
                }
                same(plain, coded, t -> Concat.rows(ctx, List.of(t, right, t)));
                same(plain, coded, t -> Concat.rows(ctx, List.of(right, plainAll, t)));
                Column lookup = StringColumn.of(ctx, "l", new String[] {"SFO", null, "東京"});
                same(plain, coded, t -> Table.of(Membership.isIn(ctx, t.column("k"), lookup)));

                // Neither a filter, a gather of the gather, a sort of the frame or by it, a group-by on it nor a merge on
                // it read the bytes (their key readers read the codes).
                Table fresh = RowSelection.filter(codedAll, m);
                StringColumn freshKey = (StringColumn) fresh.column("k");
                Table twice = RowSelection.filter(fresh, m2);
                SortValues.sort(fresh, List.of("v"), List.of(true));
                Table byKey = SortValues.sort(fresh, List.of("k", "v"), List.of(false, true));
                GroupBy.aggregate(ctx, fresh, List.of("k"), List.of(new GroupBy.Aggregation("n", null,
                        AggregateFunction.SIZE)), true);
                Table merged = Merge.merge(ctx, fresh, right, new Merge.Spec(Merge.How.INNER, List.of("k"), List.of("k"),
                        "_x", "_y", Merge.BuildSide.RIGHT));
                assertFalse(((StringColumn) twice.column("k")).codedBytes().isBuilt());
                assertFalse(freshKey.codedBytes().isBuilt());
                assertFalse(((StringColumn) byKey.column("k")).codedBytes().isBuilt());
                assertFalse(((StringColumn) merged.column("k")).codedBytes().isBuilt());

                // The bytes, once built, hold every value; the renamed column shares them.
                StringColumn renamed = k.rename("other");
                assertSame(k.codedBytes(), renamed.codedBytes());
                assertBytesHoldTheValues((StringColumn) plain.column("k"), k);
                assertSame(k.vector(), renamed.vector());
            }
        }
    }

    @Test
    void encodersAndCategoriesReadCodesOnlyColumns() {
        Random random = new Random(8);
        try (MemoryContext ctx = MemoryContext.open()) {
            Table plainAll = frame(ctx, random, 3000);
            Column m = mask(ctx, random, 3000);
            Table plain = RowSelection.filter(plainAll, m).select(List.of("k", "k2"));
            Table coded = RowSelection.filter(encoded(plainAll), m).select(List.of("k", "k2"));
            OneHotParams ignore = new OneHotParams(OneHotParams.HandleUnknown.IGNORE, OneHotParams.Drop.NONE);
            assertSameTable(OneHotEncoderKernel.fit(plain, ignore).transform(ctx, plain),
                    OneHotEncoderKernel.fit(coded, ignore).transform(ctx, coded), "one-hot");
            // As a category column (astype("category")), then gathered again: still a category column.
            StringColumn category = CategoryEncoding.of((StringColumn) coded.column("k"));
            assertEquals(DataType.CATEGORY, category.type());
            Table sorted = SortValues.sort(Table.of(category), List.of("k"), List.of(true));
            StringColumn gathered = (StringColumn) sorted.column("k");
            assertEquals(DataType.CATEGORY, gathered.type());
            assertNotNull(gathered.codedBytes());
            assertBytesHoldTheValues(gathered, gathered);
            assertEquals(render(CategoryEncoding.of((StringColumn) plain.column("k"))), render(category));
        }
    }

    @Test
    void nullsOnlyAndEmptyColumnsHoldAsCodes() {
        try (MemoryContext ctx = MemoryContext.open()) {
            StringColumn allNull = StringColumn.ofCodes(ctx, "n", new StringCodes(new int[] {-1, -1, -1},
                    new String[] {"x"}), false);
            assertEquals(3, allNull.nullCount());
            assertTrue(allNull.isNull(1));
            assertNull(allNull.getString(2));
            assertEquals(3, allNull.vector().getNullCount());
            assertEquals("n: str[3] [null, null, null]", allNull.toString());
            StringColumn empty = StringColumn.ofCodes(ctx, "e", new StringCodes(new int[0], new String[] {"x"}), false);
            assertEquals(0, empty.length());
            assertEquals(0, empty.vector().getValueCount());
            StringColumn some = StringColumn.ofCodes(ctx, "s", new StringCodes(new int[] {1, -1, 0, 1},
                    new String[] {"é", "a value longer than sixteen bytes"}), false);
            assertEquals("s: str[4] [a value longer than sixteen bytes, null, é, a value longer than sixteen bytes]",
                    some.toString());
            assertEquals(List.of(false, true, false, false), flags(some.nullFlags()));
            assertBytesHoldTheValues(some, some);
            assertThrows(IllegalArgumentException.class, () -> StringColumn.ofCodes(ctx, "c",
                    new StringCodes(new int[] {0}, new String[] {"b", "a"}), true), "categories must be sorted");
        }
    }

    @Test
    void theBytesAreBuiltOnceWhicheverThreadAsksFirstAndReleasedWithTheirOwner() {
        try (MemoryContext ctx = MemoryContext.open()) {
            int[] codes = new int[200_000];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = i % 3 == 0 ? -1 : i % 4;
            }
            StringColumn c = StringColumn.ofCodes(ctx, "c", new StringCodes(codes, new String[] {"a", "bb", "ccc", "東"}),
                    false);
            assertEquals(4L * codes.length, ColumnStorage.bytes(ColumnStorage.of(c)));
            assertFalse(c.codedBytes().isBuilt(), "counting its memory does not build it");
            var seen = ConcurrentHashMap.<VarCharVector>newKeySet();
            IntStream.range(0, 16).parallel().forEach(i -> seen.add(c.vector()));
            assertEquals(1, seen.size());
            assertEquals("ccc", new String(c.vector().get(2), StandardCharsets.UTF_8));
            ColumnStorage.release(ColumnStorage.of(c));
            StringColumn released = StringColumn.ofCodes(ctx, "d", new StringCodes(new int[] {0}, new String[] {"a"}),
                    false);
            ColumnStorage.release(ColumnStorage.of(released));
            assertThrows(IllegalStateException.class, released::vector, "released before its bytes were read");
        }
    }

    private static List<Boolean> flags(boolean[] b) {
        List<Boolean> out = new ArrayList<>();
        for (boolean x : b) {
            out.add(x);
        }
        return out;
    }

    private static void assertBytesHoldTheValues(StringColumn expected, StringColumn codesOnly) {
        VarCharVector v = codesOnly.vector();
        assertTrue(codesOnly.codedBytes().isBuilt());
        assertEquals(expected.length(), v.getValueCount());
        assertEquals(expected.nullCount(), v.getNullCount());
        for (int i = 0; i < expected.length(); i++) {
            String s = v.isNull(i) ? null : new String(v.get(i), StandardCharsets.UTF_8);
            assertEquals(expected.getString(i), s, "row " + i);
        }
    }

    private static Column mask(MemoryContext ctx, Random random, int n) {
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            keep[i] = random.nextInt(3) != 0;
        }
        return BoolColumn.of(ctx, "m", keep);
    }

    private static Table frame(MemoryContext ctx, Random random, int n) {
        String[] k = new String[n];
        String[] k2 = new String[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = random.nextInt(9) == 0 ? null : WORDS[random.nextInt(WORDS.length)];
            k2[i] = random.nextInt(13) == 0 ? null : WORDS[random.nextInt(4)];
            v[i] = random.nextInt(17) == 0 ? Double.NaN : random.nextGaussian();
        }
        return Table.of(List.of(StringColumn.of(ctx, "k", k), StringColumn.of(ctx, "k2", k2),
                Float64Column.of(ctx, "v", v)));
    }

    /** The string columns dictionary-encoded, values in reverse first appearance plus one no row holds. */
    private static Table encoded(Table t) {
        List<Column> out = new ArrayList<>();
        for (Column c : t.columns()) {
            if (c instanceof StringColumn s) {
                List<String> values = new ArrayList<>();
                for (int i = s.length() - 1; i >= 0; i--) {
                    String x = s.getString(i);
                    if (x != null && !values.contains(x)) {
                        values.add(x);
                    }
                }
                values.add("never used");
                int[] codes = new int[s.length()];
                for (int i = 0; i < codes.length; i++) {
                    String x = s.getString(i);
                    codes[i] = x == null ? StringCodes.NULL : values.indexOf(x);
                }
                out.add(s.withCodes(new StringCodes(codes, values.toArray(new String[0]))));
            } else {
                out.add(c);
            }
        }
        return Table.of(out);
    }

    private static void same(Table plain, Table coded, Function<Table, Table> op) {
        assertSameTable(op.apply(plain), op.apply(coded), "operation");
    }

    private static void assertSameTable(Table expected, Table actual, String what) {
        assertEquals(expected.columnNames(), actual.columnNames(), what);
        for (String name : expected.columnNames()) {
            assertEquals(expected.column(name).type(), actual.column(name).type(), what + " " + name);
            assertEquals(render(expected.column(name)), render(actual.column(name)), what + " " + name);
            if (actual.column(name) instanceof StringColumn s && s.codedBytes() != null) {
                assertBytesHoldTheValues((StringColumn) expected.column(name), s);
            }
        }
    }

    private static List<String> render(Column c) {
        List<String> out = new ArrayList<>(c.length());
        for (int i = 0; i < c.length(); i++) {
            out.add(c.isNull(i) ? "<null>" : c.format(i));
        }
        return out;
    }
}
