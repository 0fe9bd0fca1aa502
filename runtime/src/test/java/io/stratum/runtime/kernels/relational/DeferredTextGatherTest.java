package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.ColumnStorage;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.parallel.RowChunks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.arrow.vector.VarCharVector;
import org.junit.jupiter.api.Test;

/**
 * A filter's text (a string column without codes) is held as its source's buffers and the kept rows and gathered
 * when first read: its values, nulls, dtype and order are the kept rows' as a direct row-by-row selection gives them
 * (fixed and varying widths, nulls, non-ASCII, chunk edges), the text survives its source being released first, it
 * is built once whichever thread asks, and releasing it frees the source's buffers it kept.
 */
class DeferredTextGatherTest {
    @Test
    void aFilterOfTextGivesTheKeptRowsValuesWhenRead() {
        Random random = new Random(13);
        try (MemoryContext ctx = MemoryContext.open()) {
            for (int n : new int[] {6000, RowChunks.CHUNK - 1, RowChunks.CHUNK + 1, 2 * RowChunks.CHUNK + 333}) {
                for (boolean nulls : new boolean[] {false, true}) {
                    String[] dates = new String[n];
                    String[] words = new String[n];
                    long[] k = new long[n];
                    for (int i = 0; i < n; i++) {
                        dates[i] = String.format("2001-%02d-%02d %02d:%02d:00", 1 + i % 12, 1 + i % 28, i % 24, i % 60);
                        words[i] = nulls && i % 7 == 3 ? null : "w" + random.nextInt(1_000_000) + (i % 5 == 0 ? "é東" : "");
                        k[i] = i;
                    }
                    Table t = Table.of(List.of(StringColumn.of(ctx, "date", dates), StringColumn.of(ctx, "word", words),
                            Int64Column.of(ctx, "k", k)));
                    // a quarter of the rows, at random, and the first and last row of every chunk
                    boolean[] keep = new boolean[n];
                    for (int i = 0; i < n; i++) {
                        keep[i] = random.nextInt(4) == 0 || i % RowChunks.CHUNK == 0 || i % RowChunks.CHUNK == RowChunks.CHUNK - 1
                                || i == n - 1;
                    }
                    Table kept = RowSelection.filter(t, BoolColumn.of(ctx, "m", keep));
                    List<Integer> rows = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if (keep[i]) {
                            rows.add(i);
                        }
                    }
                    String what = n + " rows, nulls " + nulls;
                    assertEquals(rows.size(), kept.rowCount(), what);
                    for (String name : new String[] {"date", "word"}) {
                        StringColumn c = (StringColumn) kept.column(name);
                        assertNotNull(c.gatheredBytes(), what + ": " + name + " is held as a gather");
                        assertNull(c.codes());
                        assertEquals(DataType.STRING, c.type());
                        assertEquals(rows.size(), c.length());
                        String[] source = name.equals("date") ? dates : words;
                        int expectedNulls = 0;
                        for (int r : rows) {
                            expectedNulls += source[r] == null ? 1 : 0;
                        }
                        assertEquals(expectedNulls, c.nullCount(), what + ": " + name + " nulls");
                        assertEquals(name.equals("date") ? 19 : -1, c.uniformWidth(), what + ": " + name + " width");
                        assertFalse(c.gatheredBytes().isBuilt(), "length, null count and width gather nothing");
                        for (int i = 0; i < rows.size(); i++) {
                            assertEquals(source[rows.get(i)], c.getString(i), what + ": " + name + " row " + i);
                        }
                        assertTrue(c.gatheredBytes().isBuilt());
                        assertEquals(expectedNulls, c.vector().getNullCount());
                    }
                    long[] keptK = ((Int64Column) kept.column("k")).toLongArray();
                    assertArrayEquals(rows.stream().mapToLong(Integer::longValue).toArray(), keptK);
                }
            }
        }
    }

    @Test
    void theTextOutlivesItsSourceAndIsFreedWithIt() {
        try (MemoryContext ctx = MemoryContext.open()) {
            long before = ctx.allocator().getAllocatedMemory();
            int n = 3 * RowChunks.CHUNK;
            String[] values = new String[n];
            boolean[] keep = new boolean[n];
            for (int i = 0; i < n; i++) {
                values[i] = i % 11 == 0 ? null : "value " + i;
                keep[i] = i % 3 == 1;
            }
            StringColumn source = StringColumn.of(ctx, "s", values);
            BoolColumn mask = BoolColumn.of(ctx, "m", keep);
            StringColumn kept = (StringColumn) RowSelection.filter(Table.of(List.of(source)), mask).column("s");
            StringColumn renamed = kept.rename("t");
            assertSame(ColumnStorage.of(kept), ColumnStorage.of(renamed), "a renamed gather shares its storage");
            long counted = ColumnStorage.bytes(ColumnStorage.of(kept));
            assertTrue(counted >= source.vector().getBufferSize(), "the pinned source is counted");
            // The source's owner releases it first (a buffer pool after the filter, its last consumer).
            ColumnStorage.release(ColumnStorage.of(source));
            ColumnStorage.release(ColumnStorage.of(mask));
            for (int i = 0, j = 0; i < n; i++) {
                if (keep[i]) {
                    assertEquals(values[i], renamed.getString(j++), "row " + i);
                }
            }
            assertEquals(counted, ColumnStorage.bytes(ColumnStorage.of(kept)), "the same count once built");
            ColumnStorage.release(ColumnStorage.of(kept));
            assertEquals(before, ctx.allocator().getAllocatedMemory(), "nothing is left once both are released");

            // Released before it was read: the source's buffers go at once, and a late read says so.
            StringColumn again = StringColumn.of(ctx, "s", values);
            BoolColumn mask2 = BoolColumn.of(ctx, "m", keep);
            StringColumn unread = (StringColumn) RowSelection.filter(Table.of(List.of(again)), mask2).column("s");
            ColumnStorage.release(ColumnStorage.of(again));
            ColumnStorage.release(ColumnStorage.of(mask2));
            ColumnStorage.release(ColumnStorage.of(unread));
            assertEquals(before, ctx.allocator().getAllocatedMemory());
            IllegalStateException e = assertThrows(IllegalStateException.class, unread::vector);
            assertTrue(e.getMessage().contains("'s' was released before its text was read"), e.getMessage());
        }
    }

    @Test
    void theTextIsGatheredOnceWhicheverThreadAsksFirst() {
        try (MemoryContext ctx = MemoryContext.open()) {
            int n = 200_000;
            String[] values = new String[n];
            boolean[] keep = new boolean[n];
            for (int i = 0; i < n; i++) {
                values[i] = "v" + (i * 31 % 1000);
                keep[i] = i % 10 < 3;
            }
            StringColumn kept = (StringColumn) RowSelection.filter(Table.of(List.of(StringColumn.of(ctx, "s", values))),
                    BoolColumn.of(ctx, "m", keep)).column("s");
            var seen = ConcurrentHashMap.<VarCharVector>newKeySet();
            IntStream.range(0, 16).parallel().forEach(i -> seen.add(kept.vector()));
            assertEquals(1, seen.size());
            assertEquals("v31", new String(kept.vector().get(1), StandardCharsets.UTF_8));
        }
    }

    @Test
    void kernelsReadingAGatherGiveTheAnswerOfTheEagerColumn() {
        try (MemoryContext ctx = MemoryContext.open()) {
            int n = 20_000;
            String[] values = new String[n];
            boolean[] keep = new boolean[n];
            for (int i = 0; i < n; i++) {
                values[i] = i % 9 == 0 ? null : "k" + (i % 37);
                keep[i] = i % 4 == 2;
            }
            StringColumn source = StringColumn.of(ctx, "s", values);
            Column mask = BoolColumn.of(ctx, "m", keep);
            Table lazy = RowSelection.filter(Table.of(List.of(source)), mask);
            int[] rows = IntStream.range(0, n).filter(i -> keep[i]).toArray();
            Table eager = Table.of(List.of(source.take(rows)));
            StringColumn g = (StringColumn) lazy.column("s");
            assertNotNull(g.gatheredBytes());
            // a gather of the gather (a second filter, head), a sort by it, a group-by on it, encoding it
            boolean[] keep2 = new boolean[rows.length];
            for (int i = 0; i < keep2.length; i++) {
                keep2[i] = i % 3 == 0;
            }
            assertValues(RowSelection.filter(eager, BoolColumn.of(ctx, "m", keep2)).column("s"),
                    RowSelection.filter(lazy, BoolColumn.of(ctx, "m", keep2)).column("s"));
            assertValues(RowSelection.head(eager, 7).column("s"), RowSelection.head(lazy, 7).column("s"));
            assertValues(SortValues.sort(eager, List.of("s"), List.of(true)).column("s"),
                    SortValues.sort(lazy, List.of("s"), List.of(true)).column("s"));
            StringColumn coded = io.stratum.runtime.data.CategoryEncoding.of(g);
            assertSame(ColumnStorage.of(g), ColumnStorage.of(coded), "the gather as a category shares its storage");
            assertEquals(DataType.CATEGORY, coded.type());
            assertValues(eager.column("s"), coded);
            StringCodes codes = coded.codes();
            assertEquals(rows.length, codes.codes().length);
            assertArrayEquals(((StringColumn) eager.column("s")).nullFlags(), g.nullFlags());
        }
    }

    private static void assertValues(Column expected, Column actual) {
        assertEquals(expected.length(), actual.length());
        assertEquals(expected.nullCount(), actual.nullCount());
        for (int i = 0; i < expected.length(); i++) {
            assertEquals(((StringColumn) expected).getString(i), ((StringColumn) actual).getString(i), "row " + i);
        }
    }
}
