package io.stratum.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One layout serves learners that take missing values and learners that refuse them, each refusing as before. */
class SharedFeatureMatrixTest {

    @Test
    void oneLayoutServesBothKindsOfLearner() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = Table.of(Float64Column.of(ctx, "a", new double[] {1, 2, 3}),
                    Float64Column.of(ctx, "b", new double[] {1, 2, 3}, new boolean[] {false, true, false}),
                    Float64Column.of(ctx, "c", new double[] {Double.POSITIVE_INFINITY, 0, 1}));
            SharedFeatureMatrix shared = SharedFeatureMatrix.of(t);
            FeatureMatrix lenient = shared.forLearner(true);
            assertArrayEquals(new double[] {1, 2, 3, 1, Double.NaN, 3, Double.POSITIVE_INFINITY, 0, 1},
                    lenient.toColumnMajorArray(), "nulls become NaN, infinities are kept");
            assertSame(lenient, shared.forLearner(true), "not copied per learner");
            DataException e = assertThrows(DataException.class, () -> shared.forLearner(false));
            assertEquals("column 'b' has a missing value (NaN) at row 1 (0-based), and the learner does not accept"
                    + " missing values; impute or drop them first", e.getMessage());
            assertEquals(3 * 3 * 8, shared.bytes());
        }
    }

    @Test
    void theEarlierOfAStringColumnAndAMissingValueIsNamedAsAColumnByColumnCheckWould() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table nanFirst = Table.of(Float64Column.of(ctx, "n", new double[] {1, Double.NaN}),
                    StringColumn.of(ctx, "s", new String[] {"x", "y"}));
            SharedFeatureMatrix shared = SharedFeatureMatrix.of(nanFirst);
            assertTrue(assertThrows(DataException.class, () -> shared.forLearner(false)).getMessage()
                    .startsWith("column 'n' has a missing value (NaN) at row 1"));
            assertTrue(assertThrows(DataException.class, () -> shared.forLearner(true)).getMessage()
                    .startsWith("column 's' holds strings (first value 'x')"), "a learner taking NaN still refuses text");

            Table stringFirst = Table.of(StringColumn.of(ctx, "s", new String[] {"x", "y"}),
                    Float64Column.of(ctx, "n", new double[] {1, Double.NaN}));
            SharedFeatureMatrix other = SharedFeatureMatrix.of(stringFirst);
            assertTrue(assertThrows(DataException.class, () -> other.forLearner(false)).getMessage()
                    .startsWith("column 's' holds strings"));
            assertEquals(2, other.rows());
            assertEquals(2, other.columns());
        }
    }
}
