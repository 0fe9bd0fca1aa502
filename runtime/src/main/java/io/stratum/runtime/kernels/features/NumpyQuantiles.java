package io.stratum.runtime.kernels.features;

import io.stratum.runtime.data.DataException;
import java.util.Locale;

/**
 * numpy 2's {@code percentile(a, q, method=...)} of sorted values, with numpy's own arithmetic (virtual index, gamma
 * and the two-sided lerp), so bin edges and knots equal numpy's bit for bit.
 */
public enum NumpyQuantiles {
    LINEAR, AVERAGED_INVERTED_CDF, INVERTED_CDF, INTERPOLATED_INVERTED_CDF, HAZEN, WEIBULL, MEDIAN_UNBIASED,
    NORMAL_UNBIASED;

    /** The method numpy calls {@code name} (e.g. {@code averaged_inverted_cdf}); others are refused. */
    public static NumpyQuantiles parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DataException("quantile_method='" + name + "' is not supported by Stratum; use one of linear,"
                    + " averaged_inverted_cdf, inverted_cdf, interpolated_inverted_cdf, hazen, weibull, median_unbiased,"
                    + " normal_unbiased");
        }
    }

    /** numpy's percentile levels {@code linspace(0, 100, count)}: {@code i * step}, the last one exactly 100. */
    public static double[] percentLevels(int count) {
        double[] levels = new double[count];
        double step = 100.0 / (count - 1);
        for (int i = 0; i < count; i++) {
            levels[i] = i * step;
        }
        levels[count - 1] = 100.0;
        return levels;
    }

    /** The {@code percent}-th percentile of {@code sorted} (ascending, no NaN, not empty). */
    public double percentile(double[] sorted, double percent) {
        int n = sorted.length;
        double q = percent / 100.0;
        if (this == INVERTED_CDF) {
            double index = n * q - 1;
            double previous = Math.floor(index);
            double chosen = index - previous == 0 ? previous : previous + 1;
            int k = (int) Math.max(0, chosen);
            return sorted[Math.min(k, n - 1)];
        }
        double virtual = switch (this) {
            case LINEAR -> (n - 1) * q;
            case AVERAGED_INVERTED_CDF -> n * q - 1;
            case INTERPOLATED_INVERTED_CDF -> virtual(n, q, 0, 1);
            case HAZEN -> virtual(n, q, 0.5, 0.5);
            case WEIBULL -> virtual(n, q, 0, 0);
            case MEDIAN_UNBIASED -> virtual(n, q, 1 / 3.0, 1 / 3.0);
            case NORMAL_UNBIASED -> virtual(n, q, 3 / 8.0, 3 / 8.0);
            case INVERTED_CDF -> throw new IllegalStateException();
        };
        double previousIndex = Math.floor(virtual);
        int lo;
        int hi;
        if (virtual >= n - 1) {
            lo = n - 1;
            hi = n - 1;
        } else if (virtual < 0) {
            lo = 0;
            hi = 0;
        } else {
            lo = (int) previousIndex;
            hi = lo + 1;
        }
        double gamma = virtual - previousIndex;
        if (this == AVERAGED_INVERTED_CDF) {
            gamma = gamma == 0 ? 0.5 : 1.0;
        }
        double a = sorted[lo];
        double b = sorted[hi];
        double diff = b - a;
        return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
    }

    private static double virtual(int n, double q, double alpha, double beta) {
        return n * q + (alpha + q * (1 - alpha - beta)) - 1;
    }
}
