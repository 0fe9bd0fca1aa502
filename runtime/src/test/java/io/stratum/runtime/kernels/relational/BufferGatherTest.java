package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.CategoryEncoding;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DictionaryEncoding;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.kernels.parallel.RowChunks;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Arrow-to-Arrow gather against the gather through Java arrays it replaces in joins and row selections: every
 * value type, with and without nulls, NaN, missing rows ({@code -1}), repeated rows, empty and multi-byte strings,
 * over several row chunks; same dtype, values, null flags and NaN-ness row by row.
 */
class BufferGatherTest {

    @Test
    void gathersLikeTheArrayGatherForEveryTypeAcrossChunks() {
        Random random = new Random(7);
        try (MemoryContext ctx = MemoryContext.open()) {
            for (int trial = 0; trial < 4; trial++) {
                int n = trial < 2 ? 1 + random.nextInt(50) : RowChunks.CHUNK + random.nextInt(RowChunks.CHUNK);
                boolean withNulls = trial % 2 == 1;
                for (Column src : columns(ctx, random, n, withNulls)) {
                    for (boolean absent : new boolean[] {false, true}) {
                        int outRows = n <= 50 ? random.nextInt(80) + 1 : n + random.nextInt(1000);
                        int[] rows = new int[outRows];
                        for (int i = 0; i < outRows; i++) {
                            rows[i] = absent && random.nextInt(9) == 0 ? -1 : random.nextInt(n);
                        }
                        Column expected = Gather.take(ctx, "out", ColumnReader.of(src), rows);
                        Column actual = BufferGather.take(ctx, "out", src, rows);
                        assertSameColumn(expected, actual, src.type() + " nulls=" + withNulls + " absent=" + absent);
                    }
                }
            }
        }
    }

    @Test
    void dictionaryEncodedStringsGatherThroughTheirCodesLikeTheByteGather() {
        Random random = new Random(11);
        try (MemoryContext ctx = MemoryContext.open()) {
            for (int trial = 0; trial < 4; trial++) {
                int n = trial < 2 ? 60 + random.nextInt(50) : RowChunks.CHUNK + random.nextInt(RowChunks.CHUNK);
                StringColumn plain = (StringColumn) columns(ctx, random, n, trial % 2 == 1).get(4);
                StringColumn coded = DictionaryEncoding.ifLowCardinality(plain);
                assertNotNull(coded.codes());
                StringColumn category = CategoryEncoding.of(coded);
                for (StringColumn src : List.of(coded, category)) {
                    int[] rows = new int[n + random.nextInt(1000)];
                    for (int i = 0; i < rows.length; i++) {
                        rows[i] = random.nextInt(9) == 0 ? -1 : random.nextInt(n);
                    }
                    Column expected = Gather.take(ctx, "out", ColumnReader.of(plain), rows);
                    StringColumn actual = (StringColumn) BufferGather.take(ctx, "out", src, rows);
                    assertSameColumn(expected, actual.asPlainStrings(), "coded strings, n=" + n);
                    assertEquals(src.type(), actual.type());
                    assertArrayEquals(src.codes().take(rows).codes(), actual.codes().codes());
                    assertSame(src.codes().values(), actual.codes().values());
                    // Row selections and sorts (Gather.rows) and joins (BufferGather.take) go through the codes.
                    assertArrayEquals(actual.codes().codes(), ((StringColumn) BufferGather.take(ctx, "o", src, rows))
                            .codes().codes());
                }
            }
        }
    }

    @Test
    void fixedWidthStringsGatherWithoutOffsetsLikeTheArrayGather() {
        // Every width a word copy handles, one past it, and empty values, with and without missing rows (which take
        // the general path); a value of another length or a null makes the column not fixed-width.
        Random random = new Random(19);
        try (MemoryContext ctx = MemoryContext.open()) {
            for (int width : new int[] {0, 1, 7, 8, 19, 64, 65}) {
                int n = width == 19 ? RowChunks.CHUNK * 2 + 13 : 3000;
                String[] values = new String[n];
                for (int i = 0; i < n; i++) {
                    StringBuilder b = new StringBuilder();
                    for (int k = 0; k < width; k++) {
                        b.append((char) ('a' + random.nextInt(26)));
                    }
                    values[i] = b.toString();
                }
                StringColumn fixed = StringColumn.of(ctx, "d", values);
                assertEquals(width, fixed.uniformWidth());
                for (boolean absent : new boolean[] {false, true}) {
                    int[] rows = new int[n / 3 + 1];
                    for (int i = 0; i < rows.length; i++) {
                        rows[i] = absent && i % 11 == 0 ? -1 : random.nextInt(n);
                    }
                    assertSameColumn(Gather.take(ctx, "out", ColumnReader.of(fixed), rows),
                            BufferGather.take(ctx, "out", fixed, rows), "width " + width + " absent=" + absent);
                }
                values[n / 2] = values[n / 2] + "x";
                assertEquals(-1, StringColumn.of(ctx, "d", values).uniformWidth());
                values[n / 2] = null;
                assertEquals(-1, StringColumn.of(ctx, "d", values).uniformWidth());
            }
        }
    }

    @Test
    void emptyInputsAndOutputsFallBackToTheArrayGather() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Column s = StringColumn.of(ctx, "s", new String[] {"a", null});
            assertEquals(0, BufferGather.take(ctx, "s", s, new int[0]).length());
            Column empty = StringColumn.of(ctx, "e", new String[0]);
            Column missing = BufferGather.take(ctx, "e", empty, new int[] {-1, -1});
            assertEquals(2, missing.nullCount());
            assertThrows(IndexOutOfBoundsException.class, () -> BufferGather.take(ctx, "s", s, new int[] {0, 2}));
        }
    }

    @Test
    void identityRowsReturnTheTableItself() {
        try (MemoryContext ctx = MemoryContext.open()) {
            int n = 5000;
            long[] v = new long[n];
            Table t = Table.of(List.of(Int64Column.of(ctx, "a", v)));
            assertSame(t, Gather.rows(t, KeyGroups.identity(n)));
            assertEquals(n - 1, Gather.rows(t, KeyGroups.identity(n - 1)).rowCount());
        }
    }

    private static List<Column> columns(MemoryContext ctx, Random random, int n, boolean withNulls) {
        long[] longs = new long[n];
        double[] doubles = new double[n];
        boolean[] bools = new boolean[n];
        long[] micros = new long[n];
        String[] strings = new String[n];
        boolean[] nulls = withNulls ? new boolean[n] : null;
        // lengths around the 8-byte words a short value is copied in, up to 64 bytes and past them
        String[] words = {"", "ATL", "SFO", "Zürich", "a much longer airport name, over sixteen bytes", "東京",
                "2015-01-01 00:00:00", "exactly sixteen!", "seventeen bytes..", "x".repeat(24), "y".repeat(63),
                "z".repeat(64), "w".repeat(65), "v".repeat(200)};
        for (int i = 0; i < n; i++) {
            longs[i] = random.nextLong() >> random.nextInt(64);
            doubles[i] = random.nextInt(13) == 0 ? Double.NaN : random.nextGaussian();
            bools[i] = random.nextBoolean();
            micros[i] = random.nextLong(4_000_000_000_000_000L);
            strings[i] = words[random.nextInt(words.length)];
            if (withNulls && random.nextInt(7) == 0) {
                nulls[i] = true;
                strings[i] = null;
            }
        }
        return List.of(Int64Column.of(ctx, "i", longs, nulls), Float64Column.of(ctx, "f", doubles, nulls),
                BoolColumn.of(ctx, "b", bools, nulls), TimestampColumn.of(ctx, "t", micros, nulls),
                StringColumn.of(ctx, "s", strings));
    }

    private static void assertSameColumn(Column expected, Column actual, String what) {
        assertEquals(expected.type(), actual.type(), what);
        assertEquals(expected.length(), actual.length(), what);
        assertEquals(expected.nullCount(), actual.nullCount(), what);
        ColumnReader e = ColumnReader.of(expected);
        ColumnReader a = ColumnReader.of(actual);
        for (int i = 0; i < expected.length(); i++) {
            assertEquals(e.isNull(i), a.isNull(i), what + " row " + i);
            assertEquals(e.isMissing(i), a.isMissing(i), what + " row " + i);
            if (e.isMissing(i)) {
                continue;
            }
            if (e.isString()) {
                assertEquals(0, e.compareWith(i, a, i), what + " row " + i);
            } else if (e.isFloat()) {
                assertEquals(Double.doubleToLongBits(e.doubles[i]), Double.doubleToLongBits(a.doubles[i]), what + " row " + i);
            } else {
                assertEquals(e.longs[i], a.longs[i], what + " row " + i);
            }
        }
    }
}
