package io.stratum.runtime.data;

import org.apache.arrow.vector.BitVector;

/** A boolean column backed by an Arrow {@link BitVector}; the result type of comparisons. */
public final class BoolColumn extends ArrowColumn<BitVector> implements Column {

    private BoolColumn(String name, MemoryContext context, BitVector vector) {
        super(name, context, vector);
    }

    public static BoolColumn of(MemoryContext ctx, String name, boolean[] values) {
        return of(ctx, name, values, null);
    }

    /** A column whose rows with {@code nulls[i]} set are null; {@code nulls} may be {@code null} for none. */
    public static BoolColumn of(MemoryContext ctx, String name, boolean[] values, boolean[] nulls) {
        int n = values.length;
        if (nulls != null && nulls.length != n) {
            throw new IllegalArgumentException("null mask has " + nulls.length + " entries for " + n + " values");
        }
        BitVector v = ctx.track(new BitVector(name, ctx.allocator()));
        v.allocateNew(n);
        ArrowBuffers.putValidity(v.getValidityBuffer(), nulls, n);
        ArrowBuffers.putBits(v.getDataBuffer(), values, nulls, n);
        v.setValueCount(n);
        return new BoolColumn(name, ctx, v);
    }

    /** A column without nulls whose row {@code i} is bit {@code i} of {@code words} (see {@link ArrowBuffers#getWords}). */
    public static BoolColumn ofWords(MemoryContext ctx, String name, long[] words, int n) {
        BitVector v = ctx.track(new BitVector(name, ctx.allocator()));
        v.allocateNew(n);
        ArrowBuffers.putValidity(v.getValidityBuffer(), null, n);
        ArrowBuffers.putWords(v.getDataBuffer(), words, n);
        v.setValueCount(n);
        return new BoolColumn(name, ctx, v);
    }

    /** The values as bitmap words, false where null, bits past the last row clear. */
    public long[] words() {
        int n = length();
        long[] words = ArrowBuffers.getWords(vector.getDataBuffer(), n);
        if (nullCount() > 0) {
            long[] valid = ArrowBuffers.getWords(vector.getValidityBuffer(), n);
            for (int w = 0; w < words.length; w++) {
                words[w] &= valid[w];
            }
        }
        return words;
    }

    /**
     * A column over an already filled vector that {@code ctx} tracks (kernels writing Arrow buffers directly);
     * the vector must not change afterwards.
     */
    public static BoolColumn wrap(MemoryContext ctx, String name, BitVector vector) {
        return new BoolColumn(name, ctx, vector);
    }

    @Override
    public DataType type() {
        return DataType.BOOL;
    }

    /** The value at {@code row}; false when the row is null. */
    public boolean getBoolean(int row) {
        return !vector.isNull(row) && vector.get(row) != 0;
    }

    @Override
    public BoolColumn take(int[] rows) {
        checkRows(rows);
        boolean[] values = new boolean[rows.length];
        boolean[] nulls = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = getBoolean(rows[i]);
            nulls[i] = isNull(rows[i]);
        }
        return of(context, name, values, nulls);
    }

    @Override
    public BoolColumn rename(String newName) {
        return new BoolColumn(newName, context, vector);
    }

    /** All values at once (false where null), without a per-row bounds and null check. */
    public boolean[] toBooleanArray() {
        int n = length();
        boolean[] values = ArrowBuffers.bits(vector.getDataBuffer(), n);
        boolean[] nulls = ArrowBuffers.nulls(vector, n);
        if (nulls != null) {
            for (int i = 0; i < n; i++) {
                values[i] &= !nulls[i];
            }
        }
        return values;
    }

    @Override
    public double[] toDoubleArray() {
        int n = length();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = isNull(i) ? Double.NaN : (getBoolean(i) ? 1.0 : 0.0);
        }
        return out;
    }

    @Override
    public String format(int row) {
        return isNull(row) ? "null" : (getBoolean(row) ? "True" : "False");
    }
}
