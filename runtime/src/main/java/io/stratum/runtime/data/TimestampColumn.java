package io.stratum.runtime.data;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.arrow.vector.TimeStampVector;

/**
 * A timezone-naive datetime column backed by an Arrow {@link TimeStampVector} of its {@link DatetimeUnit}: whole
 * seconds, milliseconds, microseconds or nanoseconds since the epoch, pandas 3's {@code datetime64[s|ms|us|ns]}.
 * Nulls are pandas' {@code NaT}.
 */
public final class TimestampColumn extends ArrowColumn<TimeStampVector> implements Column {

    private final DatetimeUnit unit;
    /** The time zone of a time-zone-aware column (its values are UTC instants), null for a naive one. */
    private final String zone;

    private TimestampColumn(String name, MemoryContext context, TimeStampVector vector) {
        super(name, context, vector);
        this.unit = DatetimeUnit.of(vector);
        this.zone = DatetimeUnit.zoneOf(vector);
    }

    /** A {@code datetime64[us]} column of microseconds since the epoch; rows with {@code nulls[i]} set are NaT. */
    public static TimestampColumn of(MemoryContext ctx, String name, long[] micros, boolean[] nulls) {
        return of(ctx, name, micros, nulls, DatetimeUnit.US);
    }

    /**
     * A column of {@code ticks} of {@code unit} since the epoch; rows with {@code nulls[i]} set are NaT ({@code nulls}
     * may be null).
     */
    public static TimestampColumn of(MemoryContext ctx, String name, long[] ticks, boolean[] nulls, DatetimeUnit unit) {
        return of(ctx, name, ticks, nulls, unit, null);
    }

    /**
     * A column of {@code ticks} of {@code unit} since the epoch, time-zone-aware in {@code zone} (then the ticks are UTC
     * instants) or naive ({@code zone} null).
     */
    public static TimestampColumn of(MemoryContext ctx, String name, long[] ticks, boolean[] nulls, DatetimeUnit unit,
                                     String zone) {
        int n = ticks.length;
        if (nulls != null && nulls.length != n) {
            throw new IllegalArgumentException("null mask has " + nulls.length + " entries for " + n + " values");
        }
        TimeStampVector v = ctx.track(unit.newVector(name, ctx.allocator(), zone));
        v.allocateNew(n);
        ArrowBuffers.putLongs(v.getDataBuffer(), ticks, n);
        ArrowBuffers.putValidity(v.getValidityBuffer(), nulls, n);
        if (nulls != null) {
            for (int i = 0; i < n; i++) {
                if (nulls[i] && ticks[i] != 0) {
                    v.getDataBuffer().setLong((long) i * TimeStampVector.TYPE_WIDTH, 0L);
                }
            }
        }
        v.setValueCount(n);
        return new TimestampColumn(name, ctx, v);
    }

    /**
     * A column over an already filled naive vector that {@code ctx} tracks (kernels writing Arrow buffers directly);
     * the vector's class gives the unit; the vector must not change afterwards.
     */
    public static TimestampColumn wrap(MemoryContext ctx, String name, TimeStampVector vector) {
        return new TimestampColumn(name, ctx, vector);
    }

    @Override
    public DataType type() {
        return DataType.DATETIME;
    }

    @Override
    public String dtypeName() {
        return dtypeName(unit, zone);
    }

    /** pandas' dtype text: {@code datetime64[ms]}, or {@code datetime64[us, Europe/Paris]} for a zone. */
    public static String dtypeName(DatetimeUnit unit, String zone) {
        return zone == null ? unit.dtypeName() : "datetime64[" + unit.text() + ", " + zone + "]";
    }

    /** The resolution the values are stored in. */
    public DatetimeUnit unit() {
        return unit;
    }

    /** The time zone of a time-zone-aware column, null for a naive one. */
    public String zone() {
        return zone;
    }

    /**
     * Every value as microseconds of the wall-clock time it shows (for a naive column the value itself, for a
     * time-zone-aware one the local time of its zone, daylight saving included), 0 for NaT: what {@code .dt} fields
     * read.
     */
    public long[] toLocalMicrosArray() {
        long[] micros = toMicrosArray();
        if (zone != null) {
            java.time.zone.ZoneRules rules = TimeZones.zone(zone).getRules();
            for (int i = 0; i < micros.length; i++) {
                if (!isNull(i)) {
                    micros[i] = TimeZones.toLocal(rules, micros[i]);
                }
            }
        }
        return micros;
    }

    /** The value in ticks of {@link #unit()} since 1970-01-01T00:00; 0 when the row is NaT. */
    public long getTicks(int row) {
        return ArrowBuffers.longAt(vector, row, name);
    }

    /** All values in ticks of {@link #unit()} (0 for NaT), decoded once for kernels. */
    public long[] toTicksArray() {
        return ArrowBuffers.getLongs(vector.getDataBuffer(), length());
    }

    /**
     * Microseconds since 1970-01-01T00:00 (floored from nanoseconds, so every calendar field down to the microsecond is
     * exact); 0 when the row is NaT, so check {@link #isNull} first.
     */
    public long getMicros(int row) {
        return unit.toMicros(getTicks(row));
    }

    /** All values as microseconds (0 for NaT), as {@link #getMicros} gives them. */
    public long[] toMicrosArray() {
        long[] ticks = toTicksArray();
        if (unit != DatetimeUnit.US) {
            for (int i = 0; i < ticks.length; i++) {
                ticks[i] = unit.toMicros(ticks[i]);
            }
        }
        return ticks;
    }

    /**
     * This column in the finer (or equal) unit {@code to}, as pandas converts when datetimes of two units meet; a
     * value out of the finer unit's range is a {@link DataException} naming the column.
     */
    public TimestampColumn toUnit(DatetimeUnit to) {
        if (to == unit) {
            return this;
        }
        long[] ticks = toTicksArray();
        boolean[] nulls = nullFlags();
        for (int i = 0; i < ticks.length; i++) {
            try {
                ticks[i] = unit.toFiner(ticks[i], to);
            } catch (ArithmeticException e) {
                throw new DataException("column '" + name + "' row " + i + ": " + format(i) + " is outside the range of "
                        + to.dtypeName() + " (pandas raises OutOfBoundsDatetime converting it)");
            }
        }
        return of(context, name, ticks, nulls, to, zone);
    }

    @Override
    public TimestampColumn take(int[] rows) {
        checkRows(rows);
        long[] values = new long[rows.length];
        boolean[] nulls = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = getTicks(rows[i]);
            nulls[i] = isNull(rows[i]);
        }
        return of(context, name, values, nulls, unit, zone);
    }

    @Override
    public TimestampColumn rename(String newName) {
        return new TimestampColumn(newName, context, vector);
    }

    @Override
    public double[] toDoubleArray() {
        throw new DataException("column '" + name + "' holds datetimes, but a numeric column is needed here;"
                + " extract numbers first, for example df['" + name + "'].dt.hour or .dt.year");
    }

    /** pandas' rendering of a Timestamp: {@code 2011-01-01 00:00:00}, with microseconds only when not zero. */
    public static String formatMicros(long micros) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        int fraction = (int) Math.floorMod(micros, 1_000_000L);
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, fraction * 1000, ZoneOffset.UTC);
        String base = String.format("%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond());
        return fraction == 0 ? base : base + String.format(".%06d", fraction);
    }

    /**
     * pandas' rendering of a Timestamp of {@code unit}: {@code 2011-01-01 00:00:00}, with the fraction only when not
     * zero (six digits, nine for a nanosecond value with a nanosecond part), as {@code str(Timestamp)} shows it.
     */
    public static String formatTicks(long ticks, DatetimeUnit unit) {
        if (unit == DatetimeUnit.NS && Math.floorMod(ticks, 1000L) != 0) {
            long micros = Math.floorDiv(ticks, 1000L);
            String base = formatMicros(micros - Math.floorMod(micros, 1_000_000L));
            long nanos = Math.floorMod(ticks, 1_000_000_000L);
            return base + String.format(".%09d", nanos);
        }
        return formatMicros(unit.toMicros(ticks));
    }

    @Override
    public String format(int row) {
        if (isNull(row)) {
            return "NaT";
        }
        return formatInstant(getTicks(row), unit, zone);
    }

    /**
     * pandas' {@code str()} of a Timestamp of {@code unit}: {@link #formatTicks} for a naive one ({@code zone} null),
     * else the local time in {@code zone} of the UTC instant {@code ticks} followed by its offset
     * ({@code 2020-03-29 03:30:00+02:00}).
     */
    public static String formatInstant(long ticks, DatetimeUnit unit, String zone) {
        if (zone == null) {
            return formatTicks(ticks, unit);
        }
        java.time.zone.ZoneRules rules = TimeZones.zone(zone).getRules();
        int offset = TimeZones.offsetSeconds(rules, unit.toMicros(ticks));
        return formatTicks(Math.addExact(ticks, offset * unit.perSecond()), unit) + TimeZones.offsetText(offset);
    }
}
