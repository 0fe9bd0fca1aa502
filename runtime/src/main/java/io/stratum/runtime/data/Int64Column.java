package io.stratum.runtime.data;

import org.apache.arrow.vector.BigIntVector;

/**
 * An int64 column backed by an Arrow {@link BigIntVector}. pandas cannot hold nulls in int64, so nulls only
 * appear here when a kernel builds them on purpose; they read as NaN through {@link #toDoubleArray()}.
 */
public final class Int64Column extends ArrowColumn<BigIntVector> implements Column {

    private Int64Column(String name, MemoryContext context, BigIntVector vector) {
        super(name, context, vector);
    }

    public static Int64Column of(MemoryContext ctx, String name, long[] values) {
        return of(ctx, name, values, null);
    }

    /** A column whose rows with {@code nulls[i]} set are null; {@code nulls} may be {@code null} for none. */
    public static Int64Column of(MemoryContext ctx, String name, long[] values, boolean[] nulls) {
        int n = values.length;
        if (nulls != null && nulls.length != n) {
            throw new IllegalArgumentException("null mask has " + nulls.length + " entries for " + n + " values");
        }
        BigIntVector v = ctx.track(new BigIntVector(name, ctx.allocator()));
        v.allocateNew(n);
        ArrowBuffers.putLongs(v.getDataBuffer(), values, n);
        ArrowBuffers.putValidity(v.getValidityBuffer(), nulls, n);
        if (nulls != null) {
            for (int i = 0; i < n; i++) {
                if (nulls[i] && values[i] != 0) {
                    v.getDataBuffer().setLong((long) i * BigIntVector.TYPE_WIDTH, 0L);
                }
            }
        }
        v.setValueCount(n);
        return new Int64Column(name, ctx, v);
    }

    /**
     * A column over an already filled vector that {@code ctx} tracks (kernels writing Arrow buffers directly);
     * the vector must not change afterwards.
     */
    public static Int64Column wrap(MemoryContext ctx, String name, BigIntVector vector) {
        return new Int64Column(name, ctx, vector);
    }

    @Override
    public DataType type() {
        return DataType.INT64;
    }

    /** The value at {@code row}; 0 when the row is null, so check {@link #isNull} first where nulls can occur. */
    public long getLong(int row) {
        if (row < 0 || row >= vector.getValueCount()) {
            throw new IndexOutOfBoundsException("row " + row + " of column '" + name + "'");
        }
        return vector.getDataBuffer().getLong((long) row * BigIntVector.TYPE_WIDTH);
    }

    @Override
    public Int64Column take(int[] rows) {
        checkRows(rows);
        long[] values = new long[rows.length];
        boolean[] nulls = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = getLong(rows[i]);
            nulls[i] = isNull(rows[i]);
        }
        return of(context, name, values, nulls);
    }

    @Override
    public Int64Column rename(String newName) {
        return new Int64Column(newName, context, vector);
    }

    /** All values at once (0 where null). */
    public long[] toLongArray() {
        return ArrowBuffers.getLongs(vector.getDataBuffer(), length());
    }

    @Override
    public double[] toDoubleArray() {
        int n = length();
        long[] values = ArrowBuffers.getLongs(vector.getDataBuffer(), n);
        boolean[] nulls = ArrowBuffers.nulls(vector, n);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = nulls != null && nulls[i] ? Double.NaN : (double) values[i];
        }
        return out;
    }

    @Override
    public String format(int row) {
        return isNull(row) ? "null" : Long.toString(getLong(row));
    }
}
