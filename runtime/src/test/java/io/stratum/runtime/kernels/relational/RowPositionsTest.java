package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stratum.ir.value.RowPositions;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rows by position against pandas: slices with any step ({@code df[a:b:c]}), {@code .iloc} with a list of positions
 * (out-of-range ones refused as pandas refuses them) and skrub's random subsample (pandas' {@code sample} with skrub's
 * seed); fixture {@code row_positions.csv} from {@code runtime/reference/make_row_positions_reference.py}.
 */
class RowPositionsTest {

    @Test
    void picksTheRowsPandasPicks() {
        try (MemoryContext ctx = MemoryContext.open()) {
            check(ctx);
        }
    }

    private static void check(MemoryContext ctx) {
        List<Map<String, String>> cases = Reference.rows("row_positions.csv");
        assertEquals(112, cases.size());
        for (Map<String, String> c : cases) {
            int length = Integer.parseInt(c.get("length"));
            RowPositions positions = positions(c.get("kind"), c.get("spec"));
            long[] rows = new long[length];
            for (int i = 0; i < length; i++) {
                rows[i] = i;
            }
            Table table = Table.of(Int64Column.of(ctx, "row", rows));
            String what = length + " rows, " + c.get("kind") + " " + c.get("spec");
            if (c.get("status").startsWith("IndexError")) {
                IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                        () -> RowSelection.take(table, positions), what);
                assertEquals(true, e.getMessage().startsWith("positional indexers are out-of-bounds"), e.getMessage());
                continue;
            }
            Table out = RowSelection.take(table, positions);
            int[] expected = c.get("rows").isEmpty() ? new int[0] : Reference.ints(c.get("rows"));
            assertArrayEquals(expected, ints((Int64Column) out.column(0)), what);
            if (length > 0) {
                assertEquals(expected.length, positions.count(length), what + " (count)");
            }
        }
    }

    @Test
    void aZeroStepIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RowPositions.Slice(null, null, 0));
    }

    private static RowPositions positions(String kind, String spec) {
        return switch (kind) {
            case "slice" -> {
                String[] p = spec.split(",", -1);
                yield new RowPositions.Slice(bound(p[0]), bound(p[1]), p[2].isEmpty() ? 1 : Long.parseLong(p[2]));
            }
            case "positions" -> {
                List<Long> out = new ArrayList<>();
                for (String s : spec.isEmpty() ? new String[0] : spec.split(" ")) {
                    out.add(Long.parseLong(s));
                }
                yield new RowPositions.Positions(out);
            }
            default -> {
                String[] p = spec.split(" ");
                yield new RowPositions.Sample(Long.parseLong(p[0]), Long.parseLong(p[1]));
            }
        };
    }

    private static Long bound(String s) {
        return s.isEmpty() ? null : Long.parseLong(s);
    }

    private static int[] ints(Int64Column c) {
        int[] out = new int[c.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) c.getLong(i);
        }
        return out;
    }
}
