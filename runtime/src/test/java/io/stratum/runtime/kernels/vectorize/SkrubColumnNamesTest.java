package io.stratum.runtime.kernels.vectorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.TimestampColumn;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * skrub's {@code pick_column_names} rules (the examples of its docstring, skrub 9fb3ac55 {@code _join_utils.py}), with
 * Stratum's tags derived from the name where skrub draws them at random, and the TableVectorizer's output names when an
 * encoder's output would repeat another column's name.
 */
class SkrubColumnNamesTest {
    private static final String TAG = "__skrub_[0-9a-f]{8}__";

    @Test
    void repeatedAndForbiddenNamesAreTaggedTheFirstOccurrenceIsKept() {
        List<String> picked = SkrubColumnNames.pick(List.of("A", "A", "B"), Set.of());
        assertEquals("A", picked.get(0));
        assertTrue(picked.get(1).matches("A" + TAG), picked.toString());
        assertEquals("B", picked.get(2));
        List<String> forbidden = SkrubColumnNames.pick(List.of("A", "B"), Set.of("A", "B", "C"));
        assertTrue(forbidden.get(0).matches("A" + TAG) && forbidden.get(1).matches("B" + TAG), forbidden.toString());
        // the same name is tagged the same way on every run
        assertEquals(forbidden, SkrubColumnNames.pick(List.of("A", "B"), Set.of("A", "B", "C")));
    }

    @Test
    void aTagMovesToTheEndAndSeveralTagsAreDropped() {
        assertEquals(List.of("A__skrub_750a0b7c__", "B"), SkrubColumnNames.pick(List.of("A__skrub_750a0b7c__", "B"), Set.of()));
        assertEquals(List.of("A_year__skrub_750a0b7c__", "A_month__skrub_750a0b7c__", "B"), SkrubColumnNames.pick(
                List.of("A__skrub_750a0b7c___year", "A__skrub_750a0b7c___month", "B"), Set.of()));
        assertEquals(List.of("concat_A_A"), SkrubColumnNames.pick(List.of("concat_A__skrub_750a0b7c___A__skrub_b1eeb4f7__"),
                Set.of()));
    }

    /**
     * As skrub 9fb3ac55 names them (checked by running skrub on the same frame): the DatetimeEncoder's {@code d_year}
     * and the one-hot {@code weather_rain} are tagged because the frame already has columns of those names, which keep
     * theirs, and every column stays where skrub's steps put it.
     */
    @Test
    void theTableVectorizerTagsAnEncodersOutputThatRepeatsAnotherColumn() {
        try (MemoryContext ctx = MemoryContext.open()) {
            long day = 86_400_000_000L;
            Table t = Table.of(List.of(
                    TimestampColumn.of(ctx, "d", new long[] {0, 40 * day, 400 * day, 800 * day}, new boolean[4]),
                    Float64Column.of(ctx, "d_year", new double[] {1, 2, 3, 4}),
                    StringColumn.of(ctx, "weather", new String[] {"rain", "sun", "rain", "fog"}),
                    Float64Column.of(ctx, "weather_rain", new double[] {5, 6, 7, 8})));
            FittedTableVectorizer tv = TableVectorizerKernel.fit(ctx, t, TableVectorizerParams.DEFAULT);
            List<String> names = tv.transform(ctx, t).columnNames();
            assertEquals(tv.featureNames(), names);
            String expected = "d_year" + TAG + ",d_month,d_day,d_total_seconds,d_year,weather_fog,weather_rain" + TAG
                    + ",weather_sun,weather_rain";
            assertTrue(String.join(",", names).matches(expected), names.toString());
        }
    }
}
