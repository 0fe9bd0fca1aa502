package io.stratum.runtime.kernels.frame;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.TemporalConstants;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * pandas' summary tables of a frame: {@code df.describe()} (count, mean, std, min, the quartiles and max of each
 * numeric column, each computed as {@link Reductions} computes pandas' reductions) and {@code df.corr()} (Pearson's
 * correlation of each pair of columns over the rows where both are finite, pandas' {@code nancorr}: Welford's update
 * row by row, so the same bits). Each table's first column holds its row labels (the statistics' names, or the column
 * names), which pandas puts in the index.
 */
public final class Summaries {
    /** The statistics {@code describe()} gives, in pandas' order and with pandas' names. */
    static final String[] DESCRIBE = {"count", "mean", "std", "min", "25%", "50%", "75%", "max"};

    private Summaries() {
    }

    /**
     * {@code df.describe()}: the numeric (int64, float64) and time-zone-naive datetime columns' statistics, under a first column
     * {@code labels}. A datetime column has no {@code std}; with one, pandas orders the rows by the shorter list of
     * statistics first (count, mean, min, the quartiles, max, then std) and makes the datetime column an object column
     * of an int count and Timestamps: here a str column of their texts, the std row missing.
     */
    public static Table describe(MemoryContext ctx, Table table, String labels) {
        boolean datetimes = false;
        boolean numbers = false;
        for (Column c : table.columns()) {
            datetimes |= naiveDatetime(c);
            // pandas counts durations among the numbers (numpy's timedelta64 is a number): every statistic, std too.
            numbers |= c.type() == DataType.INT64 || c.type() == DataType.FLOAT64 || c.type() == DataType.TIMEDELTA;
        }
        if (!datetimes && !numbers) {
            throw new DataException("describe() of a frame without numeric or (time-zone-naive) datetime columns is not"
                    + " supported by Stratum (pandas then describes every column, text by count, unique, top and freq);"
                    + " describe one column at a time, or use value_counts() or nunique()");
        }
        String[] rows = !datetimes ? DESCRIBE : numbers ? DESCRIBE_WITH_DATETIMES : DESCRIBE_DATETIMES;
        List<Column> out = new ArrayList<>();
        out.add(StringColumn.of(ctx, labels, rows.clone()));
        for (Column c : table.columns()) {
            if (naiveDatetime(c)) {
                out.add(StringColumn.of(ctx, c.name(), datetimeStatistics((TimestampColumn) c, rows.length)));
            } else if (c instanceof TimedeltaColumn d) {
                out.add(StringColumn.of(ctx, c.name(), inOrder(durationStatistics(d), rows)));
            } else if (c.type() == DataType.INT64 || c.type() == DataType.FLOAT64) {
                out.add(Float64Column.of(ctx, c.name(), datetimes ? inOrder(statistics(c), rows) : statistics(c)));
            }
        }
        return Table.of(out);
    }

    /** pandas' {@code describe()} of a frame takes datetime columns without a time zone only (those with one are left out). */
    private static boolean naiveDatetime(Column c) {
        return c instanceof TimestampColumn t && t.zone() == null;
    }

    /** {@code s.describe()} of a numeric or datetime column: its statistics, under a first column {@code labels}. */
    public static Table describe(MemoryContext ctx, Column column, String labels) {
        if (column instanceof TimestampColumn t) {
            return Table.of(List.of(StringColumn.of(ctx, labels, DESCRIBE_DATETIMES.clone()),
                    StringColumn.of(ctx, column.name(), datetimeStatistics(t, DESCRIBE_DATETIMES.length))));
        }
        if (column instanceof TimedeltaColumn d) {
            return Table.of(List.of(StringColumn.of(ctx, labels, DESCRIBE.clone()),
                    StringColumn.of(ctx, column.name(), durationStatistics(d))));
        }
        if (column.type() != DataType.INT64 && column.type() != DataType.FLOAT64) {
            throw new DataException("describe() of the " + column.type().pandasName() + " column '" + column.name()
                    + "' is not supported by Stratum (pandas gives other statistics for it); use value_counts() or nunique()");
        }
        return Table.of(List.of(StringColumn.of(ctx, labels, DESCRIBE.clone()),
                Float64Column.of(ctx, column.name(), statistics(column))));
    }

    /** A datetime column's statistics, with pandas' rows, when the frame also has numbers: std last. */
    static final String[] DESCRIBE_WITH_DATETIMES = {"count", "mean", "min", "25%", "50%", "75%", "max", "std"};
    /** A datetime column's statistics alone. */
    static final String[] DESCRIBE_DATETIMES = {"count", "mean", "min", "25%", "50%", "75%", "max"};

    /** The numeric statistics (in {@link #DESCRIBE}'s order) in the order of {@code rows}. */
    private static double[] inOrder(double[] statistics, String[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = statistics[java.util.Arrays.asList(DESCRIBE).indexOf(rows[i])];
        }
        return out;
    }

    /** The duration statistics (in {@link #DESCRIBE}'s order) in the order of {@code rows}. */
    private static String[] inOrder(String[] statistics, String[] rows) {
        String[] out = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = statistics[java.util.Arrays.asList(DESCRIBE).indexOf(rows[i])];
        }
        return out;
    }

    /**
     * pandas' describe of a duration column as the texts it prints, in {@link #DESCRIBE}'s order: the count, then each
     * statistic as {@code str(Timedelta)} (std as {@code Series.std()} gives it, the quartiles on the ticks as float64
     * and truncated), {@code NaT} where there are too few values.
     */
    private static String[] durationStatistics(TimedeltaColumn c) {
        String[] out = new String[DESCRIBE.length];
        int count = c.length() - c.missingCount();
        out[0] = Integer.toString(count);
        java.util.Arrays.fill(out, 1, out.length, "NaT");
        if (count == 0) {
            return out;
        }
        Column asFloats = ticksAsFloats(c, c.toTicksArray());
        out[1] = duration(durationTicks(Reductions.reduce("mean", 0, c)), c);
        if (count > 1) {
            out[2] = duration(durationTicks(Reductions.reduce("std", 1, c)), c);
        }
        out[3] = duration(durationTicks(Reductions.reduce("min", 0, c)), c);
        out[4] = duration((long) number(Reductions.reduce("quantile", 0.25, asFloats)), c);
        out[5] = duration((long) number(Reductions.reduce("quantile", 0.5, asFloats)), c);
        out[6] = duration((long) number(Reductions.reduce("quantile", 0.75, asFloats)), c);
        out[7] = duration(durationTicks(Reductions.reduce("max", 0, c)), c);
        io.stratum.runtime.data.ColumnStorage.release(io.stratum.runtime.data.ColumnStorage.of(asFloats));
        return out;
    }

    /** A datetime's or a duration's ticks as a float64 column (missing where the column is), for its quantiles. */
    private static Column ticksAsFloats(Column c, long[] ticks) {
        double[] values = new double[ticks.length];
        boolean[] missing = new boolean[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            missing[i] = c.isMissing(i);
            values[i] = missing[i] ? Double.NaN : ticks[i];
        }
        return Float64Column.of(c.context(), c.name(), values, missing);
    }

    private static long durationTicks(Scalar s) {
        return ((Scalar.DurationScalar) s).ticks();
    }

    private static String duration(long ticks, TimedeltaColumn c) {
        return TemporalConstants.timedelta(ticks, c.unit()).text();
    }

    /**
     * pandas' describe of a datetime column as the texts it prints: the count, then the mean, min, quartiles and max as
     * {@code str(Timestamp)} (the mean and quartiles computed on the ticks as float64 and truncated, as pandas does), or
     * {@code NaT} when the column has no values; the rows past the seventh (std) missing.
     */
    private static String[] datetimeStatistics(TimestampColumn c, int rows) {
        String[] out = new String[rows];
        int count = c.length() - c.missingCount();
        out[0] = Integer.toString(count);
        if (count == 0) {
            java.util.Arrays.fill(out, 1, DESCRIBE_DATETIMES.length, "NaT");
            return out;
        }
        Column asFloats = ticksAsFloats(c, c.toTicksArray());
        long[] stats = {
            timestampTicks(Reductions.reduce("mean", 0, c)),
            timestampTicks(Reductions.reduce("min", 0, c)),
            (long) number(Reductions.reduce("quantile", 0.25, asFloats)),
            (long) number(Reductions.reduce("quantile", 0.5, asFloats)),
            (long) number(Reductions.reduce("quantile", 0.75, asFloats)),
            timestampTicks(Reductions.reduce("max", 0, c))};
        io.stratum.runtime.data.ColumnStorage.release(io.stratum.runtime.data.ColumnStorage.of(asFloats));
        for (int k = 0; k < stats.length; k++) {
            out[k + 1] = TemporalConstants.timestamp(stats[k], c.unit(), c.zone()).text();
        }
        return out;
    }

    private static long timestampTicks(Scalar s) {
        return ((Scalar.DatetimeScalar) s).ticks();
    }

    /**
     * {@code s.quantile([...])} and {@code df.quantile([...])}: each quantile {@code qs} of each numeric column (numpy's
     * linear interpolation, as {@link Reductions} computes one), as float64, under a first column {@code labels} of the
     * quantiles themselves.
     */
    public static Table quantiles(MemoryContext ctx, List<Column> columns, String labels, double[] qs) {
        List<Column> out = new ArrayList<>();
        out.add(Float64Column.of(ctx, labels, qs.clone()));
        for (Column c : columns) {
            if (c.type() != DataType.INT64 && c.type() != DataType.FLOAT64) {
                throw new DataException("quantile([...]) of the " + c.type().pandasName() + " column '" + c.name()
                        + "' is not supported by Stratum; select the numeric columns first");
            }
            double[] v = new double[qs.length];
            for (int i = 0; i < qs.length; i++) {
                v[i] = number(Reductions.reduce("quantile", qs[i], c));
            }
            out.add(Float64Column.of(ctx, c.name(), v, missing(v)));
        }
        return Table.of(out);
    }

    private static boolean[] missing(double[] values) {
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.isNaN(values[i]);
        }
        return out;
    }

    private static double[] statistics(Column c) {
        double[] v = new double[DESCRIBE.length];
        v[0] = c.length() - c.missingCount();
        v[1] = number(Reductions.reduce("mean", 0, c));
        v[2] = number(Reductions.reduce("std", 1, c));
        v[3] = number(Reductions.reduce("min", 0, c));
        v[4] = number(Reductions.reduce("quantile", 0.25, c));
        v[5] = number(Reductions.reduce("quantile", 0.5, c));
        v[6] = number(Reductions.reduce("quantile", 0.75, c));
        v[7] = number(Reductions.reduce("max", 0, c));
        return v;
    }

    private static double number(Scalar s) {
        return switch (s) {
            case Scalar.IntScalar i -> i.value();
            case Scalar.FloatScalar f -> f.value();
            default -> Double.NaN;
        };
    }

    /**
     * {@code df.corr()} (Pearson, {@code min_periods=1}): one row and one column per numeric (int64, float64, bool)
     * column, under a first column {@code labels} of their names; any other column is refused unless
     * {@code numericOnly}, which leaves it out (pandas fails to convert it to float).
     */
    public static Table corr(MemoryContext ctx, Table table, String labels, boolean numericOnly) {
        List<Column> numeric = new ArrayList<>();
        for (Column c : table.columns()) {
            if (c.type() == DataType.INT64 || c.type() == DataType.FLOAT64 || c.type() == DataType.BOOL) {
                numeric.add(c);
            } else if (!numericOnly) {
                throw new DataException("corr() of the " + c.type().pandasName() + " column '" + c.name() + "': pandas"
                        + " cannot convert it to numbers; pass numeric_only=True to leave it out, or drop it first");
            }
        }
        int k = numeric.size();
        double[][] mat = new double[k][];
        String[] names = new String[k];
        for (int j = 0; j < k; j++) {
            mat[j] = numeric.get(j).toDoubleArray();
            names[j] = numeric.get(j).name();
        }
        double[][] result = new double[k][k];
        for (int xi = 0; xi < k; xi++) {
            for (int yi = 0; yi <= xi; yi++) {
                double r = pearson(mat[xi], mat[yi]);
                result[xi][yi] = r;
                result[yi][xi] = r;
            }
        }
        List<Column> out = new ArrayList<>();
        out.add(StringColumn.of(ctx, labels, names));
        for (int j = 0; j < k; j++) {
            out.add(Float64Column.of(ctx, names[j], result[j]));
        }
        return Table.of(out);
    }

    /** pandas' {@code nancorr} of one pair: Welford's means, sums of squares and co-moment over rows finite in both. */
    private static double pearson(double[] x, double[] y) {
        long nobs = 0;
        double meanx = 0;
        double meany = 0;
        double ssqdmx = 0;
        double ssqdmy = 0;
        double covxy = 0;
        for (int i = 0; i < x.length; i++) {
            double vx = x[i];
            double vy = y[i];
            if (!Double.isFinite(vx) || !Double.isFinite(vy)) {
                continue;
            }
            nobs++;
            double dx = vx - meanx;
            double dy = vy - meany;
            meanx += 1.0 / nobs * dx;
            meany += 1.0 / nobs * dy;
            ssqdmx += (vx - meanx) * dx;
            ssqdmy += (vy - meany) * dy;
            covxy += (vx - meanx) * dy;
        }
        if (nobs < 1) {
            return Double.NaN;
        }
        double divisor = Math.sqrt(ssqdmx * ssqdmy);
        return divisor != 0 ? covxy / divisor : Double.NaN;
    }
}
