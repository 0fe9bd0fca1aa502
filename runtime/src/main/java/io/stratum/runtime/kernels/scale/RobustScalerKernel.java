package io.stratum.runtime.kernels.scale;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Table;
import java.util.Arrays;

/**
 * Fits scikit-learn's {@code RobustScaler}: {@code center_} is the NaN-ignoring median and {@code scale_} the
 * distance between two NaN-ignoring percentiles ({@code quantile_range}), computed with numpy's default "linear"
 * method; an interquantile range under ten epsilons counts as 1.
 */
public final class RobustScalerKernel {
    private RobustScalerKernel() {
    }

    public static FittedFeatureScaler fit(Table input, boolean withCentering, boolean withScaling, double qMin,
                                          double qMax) {
        if (!(0 <= qMin && qMin <= qMax && qMax <= 100)) {
            throw new DataException("Invalid quantile range: (" + qMin + ", " + qMax + ")");
        }
        int p = input.columnCount();
        double[] center = withCentering ? new double[p] : null;
        double[] scale = withScaling ? new double[p] : null;
        for (int j = 0; j < p; j++) {
            double[] sorted = sortedPresent(FittedFeatureScaler.numeric("RobustScaler", input.column(j)));
            if (withCentering) {
                center[j] = median(sorted);
            }
            if (withScaling) {
                scale[j] = FittedFeatureScaler.handleZero(percentile(sorted, qMax) - percentile(sorted, qMin));
            }
        }
        return new FittedFeatureScaler("RobustScaler", input.columnNames(), center, scale, null, null, 1.0, 0.0);
    }

    private static double[] sortedPresent(double[] x) {
        double[] out = new double[x.length];
        int m = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                out[m++] = v;
            }
        }
        out = Arrays.copyOf(out, m);
        Arrays.sort(out);
        return out;
    }

    /** numpy's median of sorted values: the middle one, or the mean of the two middle ones; NaN when empty. */
    static double median(double[] sorted) {
        int m = sorted.length;
        if (m == 0) {
            return Double.NaN;
        }
        return m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2.0;
    }

    /**
     * numpy's {@code percentile(method="linear")} of sorted values, with numpy's own arithmetic: the virtual index
     * {@code n*q + (1 - q) - 1} and the two-sided lerp that interpolates from the nearer neighbour.
     */
    static double percentile(double[] sorted, double percent) {
        int m = sorted.length;
        if (m == 0) {
            return Double.NaN;
        }
        double q = percent / 100.0;
        double virtual = m * q + (1.0 + q * (1.0 - 1.0 - 1.0)) - 1.0;
        double below = Math.floor(virtual);
        int lo = (int) Math.max(0, Math.min(below, m - 1));
        int hi = Math.min(lo + 1, m - 1);
        if (virtual < 0) {
            return sorted[0];
        }
        if (virtual >= m - 1) {
            return sorted[m - 1];
        }
        double gamma = virtual - below;
        double a = sorted[lo];
        double b = sorted[hi];
        double diff = b - a;
        return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
    }
}
