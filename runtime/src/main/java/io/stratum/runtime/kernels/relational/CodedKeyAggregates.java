package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.ArrowBuffers;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.PythonOrder;
import io.stratum.runtime.data.StringCodes;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * {@link GroupBy} on one dictionary-encoded key when every aggregation is a size, or a count, sum, mean, min or max
 * read in row order from an int64 or float64 column without nulls (min and max of int64 only): each reduction keeps
 * one accumulator per dictionary value, indexed by the row's code, and reads its input straight from the Arrow
 * buffer. The general path first writes every row's group number (a 4-byte array per row) and copies each input
 * column into a Java array; on the flights frame those were 60 MB of fresh heap per group-by, whose first touch
 * (page faults, while the heap grows and shrinks) cost more than the reductions. The arithmetic is the general
 * path's, value by value in row order (Kahan sums, the first of equal extremes), so the results are the same bits;
 * only the accumulators' index differs, and they are put in group order at the end. Missing keys are dropped
 * (pandas' {@code dropna=True}).
 */
final class CodedKeyAggregates {
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private CodedKeyAggregates() {
    }

    /** True when {@link #reduce} can compute {@code agg} over {@code input} (null for size). */
    static boolean handles(GroupBy.Aggregation agg, Column input) {
        return switch (agg.function()) {
            case SIZE -> true;
            case COUNT, SUM, MEAN -> (input instanceof Int64Column || input instanceof Float64Column)
                    && input.nullCount() == 0;
            case MIN, MAX -> input instanceof Int64Column && input.nullCount() == 0;
            default -> false;
        };
    }

    /** The groups of one coded key: per dictionary value its group (-1 for none), and per group its first row. */
    record Groups(StringCodes codes, int[] groupOfValue, int[] firstRow, long[] sizes) {
        int count() {
            return firstRow.length;
        }
    }

    /** The non-missing keys' groups, in sorted key order or in order of first appearance. */
    static Groups groups(StringCodes codes, boolean sort) {
        int[] c = codes.codes();
        String[] values = codes.values();
        long[] perValue = new long[values.length];
        int[] first = new int[values.length];
        for (int to = c.length; to > 0; to -= CHUNK) {
            countAndFirstRows(c, Math.max(0, to - CHUNK), to, perValue, first);
        }
        int groups = 0;
        for (long n : perValue) {
            if (n > 0) {
                groups++;
            }
        }
        int[] order = new int[groups];
        for (int v = 0, g = 0; v < values.length; v++) {
            if (perValue[v] > 0) {
                order[g++] = v;
            }
        }
        // Values listed in code order, which is often already the order asked for (codes number the values in order
        // of first appearance, and rows such as time stamps often arrive sorted): checked in one pass before sorting.
        if (sort) {
            if (!ascending(order, (a, b) -> PythonOrder.compareStrings(values[a], values[b]))) {
                RowSort.sort(order, (a, b) -> PythonOrder.compareStrings(values[a], values[b]));
            }
        } else if (!ascending(order, (a, b) -> Integer.compare(first[a], first[b]))) {
            RowSort.sort(order, (a, b) -> Integer.compare(first[a], first[b]));
        }
        int[] groupOfValue = new int[values.length];
        Arrays.fill(groupOfValue, -1);
        int[] firstRow = new int[groups];
        long[] sizes = new long[groups];
        for (int g = 0; g < groups; g++) {
            groupOfValue[order[g]] = g;
            firstRow[g] = first[order[g]];
            sizes[g] = perValue[order[g]];
        }
        return new Groups(codes, groupOfValue, firstRow, sizes);
    }

    /** Counts the rows {@code [from, to)} per value and notes each value's first row, scanning backwards. */
    private static void countAndFirstRows(int[] c, int from, int to, long[] perValue, int[] first) {
        for (int i = to - 1; i >= from; i--) {
            int code = c[i];
            if (code >= 0) {
                perValue[code]++;
                first[code] = i;
            }
        }
    }

    /** True when {@code order} is strictly ascending under {@code cmp}. */
    static boolean ascending(int[] order, RowSort.RowComparator cmp) {
        for (int k = 1; k < order.length; k++) {
            if (cmp.compare(order[k - 1], order[k]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** One aggregation's column, in group order. */
    static Column reduce(MemoryContext ctx, GroupBy.Aggregation agg, Column input, Groups g) {
        String name = agg.output();
        if (agg.function() == AggregateFunction.SIZE
                || agg.function() == AggregateFunction.COUNT && !(input instanceof Float64Column)) {
            return Int64Column.of(ctx, name, g.sizes().clone());
        }
        PerValue v = perValue(agg, input, g.codes());
        return v.longs() != null ? Int64Column.of(ctx, name, inGroupOrder(v.longs(), g))
                : Float64Column.of(ctx, name, inGroupOrder(v.doubles(), g));
    }

    /** An aggregation's value for each dictionary value (in code order): int64 results as longs, float64 as doubles. */
    record PerValue(long[] longs, double[] doubles) {
    }

    /**
     * {@code agg} of {@code input} (null for size) for each dictionary value of {@code codes}, a value no row holds
     * getting an empty group's result (0, or NaN for a mean); the rows are read once, in row order.
     */
    static PerValue perValue(GroupBy.Aggregation agg, Column input, StringCodes codes) {
        int[] c = codes.codes();
        int k = codes.values().length;
        return switch (agg.function()) {
            case SIZE -> new PerValue(count(c, k), null);
            case COUNT -> new PerValue(input instanceof Float64Column f ? countNonNan(c, k, f) : count(c, k), null);
            case SUM -> input instanceof Int64Column l ? new PerValue(longSum(c, k, l), null)
                    : new PerValue(null, kahan(c, k, input, false));
            case MEAN -> new PerValue(null, kahan(c, k, input, true));
            case MIN, MAX -> new PerValue(extreme(c, k, (Int64Column) input, agg.function() == AggregateFunction.MAX),
                    null);
            default -> throw new IllegalArgumentException(agg.function() + " is not reduced here");
        };
    }

    // Each reduction's row loop is a small method called once per chunk of rows, in order: the JIT compiles such a
    // method whole after a few calls, where a loop over millions of rows inside a larger method is compiled on the
    // stack (OSR) first, then again as a method, with the callers' code inlined around it.
    private static final int CHUNK = 1 << 16;

    private static MemorySegment longs(Int64Column c) {
        return ArrowBuffers.segment(c.vector().getDataBuffer(), 8L * c.length());
    }

    private static MemorySegment doubles(Float64Column c) {
        return ArrowBuffers.segment(c.vector().getDataBuffer(), 8L * c.length());
    }

    /** Per-value results put in group order. */
    private static double[] inGroupOrder(double[] perValue, Groups g) {
        double[] out = new double[g.count()];
        for (int v = 0; v < perValue.length; v++) {
            if (g.groupOfValue()[v] >= 0) {
                out[g.groupOfValue()[v]] = perValue[v];
            }
        }
        return out;
    }

    private static long[] inGroupOrder(long[] perValue, Groups g) {
        long[] out = new long[g.count()];
        for (int v = 0; v < perValue.length; v++) {
            if (g.groupOfValue()[v] >= 0) {
                out[g.groupOfValue()[v]] = perValue[v];
            }
        }
        return out;
    }

    private static long[] count(int[] c, int k) {
        long[] count = new long[k];
        for (int from = 0; from < c.length; from += CHUNK) {
            countRows(c, from, Math.min(c.length, from + CHUNK), count);
        }
        return count;
    }

    private static void countRows(int[] c, int from, int to, long[] count) {
        for (int r = from; r < to; r++) {
            int v = c[r];
            if (v >= 0) {
                count[v]++;
            }
        }
    }

    private static long[] countNonNan(int[] c, int k, Float64Column f) {
        MemorySegment x = doubles(f);
        long[] count = new long[k];
        for (int from = 0; from < c.length; from += CHUNK) {
            countNonNanRows(c, x, from, Math.min(c.length, from + CHUNK), count);
        }
        return count;
    }

    private static void countNonNanRows(int[] c, MemorySegment x, int from, int to, long[] count) {
        for (int r = from; r < to; r++) {
            int v = c[r];
            if (v >= 0 && !Double.isNaN(x.getAtIndex(DOUBLE, r))) {
                count[v]++;
            }
        }
    }

    private static long[] longSum(int[] c, int k, Int64Column l) {
        MemorySegment x = longs(l);
        long[] sum = new long[k];
        for (int from = 0; from < c.length; from += CHUNK) {
            longSumRows(c, x, from, Math.min(c.length, from + CHUNK), sum);
        }
        return sum;
    }

    private static void longSumRows(int[] c, MemorySegment x, int from, int to, long[] sum) {
        for (int r = from; r < to; r++) {
            int v = c[r];
            if (v >= 0) {
                sum[v] += x.getAtIndex(LONG, r);
            }
        }
    }

    /** {@link GroupBy}'s Kahan sum or mean (pandas' group_sum/group_mean), NaN skipped; an empty mean is NaN. */
    private static double[] kahan(int[] c, int k, Column input, boolean mean) {
        double[] sum = new double[k];
        double[] compensation = new double[k];
        long[] count = new long[k];
        boolean ints = input instanceof Int64Column;
        MemorySegment x = ints ? longs((Int64Column) input) : doubles((Float64Column) input);
        for (int from = 0; from < c.length; from += CHUNK) {
            int to = Math.min(c.length, from + CHUNK);
            if (ints) {
                kahanLongRows(c, x, from, to, sum, compensation, count);
            } else {
                kahanDoubleRows(c, x, from, to, sum, compensation, count);
            }
        }
        if (mean) {
            for (int i = 0; i < k; i++) {
                sum[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
            }
        }
        return sum;
    }

    private static void kahanLongRows(int[] c, MemorySegment x, int from, int to, double[] sum, double[] compensation,
                                      long[] count) {
        for (int r = from; r < to; r++) {
            int i = c[r];
            if (i >= 0) {
                double y = (double) x.getAtIndex(LONG, r) - compensation[i];
                double t = sum[i] + y;
                double d = t - sum[i] - y;
                compensation[i] = Double.isNaN(d) ? 0 : d;
                sum[i] = t;
                count[i]++;
            }
        }
    }

    private static void kahanDoubleRows(int[] c, MemorySegment x, int from, int to, double[] sum,
                                        double[] compensation, long[] count) {
        for (int r = from; r < to; r++) {
            int i = c[r];
            if (i < 0) {
                continue;
            }
            double value = x.getAtIndex(DOUBLE, r);
            if (Double.isNaN(value)) {
                continue;
            }
            count[i]++;
            double y = value - compensation[i];
            double t = sum[i] + y;
            double d = t - sum[i] - y;
            compensation[i] = Double.isNaN(d) ? 0 : d;
            sum[i] = t;
        }
    }

    /** The largest (or smallest) value of each dictionary value's rows. */
    private static long[] extreme(int[] c, int k, Int64Column l, boolean max) {
        MemorySegment x = longs(l);
        long[] best = new long[k];
        Arrays.fill(best, max ? Long.MIN_VALUE : Long.MAX_VALUE);
        for (int from = 0; from < c.length; from += CHUNK) {
            extremeRows(c, x, from, Math.min(c.length, from + CHUNK), best, max);
        }
        return best;
    }

    private static void extremeRows(int[] c, MemorySegment x, int from, int to, long[] best, boolean max) {
        for (int r = from; r < to; r++) {
            int i = c[r];
            if (i >= 0) {
                long value = x.getAtIndex(LONG, r);
                best[i] = max ? Math.max(best[i], value) : Math.min(best[i], value);
            }
        }
    }

    /** Whether every aggregation is one {@link #reduce} computes, over the table's columns. */
    static boolean handlesAll(List<GroupBy.Aggregation> aggregations, java.util.function.Function<String, Column> column) {
        for (GroupBy.Aggregation a : aggregations) {
            if (a.function() != AggregateFunction.SIZE && !handles(a, column.apply(a.column()))) {
                return false;
            }
        }
        return true;
    }
}
