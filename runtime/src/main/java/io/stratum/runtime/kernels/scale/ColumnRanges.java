package io.stratum.runtime.kernels.scale;

import io.stratum.runtime.data.Table;
import java.util.List;

/**
 * The per-column minimum and maximum of one set of rows, NaN left out (no value: {@code +inf} and {@code -inf}):
 * the minimum and maximum of a union of row sets are the extremes of theirs, exactly, so {@code MinMaxScaler}'s and
 * {@code MaxAbsScaler}'s fits on a fold's training rows combine the ranges of the cells of those rows
 * ({@link MinMaxScalerKernel#fromRanges}, {@link MaxAbsScalerKernel#fromRanges}).
 */
public record ColumnRanges(List<String> columns, double[] min, double[] max) {
    public ColumnRanges {
        columns = List.copyOf(columns);
    }

    /**
     * The ranges of every column of {@code input}; a column that is not numeric is refused as {@code estimator} (the
     * scaler named in the message) refuses it.
     */
    public static ColumnRanges of(Table input, String estimator) {
        int p = input.columnCount();
        double[] min = new double[p];
        double[] max = new double[p];
        for (int j = 0; j < p; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : FittedFeatureScaler.numeric(estimator, input.column(j))) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            min[j] = lo;
            max[j] = hi;
        }
        return new ColumnRanges(input.columnNames(), min, max);
    }

    /** The ranges of the union of the row sets {@code parts} describe (the same columns in each). */
    public static ColumnRanges union(List<ColumnRanges> parts) {
        List<String> columns = parts.get(0).columns();
        int p = columns.size();
        double[] min = new double[p];
        double[] max = new double[p];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (ColumnRanges part : parts) {
            if (!part.columns().equals(columns)) {
                throw new IllegalArgumentException("partitions of different columns: " + columns + " and " + part.columns());
            }
            for (int j = 0; j < p; j++) {
                min[j] = Math.min(min[j], part.min()[j]);
                max[j] = Math.max(max[j], part.max()[j]);
            }
        }
        return new ColumnRanges(columns, min, max);
    }
}
