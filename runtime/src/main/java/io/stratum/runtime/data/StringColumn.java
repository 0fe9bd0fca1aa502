package io.stratum.runtime.data;

import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.VarCharVector;

/**
 * A UTF-8 string column backed by an Arrow {@link VarCharVector}; a low-cardinality column may also carry its
 * dictionary encoding ({@link #codes()}), which gathers, joins, group-bys and the encoders read instead of the bytes.
 * The vector always holds every value, so a kernel that ignores the codes still gives the same answer.
 */
public final class StringColumn extends ArrowColumn<VarCharVector> implements Column {
    private final StringCodes codes;
    /** pandas' category dtype: {@link #codes} are the category codes and its values the sorted categories. */
    private final boolean categorical;

    private StringColumn(String name, MemoryContext context, VarCharVector vector) {
        this(name, context, vector, null, false);
    }

    private StringColumn(String name, MemoryContext context, VarCharVector vector, StringCodes codes,
            boolean categorical) {
        super(name, context, vector);
        if (codes != null && codes.codes().length != vector.getValueCount()) {
            throw new IllegalArgumentException("column '" + name + "' has " + vector.getValueCount() + " rows but "
                    + codes.codes().length + " codes");
        }
        if (categorical && (codes == null || !PythonOrder.isStrictlySorted(codes.values()))) {
            throw new IllegalArgumentException("category column '" + name + "' needs codes over sorted categories");
        }
        this.codes = codes;
        this.categorical = categorical;
    }

    /** A column of the given strings; {@code null} entries become nulls. */
    public static StringColumn of(MemoryContext ctx, String name, String[] values) {
        int n = values.length;
        byte[][] encoded = new byte[n][];
        long totalBytes = 0;
        for (int i = 0; i < n; i++) {
            if (values[i] != null) {
                encoded[i] = values[i].getBytes(StandardCharsets.UTF_8);
                totalBytes += encoded[i].length;
            }
        }
        VarCharVector v = ctx.track(new VarCharVector(name, ctx.allocator()));
        v.allocateNew(Math.max(totalBytes, 1), n);
        for (int i = 0; i < n; i++) {
            if (encoded[i] == null) {
                v.setNull(i);
            } else {
                v.setSafe(i, encoded[i]);
            }
        }
        v.setValueCount(n);
        return new StringColumn(name, ctx, v);
    }

    /**
     * A column of UTF-8 values given as one byte array and {@code n + 1} offsets (value {@code i} is
     * {@code data[offsets[i], offsets[i + 1])}); rows with {@code nulls[i]} set are null ({@code nulls} may be
     * {@code null}). Kernels that move strings use this to copy bytes without decoding them.
     */
    public static StringColumn ofUtf8(MemoryContext ctx, String name, byte[] data, int[] offsets, boolean[] nulls) {
        int n = offsets.length - 1;
        VarCharVector v = ctx.track(new VarCharVector(name, ctx.allocator()));
        v.allocateNew(Math.max(offsets[n], 1), n);
        while (v.getDataBuffer().capacity() < offsets[n]) {
            v.reallocDataBuffer();
        }
        v.getDataBuffer().setBytes(0, data, 0, offsets[n]);
        ArrowBuffers.putInts(v.getOffsetBuffer(), offsets, n + 1);
        ArrowBuffers.putValidity(v.getValidityBuffer(), nulls, n);
        v.setLastSet(n - 1);
        v.setValueCount(n);
        return new StringColumn(name, ctx, v);
    }

    /**
     * A column over an already filled vector that {@code ctx} tracks (readers write Arrow buffers directly);
     * the vector must not change afterwards.
     */
    public static StringColumn wrap(MemoryContext ctx, String name, VarCharVector vector) {
        return new StringColumn(name, ctx, vector);
    }

    /** As {@link #wrap(MemoryContext, String, VarCharVector)}, with the vector's dictionary encoding ({@code null} for none). */
    public static StringColumn wrap(MemoryContext ctx, String name, VarCharVector vector, StringCodes codes) {
        return new StringColumn(name, ctx, vector, codes, false);
    }

    /** The dictionary encoding of the values, or {@code null} when the column carries none. */
    public StringCodes codes() {
        return codes;
    }

    /**
     * The same column carrying {@code codes}, which must encode exactly its values (the vector is shared); a
     * category column stays one only when {@code codes} are over the same categories.
     */
    public StringColumn withCodes(StringCodes codes) {
        boolean keep = categorical && java.util.Arrays.equals(codes.values(), this.codes.values());
        return new StringColumn(name, context, vector, codes, keep);
    }

    /**
     * This column as pandas' category dtype over {@code codes}, whose values are its categories in Python's order
     * (they may include categories no row holds, as after a filter); the vector is shared.
     */
    public StringColumn asCategorical(StringCodes codes) {
        return new StringColumn(name, context, vector, codes, true);
    }

    /** The same values as a plain str column (the codes, if any, are kept as an encoding only). */
    public StringColumn asPlainStrings() {
        return categorical ? new StringColumn(name, context, vector, codes, false) : this;
    }

    /**
     * True for pandas' category dtype: {@link #codes()} is then never {@code null}, its values are the categories
     * sorted as Python sorts str, and its codes are the category codes ({@code -1} for a missing value), as
     * {@code .cat.categories} and {@code .cat.codes} give them.
     */
    public boolean isCategorical() {
        return categorical;
    }

    /** The categories of a category column (see {@link #isCategorical()}); {@code null} for a str column. */
    public String[] categories() {
        return categorical ? codes.values().clone() : null;
    }

    @Override
    public DataType type() {
        return categorical ? DataType.CATEGORY : DataType.STRING;
    }

    /** The value at {@code row}, or {@code null} when the row is null. */
    public String getString(int row) {
        if (vector.isNull(row)) {
            return null;
        }
        return new String(vector.get(row), StandardCharsets.UTF_8);
    }

    /**
     * The given rows, copied as UTF-8 bytes between the Arrow buffers: decoding each value into a Java string and
     * encoding it again (the obvious way) was a third of the time of a 1M-row search, in its train/test splits.
     */
    @Override
    public StringColumn take(int[] rows) {
        checkRows(rows);
        int n = rows.length;
        ArrowBuf srcOffsets = vector.getOffsetBuffer();
        int[] offsets = new int[n + 1];
        boolean[] nulls = null;
        long total = 0;
        for (int i = 0; i < n; i++) {
            int r = rows[i];
            if (vector.isNull(r)) {
                if (nulls == null) {
                    nulls = new boolean[n];
                }
                nulls[i] = true;
            } else {
                total += srcOffsets.getInt(4L * (r + 1)) - srcOffsets.getInt(4L * r);
                if (total > Integer.MAX_VALUE) {
                    throw new DataException("column '" + name + "' would hold more than 2 GiB of text in " + n
                            + " rows, more than one Arrow string column can; select fewer rows or split the data");
                }
            }
            offsets[i + 1] = (int) total;
        }
        VarCharVector out = context.track(new VarCharVector(name, context.allocator()));
        out.allocateNew(Math.max(total, 1), n);
        while (out.getDataBuffer().capacity() < total) {
            out.reallocDataBuffer();
        }
        ArrowBuf srcData = vector.getDataBuffer();
        ArrowBuf dstData = out.getDataBuffer();
        for (int i = 0; i < n; i++) {
            int length = offsets[i + 1] - offsets[i];
            if (length > 0) {
                dstData.setBytes(offsets[i], srcData, srcOffsets.getInt(4L * rows[i]), length);
            }
        }
        ArrowBuffers.putInts(out.getOffsetBuffer(), offsets, n + 1);
        ArrowBuffers.putValidity(out.getValidityBuffer(), nulls, n);
        out.setLastSet(n - 1);
        out.setValueCount(n);
        return new StringColumn(name, context, out, codes == null ? null : codes.take(rows), categorical);
    }

    @Override
    public StringColumn rename(String newName) {
        return new StringColumn(newName, context, vector, codes, categorical);
    }

    /** All values, {@code null} for null rows; decoding once is cheaper than per-row lookups in hash kernels. */
    public String[] toStringArray() {
        int n = length();
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = getString(i);
        }
        return out;
    }

    @Override
    public double[] toDoubleArray() {
        throw new DataException("column '" + name + "' holds strings, but a numeric column is needed here;"
                + " encode it first (for example with OneHotEncoder) or drop it");
    }

    @Override
    public String format(int row) {
        String s = getString(row);
        return s == null ? "null" : s;
    }
}
