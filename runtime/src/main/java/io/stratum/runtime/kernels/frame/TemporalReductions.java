package io.stratum.runtime.kernels.frame;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.kernels.NumpySums;
import java.util.Arrays;

/**
 * pandas' reductions of datetime and duration columns ({@code d.mean()}, {@code end.max()}), computed as pandas'
 * {@code nanops} compute them on the ticks: min, max and a duration's sum exactly; the mean, median and a duration's
 * std in float64 over the ticks (numpy's pairwise sum with NaT as 0, divided by the count; the median of the present
 * values), then truncated to whole ticks as pandas converts the float back. Results are a {@code pd.Timestamp} (the
 * column's unit and zone) or a {@code pd.Timedelta}.
 */
final class TemporalReductions {
    private TemporalReductions() {
    }

    static Scalar reduce(String function, double argument, Column column) {
        boolean duration = column instanceof TimedeltaColumn;
        long[] ticks = duration ? ((TimedeltaColumn) column).toTicksArray() : ((TimestampColumn) column).toTicksArray();
        DatetimeUnit unit = duration ? ((TimedeltaColumn) column).unit() : ((TimestampColumn) column).unit();
        String zone = duration ? null : ((TimestampColumn) column).zone();
        int n = ticks.length;
        int count = n - column.missingCount();
        String kind = duration ? "duration" : "datetime";
        boolean allowed = switch (function) {
            case "min", "max", "mean", "median" -> true;
            case "sum", "std" -> duration;
            default -> false;
        };
        if (!allowed) {
            throw new DataException(function + "() of the " + kind + " column '" + column.name() + "' (" + column.dtypeName()
                    + ") is not supported" + (duration ? "" : " (pandas refuses it too)") + "; Stratum reduces "
                    + (duration ? "durations with min, max, sum, mean, median and std" : "datetimes with min, max, mean"
                    + " and median") + ", or reduce numbers such as .dt.total_seconds()");
        }
        if (function.equals("sum") && count == 0) {
            return new Scalar.DurationScalar(0, unit);
        }
        if (count == 0 || (function.equals("std") && count <= (long) argument)) {
            throw new DataException(function + "() of the " + kind + " column '" + column.name() + "' is NaT (it has "
                    + (count == 0 ? "no values" : "too few values") + "), which Stratum does not hold as a value; drop"
                    + " or fill the missing rows first");
        }
        long out = switch (function) {
            case "min", "max" -> extreme(column, ticks, function.equals("max"));
            case "sum" -> {
                long sum = 0;
                try {
                    for (int i = 0; i < n; i++) {
                        if (!column.isMissing(i)) {
                            sum = Math.addExact(sum, ticks[i]);
                        }
                    }
                } catch (ArithmeticException e) {
                    throw new DataException("sum() of the duration column '" + column.name() + "' is outside the range"
                            + " of " + unit.text() + " ticks (pandas raises OverflowError too)");
                }
                yield sum;
            }
            case "mean" -> (long) (NumpySums.sum(zeroFilled(column, ticks)) / count);
            case "median" -> (long) median(column, ticks, count);
            case "std" -> (long) Math.sqrt(Reductions.variance(zeroFilled(column, ticks), column, (long) argument));
            default -> throw new IllegalStateException(function);
        };
        return duration ? new Scalar.DurationScalar(out, unit) : new Scalar.DatetimeScalar(out, unit, zone);
    }

    private static long extreme(Column column, long[] ticks, boolean max) {
        long best = 0;
        boolean any = false;
        for (int i = 0; i < ticks.length; i++) {
            if (!column.isMissing(i) && (!any || (max ? ticks[i] > best : ticks[i] < best))) {
                best = ticks[i];
                any = true;
            }
        }
        return best;
    }

    private static double[] zeroFilled(Column column, long[] ticks) {
        double[] out = new double[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            out[i] = column.isMissing(i) ? 0.0 : (double) ticks[i];
        }
        return out;
    }

    private static double median(Column column, long[] ticks, int count) {
        double[] values = new double[count];
        int at = 0;
        for (int i = 0; i < ticks.length; i++) {
            if (!column.isMissing(i)) {
                values[at++] = ticks[i];
            }
        }
        Arrays.sort(values);
        return count % 2 == 1 ? values[count / 2] : (values[count / 2 - 1] + values[count / 2]) / 2;
    }
}
