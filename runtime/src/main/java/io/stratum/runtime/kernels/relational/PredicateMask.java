package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.ArrowBuffers;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.kernels.frame.ComparisonOp;
import io.stratum.runtime.kernels.frame.Scalar;
import io.stratum.runtime.kernels.parallel.RowChunks;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A row mask such as {@code (df["delay"] > 10) & (df["distance"] < 1000)} computed in one pass: the comparisons of
 * number columns with constants and the {@code & | ^} combining them are evaluated a chunk of rows at a time straight
 * from the columns' Arrow buffers into the mask's words, with no boolean column per comparison in between (each was a
 * full pass writing an Arrow vector, and {@code &} another pass reading two). pandas' rules: a comparison with a
 * missing value or NaN is False, except {@code !=}, which is True; an int64 column against a float constant compares
 * as float64, as numpy does. Leaves this kernel does not take (strings, datetimes, booleans) make {@link #tryEvaluate}
 * give {@code null}, and the caller evaluates the expression one operator at a time.
 */
public final class PredicateMask {
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private PredicateMask() {
    }

    /** A mask expression: comparisons combined by {@code & | ^}. */
    public sealed interface Predicate {
    }

    /** {@code column op constant}. */
    public record Compare(Column column, ComparisonOp op, Scalar constant) implements Predicate {
        public Compare {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(constant, "constant");
        }
    }

    /** {@code left op right} of two masks. */
    public record Combine(MaskLogic.Op op, Predicate left, Predicate right) implements Predicate {
        public Combine {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /**
     * The mask of {@code predicate}, named as pandas names it (the leftmost comparison's column), or {@code null} when a
     * comparison is not of an int64 or float64 column with an int or float constant, or the columns' lengths differ.
     */
    public static BoolColumn tryEvaluate(MemoryContext ctx, Predicate predicate) {
        List<Compare> leaves = new ArrayList<>();
        leaves(predicate, leaves);
        int n = leaves.getFirst().column().length();
        for (Compare c : leaves) {
            if (c.column().length() != n || !supported(c)) {
                return null;
            }
        }
        Node root = node(predicate);
        long[] words = new long[(n + 63) >>> 6];
        int depth = depth(predicate);
        RowChunks.forEach(n, (chunk, from, to) -> {
            // Scratch words for the right operands, one array per level of the expression, sized for this chunk.
            long[][] scratch = new long[depth][((to - from) + 63) >>> 6];
            root.eval(from, to, words, from >>> 6, scratch, 0);
        });
        return BoolColumn.ofWords(ctx, leaves.getFirst().column().name(), words, n);
    }

    private static void leaves(Predicate p, List<Compare> out) {
        switch (p) {
            case Compare c -> out.add(c);
            case Combine c -> {
                leaves(c.left(), out);
                leaves(c.right(), out);
            }
        }
    }

    private static int depth(Predicate p) {
        return switch (p) {
            case Compare c -> 0;
            case Combine c -> 1 + Math.max(depth(c.left()), depth(c.right()));
        };
    }

    private static boolean supported(Compare c) {
        return takes(c.column(), c.constant());
    }

    /** True when this kernel compares {@code column} with {@code constant}: an int64 or float64 column and a number. */
    public static boolean takes(Column column, Scalar constant) {
        boolean number = constant instanceof Scalar.IntScalar || constant instanceof Scalar.FloatScalar;
        return number && (column instanceof Int64Column || column instanceof Float64Column);
    }

    /** The evaluation tree: each node writes the words of rows {@code [from, to)} (from a multiple of 64). */
    private sealed interface Node {
        void eval(int from, int to, long[] out, int at, long[][] scratch, int level);
    }

    private static Node node(Predicate p) {
        return switch (p) {
            case Combine c -> new CombineNode(c.op(), node(c.left()), node(c.right()));
            case Compare c -> leaf(c);
        };
    }

    private static Node leaf(Compare c) {
        Column column = c.column();
        int n = column.length();
        MemorySegment values = n == 0 ? MemorySegment.NULL : switch (column) {
            case Int64Column l -> ArrowBuffers.segment(l.vector().getDataBuffer(), (long) n * 8);
            case Float64Column f -> ArrowBuffers.segment(f.vector().getDataBuffer(), (long) n * 8);
            default -> throw new IllegalStateException("unsupported column " + column.name());
        };
        // A missing row compares as NaN does: False, except for !=.
        long[] valid = column.nullCount() == 0 ? null : ArrowBuffers.getWords(switch (column) {
            case Int64Column l -> l.vector().getValidityBuffer();
            case Float64Column f -> f.vector().getValidityBuffer();
            default -> throw new IllegalStateException("unsupported column " + column.name());
        }, n);
        boolean missing = c.op() == ComparisonOp.NE;
        if (column instanceof Int64Column && c.constant() instanceof Scalar.IntScalar s) {
            return new LongLeaf(c.op(), values, s.value(), valid, missing);
        }
        double y = c.constant() instanceof Scalar.IntScalar s ? (double) s.value() : ((Scalar.FloatScalar) c.constant()).value();
        return new DoubleLeaf(c.op(), values, column instanceof Int64Column, y, valid, missing);
    }

    private record CombineNode(MaskLogic.Op op, Node left, Node right) implements Node {
        @Override
        public void eval(int from, int to, long[] out, int at, long[][] scratch, int level) {
            left.eval(from, to, out, at, scratch, level + 1);
            long[] r = scratch[level];
            right.eval(from, to, r, 0, scratch, level + 1);
            int words = (to - from + 63) >>> 6;
            switch (op) {
                case AND -> {
                    for (int w = 0; w < words; w++) {
                        out[at + w] &= r[w];
                    }
                }
                case OR -> {
                    for (int w = 0; w < words; w++) {
                        out[at + w] |= r[w];
                    }
                }
                case XOR -> {
                    for (int w = 0; w < words; w++) {
                        out[at + w] ^= r[w];
                    }
                }
            }
        }
    }

    /** Applies the missing rows' answer to words {@code [at, at + words)} of rows starting at {@code from}. */
    private static void applyMissing(long[] valid, boolean missing, int from, int to, long[] out, int at) {
        if (valid == null) {
            return;
        }
        int first = from >>> 6;
        int words = (to - from + 63) >>> 6;
        for (int w = 0; w < words; w++) {
            long v = valid[first + w];
            if (w == words - 1 && (to & 63) != 0) {
                v |= -1L << (to & 63); // rows past the end stay clear below
            }
            out[at + w] = missing ? out[at + w] | ~v : out[at + w] & v;
        }
        if ((to & 63) != 0) {
            out[at + words - 1] &= (1L << (to & 63)) - 1;
        }
    }

    /**
     * An int64 column against an int constant: one loop per operator, the comparison a flag shifted into the word (no
     * branch per row).
     */
    private record LongLeaf(ComparisonOp op, MemorySegment v, long y, long[] valid, boolean missing) implements Node {
        @Override
        public void eval(int from, int to, long[] out, int at, long[][] scratch, int level) {
            switch (op) {
                case EQ -> eq(v, y, from, to, out, at);
                case NE -> ne(v, y, from, to, out, at);
                case LT -> lt(v, y, from, to, out, at);
                case LE -> le(v, y, from, to, out, at);
                case GT -> gt(v, y, from, to, out, at);
                case GE -> ge(v, y, from, to, out, at);
            }
            applyMissing(valid, missing, from, to, out, at);
        }

        private static void eq(MemorySegment v, long y, int from, int to, long[] out, int at) {
            for (int base = from; base < to; base += 64) {
                int end = Math.min(to, base + 64);
                long bits = 0;
                for (int i = base; i < end; i++) {
                    bits |= (v.getAtIndex(LONG, i) == y ? 1L : 0L) << i;
                }
                out[at++] = bits;
            }
        }

        private static void ne(MemorySegment v, long y, int from, int to, long[] out, int at) {
            for (int base = from; base < to; base += 64) {
                int end = Math.min(to, base + 64);
                long bits = 0;
                for (int i = base; i < end; i++) {
                    bits |= (v.getAtIndex(LONG, i) != y ? 1L : 0L) << i;
                }
                out[at++] = bits;
            }
        }

        private static void lt(MemorySegment v, long y, int from, int to, long[] out, int at) {
            for (int base = from; base < to; base += 64) {
                int end = Math.min(to, base + 64);
                long bits = 0;
                for (int i = base; i < end; i++) {
                    bits |= (v.getAtIndex(LONG, i) < y ? 1L : 0L) << i;
                }
                out[at++] = bits;
            }
        }

        private static void le(MemorySegment v, long y, int from, int to, long[] out, int at) {
            for (int base = from; base < to; base += 64) {
                int end = Math.min(to, base + 64);
                long bits = 0;
                for (int i = base; i < end; i++) {
                    bits |= (v.getAtIndex(LONG, i) <= y ? 1L : 0L) << i;
                }
                out[at++] = bits;
            }
        }

        private static void gt(MemorySegment v, long y, int from, int to, long[] out, int at) {
            for (int base = from; base < to; base += 64) {
                int end = Math.min(to, base + 64);
                long bits = 0;
                for (int i = base; i < end; i++) {
                    bits |= (v.getAtIndex(LONG, i) > y ? 1L : 0L) << i;
                }
                out[at++] = bits;
            }
        }

        private static void ge(MemorySegment v, long y, int from, int to, long[] out, int at) {
            for (int base = from; base < to; base += 64) {
                int end = Math.min(to, base + 64);
                long bits = 0;
                for (int i = base; i < end; i++) {
                    bits |= (v.getAtIndex(LONG, i) >= y ? 1L : 0L) << i;
                }
                out[at++] = bits;
            }
        }
    }

    /**
     * A float64 column (or an int64 one read as float64) against a number: Java's comparisons of doubles are IEEE's,
     * so NaN on either side gives False, and True for {@code !=}, as pandas does.
     */
    private record DoubleLeaf(ComparisonOp op, MemorySegment v, boolean ints, double y, long[] valid, boolean missing)
            implements Node {
        @Override
        public void eval(int from, int to, long[] out, int at, long[][] scratch, int level) {
            int w = at;
            for (int base = from; base < to; base += 64) {
                int end = Math.min(to, base + 64);
                long bits = 0;
                for (int i = base; i < end; i++) {
                    double x = ints ? (double) v.getAtIndex(LONG, i) : v.getAtIndex(DOUBLE, i);
                    boolean holds = switch (op) {
                        case EQ -> x == y;
                        case NE -> x != y;
                        case LT -> x < y;
                        case LE -> x <= y;
                        case GT -> x > y;
                        case GE -> x >= y;
                    };
                    bits |= (holds ? 1L : 0L) << i;
                }
                out[w++] = bits;
            }
            applyMissing(valid, missing, from, to, out, at);
        }
    }
}
