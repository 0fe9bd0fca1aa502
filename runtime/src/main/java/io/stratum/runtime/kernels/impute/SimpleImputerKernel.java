package io.stratum.runtime.kernels.impute;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.PythonOrder;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits scikit-learn's {@code SimpleImputer(missing_values=np.nan)} column by column: the mean or median of the
 * present values (numeric columns only), the most frequent value (ties go to the smallest, as scikit-learn's
 * mode does), or a constant ({@code fill_value}, by default 0 for numbers and {@code "missing_value"} for strings).
 */
public final class SimpleImputerKernel {
    private SimpleImputerKernel() {
    }

    /**
     * {@code fillValue} is a {@link Double}, a {@link String} or null (scikit-learn's default per column type);
     * {@code addIndicator} keeps the columns with a missing value for their indicators.
     */
    public static FittedSimpleImputer fit(Table input, ImputeStrategy strategy, Object fillValue, boolean addIndicator) {
        List<FillValue> stats = new ArrayList<>(input.columnCount());
        List<String> indicated = new ArrayList<>();
        for (Column c : input.columns()) {
            stats.add(c instanceof StringColumn s ? textStatistic(s, strategy, fillValue)
                    : numberStatistic(c, strategy, fillValue));
            if (addIndicator && hasMissing(c)) {
                indicated.add(c.name());
            }
        }
        return new FittedSimpleImputer(input.columnNames(), stats, indicated);
    }

    private static boolean hasMissing(Column c) {
        for (int i = 0, n = c.length(); i < n; i++) {
            if (c.isMissing(i)) {
                return true;
            }
        }
        return false;
    }

    private static FillValue numberStatistic(Column c, ImputeStrategy strategy, Object fillValue) {
        if (strategy == ImputeStrategy.CONSTANT) {
            if (fillValue instanceof String s) {
                throw new DataException("SimpleImputer: fill_value='" + s + "' is invalid for the numeric column '"
                        + c.name() + "'; a number is expected when imputing numerical data");
            }
            return new FillValue.Number(fillValue == null ? 0.0 : (Double) fillValue);
        }
        double[] x = c.toDoubleArray();
        double[] present = new double[x.length];
        int m = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                present[m++] = v;
            }
        }
        if (m == 0) {
            return new FillValue.Dropped();
        }
        return switch (strategy) {
            case MEAN -> {
                double s = 0.0;
                for (int i = 0; i < m; i++) {
                    s += present[i];
                }
                yield new FillValue.Number(s / m);
            }
            case MEDIAN -> {
                double[] sorted = Arrays.copyOf(present, m);
                Arrays.sort(sorted);
                yield new FillValue.Number(m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2.0);
            }
            case MOST_FREQUENT -> {
                double[] sorted = Arrays.copyOf(present, m);
                Arrays.sort(sorted);
                // Runs of equal values in ascending order: the first longest run is the smallest mode.
                double best = sorted[0];
                int bestCount = 0;
                int i = 0;
                while (i < m) {
                    int k = i;
                    while (k < m && sorted[k] == sorted[i]) {
                        k++;
                    }
                    if (k - i > bestCount) {
                        bestCount = k - i;
                        best = sorted[i];
                    }
                    i = k;
                }
                yield new FillValue.Number(best);
            }
            case CONSTANT -> throw new IllegalStateException("handled above");
        };
    }

    static DataException notNumeric(Column c, ImputeStrategy strategy) {
        return new DataException("SimpleImputer: cannot use the " + strategy.name().toLowerCase()
                + " strategy with non-numeric data (column '" + c.name() + "' holds strings); use"
                + " strategy='most_frequent' or 'constant'");
    }

    /**
     * The mean imputer fitted on the union of the row sets {@code parts} describe (the same columns in each): each
     * column's mean is its summed partition sums over its summed counts, equal to the direct fit's to rounding (the
     * sums are grouped by partition); a column with no value in any part is dropped, as the direct fit drops it.
     */
    public static FittedSimpleImputer meanFromPartitions(List<ColumnSums> parts) {
        List<String> columns = parts.get(0).columns();
        List<FillValue> stats = new ArrayList<>(columns.size());
        for (ColumnSums part : parts) {
            if (!part.columns().equals(columns)) {
                throw new IllegalArgumentException("partitions of different columns: " + columns + " and " + part.columns());
            }
        }
        for (int j = 0; j < columns.size(); j++) {
            long n = 0;
            double s = 0.0;
            for (ColumnSums part : parts) {
                n += part.count()[j];
                s += part.sum()[j];
            }
            stats.add(n == 0 ? new FillValue.Dropped() : new FillValue.Number(s / n));
        }
        return new FittedSimpleImputer(columns, stats, List.of());
    }

    private static FillValue textStatistic(StringColumn c, ImputeStrategy strategy, Object fillValue) {
        switch (strategy) {
            case MEAN, MEDIAN -> throw notNumeric(c, strategy);
            case CONSTANT -> {
                if (fillValue != null && !(fillValue instanceof String)) {
                    throw new DataException("SimpleImputer: fill_value=" + fillValue + " for the string column '"
                            + c.name() + "' would mix numbers into strings, which Stratum does not do; pass a string"
                            + " fill_value");
                }
                return new FillValue.Text(fillValue == null ? "missing_value" : (String) fillValue);
            }
            case MOST_FREQUENT -> {
                Map<String, Integer> counts = new HashMap<>();
                String[] values = c.toStringArray();
                for (String v : values) {
                    if (v != null) {
                        counts.merge(v, 1, Integer::sum);
                    }
                }
                if (counts.isEmpty()) {
                    return new FillValue.Dropped();
                }
                String best = null;
                int bestCount = 0;
                for (Map.Entry<String, Integer> e : counts.entrySet()) {
                    int n = e.getValue();
                    if (n > bestCount || n == bestCount && PythonOrder.compareStrings(e.getKey(), best) < 0) {
                        best = e.getKey();
                        bestCount = n;
                    }
                }
                return new FillValue.Text(best);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
