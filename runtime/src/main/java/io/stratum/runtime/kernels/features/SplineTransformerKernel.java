package io.stratum.runtime.kernels.features;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fits scikit-learn's {@code SplineTransformer}: per column, {@code n_knots} base knots (uniform between the
 * training min and max, or at the NaN-ignoring training percentiles), extended by {@code degree} knots on each side
 * (mirrored by the period when periodic), giving {@code n_knots + degree - 1} B-splines ({@code n_knots - 1} when
 * periodic).
 */
public final class SplineTransformerKernel {
    private SplineTransformerKernel() {
    }

    /** scikit-learn's {@code extrapolation} values. */
    public enum Extrapolation {
        ERROR, CONSTANT, LINEAR, CONTINUE, PERIODIC;

        public static Extrapolation parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    /** The settings of one {@code SplineTransformer}. */
    public record Params(int nKnots, int degree, boolean quantileKnots, Extrapolation extrapolation,
                         boolean includeBias, boolean missingAsZeros) {
    }

    public static FittedSplines fit(Table input, Params params) {
        if (params.nKnots() < 2) {
            throw new DataException("SplineTransformer: n_knots must be >= 2, got " + params.nKnots());
        }
        if (params.degree() < 0) {
            throw new DataException("SplineTransformer: degree must be >= 0, got " + params.degree());
        }
        if (params.extrapolation() == Extrapolation.PERIODIC && params.nKnots() <= params.degree()) {
            throw new DataException("SplineTransformer: periodic splines require degree < n_knots. Got n_knots="
                    + params.nKnots() + " and degree=" + params.degree() + ".");
        }
        if (input.rowCount() < 2) {
            throw new DataException("SplineTransformer needs at least 2 training rows, got " + input.rowCount());
        }
        List<BSplineBasis> bases = new ArrayList<>();
        for (int j = 0; j < input.columnCount(); j++) {
            double[] x = values(input.column(j), params.missingAsZeros());
            bases.add(new BSplineBasis(knots(baseKnots(x, params), params), params.degree()));
        }
        return new FittedSplines(input.columnNames(), bases, params);
    }

    static double[] values(Column c, boolean missingAsZeros) {
        if (!c.type().isNumeric() && c.type() != DataType.BOOL) {
            throw new DataException("SplineTransformer needs numeric columns, but column '" + c.name() + "' is "
                    + c.type().pandasName() + "; encode it first or leave it out of the step");
        }
        double[] x = c.toDoubleArray();
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) && !missingAsZeros) {
                throw new DataException("SplineTransformer: column '" + c.name() + "' has a missing value in row " + i
                        + "; scikit-learn refuses it with handle_missing='error': set handle_missing='zeros' to encode"
                        + " missing values as splines with value 0, or impute them first");
            }
            if (Double.isInfinite(x[i])) {
                throw new DataException("SplineTransformer: column '" + c.name() + "' has an infinite value in row "
                        + i + " (Input X contains infinity)");
            }
        }
        return x;
    }

    private static double[] baseKnots(double[] x, Params params) {
        int m = params.nKnots();
        double[] present = Arrays.stream(x).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] base = new double[m];
        if (params.quantileKnots()) {
            if (present.length == 0) {
                Arrays.fill(base, Double.NaN);
                return base;
            }
            // np.nanpercentile(X, 100 * linspace(0, 1, n_knots))
            double step = 1.0 / (m - 1);
            for (int i = 0; i < m; i++) {
                double level = i == m - 1 ? 1.0 : i * step;
                base[i] = NumpyQuantiles.LINEAR.percentile(present, 100 * level);
            }
            return base;
        }
        double lo = present.length == 0 ? 0.0 : present[0];
        double hi = present.length == 0 ? 0.0 : present[present.length - 1];
        return linspace(lo, hi, m);
    }

    /** numpy's {@code linspace(start, stop, num)}: {@code start + i * step}, the last point exactly {@code stop}. */
    static double[] linspace(double start, double stop, int num) {
        double[] out = new double[num];
        if (num == 1) {
            out[0] = start;
            return out;
        }
        double delta = stop - start;
        double step = delta / (num - 1);
        for (int i = 0; i < num; i++) {
            out[i] = step == 0 ? (i / (double) (num - 1)) * delta + start : i * step + start;
        }
        out[num - 1] = stop;
        return out;
    }

    private static double[] knots(double[] base, Params params) {
        int m = base.length;
        int k = params.degree();
        for (int i = 1; i < m; i++) {
            if (!(base[i] > base[i - 1])) {
                throw new DataException("SplineTransformer: the knots of a column are not strictly increasing (a"
                        + " constant column, or too many repeated values for knots='quantile'); scikit-learn's B-splines"
                        + " would be undefined there: drop the column or use fewer knots");
            }
        }
        double[] t = new double[m + 2 * k];
        if (params.extrapolation() == Extrapolation.PERIODIC) {
            double period = base[m - 1] - base[0];
            for (int i = 0; i < k; i++) {
                t[i] = base[m - 1 - k + i] - period;
                t[m + k + i] = base[1 + i] + period;
            }
        } else {
            double distMin = base[1] - base[0];
            double distMax = base[m - 1] - base[m - 2];
            double[] before = linspace(base[0] - k * distMin, base[0] - distMin, k);
            double[] after = linspace(base[m - 1] + distMax, base[m - 1] + k * distMax, k);
            System.arraycopy(before, 0, t, 0, k);
            System.arraycopy(after, 0, t, m + k, k);
        }
        System.arraycopy(base, 0, t, k, m);
        return t;
    }
}
