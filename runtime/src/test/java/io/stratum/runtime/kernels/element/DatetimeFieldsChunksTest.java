package io.stratum.runtime.kernels.element;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.ir.logical.DatetimePart;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.TimestampColumn;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The {@code .dt} fields of a column spanning several parallel row chunks equal the row-by-row field (which
 * ElementKernelsTest holds to pandas), with and without NaT, on dates from 1677 to 2262.
 */
class DatetimeFieldsChunksTest {

    @Test
    void chunkedFieldsEqualTheRowByRowFields() {
        Random random = new Random(11);
        int n = 3 * (1 << 16) + 123;
        long[] micros = new long[n];
        boolean[] nat = new boolean[n];
        for (int i = 0; i < n; i++) {
            micros[i] = random.nextLong(-9_200_000_000_000_000L, 9_200_000_000_000_000L);
            nat[i] = random.nextInt(10) == 0;
        }
        try (MemoryContext ctx = MemoryContext.open()) {
            for (boolean withNat : new boolean[] {false, true}) {
                TimestampColumn t = TimestampColumn.of(ctx, "t", micros, withNat ? nat : null);
                for (DatetimePart part : DatetimePart.values()) {
                    Column out = DatetimeFields.field(ctx, t, part);
                    assertEquals(withNat ? DataType.FLOAT64 : DataType.INT64, out.type(), part.pandasName());
                    double[] values = out.toDoubleArray();
                    for (int i = 0; i < n; i++) {
                        double expected = withNat && nat[i] ? Double.NaN : DatetimeFields.of(part, micros[i]);
                        assertEquals(expected, values[i], part.pandasName() + " row " + i);
                    }
                }
            }
        }
    }
}
