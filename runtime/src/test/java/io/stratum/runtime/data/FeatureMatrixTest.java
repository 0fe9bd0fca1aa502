package io.stratum.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureMatrixTest {

    @Test
    void buildsColumnMajorMatrixFromNumericColumns() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = Table.of(Int64Column.of(ctx, "a", new long[] {1, 2, 3}),
                    Float64Column.of(ctx, "b", new double[] {0.5, 1.5, 2.5}),
                    BoolColumn.of(ctx, "c", new boolean[] {true, false, true}));
            FeatureMatrix m = FeatureMatrix.fromTable(t);
            assertEquals(3, m.rows());
            assertEquals(List.of("a", "b", "c"), m.featureNames());
            assertArrayEquals(new double[] {1, 2, 3, 0.5, 1.5, 2.5, 1, 0, 1}, m.toColumnMajorArray());
            assertEquals(1.5, m.get(1, 1));
            FeatureMatrix sub = m.takeRows(new int[] {2, 0});
            assertArrayEquals(new double[] {3, 1, 2.5, 0.5, 1, 1}, sub.toColumnMajorArray());
        }
    }

    @Test
    void refusesNullsNaNAndStringsNamingColumnAndRow() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table withNull = Table.of(Float64Column.of(ctx, "ok", new double[] {1, 2, 3}),
                    Float64Column.of(ctx, "bad", new double[] {1, 2, 3}, new boolean[] {false, true, false}));
            DataException e = assertThrows(DataException.class, () -> FeatureMatrix.fromTable(withNull));
            assertTrue(e.getMessage().contains("'bad'") && e.getMessage().contains("row 1"), e.getMessage());

            Table withNaN = Table.of(Float64Column.of(ctx, "n", new double[] {1, 2, Double.NaN}));
            e = assertThrows(DataException.class, () -> FeatureMatrix.fromTable(withNaN));
            assertTrue(e.getMessage().contains("'n'") && e.getMessage().contains("row 2"), e.getMessage());

            Table withString = Table.of(StringColumn.of(ctx, "city", new String[] {null, "Oslo"}));
            e = assertThrows(DataException.class, () -> FeatureMatrix.fromTable(withString));
            assertTrue(e.getMessage().contains("'city'") && e.getMessage().contains("Oslo"), e.getMessage());
        }
    }

    /** A sparse block in the middle of the column order reads as the dense matrix with those columns in place. */
    @Test
    void sparseBlockBetweenDenseColumnsReadsAsTheDenseMatrix() {
        // Dense a, then block (x, y), then dense b: 3 rows.
        double[] dense = {1, 2, 3, 10, 20, 30};
        CsrMatrix block = new CsrMatrix(3, 2, new int[] {0, 1, 1, 3}, new int[] {1, 0, 1}, new double[] {1, 1, 2});
        FeatureMatrix m = FeatureMatrix.withSparseBlock(3, List.of("a", "b"), dense, 1, List.of("x", "y"), block);
        double[] expected = {1, 2, 3, 0, 0, 1, 1, 0, 2, 10, 20, 30};
        assertEquals(List.of("a", "x", "y", "b"), m.featureNames());
        assertEquals(1, m.blockStart());
        assertArrayEquals(expected, m.toColumnMajorArray());
        double[] r = {1, 10, 100};
        for (int col = 0; col < 4; col++) {
            double dot = 0;
            for (int i = 0; i < 3; i++) {
                assertEquals(expected[col * 3 + i], m.get(i, col), "cell " + i + "," + col);
                dot += r[i] * expected[col * 3 + i];
            }
            assertEquals(dot, m.dotColumn(col, r), "dot of column " + col);
            double[] z = new double[3];
            m.addScaledColumn(col, 2.0, z);
            assertArrayEquals(new double[] {2 * expected[col * 3], 2 * expected[col * 3 + 1], 2 * expected[col * 3 + 2]},
                    z, "scaled column " + col);
            assertEquals(col == 1 || col == 2, m.sparseColumn(col) != null, "column " + col + " sparse");
        }
        assertArrayEquals(new double[] {3, 1, 1, 0, 2, 1, 30, 10}, m.takeRows(new int[] {2, 0}).toColumnMajorArray());
        assertThrows(IllegalArgumentException.class,
                () -> FeatureMatrix.withSparseBlock(3, List.of("a", "b"), dense, 3, List.of("x", "y"), block));
    }

    /** A learner's check names the first non-finite value in the frame's column order, block included. */
    @Test
    void sharedMatrixWithAMiddleBlockNamesTheFirstBadValueInColumnOrder() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = Table.of(Float64Column.of(ctx, "a", new double[] {1, 2}),
                    Float64Column.of(ctx, "b", new double[] {Double.NaN, 2}));
            CsrMatrix bad = new CsrMatrix(2, 1, new int[] {0, 0, 1}, new int[] {0}, new double[] {Double.POSITIVE_INFINITY});
            SharedFeatureMatrix m = SharedFeatureMatrix.of(t, 1, List.of("x"), bad);
            DataException e = assertThrows(DataException.class, () -> m.forLearner(false));
            assertTrue(e.getMessage().contains("column 'x' has an infinite value at row 1"), e.getMessage());
            assertEquals(List.of("a", "x", "b"), m.forLearner(true).featureNames());
            SharedFeatureMatrix after = SharedFeatureMatrix.of(t, 2, List.of("x"), bad);
            e = assertThrows(DataException.class, () -> after.forLearner(false));
            assertTrue(e.getMessage().contains("column 'b' has a missing value (NaN) at row 0"), e.getMessage());
        }
    }
}
