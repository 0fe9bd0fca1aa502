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
 * A diff is {@code x[i] - x[i - periods]} of numbers, float64, missing where either value is.
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

    public static Column shift(MemoryContext ctx, Column column, long periods) {
        if (periods == 0) {
            return column;
        }
        if (column.type() == DataType.BOOL) {
            throw new DataException("shift() of the bool column '" + column.name() + "' gives pandas' object column of"
                    + " True, False and NaN, which Stratum does not hold; shift astype(int) (or astype(float)) of it instead");
        }
        return Gather.take(ctx, column.name(), ColumnReader.of(column), sources(column.length(), periods));
    }

    public static Column diff(MemoryContext ctx, Column column, long periods) {
        if (column.type() != DataType.INT64 && column.type() != DataType.FLOAT64) {
            throw new DataException("diff() of the " + column.dtypeName() + " column '" + column.name() + "': Stratum"
                    + " computes differences of numbers only; select the numeric columns first, or convert the column"
                    + " (pd.to_numeric, astype(float))");
        }
        int n = column.length();
        double[] x = column.toDoubleArray();
        int[] rows = sources(n, periods);
        double[] out = new double[n];
        boolean[] nulls = null;
        for (int i = 0; i < n; i++) {
            int r = rows[i];
            if (r < 0 || column.isNull(i) || column.isNull(r)) {
                if (nulls == null) {
                    nulls = new boolean[n];
                }
                nulls[i] = true;
                out[i] = Double.NaN;
            } else {
                out[i] = x[i] - x[r];
            }
        }
        return Float64Column.of(ctx, column.name(), out, nulls);
    }
}
