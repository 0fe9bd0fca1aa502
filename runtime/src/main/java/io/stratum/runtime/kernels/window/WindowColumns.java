package io.stratum.runtime.kernels.window;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;

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
                double[] out = seq.scatter(Cumulative.ofDoubles(seq.gather(doubles(column)), seq.starts(), op,
                        grouped && op == Cumulative.Op.SUM));
                return floats(ctx, column.name(), out);
            }
            case INT64, BOOL -> {
                if (column.nullCount() > 0) {
                    throw new DataException(method + " of the " + column.dtypeName() + " column '" + column.name()
                            + "' with missing values is not supported; fill them first (fillna) or convert it (astype(float))");
                }
                long[] x = longs(column);
                long[] laid = x;
                if (!seq.identity()) {
                    laid = new long[seq.laidOut()];
                    for (int k = 0; k < laid.length; k++) {
                        laid[k] = x[seq.rows()[k]];
                    }
                }
                long[] acc = Cumulative.ofLongs(laid, seq.starts(), op);
                boolean bool = column.type() == DataType.BOOL && (op == Cumulative.Op.MAX || op == Cumulative.Op.MIN);
                if (seq.dropsRows()) {
                    if (bool) {
                        throw new DataException(method + " of the bool column '" + column.name() + "' by a key with"
                                + " missing values gives pandas' object column, which Stratum does not hold; convert it"
                                + " (astype(int)) or fill the key first");
                    }
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
                if (bool) {
                    boolean[] b = new boolean[out.length];
                    for (int i = 0; i < out.length; i++) {
                        b[i] = out[i] != 0;
                    }
                    return BoolColumn.of(ctx, column.name(), b);
                }
                return Int64Column.of(ctx, column.name(), out);
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
        if (column.type() != DataType.FLOAT64 && column.type() != DataType.INT64 && column.type() != DataType.BOOL) {
            throw new DataException((window == 0 ? "expanding" : "rolling") + "()." + statistic.name()
                    .toLowerCase(java.util.Locale.ROOT) + "() of the " + column.dtypeName() + " column '" + column.name()
                    + "': pandas computes window statistics of numbers (and bools, as 0 and 1) only; select the numeric"
                    + " columns first, or convert the column (astype(float))");
        }
        double[] x = seq.gather(column.type() == DataType.BOOL ? bits(column) : doubles(column));
        int n = x.length;
        int[] start = new int[n];
        int[] end = new int[n];
        int[] starts = seq.starts();
        for (int s = 0; s + 1 < starts.length; s++) {
            for (int k = starts[s]; k < starts[s + 1]; k++) {
                start[k] = window == 0 ? starts[s] : (int) Math.max(starts[s], k + 1 - window);
                end[k] = k + 1;
            }
        }
        double[] laid = switch (statistic) {
            case SUM -> SlidingStatistics.sum(x, start, end, minPeriods, false);
            case MEAN -> SlidingStatistics.sum(x, start, end, minPeriods, true);
            case VAR -> SlidingStatistics.variance(x, start, end, minPeriods, ddof, false);
            case STD -> SlidingStatistics.variance(x, start, end, minPeriods, ddof, true);
            case COUNT -> SlidingStatistics.count(x, start, end, minPeriods);
            case MIN -> SlidingStatistics.extreme(x, start, end, minPeriods, false);
            case MAX -> SlidingStatistics.extreme(x, start, end, minPeriods, true);
            case MEDIAN -> window == 0 ? SlidingStatistics.expandingMedian(x, start, end, minPeriods)
                    : SlidingStatistics.median(x, start, end, minPeriods);
        };
        return floats(ctx, column.name(), seq.scatter(laid));
    }

    /** A group-by's {@code cumcount()}: each row's position in its group, int64 (float64 if a row is in none). */
    public static Column positions(MemoryContext ctx, String name, RowSequences seq) {
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

    /** A bool column as pandas' window statistics read it: 1.0 and 0.0 (NaN where missing). */
    private static double[] bits(Column column) {
        BoolColumn b = (BoolColumn) column;
        double[] x = new double[b.length()];
        for (int i = 0; i < x.length; i++) {
            x[i] = b.isNull(i) ? Double.NaN : b.getBoolean(i) ? 1.0 : 0.0;
        }
        return x;
    }

    /** The column's values as doubles, NaN where missing. */
    static double[] doubles(Column column) {
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
        boolean[] nulls = null;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != values[i]) {
                if (nulls == null) {
                    nulls = new boolean[values.length];
                }
                nulls[i] = true;
            }
        }
        return Float64Column.of(ctx, name, values, nulls);
    }
}
