package io.stratum.runtime.kernels.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.reference.Reference;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * skrub's SquashingScaler against skrub itself (runtime/reference/make_skrub_reference.py) on a committed frame that
 * has a column for each of its rules (robust with NaN and infinities, min-max, constant) plus integers and booleans:
 * every output within 1e-9 relative, column names and order exact.
 */
class SquashingScalerTest {

    private static SquashingScalerKernel.Fitted fit(String name, Table train) {
        return switch (name) {
            case "SquashingScaler()" -> SquashingScalerKernel.fit(train, 3.0, 25.0, 75.0);
            case "SquashingScaler(max_absolute_value=1.5, quantile_range=(10.0, 90.0))" ->
                    SquashingScalerKernel.fit(train, 1.5, 10.0, 90.0);
            case "SquashingScaler(quantile_range=(40, 60))" -> SquashingScalerKernel.fit(train, 3.0, 40, 60);
            default -> throw new AssertionError("no case " + name);
        };
    }

    @Test
    void matchesSkrub() {
        int checked = 0;
        try (MemoryContext ctx = MemoryContext.open()) {
            Table all = CsvReader.read(ctx, Reference.input("skrub_squash.csv"));
            Table train = all.take(IntStream.range(0, 40).toArray());
            Table test = all.take(IntStream.range(40, all.rowCount()).toArray());
            String current = null;
            Table[] out = null;
            for (Map<String, String> r : Reference.rows("skrub_squashing_scaler.csv")) {
                String name = r.get("case");
                if (!name.equals(current)) {
                    current = name;
                    SquashingScalerKernel.Fitted fitted = fit(name, train);
                    out = new Table[] {fitted.transform(ctx, train), fitted.transform(ctx, test)};
                }
                if (r.get("split").equals("columns")) {
                    assertEquals(Arrays.asList(r.get("values").split(" \\| ")), out[0].columnNames(), name);
                    continue;
                }
                Table t = out[r.get("split").equals("train") ? 0 : 1];
                int row = Integer.parseInt(r.get("row"));
                double[] expected = Reference.numbers(r.get("values"));
                assertEquals(expected.length, t.columnCount(), name);
                for (int j = 0; j < expected.length; j++) {
                    Reference.assertClose(expected[j], t.column(j).toDoubleArray()[row],
                            name + " " + r.get("split") + " row " + row + " column " + t.column(j).name());
                }
                checked++;
            }
        }
        assertTrue(checked >= 180, "rows checked: " + checked);
    }

    @Test
    void rulesAreTheOnesSkrubPicks() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table all = CsvReader.read(ctx, Reference.input("skrub_squash.csv"));
            SquashingScalerKernel.Fitted f = SquashingScalerKernel.fit(all.take(IntStream.range(0, 40).toArray()),
                    3.0, 25.0, 75.0);
            // wide, spiky, constant, counts, flag: the fixture covers each rule.
            assertEquals(Arrays.asList(SquashingScalerKernel.Rule.ROBUST, SquashingScalerKernel.Rule.MIN_MAX,
                    SquashingScalerKernel.Rule.ZERO, SquashingScalerKernel.Rule.ROBUST,
                    SquashingScalerKernel.Rule.ROBUST), Arrays.asList(f.rules()));
            Table out = f.transform(ctx, all);
            double[] wide = out.column("wide").toDoubleArray();
            assertEquals(3.0, wide[5]);
            assertEquals(-3.0, wide[40]);
            assertTrue(Double.isNaN(wide[3]));
            assertTrue(Double.isNaN(out.column("constant").toDoubleArray()[8]));
        }
    }

    @Test
    void badParametersAreRefused() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table all = CsvReader.read(ctx, Reference.input("skrub_squash.csv"));
            DataException e = assertThrows(DataException.class, () -> SquashingScalerKernel.fit(all, 0.0, 25, 75));
            assertTrue(e.getMessage().contains("max_absolute_value"), e.getMessage());
            assertThrows(DataException.class, () -> SquashingScalerKernel.fit(all, 3.0, 75, 25));
            Table text = CsvReader.read(ctx, Reference.input("skrub_small_train.csv")).select(java.util.List.of("title"));
            DataException s = assertThrows(DataException.class, () -> SquashingScalerKernel.fit(text, 3.0, 25, 75));
            assertTrue(s.getMessage().contains("'title'"), s.getMessage());
        }
    }
}
