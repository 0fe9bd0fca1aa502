package io.stratum.runtime.kernels.window;

import io.stratum.runtime.data.ArrowBuffers;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;

/**
 * pandas' window methods of one column along row sequences ({@link RowSequences}: the whole column, or each group's
 * rows): the cumulative methods, which keep an int64 column int64 (float64 where a row belongs to no group, whose
 * value is missing), and the expanding and rolling statistics of numbers, float64 as pandas gives them.
 */
public final class WindowColumns {

    /** An expanding or rolling statistic. */
    public enum Statistic {
        SUM, MEAN, VAR, STD, COUNT, MIN, MAX, MEDIAN
    }

    private WindowColumns() {
    }

    /** {@code cumsum()}-style methods ({@code grouped}: a group-by's, whose float sums pandas compensates). */
    public static Column cumulative(MemoryContext ctx, Column column, Cumulative.Op op, RowSequences seq, boolean grouped) {
        String method = "cum" + op.name().toLowerCase(java.util.Locale.ROOT) + "()";
        switch (column.type()) {
            case FLOAT64 -> {
                boolean compensated = grouped && op == Cumulative.Op.SUM;
                int[] sequence = seq.rowSequence();
                double[] out = sequence != null
                        ? dropped(Cumulative.ofDoublesByRow(doubles(column), sequence, seq.count(), op, compensated), seq)
                        : seq.scatter(Cumulative.ofDoubles(seq.gather(doubles(column)), seq.starts(), op, compensated));
                return floats(ctx, column.name(), out);
            }
            case INT64, BOOL -> {
                if (column.nullCount() > 0) {
                    throw new DataException(method + " of the " + column.dtypeName() + " column '" + column.name()
                            + "' with missing values is not supported; fill them first (fillna) or convert it (astype(float))");
                }
                int[] sequence = seq.rowSequence();
                if (sequence != null && column instanceof Int64Column c && !seq.dropsRows()) {
                    return longsByRow(ctx, c, op, seq);
                }
                long[] x = longs(column);
                boolean bool = column.type() == DataType.BOOL && (op == Cumulative.Op.MAX || op == Cumulative.Op.MIN);
                if (seq.dropsRows() && bool) {
                    throw new DataException(method + " of the bool column '" + column.name() + "' by a key with"
                            + " missing values gives pandas' object column, which Stratum does not hold; convert it"
                            + " (astype(int)) or fill the key first");
                }
                if (sequence != null) {
                    long[] out = Cumulative.ofLongsByRow(x, sequence, seq.count(), op);
                    if (seq.dropsRows()) {
                        double[] d = new double[out.length];
                        for (int i = 0; i < d.length; i++) {
                            d[i] = out[i];
                        }
                        return floats(ctx, column.name(), dropped(d, seq));
                    }
                    return bool ? bools(ctx, column.name(), out) : Int64Column.of(ctx, column.name(), out);
                }
                long[] laid = x;
                if (!seq.identity()) {
                    laid = new long[seq.laidOut()];
                    for (int k = 0; k < laid.length; k++) {
                        laid[k] = x[seq.rows()[k]];
                    }
                }
                long[] acc = Cumulative.ofLongs(laid, seq.starts(), op);
                if (seq.dropsRows()) {
                    double[] laidOut = new double[acc.length];
                    for (int k = 0; k < acc.length; k++) {
                        laidOut[k] = acc[k];
                    }
                    return floats(ctx, column.name(), seq.scatter(laidOut));
                }
                long[] out = acc;
                if (!seq.identity()) {
                    out = new long[seq.length()];
                    for (int k = 0; k < acc.length; k++) {
                        out[seq.rows()[k]] = acc[k];
                    }
                }
                return bool ? bools(ctx, column.name(), out) : Int64Column.of(ctx, column.name(), out);
            }
            default -> throw new DataException(method + " of the " + column.dtypeName() + " column '" + column.name()
                    + "': Stratum accumulates numbers and bools only; select the numeric columns first, or convert the"
                    + " column (pd.to_numeric, astype(float))");
        }
    }

    /**
     * {@code expanding(min_periods)} ({@code window} 0) or {@code rolling(window, min_periods)} statistic of a column
     * of numbers along each sequence.
     */
    public static Column sliding(MemoryContext ctx, Column column, Statistic statistic, long window, long minPeriods,
                                 long ddof, RowSequences seq) {
        return sliding(ctx, column, statistic, window, minPeriods, ddof, false, seq);
    }

    /**
     * The same, with {@code center} a rolling window centred on each row (pandas' {@code center=True}): the
     * {@code window} rows ending {@code (window - 1) / 2} rows after it, cut at its sequence's ends.
     */
    public static Column sliding(MemoryContext ctx, Column column, Statistic statistic, long window, long minPeriods,
                                 long ddof, boolean center, RowSequences seq) {
        if (column.type() != DataType.FLOAT64 && column.type() != DataType.INT64 && column.type() != DataType.BOOL) {
            throw new DataException((window == 0 ? "expanding" : "rolling") + "()." + statistic.name()
                    .toLowerCase(java.util.Locale.ROOT) + "() of the " + column.dtypeName() + " column '" + column.name()
                    + "': pandas computes window statistics of numbers (and bools, as 0 and 1) only; select the numeric"
                    + " columns first, or convert the column (astype(float))");
        }
        int offset = center ? (int) Math.min(Integer.MAX_VALUE, (window - 1) / 2) : 0;
        if (offset == 0 && seq.identity() && column.nullCount() == 0 && column.length() > 0
                && (column instanceof Int64Column || column instanceof Float64Column)
                && (statistic == Statistic.SUM || statistic == Statistic.MEAN || statistic == Statistic.MIN
                || statistic == Statistic.MAX) && window != 1 && history(statistic, window) <= MAX_HISTORY) {
            return streamed(ctx, column, statistic, window, minPeriods);
        }
        double[] x = seq.gather(column.type() == DataType.BOOL ? bits(column) : doubles(column));
        int[] starts = seq.starts();
        double[] laid;
        if (offset == 0) {
            laid = statistic(x, starts, statistic, window, minPeriods, ddof);
        } else if (statistic == Statistic.COUNT) {
            laid = SlidingStatistics.centeredCount(x, starts, window, offset, minPeriods);
        } else {
            // A centred window is the trailing window of the row `offset` rows later, each sequence followed by
            // `offset` missing rows (skipped by every statistic), so the windows near its end are cut as pandas cuts them.
            int[] padded = new int[starts.length];
            for (int s = 0; s + 1 < starts.length; s++) {
                padded[s + 1] = padded[s] + starts[s + 1] - starts[s] + offset;
            }
            double[] px = new double[padded[padded.length - 1]];
            java.util.Arrays.fill(px, Double.NaN);
            for (int s = 0; s + 1 < starts.length; s++) {
                System.arraycopy(x, starts[s], px, padded[s], starts[s + 1] - starts[s]);
            }
            double[] trailing = statistic(px, padded, statistic, window, minPeriods, ddof);
            laid = new double[x.length];
            for (int s = 0; s + 1 < starts.length; s++) {
                System.arraycopy(trailing, padded[s] + offset, laid, starts[s], starts[s + 1] - starts[s]);
            }
        }
        return floats(ctx, column.name(), seq.scatter(laid));
    }

    /**
     * {@code ewm(com=com, min_periods, adjust, ignore_na).mean()} of a column of numbers along each sequence (float64,
     * as pandas gives it; a bool column read as 0 and 1).
     */
    public static Column ewmMean(MemoryContext ctx, Column column, double com, long minPeriods, boolean adjust,
                                 boolean ignoreNa, RowSequences seq) {
        if (column.type() != DataType.FLOAT64 && column.type() != DataType.INT64 && column.type() != DataType.BOOL) {
            throw new DataException("ewm().mean() of the " + column.dtypeName() + " column '" + column.name()
                    + "': pandas computes window statistics of numbers (and bools, as 0 and 1) only; select the numeric"
                    + " columns first, or convert the column (astype(float))");
        }
        double[] x = seq.gather(column.type() == DataType.BOOL ? bits(column) : doubles(column));
        return floats(ctx, column.name(), seq.scatter(ExponentiallyWeighted.mean(x, seq.starts(), com, minPeriods,
                adjust, ignoreNa)));
    }

    private static double[] statistic(double[] x, int[] starts, Statistic statistic, long window, long minPeriods,
                                      long ddof) {
        return switch (statistic) {
            case SUM -> SlidingStatistics.sum(x, starts, window, minPeriods, false);
            case MEAN -> SlidingStatistics.sum(x, starts, window, minPeriods, true);
            case VAR -> SlidingStatistics.variance(x, starts, window, minPeriods, ddof, false);
            case STD -> SlidingStatistics.variance(x, starts, window, minPeriods, ddof, true);
            case COUNT -> SlidingStatistics.count(x, starts, window, minPeriods);
            case MIN -> SlidingStatistics.extreme(x, starts, window, minPeriods, false);
            case MAX -> SlidingStatistics.extreme(x, starts, window, minPeriods, true);
            case MEDIAN -> window == 0 ? SlidingStatistics.expandingMedian(x, starts, minPeriods)
                    : SlidingStatistics.median(x, starts, window, minPeriods);
        };
    }

    /** The most rows before a chunk that a streamed statistic keeps in its buffer (8 MiB of doubles). */
    private static final long MAX_HISTORY = 1 << 20;

    /** The rows before a chunk that its windows read: the window (sums), two windows (min/max blocks), none (expanding). */
    private static long history(Statistic statistic, long window) {
        return window == 0 ? 0 : statistic == Statistic.MIN || statistic == Statistic.MAX ? 2 * window : window;
    }

    /**
     * A rolling or expanding sum, mean, min or max of a whole column of int64 or float64 without nulls, computed a
     * chunk at a time: each chunk is read from the column's Arrow buffer into a buffer that also keeps the rows before
     * it that its windows read, and its results are written into the output's Arrow buffer, so that no array as long as
     * the column is made (on millions of rows, making and filling those cost about as much as the arithmetic).
     */
    private static Column streamed(MemoryContext ctx, Column column, Statistic statistic, long window, long minPeriods) {
        int n = column.length();
        int chunk = SlidingStatistics.CHUNK;
        int w = SlidingStatistics.width(window);
        int history = (int) history(statistic, window);
        boolean extreme = statistic == Statistic.MIN || statistic == Statistic.MAX;
        double[] x = new double[history + chunk];
        double[] out = new double[history + chunk];
        double[] suffix = extreme && window != 0 ? new double[history + chunk] : null;
        long[] longs = column instanceof Int64Column ? new long[chunk] : null;
        var input = column instanceof Int64Column c ? c.vector().getDataBuffer()
                : ((Float64Column) column).vector().getDataBuffer();
        Float8Vector vector = ctx.track(new Float8Vector(column.name(), ctx.allocator()));
        vector.allocateNew(n);
        byte[] valid = new byte[(n + 7) >>> 3];
        SlidingStatistics.Sum sum = new SlidingStatistics.Sum();
        SlidingStatistics.Extreme extremes = new SlidingStatistics.Extreme();
        int base = 0;
        for (int from = 0; from < n; from += chunk) {
            int count = Math.min(chunk, n - from);
            int keep = Math.min(history, from);
            System.arraycopy(x, from - keep - base, x, 0, keep);
            base = from - keep;
            if (longs != null) {
                ArrowBuffers.getLongs(input, from, longs, count);
                toDoubles(longs, x, keep, count);
            } else {
                ArrowBuffers.getDoubles(input, from, x, keep, count);
            }
            if (from == 0) {
                sum.reset(x[0]);
            }
            // The column's first row, in the buffer's positions (negative once it has left the buffer).
            int a = -base;
            switch (statistic) {
                case SUM, MEAN -> SlidingStatistics.sums(x, a, w, keep, keep + count, minPeriods,
                        statistic == Statistic.MEAN, out, sum);
                default -> SlidingStatistics.extremes(x, a, w, keep, keep + count, minPeriods, suffix, out, extremes,
                        statistic == Statistic.MAX);
            }
            ArrowBuffers.putDoubles(vector.getDataBuffer(), from, out, keep, count);
            validity(out, base, valid, from, from + count);
        }
        vector.getValidityBuffer().setBytes(0, valid);
        vector.setValueCount(n);
        return Float64Column.wrap(ctx, column.name(), vector);
    }

    /** A group-by's {@code cumcount()}: each row's position in its group, int64 (float64 if a row is in none). */
    public static Column positions(MemoryContext ctx, String name, RowSequences seq) {
        int[] sequence = seq.rowSequence();
        if (sequence != null) {
            long[] seen = new long[seq.count()];
            long[] out = new long[seq.length()];
            for (int i = 0; i < out.length; i++) {
                int g = sequence[i];
                out[i] = g < 0 ? 0 : seen[g]++;
            }
            if (seq.dropsRows()) {
                double[] d = new double[out.length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = out[i];
                }
                return floats(ctx, name, dropped(d, seq));
            }
            return Int64Column.of(ctx, name, out);
        }
        int[] starts = seq.starts();
        if (seq.dropsRows()) {
            double[] laid = new double[seq.laidOut()];
            for (int s = 0; s + 1 < starts.length; s++) {
                for (int k = starts[s]; k < starts[s + 1]; k++) {
                    laid[k] = k - starts[s];
                }
            }
            return floats(ctx, name, seq.scatter(laid));
        }
        long[] out = new long[seq.length()];
        for (int s = 0; s + 1 < starts.length; s++) {
            for (int k = starts[s]; k < starts[s + 1]; k++) {
                out[seq.identity() ? k : seq.rows()[k]] = k - starts[s];
            }
        }
        return Int64Column.of(ctx, name, out);
    }

    /**
     * A group-by's running method of an int64 column whose every row is in a group, in row order, read from the input's
     * Arrow buffer and written into the output's a chunk at a time (no heap copy of the column).
     */
    private static Column longsByRow(MemoryContext ctx, Int64Column column, Cumulative.Op op, RowSequences seq) {
        int n = column.length();
        BigIntVector vector = ctx.track(new BigIntVector(column.name(), ctx.allocator()));
        vector.allocateNew(n);
        ArrowBuffers.putValidity(vector.getValidityBuffer(), null, n);
        long[] acc = Cumulative.accumulators(seq.count(), op);
        long[] chunk = new long[Math.min(n, SlidingStatistics.CHUNK)];
        for (int from = 0; from < n; from += chunk.length) {
            int count = Math.min(n - from, chunk.length);
            ArrowBuffers.getLongs(column.vector().getDataBuffer(), from, chunk, count);
            Cumulative.longsByRow(chunk, seq.rowSequence(), acc, op, from, from + count, from);
            ArrowBuffers.putLongs(vector.getDataBuffer(), from, chunk, count);
        }
        vector.setValueCount(n);
        return Int64Column.wrap(ctx, column.name(), vector);
    }

    /** {@code values} with NaN at the rows in no sequence. */
    private static double[] dropped(double[] values, RowSequences seq) {
        if (seq.dropsRows()) {
            int[] sequence = seq.rowSequence();
            for (int i = 0; i < values.length; i++) {
                if (sequence[i] < 0) {
                    values[i] = Double.NaN;
                }
            }
        }
        return values;
    }

    private static BoolColumn bools(MemoryContext ctx, String name, long[] values) {
        boolean[] b = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = values[i] != 0;
        }
        return BoolColumn.of(ctx, name, b);
    }

    /** A bool column as pandas' window statistics read it: 1.0 and 0.0 (NaN where missing). */
    private static double[] bits(Column column) {
        BoolColumn b = (BoolColumn) column;
        double[] x = new double[b.length()];
        for (int i = 0; i < x.length; i++) {
            x[i] = b.isNull(i) ? Double.NaN : b.getBoolean(i) ? 1.0 : 0.0;
        }
        return x;
    }

    /** The column's values as doubles, NaN where missing: a fresh array, which kernels may overwrite. */
    static double[] doubles(Column column) {
        if (column instanceof Int64Column c && c.nullCount() == 0) {
            // Converted a chunk at a time, without a heap copy of all the longs first.
            int n = c.length();
            double[] x = new double[n];
            long[] chunk = new long[Math.min(n, SlidingStatistics.CHUNK)];
            for (int from = 0; from < n; from += chunk.length) {
                int count = Math.min(n - from, chunk.length);
                ArrowBuffers.getLongs(c.vector().getDataBuffer(), from, chunk, count);
                toDoubles(chunk, x, from, count);
            }
            return x;
        }
        double[] x = column.toDoubleArray();
        if (column.nullCount() > 0) {
            for (int i = 0; i < x.length; i++) {
                if (column.isNull(i)) {
                    x[i] = Double.NaN;
                }
            }
        }
        return x;
    }

    private static void toDoubles(long[] chunk, double[] x, int from, int count) {
        for (int i = 0; i < count; i++) {
            x[from + i] = chunk[i];
        }
    }

    /** The column's values as longs: a fresh array, which kernels may overwrite. */
    private static long[] longs(Column column) {
        if (column instanceof Int64Column c) {
            return c.toLongArray();
        }
        BoolColumn b = (BoolColumn) column;
        long[] x = new long[b.length()];
        for (int i = 0; i < x.length; i++) {
            x[i] = b.getBoolean(i) ? 1 : 0;
        }
        return x;
    }

    /** A float64 column of {@code values}, missing where NaN (pandas' missing float). */
    static Float64Column floats(MemoryContext ctx, String name, double[] values) {
        int n = values.length;
        Float8Vector vector = ctx.track(new Float8Vector(name, ctx.allocator()));
        vector.allocateNew(n);
        ArrowBuffers.putDoubles(vector.getDataBuffer(), values, n);
        byte[] valid = new byte[(n + 7) >>> 3];
        for (int from = 0; from < n; from += SlidingStatistics.CHUNK) {
            validity(values, 0, valid, from, Math.min(n, from + SlidingStatistics.CHUNK));
        }
        if (valid.length > 0) {
            vector.getValidityBuffer().setBytes(0, valid);
        }
        vector.setValueCount(n);
        return Float64Column.wrap(ctx, name, vector);
    }

    /**
     * The validity bits of rows {@code [from, to)} ({@code from} a multiple of 8), row {@code i}'s value at
     * {@code values[i - shift]}: set where not NaN.
     */
    private static void validity(double[] values, int shift, byte[] valid, int from, int to) {
        for (int i = from; i < to; i += 8) {
            int bits = 0;
            for (int t = 0; t < 8 && i + t < to; t++) {
                double v = values[i + t - shift];
                bits |= (v == v ? 1 : 0) << t;
            }
            valid[i >>> 3] = (byte) bits;
        }
    }
}
