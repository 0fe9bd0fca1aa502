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

    /** Over every representable microsecond: too many days for a per-day table, each row computed on its own. */
    @Test
    void chunkedFieldsEqualTheRowByRowFields() {
        assertFieldsEqualRowByRow(-9_200_000_000_000_000L, 9_200_000_000_000_000L, 11);
    }

    /**
     * Within a few years (as real data is), before and after 1970 and across leap days: the fields come from the
     * per-day table, and must be the row-by-row ones too. NaT rows may hold any microseconds.
     */
    @Test
    void fieldsFromThePerDayTableEqualTheRowByRowFields() {
        assertFieldsEqualRowByRow(-86_400_000_000L * 400, 86_400_000_000L * 600, 12);
        assertFieldsEqualRowByRow(1_420_070_400_000_000L, 1_735_689_600_000_000L, 13); // 2015 to 2025
        long lastTableDay = (DatetimeFields.MAX_TABLE_DAYS - 1) * 86_400_000_000L;
        assertFieldsEqualRowByRow(0, lastTableDay + 86_399_999_999L, 14);
    }

    private static void assertFieldsEqualRowByRow(long from, long to, int seed) {
        Random random = new Random(seed);
        int n = 3 * (1 << 16) + 123;
        long[] micros = new long[n];
        boolean[] nat = new boolean[n];
        for (int i = 0; i < n; i++) {
            micros[i] = random.nextLong(from, to);
            nat[i] = random.nextInt(10) == 0;
        }
        micros[0] = from;
        micros[1] = to;
        try (MemoryContext ctx = MemoryContext.open()) {
            for (boolean withNat : new boolean[] {false, true}) {
                TimestampColumn t = TimestampColumn.of(ctx, "t", micros, withNat ? nat : null);
                for (DatetimePart part : DatetimePart.values()) {
                    if (part.ofDuration()) {
                        continue; // components of durations, held to pandas by the timedelta frame-ops cases
                    }
                    Column out = DatetimeFields.field(ctx, t, part);
                    // calendar flags are bool, False at NaT; the other fields int64, float64 with NaN beside a NaT
                    assertEquals(part.isFlag() ? DataType.BOOL : withNat ? DataType.FLOAT64 : DataType.INT64, out.type(),
                            part.pandasName());
                    double[] values = out.toDoubleArray();
                    for (int i = 0; i < n; i++) {
                        double expected = withNat && nat[i] ? (part.isFlag() ? 0.0 : Double.NaN)
                                : DatetimeFields.of(part, micros[i]);
                        assertEquals(expected, values[i], part.pandasName() + " row " + i);
                    }
                }
            }
        }
    }
}
