package io.stratum.runtime.data;

import org.apache.arrow.vector.DurationVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * A column of durations backed by an Arrow {@link DurationVector} of its {@link DatetimeUnit}: whole seconds,
 * milliseconds, microseconds or nanoseconds, pandas 3's {@code timedelta64[s|ms|us|ns]} (what subtracting two datetime
 * columns gives). Nulls are pandas' {@code NaT}.
 */
public final class TimedeltaColumn extends ArrowColumn<DurationVector> implements Column {

    private final DatetimeUnit unit;

    private TimedeltaColumn(String name, MemoryContext context, DurationVector vector) {
        super(name, context, vector);
        this.unit = DatetimeUnit.of(((ArrowType.Duration) vector.getField().getType()).getUnit());
    }

    /** A column of {@code ticks} of {@code unit}; rows with {@code nulls[i]} set are NaT ({@code nulls} may be null). */
    public static TimedeltaColumn of(MemoryContext ctx, String name, long[] ticks, boolean[] nulls, DatetimeUnit unit) {
        int n = ticks.length;
        if (nulls != null && nulls.length != n) {
            throw new IllegalArgumentException("null mask has " + nulls.length + " entries for " + n + " values");
        }
        DurationVector v = ctx.track(newVector(name, ctx.allocator(), unit));
        v.allocateNew(n);
        long[] stored = ticks;
        if (nulls != null) {
            stored = ticks.clone();
            for (int i = 0; i < n; i++) {
                if (nulls[i]) {
                    stored[i] = 0L;
                }
            }
        }
        ArrowBuffers.putLongs(v.getDataBuffer(), stored, n);
        ArrowBuffers.putValidity(v.getValidityBuffer(), nulls, n);
        v.setValueCount(n);
        return new TimedeltaColumn(name, ctx, v);
    }

    /** A new, empty duration vector of {@code unit}. */
    public static DurationVector newVector(String name, org.apache.arrow.memory.BufferAllocator allocator,
                                           DatetimeUnit unit) {
        return new DurationVector(name, FieldType.nullable(new ArrowType.Duration(unit.arrowUnit())), allocator);
    }

    /** A column over an already filled vector that {@code ctx} tracks; the vector must not change afterwards. */
    public static TimedeltaColumn wrap(MemoryContext ctx, String name, DurationVector vector) {
        return new TimedeltaColumn(name, ctx, vector);
    }

    @Override
    public DataType type() {
        return DataType.TIMEDELTA;
    }

    @Override
    public String dtypeName() {
        return dtypeName(unit);
    }

    /** pandas' dtype text, {@code timedelta64[ms]}. */
    public static String dtypeName(DatetimeUnit unit) {
        return "timedelta64[" + unit.text() + "]";
    }

    /** The resolution the values are stored in. */
    public DatetimeUnit unit() {
        return unit;
    }

    /** The value in ticks of {@link #unit()}; 0 when the row is NaT. */
    public long getTicks(int row) {
        return ArrowBuffers.longAt(vector, row, name);
    }

    /** All values in ticks of {@link #unit()} (0 for NaT), decoded once for kernels. */
    public long[] toTicksArray() {
        return ArrowBuffers.getLongs(vector.getDataBuffer(), length());
    }

    /**
     * This column in the finer (or equal) unit {@code to}, as pandas converts when durations of two units meet; a value
     * out of the finer unit's range is a {@link DataException} naming the column.
     */
    public TimedeltaColumn toUnit(DatetimeUnit to) {
        if (to == unit) {
            return this;
        }
        long[] ticks = toTicksArray();
        for (int i = 0; i < ticks.length; i++) {
            try {
                ticks[i] = unit.toFiner(ticks[i], to);
            } catch (ArithmeticException e) {
                throw new DataException("column '" + name + "' row " + i + ": " + format(i) + " is outside the range of "
                        + dtypeName(to) + " (pandas raises OutOfBoundsTimedelta converting it)");
            }
        }
        return of(context, name, ticks, nullFlags(), to);
    }

    @Override
    public TimedeltaColumn take(int[] rows) {
        checkRows(rows);
        long[] values = new long[rows.length];
        boolean[] nulls = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = getTicks(rows[i]);
            nulls[i] = isNull(rows[i]);
        }
        return of(context, name, values, nulls, unit);
    }

    @Override
    public TimedeltaColumn rename(String newName) {
        return new TimedeltaColumn(newName, context, vector);
    }

    @Override
    public double[] toDoubleArray() {
        throw new DataException("column '" + name + "' holds durations (" + dtypeName() + "), but a numeric column is"
                + " needed here; take numbers first, for example df['" + name + "'].dt.total_seconds() or .dt.days");
    }

    /** pandas' {@code str(Timedelta)}: {@code 1 days 02:00:00}, {@code -1 days +23:59:59.500000}. */
    @Override
    public String format(int row) {
        return isNull(row) ? "NaT" : TimedeltaText.one(getTicks(row), unit, false);
    }
}
