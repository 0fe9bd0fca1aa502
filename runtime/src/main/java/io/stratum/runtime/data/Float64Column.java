package io.stratum.runtime.data;

import org.apache.arrow.vector.Float8Vector;

/** A float64 column backed by an Arrow {@link Float8Vector}; null slots hold NaN so that reads match pandas. */
public final class Float64Column extends ArrowColumn<Float8Vector> implements Column {

    private Float64Column(String name, MemoryContext context, Float8Vector vector) {
        super(name, context, vector);
    }

    /** A column without nulls (NaN values stay NaN values, not nulls). */
    public static Float64Column of(MemoryContext ctx, String name, double[] values) {
        return of(ctx, name, values, null);
    }

    /** A column whose rows with {@code nulls[i]} set are null; {@code nulls} may be {@code null} for none. */
    public static Float64Column of(MemoryContext ctx, String name, double[] values, boolean[] nulls) {
        int n = values.length;
        if (nulls != null && nulls.length != n) {
            throw new IllegalArgumentException("null mask has " + nulls.length + " entries for " + n + " values");
        }
        Float8Vector v = ctx.track(new Float8Vector(name, ctx.allocator()));
        v.allocateNew(n);
        ArrowBuffers.putDoubles(v.getDataBuffer(), values, n);
        ArrowBuffers.putValidity(v.getValidityBuffer(), nulls, n);
        if (nulls != null) {
            for (int i = 0; i < n; i++) {
                if (nulls[i] && !Double.isNaN(values[i])) {
                    v.getDataBuffer().setDouble((long) i * Float8Vector.TYPE_WIDTH, Double.NaN);
                }
            }
        }
        v.setValueCount(n);
        return new Float64Column(name, ctx, v);
    }

    /**
     * A 0/1 indicator column of {@code length} rows without nulls: 1.0 at {@code rows[from, to)}, 0.0 elsewhere.
     * Arrow zeroes a new buffer, so only the ones are written (what a one-hot encoder produces, without a dense
     * intermediate array).
     */
    public static Float64Column indicator(MemoryContext ctx, String name, int length, int[] rows, int from, int to) {
        Float8Vector v = ctx.track(new Float8Vector(name, ctx.allocator()));
        v.allocateNew(length);
        ArrowBuffers.putValidity(v.getValidityBuffer(), null, length);
        var data = v.getDataBuffer();
        for (int t = from; t < to; t++) {
            int r = rows[t];
            if (r < 0 || r >= length) {
                throw new IndexOutOfBoundsException("row " + r + " of an indicator column of " + length + " rows");
            }
            data.setDouble((long) r * Float8Vector.TYPE_WIDTH, 1.0);
        }
        v.setValueCount(length);
        return new Float64Column(name, ctx, v);
    }

    /**
     * A column over an already filled vector that {@code ctx} tracks (kernels writing Arrow buffers directly);
     * the vector must not change afterwards.
     */
    public static Float64Column wrap(MemoryContext ctx, String name, Float8Vector vector) {
        return new Float64Column(name, ctx, vector);
    }

    @Override
    public DataType type() {
        return DataType.FLOAT64;
    }

    /** The value at {@code row}; NaN when the row is null. */
    public double getDouble(int row) {
        if (row < 0 || row >= vector.getValueCount()) {
            throw new IndexOutOfBoundsException("row " + row + " of column '" + name + "'");
        }
        return vector.getDataBuffer().getDouble((long) row * Float8Vector.TYPE_WIDTH);
    }

    @Override
    public boolean isMissing(int row) {
        return isNull(row) || Double.isNaN(getDouble(row));
    }

    @Override
    public Float64Column take(int[] rows) {
        checkRows(rows);
        double[] values = new double[rows.length];
        boolean[] nulls = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = getDouble(rows[i]);
            nulls[i] = isNull(rows[i]);
        }
        return of(context, name, values, nulls);
    }

    @Override
    public Float64Column rename(String newName) {
        return new Float64Column(newName, context, vector);
    }

    @Override
    public double[] toDoubleArray() {
        return ArrowBuffers.getDoubles(vector.getDataBuffer(), length());
    }

    @Override
    public void copyDoubles(double[] dst, int offset) {
        ArrowBuffers.getDoubles(vector.getDataBuffer(), dst, offset, length());
    }

    @Override
    public String format(int row) {
        return isNull(row) ? "null" : io.stratum.ir.value.PyFormat.floatRepr(getDouble(row));
    }
}
