package io.stratum.runtime.kernels.impute;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import java.util.List;

/**
 * The per-column count and sum of the present values of one set of rows: what {@code SimpleImputer(strategy="mean")}
 * needs, and what adds up over disjoint row sets, so its fit on a fold's training rows combines the sums of the other
 * folds' test rows ({@link SimpleImputerKernel#meanFromPartitions}). The median and the most frequent value have
 * no such decomposition; those strategies are always fitted on the training rows directly.
 */
public record ColumnSums(List<String> columns, long[] count, double[] sum) {
    public ColumnSums {
        columns = List.copyOf(columns);
    }

    /** The sums of every column of {@code input}; a string column is refused as the mean strategy refuses it. */
    public static ColumnSums of(Table input) {
        int p = input.columnCount();
        long[] count = new long[p];
        double[] sum = new double[p];
        for (int j = 0; j < p; j++) {
            Column c = input.column(j);
            if (c instanceof StringColumn) {
                throw SimpleImputerKernel.notNumeric(c, ImputeStrategy.MEAN);
            }
            double s = 0.0;
            long n = 0;
            for (double v : c.toDoubleArray()) {
                if (!Double.isNaN(v)) {
                    s += v;
                    n++;
                }
            }
            count[j] = n;
            sum[j] = s;
        }
        return new ColumnSums(input.columnNames(), count, sum);
    }
}
