package io.stratum.runtime.kernels.frame;

import io.stratum.runtime.data.ArrowBuffers;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.PythonOrder;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * {@code column <op> constant}, the comparison that builds row masks, straight from the column's Arrow buffer into
 * mask words: a null-free int64 or float64 column against a number, and a dictionary-encoded string column against
 * a str (compared once per dictionary value, then looked up per row). The general path in {@link ColumnArithmetic}
 * copies the column into an array and goes through a boolean per row; the answers are the same, pandas' rules
 * included (NaN compares false, except {@code !=}).
 */
final class ScalarComparison {
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private ScalarComparison() {
    }

    /** The mask, or {@code null} when this column and constant need the general path. */
    static BoolColumn tryCompare(MemoryContext ctx, ComparisonOp op, Column column, Scalar constant) {
        int n = column.length();
        if (n == 0) {
            return null;
        }
        boolean missingResult = op == ComparisonOp.NE;
        return switch (column) {
            case Int64Column c when c.nullCount() == 0 && constant instanceof Scalar.IntScalar s -> {
                MemorySegment v = ArrowBuffers.segment(c.vector().getDataBuffer(), (long) n * 8);
                yield BoolColumn.ofWords(ctx, c.name(), longs(op, v, n, s.value()), n);
            }
            case Int64Column c when c.nullCount() == 0 && constant instanceof Scalar.FloatScalar s -> {
                MemorySegment v = ArrowBuffers.segment(c.vector().getDataBuffer(), (long) n * 8);
                yield BoolColumn.ofWords(ctx, c.name(), doubles(op, n, i -> (double) v.getAtIndex(LONG, i), s.value(),
                        missingResult), n);
            }
            case Float64Column c when c.nullCount() == 0 && number(constant) -> {
                MemorySegment v = ArrowBuffers.segment(c.vector().getDataBuffer(), (long) n * 8);
                yield BoolColumn.ofWords(ctx, c.name(), doubles(op, n, i -> v.getAtIndex(DOUBLE, i), value(constant),
                        missingResult), n);
            }
            case StringColumn c when c.codes() != null && constant instanceof Scalar.StringScalar s -> {
                StringCodes codes = c.codes();
                boolean[] holds = new boolean[codes.values().length];
                for (int v = 0; v < holds.length; v++) {
                    holds[v] = op.holds(PythonOrder.compareStrings(codes.values()[v], s.value()));
                }
                int[] code = codes.codes();
                long[] words = new long[(n + 63) >>> 6];
                for (int i = 0; i < n; i++) {
                    if (code[i] < 0 ? missingResult : holds[code[i]]) {
                        words[i >>> 6] |= 1L << i;
                    }
                }
                yield BoolColumn.ofWords(ctx, c.name(), words, n);
            }
            default -> null;
        };
    }

    /**
     * The mask words of {@code v[i] op y}, 64 rows per word, one loop per operator: the comparison becomes a flag
     * shifted into the word, with no branch per row (a call to the operator per row cost 3x the loop).
     */
    private static long[] longs(ComparisonOp op, MemorySegment v, int n, long y) {
        long[] words = new long[(n + 63) >>> 6];
        for (int w = 0; w < words.length; w++) {
            int from = w << 6;
            int to = Math.min(n, from + 64);
            long bits = 0;
            switch (op) {
                case EQ -> {
                    for (int i = from; i < to; i++) {
                        bits |= (v.getAtIndex(LONG, i) == y ? 1L : 0L) << i;
                    }
                }
                case NE -> {
                    for (int i = from; i < to; i++) {
                        bits |= (v.getAtIndex(LONG, i) != y ? 1L : 0L) << i;
                    }
                }
                case LT -> {
                    for (int i = from; i < to; i++) {
                        bits |= (v.getAtIndex(LONG, i) < y ? 1L : 0L) << i;
                    }
                }
                case LE -> {
                    for (int i = from; i < to; i++) {
                        bits |= (v.getAtIndex(LONG, i) <= y ? 1L : 0L) << i;
                    }
                }
                case GT -> {
                    for (int i = from; i < to; i++) {
                        bits |= (v.getAtIndex(LONG, i) > y ? 1L : 0L) << i;
                    }
                }
                case GE -> {
                    for (int i = from; i < to; i++) {
                        bits |= (v.getAtIndex(LONG, i) >= y ? 1L : 0L) << i;
                    }
                }
            }
            words[w] = bits;
        }
        return words;
    }

    private interface Values {
        double at(int row);
    }

    private static long[] doubles(ComparisonOp op, int n, Values x, double y, boolean missingResult) {
        long[] words = new long[(n + 63) >>> 6];
        for (int i = 0; i < n; i++) {
            double v = x.at(i);
            boolean holds = (Double.isNaN(v) || Double.isNaN(y)) ? missingResult : op.holds(v < y ? -1 : (v > y ? 1 : 0));
            if (holds) {
                words[i >>> 6] |= 1L << i;
            }
        }
        return words;
    }

    private static boolean number(Scalar s) {
        return s instanceof Scalar.IntScalar || s instanceof Scalar.FloatScalar;
    }

    private static double value(Scalar s) {
        return s instanceof Scalar.IntScalar i ? (double) i.value() : ((Scalar.FloatScalar) s).value();
    }
}
