package io.stratum.runtime.kernels.element;

import io.stratum.ir.logical.DatetimePart;
import io.stratum.runtime.data.ArrowBuffers;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.io.Parallel;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.apache.arrow.vector.BigIntVector;

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

    /** pandas' {@code .dt.<part>} of a datetime or duration column. */
    public static Column field(MemoryContext ctx, Column column, DatetimePart part) {
        if (part.ofDuration()) {
            return TimedeltaFields.field(ctx, column, part);
        }
        if (!(column instanceof TimestampColumn t)) {
            throw new DataException(".dt." + part.pandasName() + " needs a datetime column, but '" + column.name()
                    + "' is " + column.type().pandasName() + (column.type().pandasName().equals("str")
                    ? "; convert it first with pd.to_datetime(df['" + column.name() + "'], format=...)" : ""));
        }
        int n = t.length();
        boolean[] nat = t.nullFlags();
        if (part.isFlag()) {
            // pandas' calendar flags are bool, False at NaT
            long[] flags = values(part, t.toLocalMicrosArray(), nat);
            boolean[] out = new boolean[n];
            for (int i = 0; i < n; i++) {
                out[i] = (nat == null || !nat[i]) && flags[i] != 0;
            }
            return io.stratum.runtime.data.BoolColumn.of(ctx, column.name(), out);
        }
        if (nat == null && n > 0 && t.zone() == null) {
            return withoutNaT(ctx, t, part);
        }
        // A time-zone-aware column's fields are those of its local time (pandas' .dt reads the wall clock).
        long[] micros = t.toLocalMicrosArray();
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

    /**
     * A column without NaT: read from its Arrow buffer and written into the result's, in parallel chunks, with no
     * array of the whole column in between (two 24 MB arrays per field at 3M rows cost more than the fields).
     */
    private static Column withoutNaT(MemoryContext ctx, TimestampColumn t, DatetimePart part) {
        int n = t.length();
        // The buffer holds ticks of the column's unit: days are found in ticks, fields computed from microseconds.
        io.stratum.runtime.data.DatetimeUnit unit = t.unit();
        long ticksPerDay = 86_400L * unit.perSecond();
        MemorySegment src = ArrowBuffers.segment(t.vector().getDataBuffer(), 8L * n);
        BigIntVector out = ctx.track(new BigIntVector(t.name(), ctx.allocator()));
        out.allocateNew(n);
        MemorySegment dst = ArrowBuffers.segment(out.getDataBuffer(), 8L * n);
        int chunks = chunks(n);
        long[] table = null;
        long from = 0;
        if (part != DatetimePart.HOUR && part != DatetimePart.MINUTE && part != DatetimePart.SECOND) {
            long[] lo = new long[chunks];
            long[] hi = new long[chunks];
            Parallel.forEach(chunks, c -> {
                long a = Long.MAX_VALUE;
                long b = Long.MIN_VALUE;
                for (int i = c * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                    long m = src.getAtIndex(LONG, i);
                    a = Math.min(a, m);
                    b = Math.max(b, m);
                }
                lo[c] = a;
                hi[c] = b;
            });
            long first = Math.floorDiv(java.util.Arrays.stream(lo).min().getAsLong(), ticksPerDay);
            long last = Math.floorDiv(java.util.Arrays.stream(hi).max().getAsLong(), ticksPerDay);
            if (last - first < MAX_TABLE_DAYS) {
                from = first;
                table = new long[(int) (last - first + 1)];
                for (int d = 0; d < table.length; d++) {
                    table[d] = of(part, (from + d) * MICROS_PER_DAY);
                }
            }
        }
        long[] days = table;
        // Ticks since the first day's midnight are never negative: a plain division finds the day.
        long start = from * ticksPerDay;
        Parallel.forEach(chunks, c -> {
            int end = Math.min(n, c * CHUNK + CHUNK);
            if (days != null) {
                for (int i = c * CHUNK; i < end; i++) {
                    dst.setAtIndex(LONG, i, days[(int) ((src.getAtIndex(LONG, i) - start) / ticksPerDay)]);
                }
            } else {
                for (int i = c * CHUNK; i < end; i++) {
                    dst.setAtIndex(LONG, i, of(part, unit.toMicros(src.getAtIndex(LONG, i))));
                }
            }
        });
        ArrowBuffers.putValidity(out.getValidityBuffer(), null, n);
        out.setValueCount(n);
        return Int64Column.wrap(ctx, t.name(), out);
    }

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

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
                // The first and last day from the smallest and largest microseconds (no division per row).
                long lo = Long.MAX_VALUE;
                long hi = Long.MIN_VALUE;
                for (int i = 0; i < n; i++) {
                    if (nat == null || !nat[i]) {
                        lo = Math.min(lo, micros[i]);
                        hi = Math.max(hi, micros[i]);
                    }
                }
                long first = lo > hi ? 1 : Math.floorDiv(lo, MICROS_PER_DAY);
                long last = lo > hi ? 0 : Math.floorDiv(hi, MICROS_PER_DAY);
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
            case YEAR, MONTH, DAY, DAYOFYEAR, QUARTER, DAYS_IN_MONTH, IS_MONTH_START, IS_MONTH_END, IS_QUARTER_START,
                 IS_QUARTER_END, IS_YEAR_START, IS_YEAR_END, IS_LEAP_YEAR -> civil(part, days);
            case DAYS, SECONDS, MICROSECONDS, TOTAL_SECONDS ->
                    throw new IllegalArgumentException(part + " is a component of durations, not of datetimes");
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
            case DAYS_IN_MONTH -> daysInMonth(year, month);
            case IS_MONTH_START -> day == 1 ? 1 : 0;
            case IS_MONTH_END -> day == daysInMonth(year, month) ? 1 : 0;
            case IS_QUARTER_START -> day == 1 && month % 3 == 1 ? 1 : 0;
            case IS_QUARTER_END -> month % 3 == 0 && day == daysInMonth(year, month) ? 1 : 0;
            case IS_YEAR_START -> month == 1 && day == 1 ? 1 : 0;
            case IS_YEAR_END -> month == 12 && day == 31 ? 1 : 0;
            case IS_LEAP_YEAR -> leap(year) ? 1 : 0;
            default -> throw new IllegalArgumentException(part.name());
        };
    }

    private static boolean leap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static long daysInMonth(long year, long month) {
        return switch ((int) month) {
            case 2 -> leap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
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
