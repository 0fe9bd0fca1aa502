package io.stratum.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Columns built and read through the bulk buffer copies agree with Arrow's own per-value accessors. */
class ArrowBuffersTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 9, 63, 64, 65, 1000})
    void bulkBuiltColumnsReadBackThroughArrow(int n) {
        SplittableRandom rnd = new SplittableRandom(n);
        try (MemoryContext ctx = MemoryContext.open()) {
            double[] d = new double[n];
            long[] l = new long[n];
            boolean[] b = new boolean[n];
            boolean[] nulls = new boolean[n];
            int nullCount = 0;
            for (int i = 0; i < n; i++) {
                d[i] = rnd.nextDouble() - 0.5;
                l[i] = rnd.nextLong();
                b[i] = rnd.nextBoolean();
                nulls[i] = rnd.nextInt(3) == 0;
                nullCount += nulls[i] ? 1 : 0;
            }
            Float64Column f = Float64Column.of(ctx, "f", d, nulls);
            Int64Column i64 = Int64Column.of(ctx, "i", l, nulls);
            BoolColumn bools = BoolColumn.of(ctx, "b", b, nulls);
            TimestampColumn t = TimestampColumn.of(ctx, "t", l, nulls);
            assertEquals(nullCount, f.nullCount());
            assertEquals(nullCount, i64.nullCount());
            assertEquals(nullCount, bools.nullCount());
            assertEquals(nullCount, t.nullCount());
            for (int i = 0; i < n; i++) {
                assertEquals(nulls[i], f.vector().isNull(i));
                assertEquals(nulls[i] ? Double.NaN : d[i], f.getDouble(i));
                assertEquals(nulls[i] ? 0L : l[i], i64.getLong(i));
                assertEquals(!nulls[i] && b[i], bools.getBoolean(i));
                assertEquals(nulls[i], t.isNull(i));
            }
            assertArrayEquals(n == 0 || nullCount == 0 ? null : nulls, f.nullFlags());
            assertArrayEquals(f.toDoubleArray(), java.util.stream.IntStream.range(0, n).mapToDouble(f::getDouble).toArray());
            Int64Column dense = Int64Column.of(ctx, "dense", l);
            assertNull(dense.nullFlags());
            assertArrayEquals(l, dense.toLongArray());
            String[] s = new String[n];
            for (int i = 0; i < n; i++) {
                s[i] = nulls[i] ? null : "v" + i + (i % 3 == 0 ? "é" : "");
            }
            StringColumn sc = StringColumn.of(ctx, "s", s);
            for (int i = 0; i < n; i++) {
                assertEquals(s[i], sc.getString(i));
            }
        }
    }
}
