package io.stratum.runtime.kernels.scale;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * skrub's {@code SquashingScaler} (skrub 0.11): each column is centred and scaled by one of three rules, then
 * squashed smoothly into {@code (-max_absolute_value, max_absolute_value)} by {@code x / sqrt(1 + (x / m)^2)}.
 * Infinite inputs are set aside while fitting and come out as {@code ±max_absolute_value}; NaN stays NaN.
 * <ul>
 *   <li>a column whose finite minimum equals its maximum: every finite value becomes 0;</li>
 *   <li>a column whose two {@code quantile_range} percentiles are equal: {@code (x - median) * 2 / (max - min +
 *       tiny)}, with {@code tiny} float32's smallest normal number, as skrub's private min-max scaler computes it;</li>
 *   <li>any other column: scikit-learn's {@code RobustScaler} ({@code (x - median) / (q_high - q_low)}).</li>
 * </ul>
 * Percentiles and medians are numpy's (linear interpolation, NaN ignored), shared with {@link RobustScalerKernel}.
 */
public final class SquashingScalerKernel {
    /** {@code np.finfo("float32").tiny}. */
    private static final double FLOAT32_TINY = Float.MIN_NORMAL;

    private SquashingScalerKernel() {
    }

    /** How a fitted column is scaled before squashing. */
    enum Rule {
        ZERO, MIN_MAX, ROBUST
    }

    /** The fitted per-column rules and constants; transform applies them to the same columns by name. */
    public record Fitted(List<String> columns, Rule[] rules, double[] center, double[] scale, double maxAbsoluteValue) {
        public Fitted {
            columns = List.copyOf(columns);
        }

        public Table transform(MemoryContext memory, Table input) {
            List<Column> out = new ArrayList<>(columns.size());
            for (int j = 0; j < columns.size(); j++) {
                Column c = input.column(columns.get(j));
                double[] x = FittedFeatureScaler.numeric("SquashingScaler", c);
                double m = maxAbsoluteValue;
                for (int i = 0; i < x.length; i++) {
                    double v = x[i];
                    if (Double.isInfinite(v)) {
                        x[i] = v > 0 ? m : -m;
                        continue;
                    }
                    double t = switch (rules[j]) {
                        // _set_zeros: finite values become 0, NaN stays NaN.
                        case ZERO -> Double.isNaN(v) ? v : 0.0;
                        case MIN_MAX -> scale[j] * (v - center[j]);
                        case ROBUST -> (v - center[j]) / scale[j];
                    };
                    double r = t / m;
                    x[i] = t / Math.sqrt(1 + r * r);
                }
                out.add(Float64Column.of(memory, c.name(), x));
            }
            return out.isEmpty() ? Table.empty(input.rowCount()) : Table.of(out);
        }
    }

    /**
     * Fits the columns of {@code input} (numeric or boolean). {@code maxAbsoluteValue} must be a positive finite
     * number and the quantile range within [0, 100], as skrub and scikit-learn require.
     */
    public static Fitted fit(Table input, double maxAbsoluteValue, double qLow, double qHigh) {
        if (!(Double.isFinite(maxAbsoluteValue) && maxAbsoluteValue > 0)) {
            throw new DataException("SquashingScaler: got max_absolute_value=" + maxAbsoluteValue + ", but expected a"
                    + " positive finite number");
        }
        if (!(0 <= qLow && qLow <= qHigh && qHigh <= 100)) {
            throw new DataException("SquashingScaler: invalid quantile_range (" + qLow + ", " + qHigh + "); it must be"
                    + " two percentiles 0 <= low <= high <= 100");
        }
        int p = input.columnCount();
        Rule[] rules = new Rule[p];
        double[] center = new double[p];
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double[] sorted = sortedFinite(FittedFeatureScaler.numeric("SquashingScaler", input.column(j)));
            int n = sorted.length;
            double min = n == 0 ? Double.NaN : sorted[0];
            double max = n == 0 ? Double.NaN : sorted[n - 1];
            double low = RobustScalerKernel.percentile(sorted, qLow);
            double high = RobustScalerKernel.percentile(sorted, qHigh);
            center[j] = RobustScalerKernel.median(sorted);
            if (min == max) {
                rules[j] = Rule.ZERO;
            } else if (low == high) {
                rules[j] = Rule.MIN_MAX;
                scale[j] = 2 / (max - min + FLOAT32_TINY);
            } else {
                rules[j] = Rule.ROBUST;
                scale[j] = FittedFeatureScaler.handleZero(high - low);
            }
        }
        return new Fitted(input.columnNames(), rules, center, scale, maxAbsoluteValue);
    }

    /** The values other than NaN and ±inf (skrub masks infinities as NaN before fitting), sorted. */
    private static double[] sortedFinite(double[] x) {
        double[] out = new double[x.length];
        int m = 0;
        for (double v : x) {
            if (Double.isFinite(v)) {
                out[m++] = v;
            }
        }
        out = Arrays.copyOf(out, m);
        Arrays.sort(out);
        return out;
    }
}
