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
}
