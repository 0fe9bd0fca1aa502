package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;

/**
 * pandas' {@code shift(periods)} and {@code diff(periods)} of one column, by row position: row {@code i} reads row
 * {@code i - periods} (a negative count reads later rows), which is missing where it does not exist. A shift is a
 * gather with missing rows ({@link Gather#take}: int64 becomes float64 as in pandas, text, categories, datetimes and
 * durations keep their dtype); a bool column, which pandas makes an object column of True, False and NaN, is refused.
 * A diff is {@code x[i] - x[i - periods]} of numbers, float64, missing where either value is; a
 * {@code pct_change} is {@code x[i] / x[i - periods] - 1} (pandas 3, {@code fill_method=None}), the same way, with
 * IEEE division (a zero before gives an infinity, or NaN for zero over zero, which reads as missing).
 */
public final class RowShift {
    private RowShift() {
    }

    /** The source row of each row ({@code -1}: none). */
    private static int[] sources(int n, long periods) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            long src = i - periods;
            rows[i] = src < 0 || src >= n ? -1 : (int) src;
        }
        return rows;
    }

    /**
     * The source row of each row along sequences ({@code -1}: none): row {@code rows[k]} reads the row
     * {@code periods} places before it in its own sequence (group); a row in no sequence reads none.
     */
    private static int[] sources(io.stratum.runtime.kernels.window.RowSequences seq, long periods) {
        if (seq.identity()) {
            return sources(seq.length(), periods);
        }
        int[] out = new int[seq.length()];
        java.util.Arrays.fill(out, -1);
        int[] starts = seq.starts();
        int[] rows = seq.rows();
        for (int s = 0; s + 1 < starts.length; s++) {
            int from = starts[s];
            int to = starts[s + 1];
            for (int k = from; k < to; k++) {
                long src = k - periods;
                out[rows[k]] = src < from || src >= to ? -1 : rows[(int) src];
            }
        }
        return out;
    }

    public static Column shift(MemoryContext ctx, Column column, long periods) {
        return shift(ctx, column, periods, io.stratum.runtime.kernels.window.RowSequences.whole(column.length()));
    }

    /** {@code shift(periods)} along each sequence (a group-by's {@code shift}: every row in no group is missing). */
    public static Column shift(MemoryContext ctx, Column column, long periods,
                               io.stratum.runtime.kernels.window.RowSequences seq) {
        if (periods == 0 && !seq.dropsRows()) {
            return column;
        }
        if (column.type() == DataType.BOOL) {
            throw new DataException("shift() of the bool column '" + column.name() + "' gives pandas' object column of"
                    + " True, False and NaN, which Stratum does not hold; shift astype(int) (or astype(float)) of it instead");
        }
        return Gather.take(ctx, column.name(), ColumnReader.of(column), sources(seq, periods));
    }

    public static Column diff(MemoryContext ctx, Column column, long periods) {
        return compare(ctx, column, periods, false, io.stratum.runtime.kernels.window.RowSequences.whole(column.length()));
    }

    /**
     * {@code diff(periods)} ({@code ratio} false) or {@code pct_change(periods)} along each sequence (a group-by's:
     * every row in no group is missing).
     */
    public static Column compare(MemoryContext ctx, Column column, long periods, boolean ratio,
                                 io.stratum.runtime.kernels.window.RowSequences seq) {
        if (column.type() != DataType.INT64 && column.type() != DataType.FLOAT64) {
            throw new DataException((ratio ? "pct_change" : "diff") + "() of the " + column.dtypeName() + " column '" + column.name() + "': Stratum"
                    + " computes differences of numbers only; select the numeric columns first, or convert the column"
                    + " (pd.to_numeric, astype(float))");
        }
        int n = column.length();
        double[] x = column.toDoubleArray();
        int[] rows = sources(seq, periods);
        double[] out = new double[n];
        boolean[] nulls = null;
        for (int i = 0; i < n; i++) {
            int r = rows[i];
            double v = r < 0 || column.isNull(i) || column.isNull(r) ? Double.NaN
                    : ratio ? x[i] / x[r] - 1 : x[i] - x[r];
            if (v != v) {
                if (nulls == null) {
                    nulls = new boolean[n];
                }
                nulls[i] = true;
                out[i] = Double.NaN;
            } else {
                out[i] = v;
            }
        }
        return Float64Column.of(ctx, column.name(), out, nulls);
    }

    /**
     * {@code ffill(limit)} ({@code forward}) or {@code bfill(limit)} along each sequence: a missing value takes the last
     * (next) non-missing value of its sequence, when at most {@code limit} missing rows (0: any number) separate them;
     * a row in no sequence is missing. The dtype is kept (a gather), except that an int column with rows in no
     * sequence becomes float64, as in pandas; a column with nothing to fill is returned as it is.
     */
    public static Column fill(MemoryContext ctx, Column column, long limit, boolean forward,
                              io.stratum.runtime.kernels.window.RowSequences seq) {
        int n = column.length();
        boolean missing = false;
        for (int i = 0; i < n && !missing; i++) {
            missing = column.isMissing(i);
        }
        if (!missing && !seq.dropsRows()) {
            return column;
        }
        String method = forward ? "ffill" : "bfill";
        if (column.type() == DataType.BOOL) {
            throw new DataException(method + "() of the bool column '" + column.name() + "' with missing values (or by a"
                    + " key with missing values) works on pandas' object column of True, False and NaN, which Stratum"
                    + " does not hold; convert it (astype(float)) first, or fill the key");
        }
        int[] sequence = seq.sequenceOfEachRow();
        int groups = Math.max(seq.sequences(), 1);
        int[] last = new int[groups];
        java.util.Arrays.fill(last, -1);
        long[] seen = new long[groups];
        long[] lastSeen = new long[groups];
        int[] source = new int[n];
        for (int step = 0; step < n; step++) {
            int i = forward ? step : n - 1 - step;
            int g = sequence[i];
            if (g < 0) {
                source[i] = -1;
                continue;
            }
            long position = seen[g]++;
            if (!column.isMissing(i)) {
                last[g] = i;
                lastSeen[g] = position;
                source[i] = i;
            } else {
                source[i] = last[g] >= 0 && (limit == 0 || position - lastSeen[g] <= limit) ? last[g] : -1;
            }
        }
        return Gather.take(ctx, column.name(), ColumnReader.of(column), source);
    }
}
