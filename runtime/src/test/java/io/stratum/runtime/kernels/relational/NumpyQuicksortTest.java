package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.reference.Reference;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link NumpyQuicksort} against numpy 2's {@code np.argsort(kind="quicksort")} of datetime64, bool, int8 and int16
 * keys with many ties (runtime/reference/make_sort_reference.py): the same permutation, equal keys included.
 */
class NumpyQuicksortTest {

    @Test
    void ordersEqualKeysAsNumpyDoes() {
        List<Map<String, String>> cases = Reference.rows("sort_numpy_quicksort.csv");
        assertTrue(cases.size() > 100, "rerun make_sort_reference.py");
        int unstable = 0;
        for (Map<String, String> c : cases) {
            long[] keys = Arrays.stream(c.get("keys").split(" ")).mapToLong(Long::parseLong).toArray();
            int[] expected = Arrays.stream(c.get("argsort").split(" ")).mapToInt(Integer::parseInt).toArray();
            int[] got = NumpyQuicksort.argsort(keys);
            assertArrayEquals(expected, got, c.get("case") + " " + c.get("dtype"));
            int[] stable = java.util.stream.IntStream.range(0, keys.length).boxed()
                    .sorted((a, b) -> Long.compare(keys[a], keys[b])).mapToInt(Integer::intValue).toArray();
            unstable += Arrays.equals(stable, expected) ? 0 : 1;
        }
        assertTrue(unstable > 40, "the cases must hold ties numpy orders otherwise than a stable sort: " + unstable);
    }

    @Test
    void sortValuesOfADatetimeKeyTakesNumpysOrder() {
        try (MemoryContext ctx = MemoryContext.open()) {
            for (Map<String, String> c : Reference.rows("sort_numpy_quicksort.csv")) {
                if (!c.get("dtype").startsWith("datetime")) {
                    continue;
                }
                long[] keys = Arrays.stream(c.get("keys").split(" ")).mapToLong(Long::parseLong).toArray();
                long[] ids = java.util.stream.LongStream.range(0, keys.length).toArray();
                Table t = Table.of(List.of(TimestampColumn.of(ctx, "w", keys, null, DatetimeUnit.S),
                        Int64Column.of(ctx, "i", ids)));
                Table sorted = SortValues.sort(t, List.of("w"), List.of(true), "quicksort");
                long[] expected = Arrays.stream(c.get("argsort").split(" ")).mapToLong(Long::parseLong).toArray();
                long[] got = new long[keys.length];
                for (int i = 0; i < got.length; i++) {
                    got[i] = ((Int64Column) sorted.column("i")).getLong(i);
                }
                assertArrayEquals(expected, got, c.get("case"));
            }
        }
    }
}
