package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DictionaryEncoding;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.frame.ColumnArithmetic;
import io.stratum.runtime.kernels.frame.ComparisonOp;
import io.stratum.runtime.kernels.frame.Scalar;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Row masks handled 64 rows at a time: column-versus-constant comparisons written straight into mask words (against
 * the same comparison with the constant broadcast into a column, which takes the general element-wise path),
 * {@code & | ^ ~} on words, and the filter's selection vector from the words, at lengths around word and byte
 * boundaries.
 */
class MaskWordsTest {

    @Test
    void directComparisonsMatchTheElementWisePath() {
        Random random = new Random(3);
        String[] words = {"ATL", "SFO", "", "Zürich", "sfo"};
        try (MemoryContext ctx = MemoryContext.open()) {
            for (int n : new int[] {1, 7, 63, 64, 65, 1000}) {
                long[] longs = new long[n];
                double[] doubles = new double[n];
                String[] strings = new String[n];
                for (int i = 0; i < n; i++) {
                    longs[i] = random.nextInt(21) - 10;
                    doubles[i] = random.nextInt(9) == 0 ? Double.NaN : random.nextInt(21) - 10 + (random.nextBoolean() ? 0.5 : 0);
                    strings[i] = random.nextInt(6) == 0 ? null : words[random.nextInt(words.length)];
                }
                Column ints = Int64Column.of(ctx, "i", longs);
                Column floats = Float64Column.of(ctx, "f", doubles);
                StringColumn text = StringColumn.of(ctx, "s", strings);
                StringColumn coded = DictionaryEncoding.ifLowCardinality(StringColumn.of(ctx, "s", strings));
                for (ComparisonOp op : ComparisonOp.values()) {
                    for (Scalar s : new Scalar[] {new Scalar.IntScalar(3), new Scalar.FloatScalar(-2.5),
                        new Scalar.FloatScalar(Double.NaN)}) {
                        for (Column c : new Column[] {ints, floats}) {
                            assertEquals(values(ColumnArithmetic.compare(ctx, op, c, broadcast(ctx, s, n))),
                                    values(ColumnArithmetic.compare(ctx, op, c, s)), op + " " + c.name() + " " + s);
                        }
                    }
                    Scalar sfo = new Scalar.StringScalar("SFO");
                    if (n >= 8) {
                        assertEquals(true, coded.codes() != null);
                    }
                    assertEquals(values(ColumnArithmetic.compare(ctx, op, text, broadcast(ctx, sfo, n))),
                            values(ColumnArithmetic.compare(ctx, op, coded, sfo)), op + " str");
                }
            }
        }
    }

    @Test
    void maskLogicAndFilterWorkOnWords() {
        Random random = new Random(9);
        try (MemoryContext ctx = MemoryContext.open()) {
            for (int n : new int[] {0, 1, 8, 63, 64, 65, 129, 5000}) {
                boolean[] x = new boolean[n];
                boolean[] y = new boolean[n];
                long[] ids = new long[n];
                for (int i = 0; i < n; i++) {
                    x[i] = random.nextBoolean();
                    y[i] = random.nextInt(3) == 0;
                    ids[i] = i;
                }
                BoolColumn a = BoolColumn.of(ctx, "a", x);
                BoolColumn b = BoolColumn.of(ctx, "b", y);
                boolean[] and = new boolean[n];
                boolean[] or = new boolean[n];
                boolean[] xor = new boolean[n];
                boolean[] not = new boolean[n];
                int kept = 0;
                for (int i = 0; i < n; i++) {
                    and[i] = x[i] & y[i];
                    or[i] = x[i] | y[i];
                    xor[i] = x[i] ^ y[i];
                    not[i] = !x[i];
                    kept += not[i] ? 1 : 0;
                }
                assertArrayEquals(and, MaskLogic.combine(ctx, MaskLogic.Op.AND, a, b).toBooleanArray(), "and " + n);
                assertArrayEquals(or, MaskLogic.combine(ctx, MaskLogic.Op.OR, a, b).toBooleanArray(), "or " + n);
                assertArrayEquals(xor, MaskLogic.combine(ctx, MaskLogic.Op.XOR, a, b).toBooleanArray(), "xor " + n);
                BoolColumn negated = MaskLogic.not(ctx, a);
                assertArrayEquals(not, negated.toBooleanArray(), "not " + n);
                Table t = Table.of(java.util.List.of(Int64Column.of(ctx, "id", ids)));
                Table selected = RowSelection.filter(t, negated);
                assertEquals(kept, selected.rowCount(), "filter " + n);
                int at = 0;
                for (int i = 0; i < n; i++) {
                    if (not[i]) {
                        assertEquals(i, ((Int64Column) selected.column("id")).getLong(at++), "filter row " + i);
                    }
                }
            }
        }
    }

    private static Column broadcast(MemoryContext ctx, Scalar s, int n) {
        return switch (s) {
            case Scalar.IntScalar i -> Int64Column.of(ctx, "c", filled(n, i.value()));
            case Scalar.FloatScalar f -> {
                double[] v = new double[n];
                java.util.Arrays.fill(v, f.value());
                yield Float64Column.of(ctx, "c", v);
            }
            case Scalar.StringScalar t -> {
                String[] v = new String[n];
                java.util.Arrays.fill(v, t.value());
                yield StringColumn.of(ctx, "c", v);
            }
            default -> throw new AssertionError("not generated: " + s);
        };
    }

    private static long[] filled(int n, long value) {
        long[] v = new long[n];
        java.util.Arrays.fill(v, value);
        return v;
    }

    private static java.util.List<Boolean> values(BoolColumn c) {
        java.util.List<Boolean> out = new java.util.ArrayList<>();
        for (int i = 0; i < c.length(); i++) {
            out.add(c.isNull(i) ? null : c.getBoolean(i));
        }
        return out;
    }
}
