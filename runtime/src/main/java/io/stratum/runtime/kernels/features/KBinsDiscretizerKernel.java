package io.stratum.runtime.kernels.features;

import io.stratum.ir.random.NumpyRandomState;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fits scikit-learn 1.9's {@code KBinsDiscretizer}: per column, bin edges from the training values by strategy
 * (uniform: equal widths between min and max; quantile: numpy percentiles with {@code quantile_method}, by default
 * {@code averaged_inverted_cdf}; kmeans: midpoints of 1-D k-means centres from a uniform start), then bins narrower
 * than 1e-8 removed, as scikit-learn does. A constant column gets one bin. Beyond {@code subsample} rows the edges
 * come from a draw with replacement of that many rows ({@code RandomState.randint}, as scikit-learn's
 * {@code resample}).
 */
public final class KBinsDiscretizerKernel {
    private KBinsDiscretizerKernel() {
    }

    /** scikit-learn's {@code strategy}. */
    public enum Strategy {
        UNIFORM, QUANTILE, KMEANS;

        public static Strategy parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    /** scikit-learn's {@code encode}: one-hot (sparse or dense: the same numbers) or ordinal bin numbers. */
    public enum Encode {
        ONEHOT, ONEHOT_DENSE, ORDINAL;

        public static Encode parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /**
     * The settings of one {@code KBinsDiscretizer}; {@code subsample} 0 means None, {@code randomState} null means
     * None (then the draw uses seed 0, where scikit-learn draws from numpy's global state).
     */
    /**
     * {@code float32} is scikit-learn's {@code dtype=np.float32}: the edges are fitted on the values as given, and
     * transform casts the values to float32 before placing them ({@code validate_data(X, dtype=np.float32)}), so a value
     * whose float32 rounding falls below an edge lands one bin lower than in float64. The bin numbers and indicators
     * are exact in either type.
     */
    public record Params(int nBins, Encode encode, Strategy strategy, NumpyQuantiles quantileMethod, long subsample,
                         Long randomState, boolean float32) {
        /** scikit-learn's default {@code dtype=None}: the input's float64. */
        public Params(int nBins, Encode encode, Strategy strategy, NumpyQuantiles quantileMethod, long subsample,
                      Long randomState) {
            this(nBins, encode, strategy, quantileMethod, subsample, randomState, false);
        }
    }

    public static FittedKBins fit(Table input, Params params) {
        if (params.nBins() < 2) {
            throw new DataException("KBinsDiscretizer received an invalid number of bins. Received " + params.nBins()
                    + ", expected at least 2.");
        }
        int n = input.rowCount();
        int[] rows = null;
        if (params.subsample() > 0 && n > params.subsample()) {
            NumpyRandomState rng = new NumpyRandomState(params.randomState() == null ? 0L : params.randomState());
            rows = new int[(int) params.subsample()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = (int) rng.randint(n);
            }
        }
        List<double[]> edges = new ArrayList<>();
        for (int j = 0; j < input.columnCount(); j++) {
            double[] x = values(input.column(j));
            if (rows != null) {
                double[] drawn = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    drawn[i] = x[rows[i]];
                }
                x = drawn;
            }
            edges.add(edges(input.column(j).name(), x, params));
        }
        return new FittedKBins(input.columnNames(), edges, params.encode(), params.float32());
    }

    static double[] values(Column c) {
        if (!c.type().isNumeric() && c.type() != DataType.BOOL) {
            throw new DataException("KBinsDiscretizer needs numeric columns, but column '" + c.name() + "' is "
                    + c.type().pandasName() + "; encode it first or leave it out of the step");
        }
        double[] x = c.toDoubleArray();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new DataException("KBinsDiscretizer: column '" + c.name() + "' has "
                        + (Double.isNaN(x[i]) ? "a missing value (NaN)" : "an infinite value") + " in row " + i
                        + "; scikit-learn refuses them (Input X contains NaN or infinity): impute them first");
            }
        }
        return x;
    }

    private static double[] edges(String column, double[] x, Params params) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        if (min == max) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        int bins = params.nBins();
        double[] edges = switch (params.strategy()) {
            case UNIFORM -> SplineTransformerKernel.linspace(min, max, bins + 1);
            case QUANTILE -> {
                double[] levels = NumpyQuantiles.percentLevels(bins + 1);
                double[] e = new double[bins + 1];
                for (int i = 0; i <= bins; i++) {
                    e[i] = params.quantileMethod().percentile(sorted, levels[i]);
                }
                yield e;
            }
            case KMEANS -> kmeansEdges(column, x, min, max, bins);
        };
        if (params.strategy() == Strategy.UNIFORM) {
            return edges;
        }
        // Drop edges closer than 1e-8 to the previous one (np.ediff1d(edges, to_begin=inf) > 1e-8).
        double[] kept = new double[edges.length];
        int m = 0;
        for (int i = 0; i < edges.length; i++) {
            if (i == 0 || edges[i] - edges[i - 1] > 1e-8) {
                kept[m++] = edges[i];
            }
        }
        return Arrays.copyOf(kept, m);
    }

    private static double[] kmeansEdges(String column, double[] x, double min, double max, int bins) {
        double[] uniform = SplineTransformerKernel.linspace(min, max, bins + 1);
        double[] init = new double[bins];
        for (int i = 0; i < bins; i++) {
            init[i] = (uniform[i + 1] + uniform[i]) * 0.5;
        }
        double[] centers = KMeans1d.fit(column, x, init);
        Arrays.sort(centers);
        double[] edges = new double[bins + 1];
        edges[0] = min;
        edges[bins] = max;
        for (int i = 1; i < bins; i++) {
            edges[i] = (centers[i] + centers[i - 1]) * 0.5;
        }
        return edges;
    }
}
