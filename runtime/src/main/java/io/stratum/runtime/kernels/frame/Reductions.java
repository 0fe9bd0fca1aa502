package io.stratum.runtime.kernels.frame;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.PythonOrder;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.features.NumpyQuantiles;
import io.stratum.runtime.kernels.NumpySums;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * pandas' reductions of a Series over its rows ({@code s.mean()}, {@code s.std()}, {@code s.quantile(q)}, ...) with
 * {@code skipna=True}, computed as pandas' {@code nanops} compute them without bottleneck, so the values are the same
 * bits: sums are numpy's pairwise sums over the whole column with missing values as 0, the mean divides that sum by the
 * count, the variance takes two passes (the mean, then the pairwise sum of squared deviations, divided by
 * {@code count - ddof}), the median and quantiles are numpy's of the non-missing values (linear interpolation).
 *
 * <p>Types as pandas gives them: an int64 column's sum, min and max are ints, its mean, median, std, var and quantile
 * floats; a bool column sums to an int and its min/max are bools; a str column has min, max (Python's order), count and
 * nunique only. Counts are ints. An empty or all-missing column gives NaN, except a sum (0) and counts (0).
 */
public final class Reductions {
    private Reductions() {
    }

    /** {@code function} of {@code column}; {@code argument} is the quantile or ddof (ignored otherwise). */
    public static Scalar reduce(String function, double argument, Column column) {
        DataType type = column.type();
        if (function.equals("count")) {
            return Scalar.of((long) (column.length() - column.missingCount()));
        }
        if (function.equals("nunique")) {
            return Scalar.of(nunique(column));
        }
        if (function.equals("len")) {
            return Scalar.of((long) column.length());
        }
        switch (type) {
            case DATETIME, TIMEDELTA -> {
                return TemporalReductions.reduce(function, argument, column);
            }
            case CATEGORY -> throw new DataException(function + "() of the category column '" + column.name()
                    + "' is not supported (pandas refuses it for unordered categories); convert it first with .astype(str), or count values with count() or nunique()");
            case STRING -> {
                if (function.equals("min") || function.equals("max")) {
                    return stringExtreme((StringColumn) column, function.equals("max"));
                }
                throw new DataException("cannot take the " + function + "() of the column '" + column.name()
                        + "', which holds strings; reduce a numeric column, or convert it with astype(float) if it holds numbers");
            }
            default -> {
            }
        }
        if (function.equals("any") || function.equals("all")) {
            // pandas' nanany/nanall: the truth of the present values (NaN skipped); all() of none is True
            if (type != DataType.BOOL && type != DataType.INT64 && type != DataType.FLOAT64) {
                throw new DataException(function + "() of the column '" + column.name() + "', which holds "
                        + column.dtypeName() + ", is not supported by Stratum; compare it first, e.g. (df['"
                        + column.name() + "'] != '')." + function + "()");
            }
            boolean any = function.equals("any");
            for (double v : present(column)) {
                if ((v != 0.0) == any) {
                    return Scalar.of(any);
                }
            }
            return Scalar.of(!any);
        }
        if (type == DataType.BOOL && (function.equals("median") || function.equals("quantile"))) {
            throw new DataException(function + "() of the bool column '" + column.name() + "' is not supported by Stratum; convert it first with astype(int)");
        }
        boolean ints = type == DataType.INT64 && column.nullCount() == 0;
        return switch (function) {
            case "sum" -> type == DataType.FLOAT64 || !ints && type == DataType.INT64
                    ? Scalar.of(NumpySums.sum(zeroFilled(column))) : Scalar.of(longSum(column));
            case "mean" -> mean(column, ints);
            case "var" -> Scalar.of(variance(column, (long) argument));
            case "std" -> Scalar.of(Math.sqrt(variance(column, (long) argument)));
            case "median" -> Scalar.of(quantile(column, 0.5, true));
            case "quantile" -> Scalar.of(quantile(column, argument, false));
            case "min", "max" -> extreme(column, function.equals("max"));
            default -> throw new IllegalArgumentException("not a reduction: " + function);
        };
    }

    private static Scalar mean(Column column, boolean ints) {
        long count = column.length() - column.missingCount();
        if (count == 0) {
            return Scalar.of(Double.NaN);
        }
        // numpy sums an int64 or bool column as float64; a sum below 2^53 is exact in any order, as the long sum is.
        double sum = column.type() == DataType.FLOAT64 || !ints && column.type() == DataType.INT64
                ? NumpySums.sum(zeroFilled(column)) : (double) longSum(column);
        return Scalar.of(sum / count);
    }

    /** pandas' nanvar: two passes over the column with missing values as 0, divided by {@code count - ddof}. */
    private static double variance(Column column, long ddof) {
        return variance(zeroFilled(column), column, ddof);
    }

    /**
     * pandas' nanvar of {@code values} (the column's values with its missing rows as 0): the mean, then the pairwise
     * sum of squared deviations of the present rows, divided by {@code count - ddof}; NaN with too few values.
     */
    static double variance(double[] values, Column column, long ddof) {
        long count = column.length() - column.missingCount();
        double d = count - ddof;
        if (count <= ddof) {
            return Double.NaN;
        }
        double avg = NumpySums.sum(values) / count;
        double[] squares = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!column.isMissing(i)) {
                double dev = avg - values[i];
                squares[i] = dev * dev;
            }
        }
        return NumpySums.sum(squares) / d;
    }

    private static double quantile(Column column, double q, boolean median) {
        double[] values = present(column);
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        if (median) {
            int n = values.length;
            return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        }
        // pandas passes q * 100 to numpy's percentile, which divides it by 100 again.
        return NumpyQuantiles.LINEAR.percentile(values, q * 100.0);
    }

    private static Scalar extreme(Column column, boolean max) {
        int best = -1;
        for (int i = 0; i < column.length(); i++) {
            if (column.isMissing(i)) {
                continue;
            }
            if (best < 0 || compare(column, i, best) * (max ? 1 : -1) > 0) {
                best = i;
            }
        }
        if (best < 0) {
            return Scalar.of(Double.NaN);
        }
        return switch (column) {
            case Int64Column l -> Scalar.of(l.getLong(best));
            case BoolColumn b -> Scalar.of(b.getBoolean(best));
            case Float64Column f -> Scalar.of(f.getDouble(best));
            default -> throw new IllegalStateException(column.type().toString());
        };
    }

    private static int compare(Column column, int a, int b) {
        return switch (column) {
            case Int64Column l -> Long.compare(l.getLong(a), l.getLong(b));
            case BoolColumn c -> Boolean.compare(c.getBoolean(a), c.getBoolean(b));
            case Float64Column f -> Double.compare(f.getDouble(a), f.getDouble(b));
            default -> throw new IllegalStateException(column.type().toString());
        };
    }

    private static Scalar stringExtreme(StringColumn column, boolean max) {
        String best = null;
        for (int i = 0; i < column.length(); i++) {
            if (column.isMissing(i)) {
                continue;
            }
            String s = column.getString(i);
            if (best == null || PythonOrder.compareStrings(s, best) * (max ? 1 : -1) > 0) {
                best = s;
            }
        }
        return best == null ? Scalar.of(Double.NaN) : Scalar.of(best);
    }

    /**
     * pandas' {@code Series.mode()}: the rows holding the column's most frequent present values, one row per value, in
     * the values' order (numbers ascending, text in Python's code point order, False before True); none when every
     * value is missing.
     */
    public static int[] modeRows(Column column) {
        if (!(column instanceof Int64Column || column instanceof Float64Column || column instanceof StringColumn
                || column instanceof BoolColumn)) {
            throw new DataException("mode() of the " + column.dtypeName() + " column '" + column.name()
                    + "' is not supported by Stratum; count its values with value_counts()");
        }
        java.util.Map<Object, int[]> counts = new java.util.HashMap<>();
        int most = 0;
        for (int i = 0; i < column.length(); i++) {
            if (column.isMissing(i)) {
                continue;
            }
            int[] firstAndCount = counts.computeIfAbsent(valueKey(column, i), k -> new int[2]);
            if (firstAndCount[1]++ == 0) {
                firstAndCount[0] = i;
            }
            most = Math.max(most, firstAndCount[1]);
        }
        java.util.List<Integer> rows = new java.util.ArrayList<>();
        for (int[] fc : counts.values()) {
            if (fc[1] == most) {
                rows.add(fc[0]);
            }
        }
        rows.sort((x, y) -> switch (column) {
            case Int64Column l -> Long.compare(l.getLong(x), l.getLong(y));
            case Float64Column f -> Double.compare(f.getDouble(x) + 0.0, f.getDouble(y) + 0.0);
            case BoolColumn b -> Boolean.compare(b.getBoolean(x), b.getBoolean(y));
            case StringColumn t -> io.stratum.runtime.data.PythonOrder.compareStrings(t.getString(x), t.getString(y));
            default -> throw new IllegalStateException(column.type().toString());
        });
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The value of {@code row} as a key equal for the values pandas' hash table takes as one. */
    private static Object valueKey(Column column, int row) {
        return switch (column) {
            case Int64Column l -> l.getLong(row);
            case BoolColumn b -> b.getBoolean(row);
            // -0.0 and 0.0 are one value to pandas' hash table.
            case Float64Column f -> f.getDouble(row) == 0.0 ? 0.0 : f.getDouble(row);
            case StringColumn s -> s.getString(row);
            default -> column.format(row);
        };
    }

    private static long nunique(Column column) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < column.length(); i++) {
            if (column.isMissing(i)) {
                continue;
            }
            seen.add(valueKey(column, i));
        }
        return seen.size();
    }

    private static long longSum(Column column) {
        long sum = 0;
        for (int i = 0; i < column.length(); i++) {
            if (column.isMissing(i)) {
                continue;
            }
            sum += switch (column) {
                case Int64Column l -> l.getLong(i);
                case BoolColumn b -> b.getBoolean(i) ? 1 : 0;
                default -> throw new IllegalStateException(column.type().toString());
            };
        }
        return sum;
    }

    /** The values as float64 with missing ones 0, as pandas fills them before numpy sums. */
    private static double[] zeroFilled(Column column) {
        double[] values = column.toDoubleArray();
        for (int i = 0; i < values.length; i++) {
            if (column.isMissing(i)) {
                values[i] = 0.0;
            }
        }
        return values;
    }

    private static double[] present(Column column) {
        double[] all = column.toDoubleArray();
        double[] kept = new double[all.length - column.missingCount()];
        int k = 0;
        for (int i = 0; i < all.length; i++) {
            if (!column.isMissing(i)) {
                kept[k++] = all[i];
            }
        }
        return k == kept.length ? kept : Arrays.copyOf(kept, k);
    }

    /**
     * The values of a frame's reductions as pandas assembles them into one Series: all ints stay ints, ints with
     * floats become floats (float64); with a bool or a str among them the Series is object and each keeps its type.
     */
    public static List<Scalar> asSeries(List<Scalar> values) {
        boolean anyFloat = false;
        for (Scalar s : values) {
            if (s instanceof Scalar.BoolScalar || s instanceof Scalar.StringScalar) {
                return values;
            }
            anyFloat |= s instanceof Scalar.FloatScalar;
        }
        if (!anyFloat) {
            return values;
        }
        List<Scalar> out = new ArrayList<>(values.size());
        for (Scalar s : values) {
            out.add(s instanceof Scalar.IntScalar i ? Scalar.of((double) i.value()) : s);
        }
        return out;
    }
}
