package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.kernels.frame.Reductions;
import org.junit.jupiter.api.Test;

/**
 * pandas' {@code Series.mode()}: every most frequent present value once (the first row holding it), in the values'
 * order; ties all kept, missing values never counted, 0.0 and -0.0 one value, text in Python's code point order.
 */
class ModeRowsTest {
    @Test
    void tiesAreAllKeptInTheValuesOrderAndMissingValuesAreNotCounted() {
        try (MemoryContext ctx = MemoryContext.open()) {
            double nan = Double.NaN;
            Float64Column x = Float64Column.of(ctx, "x", new double[] {3.0, nan, nan, nan, -0.0, 1.0, 3.0, 0.0},
                    new boolean[] {false, true, true, true, false, false, false, false});
            // 3.0 twice (rows 0, 6), 0.0 twice (rows 4, 7: -0.0 and 0.0), 1.0 once; NaN three times but missing
            assertArrayEquals(new int[] {4, 0}, Reductions.modeRows(x));
            Float64Column none = Float64Column.of(ctx, "x", new double[] {nan}, new boolean[] {true});
            assertArrayEquals(new int[0], Reductions.modeRows(none));
        }
    }

    @Test
    void textIsInPythonsOrder() {
        try (MemoryContext ctx = MemoryContext.open()) {
            // Python orders by code point: 'Z' (U+005A) < 'a' < '\u00e9'; a locale would put 'a' first
            StringColumn s = StringColumn.of(ctx, "s", new String[] {"\u00e9", "a", "Z", null, null, "a", "Z", "\u00e9"});
            assertArrayEquals(new int[] {2, 1, 0}, Reductions.modeRows(s));
        }
    }

    @Test
    void otherTypesAreRefused() {
        try (MemoryContext ctx = MemoryContext.open()) {
            TimestampColumn t = TimestampColumn.of(ctx, "d", new long[] {0L, 0L}, null);
            DataException e = assertThrows(DataException.class, () -> Reductions.modeRows(t));
            assertTrue(e.getMessage().contains("mode() of the"), e.getMessage());
        }
    }
}
