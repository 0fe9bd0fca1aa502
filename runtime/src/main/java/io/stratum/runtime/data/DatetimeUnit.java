package io.stratum.runtime.data;

import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.TimeStampNanoTZVector;
import org.apache.arrow.vector.TimeStampSecTZVector;
import org.apache.arrow.vector.TimeStampMilliVector;
import org.apache.arrow.vector.TimeStampNanoVector;
import org.apache.arrow.vector.TimeStampSecVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.types.TimeUnit;

/**
 * The resolution of a datetime column, pandas 3's {@code datetime64[s|ms|us|ns]}: values are whole ticks of this unit
 * since 1970-01-01, in a long.
 */
public enum DatetimeUnit {
    S("s", 1L),
    MS("ms", 1_000L),
    US("us", 1_000_000L),
    NS("ns", 1_000_000_000L);

    private final String text;
    private final long perSecond;

    DatetimeUnit(String text, long perSecond) {
        this.text = text;
        this.perSecond = perSecond;
    }

    /** pandas' spelling: {@code s}, {@code ms}, {@code us}, {@code ns}. */
    public String text() {
        return text;
    }

    /** Ticks of this unit in one second. */
    public long perSecond() {
        return perSecond;
    }

    /** The dtype name pandas prints, {@code datetime64[ms]}. */
    public String dtypeName() {
        return "datetime64[" + text + "]";
    }

    /** The unit named {@code s}, {@code ms}, {@code us} or {@code ns}; null for another text. */
    public static DatetimeUnit ofText(String text) {
        for (DatetimeUnit u : values()) {
            if (u.text.equals(text)) {
                return u;
            }
        }
        return null;
    }

    /** The finer of two units: pandas' result unit when datetimes of both meet (concat, comparisons). */
    public static DatetimeUnit finer(DatetimeUnit a, DatetimeUnit b) {
        return a.perSecond >= b.perSecond ? a : b;
    }

    /** {@code ticks} of this unit in microseconds, floored (a nanosecond value loses its last three digits). */
    public long toMicros(long ticks) {
        return switch (this) {
            case S -> Math.multiplyExact(ticks, 1_000_000L);
            case MS -> Math.multiplyExact(ticks, 1_000L);
            case US -> ticks;
            case NS -> Math.floorDiv(ticks, 1_000L);
        };
    }

    /**
     * {@code ticks} of this unit in the finer (or equal) unit {@code to}; an {@link ArithmeticException} when the value
     * does not fit in a long there (pandas raises OutOfBoundsDatetime).
     */
    public long toFiner(long ticks, DatetimeUnit to) {
        if (to.perSecond < perSecond) {
            throw new IllegalArgumentException(to + " is coarser than " + this);
        }
        return Math.multiplyExact(ticks, to.perSecond / perSecond);
    }

    /** The Arrow time unit of this resolution. */
    public TimeUnit arrowUnit() {
        return switch (this) {
            case S -> TimeUnit.SECOND;
            case MS -> TimeUnit.MILLISECOND;
            case US -> TimeUnit.MICROSECOND;
            case NS -> TimeUnit.NANOSECOND;
        };
    }

    /** The resolution of an Arrow time unit. */
    public static DatetimeUnit of(TimeUnit unit) {
        return switch (unit) {
            case SECOND -> S;
            case MILLISECOND -> MS;
            case MICROSECOND -> US;
            case NANOSECOND -> NS;
        };
    }

    /** A new, empty naive timestamp vector of this unit. */
    public TimeStampVector newVector(String name, org.apache.arrow.memory.BufferAllocator allocator) {
        return newVector(name, allocator, null);
    }

    /**
     * A new, empty timestamp vector of this unit: naive when {@code zone} is null, else time-zone-aware (its values
     * are instants since the epoch in UTC, shown in {@code zone}).
     */
    public TimeStampVector newVector(String name, org.apache.arrow.memory.BufferAllocator allocator, String zone) {
        if (zone != null) {
            return switch (this) {
                case S -> new TimeStampSecTZVector(name, allocator, zone);
                case MS -> new TimeStampMilliTZVector(name, allocator, zone);
                case US -> new TimeStampMicroTZVector(name, allocator, zone);
                case NS -> new TimeStampNanoTZVector(name, allocator, zone);
            };
        }
        return switch (this) {
            case S -> new TimeStampSecVector(name, allocator);
            case MS -> new TimeStampMilliVector(name, allocator);
            case US -> new TimeStampMicroVector(name, allocator);
            case NS -> new TimeStampNanoVector(name, allocator);
        };
    }

    /** The unit of a timestamp vector, naive or time-zone-aware. */
    public static DatetimeUnit of(TimeStampVector vector) {
        return of(((org.apache.arrow.vector.types.pojo.ArrowType.Timestamp) vector.getField().getType()).getUnit());
    }

    /** The time zone of a timestamp vector, null for a naive one. */
    public static String zoneOf(TimeStampVector vector) {
        return ((org.apache.arrow.vector.types.pojo.ArrowType.Timestamp) vector.getField().getType()).getTimezone();
    }
}
