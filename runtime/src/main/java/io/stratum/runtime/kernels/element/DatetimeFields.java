package io.stratum.runtime.kernels.element;

import io.stratum.ir.logical.DatetimePart;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.io.Parallel;

/**
 * pandas' {@code .dt} fields of a datetime column, computed from microseconds with integer arithmetic (the civil
 * calendar from a day count, no date objects per row). Without NaT the result is integer (pandas says int32, Stratum
 * int64, the same values); with NaT it is float64 with NaN there, as in pandas. Rows are computed in parallel chunks.
 */
public final class DatetimeFields {
    private static final long MICROS_PER_DAY = 86_400_000_000L;
    /** Rows per parallel piece; pieces write disjoint ranges, so results do not depend on the thread count. */
    private static final int CHUNK = 1 << 16;

    private DatetimeFields() {
    }

    static Column field(MemoryContext ctx, Column column, DatetimePart part) {
        if (!(column instanceof TimestampColumn t)) {
            throw new DataException(".dt." + part.pandasName() + " needs a datetime column, but '" + column.name()
                    + "' is " + column.type().pandasName() + (column.type().pandasName().equals("str")
                    ? "; convert it first with pd.to_datetime(df['" + column.name() + "'], format=...)" : ""));
        }
        int n = t.length();
        long[] micros = t.toMicrosArray();
        boolean[] nat = t.nullFlags();
        long[] out = values(part, micros, nat);
        if (nat == null) {
            return Int64Column.of(ctx, column.name(), out);
        }
        double[] withNaN = new double[n];
        for (int i = 0; i < n; i++) {
            withNaN[i] = nat[i] ? Double.NaN : out[i];
        }
        return Float64Column.of(ctx, column.name(), withNaN);
    }

    /** The most days a per-day table covers (a column spanning more computes each row on its own). */
    static final int MAX_TABLE_DAYS = 1 << 20;

    /**
     * The field of every row ({@code nat}: rows to skip, their value is 0; may be null). Fields of the date (year,
     * month, day, day of year, quarter, weekday) are looked up in a table of the column's days, from its first to its
     * last, each computed once by {@link #of} (a few thousand days for years of data, against millions of rows);
     * the time of day is a division. Either way each value is exactly {@link #of}'s.
     */
    static long[] values(DatetimePart part, long[] micros, boolean[] nat) {
        int n = micros.length;
        long[] out = new long[n];
        switch (part) {
            case HOUR, MINUTE, SECOND -> {
                long unit = part == DatetimePart.HOUR ? 3_600_000_000L : part == DatetimePart.MINUTE ? 60_000_000L
                        : 1_000_000L;
                long modulo = part == DatetimePart.HOUR ? 24 : 60;
                Parallel.forEach(chunks(n), c -> {
                    for (int i = c * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                        out[i] = Math.floorDiv(micros[i], unit) - Math.floorDiv(micros[i], unit * modulo) * modulo;
                    }
                });
            }
            default -> {
                long first = Long.MAX_VALUE;
                long last = Long.MIN_VALUE;
                for (int i = 0; i < n; i++) {
                    if (nat == null || !nat[i]) {
                        long day = Math.floorDiv(micros[i], MICROS_PER_DAY);
                        first = Math.min(first, day);
                        last = Math.max(last, day);
                    }
                }
                if (first > last || last - first >= MAX_TABLE_DAYS) {
                    Parallel.forEach(chunks(n), c -> {
                        for (int i = c * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                            out[i] = nat != null && nat[i] ? 0 : of(part, micros[i]);
                        }
                    });
                    return out;
                }
                long from = first;
                long[] table = new long[(int) (last - first + 1)];
                for (int d = 0; d < table.length; d++) {
                    table[d] = of(part, (from + d) * MICROS_PER_DAY);
                }
                Parallel.forEach(chunks(n), c -> {
                    for (int i = c * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                        out[i] = nat != null && nat[i] ? 0 : table[(int) (Math.floorDiv(micros[i], MICROS_PER_DAY) - from)];
                    }
                });
            }
        }
        return out;
    }

    private static int chunks(int rows) {
        return (rows + CHUNK - 1) / CHUNK;
    }

    /** One field of a timestamp given in microseconds since 1970-01-01T00:00. */
    static long of(DatetimePart part, long micros) {
        long days = Math.floorDiv(micros, MICROS_PER_DAY);
        long microOfDay = micros - days * MICROS_PER_DAY;
        return switch (part) {
            case HOUR -> microOfDay / 3_600_000_000L;
            case MINUTE -> microOfDay / 60_000_000L % 60;
            case SECOND -> microOfDay / 1_000_000L % 60;
            // 1970-01-01 was a Thursday; Monday is 0.
            case WEEKDAY, DAYOFWEEK -> Math.floorMod(days + 3, 7);
            case YEAR, MONTH, DAY, DAYOFYEAR, QUARTER -> civil(part, days);
        };
    }

    /** Year, month, day, day of year or quarter of a day count (Hinnant's days-to-civil algorithm). */
    private static long civil(DatetimePart part, long days) {
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long day = doy - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        return switch (part) {
            case YEAR -> year;
            case MONTH -> month;
            case DAY -> day;
            case QUARTER -> (month - 1) / 3 + 1;
            case DAYOFYEAR -> days - daysFromCivil(year, 1, 1) + 1;
            default -> throw new IllegalArgumentException(part.name());
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's civil-to-days algorithm). */
    static long daysFromCivil(long year, long month, long day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
