package io.stratum.runtime.data;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.arrow.vector.TimeStampMicroVector;

/**
 * A timezone-naive datetime column backed by an Arrow {@link TimeStampMicroVector}: microseconds since the epoch,
 * pandas 3's {@code datetime64[us]}. Nulls are pandas' {@code NaT}.
 */
public final class TimestampColumn extends ArrowColumn<TimeStampMicroVector> implements Column {

    private TimestampColumn(String name, MemoryContext context, TimeStampMicroVector vector) {
        super(name, context, vector);
    }

    /** A column of microseconds since the epoch; rows with {@code nulls[i]} set are NaT ({@code nulls} may be null). */
    public static TimestampColumn of(MemoryContext ctx, String name, long[] micros, boolean[] nulls) {
        int n = micros.length;
        if (nulls != null && nulls.length != n) {
            throw new IllegalArgumentException("null mask has " + nulls.length + " entries for " + n + " values");
        }
        TimeStampMicroVector v = ctx.track(new TimeStampMicroVector(name, ctx.allocator()));
        v.allocateNew(n);
        ArrowBuffers.putLongs(v.getDataBuffer(), micros, n);
        ArrowBuffers.putValidity(v.getValidityBuffer(), nulls, n);
        if (nulls != null) {
            for (int i = 0; i < n; i++) {
                if (nulls[i] && micros[i] != 0) {
                    v.getDataBuffer().setLong((long) i * TimeStampMicroVector.TYPE_WIDTH, 0L);
                }
            }
        }
        v.setValueCount(n);
        return new TimestampColumn(name, ctx, v);
    }

    /**
     * A column over an already filled vector that {@code ctx} tracks (kernels writing Arrow buffers directly);
     * the vector must not change afterwards.
     */
    public static TimestampColumn wrap(MemoryContext ctx, String name, TimeStampMicroVector vector) {
        return new TimestampColumn(name, ctx, vector);
    }

    @Override
    public DataType type() {
        return DataType.DATETIME;
    }

    /** Microseconds since 1970-01-01T00:00; 0 when the row is NaT, so check {@link #isNull} first. */
    public long getMicros(int row) {
        if (row < 0 || row >= vector.getValueCount()) {
            throw new IndexOutOfBoundsException("row " + row + " of column '" + name + "'");
        }
        return vector.getDataBuffer().getLong((long) row * TimeStampMicroVector.TYPE_WIDTH);
    }

    /** All values as microseconds (0 for NaT), decoded once for kernels. */
    public long[] toMicrosArray() {
        return ArrowBuffers.getLongs(vector.getDataBuffer(), length());
    }

    @Override
    public TimestampColumn take(int[] rows) {
        checkRows(rows);
        long[] values = new long[rows.length];
        boolean[] nulls = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = getMicros(rows[i]);
            nulls[i] = isNull(rows[i]);
        }
        return of(context, name, values, nulls);
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

    @Override
    public String format(int row) {
        return isNull(row) ? "NaT" : formatMicros(getMicros(row));
    }
}
