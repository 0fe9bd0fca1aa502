package io.stratum.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TableTest {
    private MemoryContext ctx;
    private Table table;

    @BeforeEach
    void setUp() {
        ctx = MemoryContext.open();
        table = Table.of(
                Int64Column.of(ctx, "id", new long[] {10, 20, 30, 40}),
                Float64Column.of(ctx, "x", new double[] {1.5, Double.NaN, 3.0, 0.0}, new boolean[] {false, false, true, false}),
                StringColumn.of(ctx, "s", new String[] {"a", null, "ü", "d"}),
                BoolColumn.of(ctx, "b", new boolean[] {true, false, true, false}));
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    @Test
    void rowSelectionsKeepLabelsColumnStepsPassThemOnAndFoldSplitsDropThem() {
        assertEquals(null, table.labels(), "a fresh table is labelled 0..n-1");
        Table picked = table.takeLabelled(new int[] {3, 1});
        assertArrayEquals(new long[] {3, 1}, picked.labels());
        Table again = picked.takeLabelled(new int[] {1});
        assertArrayEquals(new long[] {1}, again.labels(), "a selection of a selection keeps the original label");
        assertArrayEquals(new long[] {3, 1}, picked.select(List.of("x", "id")).labels());
        assertArrayEquals(new long[] {3, 1}, picked.drop(List.of("s")).labels());
        assertArrayEquals(new long[] {3, 1}, picked.withColumn("y", picked.column("x")).labels());
        assertArrayEquals(new long[] {3, 1}, picked.select(List.of("id")).concatColumns(picked.select(List.of("s"))).labels());
        assertEquals(null, table.takeLabelled(new int[] {0, 1}).labels(), "the first rows keep 0..k-1");
        assertEquals(null, picked.take(new int[] {0, 1}).labels(), "a fold's rows are not labelled");
        assertThrows(IllegalArgumentException.class, () -> table.withLabels(new long[] {1}));
    }

    @Test
    void columnsKeepOrderTypesAndNulls() {
        assertEquals(List.of("id", "x", "s", "b"), table.columnNames());
        assertEquals(List.of(DataType.INT64, DataType.FLOAT64, DataType.STRING, DataType.BOOL), table.types());
        assertEquals(4, table.rowCount());
        Float64Column x = (Float64Column) table.column("x");
        assertFalse(x.isNull(1));
        assertTrue(x.isMissing(1), "NaN counts as missing, as pandas isna()");
        assertTrue(x.isNull(2));
        assertTrue(Double.isNaN(x.getDouble(2)), "a null float reads as NaN");
        assertEquals(1, x.nullCount());
        assertEquals(2, x.missingCount());
        assertEquals("ü", ((StringColumn) table.column("s")).getString(2));
        assertEquals(null, ((StringColumn) table.column("s")).getString(1));
    }

    @Test
    void missingColumnErrorListsExistingColumns() {
        DataException e = assertThrows(DataException.class, () -> table.column("y"));
        assertTrue(e.getMessage().contains("'y'"), e.getMessage());
        assertTrue(e.getMessage().contains("['id', 'x', 's', 'b']"), e.getMessage());
    }

    @Test
    void selectDropAndAssign() {
        assertEquals(List.of("s", "id"), table.select(List.of("s", "id")).columnNames());
        assertEquals(List.of("id", "b"), table.drop(List.of("x", "s")).columnNames());
        assertThrows(DataException.class, () -> table.drop(List.of("nope")));

        Column replacement = Int64Column.of(ctx, "whatever", new long[] {1, 2, 3, 4});
        Table replaced = table.withColumn("x", replacement);
        assertEquals(List.of("id", "x", "s", "b"), replaced.columnNames(), "existing column replaced in place");
        assertEquals(DataType.INT64, replaced.column("x").type());
        Table appended = table.withColumn("z", replacement);
        assertEquals(List.of("id", "x", "s", "b", "z"), appended.columnNames());
        assertEquals(List.of("id", "x", "s", "b"), table.columnNames(), "the original table is unchanged");
        assertThrows(DataException.class,
                () -> table.withColumn("w", Int64Column.of(ctx, "w", new long[] {1})));
    }

    @Test
    void takeBuildsRowSubsetsInOrderWithRepeats() {
        Table t = table.take(new int[] {2, 0, 2});
        assertEquals(3, t.rowCount());
        Int64Column id = (Int64Column) t.column("id");
        assertArrayEquals(new long[] {30, 10, 30}, new long[] {id.getLong(0), id.getLong(1), id.getLong(2)});
        assertTrue(t.column("x").isNull(0));
        assertEquals("ü", ((StringColumn) t.column("s")).getString(0));
        assertTrue(((BoolColumn) t.column("b")).getBoolean(1));
        assertThrows(IndexOutOfBoundsException.class, () -> table.take(new int[] {4}));
    }

    @Test
    void concatColumnsRejectsDuplicates() {
        Table other = Table.of(Float64Column.of(ctx, "y", new double[] {1, 2, 3, 4}));
        assertEquals(List.of("id", "x", "s", "b", "y"), table.concatColumns(other).columnNames());
        assertThrows(DataException.class, () -> table.concatColumns(table.select(List.of("id"))));
    }

    @Test
    void renameSharesTheVector() {
        Float64Column x = (Float64Column) table.column("x");
        Float64Column y = x.rename("y");
        assertEquals("y", y.name());
        assertSame(x.vector(), y.vector());
    }

    @Test
    void toDoubleArrayFollowsPandas() {
        assertArrayEquals(new double[] {1.5, Double.NaN, Double.NaN, 0.0}, table.column("x").toDoubleArray());
        assertArrayEquals(new double[] {1, 0, 1, 0}, table.column("b").toDoubleArray());
        assertArrayEquals(new double[] {10, 20, 30, 40}, table.column("id").toDoubleArray());
        assertThrows(DataException.class, () -> table.column("s").toDoubleArray());
    }

    @Test
    void printingIsDeterministic() {
        String expected = """
                Table[4 rows x 4 columns]
                id     x        s     b
                int64  float64  str   bool
                10     1.5      a     True
                20     nan      null  False
                30     null     ü     True
                40     0.0      d     False
                """;
        assertEquals(expected, table.toString());
        assertEquals(table.toString(), table.take(new int[] {0, 1, 2, 3}).toString());
    }

    @Test
    void contextReleasesEveryVectorOnClose() {
        MemoryContext local = MemoryContext.open();
        Table t = Table.of(Float64Column.of(local, "a", new double[1000]), StringColumn.of(local, "s", new String[] {"x"}).take(new int[1000]));
        t.take(new int[] {1, 2, 3});
        assertTrue(local.allocatedBytes() > 0);
        local.close(); // would throw if any buffer leaked
        assertTrue(local.isClosed());
        assertThrows(IllegalStateException.class, () -> Float64Column.of(local, "b", new double[1]));
    }
}
