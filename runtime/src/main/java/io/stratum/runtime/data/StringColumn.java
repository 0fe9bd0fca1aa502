package io.stratum.runtime.data;

import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.VarCharVector;

/**
 * A UTF-8 string column backed by an Arrow {@link VarCharVector}; a low-cardinality column may also carry its
 * dictionary encoding ({@link #codes()}), which gathers, joins, group-bys and the encoders read instead of the bytes.
 * A column with codes may be held as codes only (the result of a gather of a coded column, as pandas' category
 * columns and Arrow's dictionary arrays are): its Arrow vector is then built from the dictionary the first time a
 * kernel calls {@link #vector()}, once, and shared with its renamed and recast copies. Either way {@link #vector()}
 * holds every value, so a kernel that ignores the codes still gives the same answer; {@link #length()},
 * {@link #isNull}, {@link #nullCount()}, {@link #getString} and {@link #take} never build it. A filter's text may
 * likewise be held as its source's buffers and the kept rows ({@link GatheredBytes}), gathered the first time any
 * method but {@link #length()}, {@link #nullCount()} and {@link #uniformWidth()} needs a value.
 */
public final class StringColumn extends ArrowColumn<VarCharVector> implements Column {
    private final StringCodes codes;
    /** pandas' category dtype: {@link #codes} are the category codes and its values the sorted categories. */
    private final boolean categorical;
    /** The bytes of a column held as codes only ({@code vector} is then {@code null}), else {@code null}. */
    private final CodedBytes lazy;
    /** The text of a filter not gathered yet ({@code vector} and {@code lazy} are then {@code null}), else {@code null}. */
    private final GatheredBytes gathered;
    /** {@link #uniformWidth()} once found; -2 before. */
    private volatile int width = -2;

    private StringColumn(String name, MemoryContext context, VarCharVector vector) {
        this(name, context, vector, null, false, null);
    }

    private StringColumn(String name, MemoryContext context, VarCharVector vector, StringCodes codes,
            boolean categorical) {
        this(name, context, vector, codes, categorical, null);
    }

    private StringColumn(String name, MemoryContext context, VarCharVector vector, StringCodes codes,
            boolean categorical, CodedBytes lazy) {
        this(name, context, vector, codes, categorical, lazy, null);
    }

    private StringColumn(String name, MemoryContext context, VarCharVector vector, StringCodes codes,
            boolean categorical, CodedBytes lazy, GatheredBytes gathered) {
        super(name, context, vector);
        if (gathered != null && (vector != null || lazy != null)) {
            throw new IllegalArgumentException("column '" + name + "' has both its text and a gather of it");
        }
        if (gathered != null && codes != null && codes.codes().length != gathered.length()) {
            throw new IllegalArgumentException("column '" + name + "' has " + gathered.length() + " rows but "
                    + codes.codes().length + " codes");
        }
        if (vector == null && gathered == null && (lazy == null || codes == null)) {
            throw new IllegalArgumentException("column '" + name + "' has neither a vector nor codes");
        }
        if (vector != null && codes != null && codes.codes().length != vector.getValueCount()) {
            throw new IllegalArgumentException("column '" + name + "' has " + vector.getValueCount() + " rows but "
                    + codes.codes().length + " codes");
        }
        if (categorical && (codes == null || !PythonOrder.isStrictlySorted(codes.values()))) {
            throw new IllegalArgumentException("category column '" + name + "' needs codes over sorted categories");
        }
        this.codes = codes;
        this.categorical = categorical;
        this.lazy = vector == null ? lazy : null;
        this.gathered = gathered;
    }

    /**
     * The rows {@code rows} of {@code source} (all inside it, none missing) held as the source's buffers and the rows
     * until a kernel reads the text, which {@code gatherer} then gathers (see {@link GatheredBytes}); {@code ctx} must
     * be the context whose allocator holds the source's buffers.
     */
    public static StringColumn ofGather(MemoryContext ctx, String name, StringColumn source, int[] rows,
                                        GatheredBytes.Gatherer gatherer) {
        return new StringColumn(name, ctx, null, null, false, null,
                GatheredBytes.of(ctx, name, source.vector(), source.uniformWidth(), rows, gatherer));
    }

    /**
     * Calls {@code reader} with an Arrow vector holding this column's text and the rows of it that are this column's
     * rows, in order ({@code null}: all of the vector's rows): a filter's text not gathered yet is read from its
     * source, whose buffers stay open while {@code reader} runs, without being gathered. {@code reader} must not keep
     * the vector.
     */
    public <T> T readText(java.util.function.BiFunction<VarCharVector, int[], T> reader) {
        return gathered != null ? gathered.read(reader) : reader.apply(vector(), null);
    }

    /**
     * The not yet gathered text of a filter's column, whether gathered since or not ({@code null} for any other
     * column): what a buffer pool counts and releases for it.
     */
    public GatheredBytes gatheredBytes() {
        return gathered;
    }

    /**
     * A column held as the given codes only (a category column when {@code categorical}, whose values must then be
     * sorted as Python sorts str); its Arrow bytes are built, in {@code ctx}, only if a kernel asks for them.
     */
    public static StringColumn ofCodes(MemoryContext ctx, String name, StringCodes codes, boolean categorical) {
        return new StringColumn(name, ctx, null, codes, categorical, new CodedBytes(name, ctx, codes));
    }

    /**
     * The lazily built bytes of a column held as codes only, whether built yet or not ({@code null} for a column
     * with a vector of its own): what a buffer pool releases for it.
     */
    public CodedBytes codedBytes() {
        return lazy;
    }

    @Override
    public int length() {
        return vector != null ? vector.getValueCount() : gathered != null ? gathered.length() : codes.codes().length;
    }

    @Override
    public boolean isNull(int row) {
        if (gathered != null) {
            return codes != null ? codes.codes()[row] < 0 : gathered.vector().isNull(row);
        }
        return vector != null ? vector.isNull(row) : codes.codes()[row] < 0;
    }

    @Override
    public int nullCount() {
        return vector != null ? vector.getNullCount() : gathered != null ? gathered.nullCount() : lazy.nullCount();
    }

    @Override
    public VarCharVector vector() {
        return vector != null ? vector : gathered != null ? gathered.vector() : lazy.vector();
    }

    @Override
    public boolean[] nullFlags() {
        if (gathered != null) {
            return gathered.nullCount() == 0 ? null : ArrowBuffers.nulls(gathered.vector(), length());
        }
        if (vector != null) {
            return ArrowBuffers.nulls(vector, length());
        }
        if (lazy.nullCount() == 0) {
            return null;
        }
        int[] c = codes.codes();
        boolean[] out = new boolean[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = c[i] < 0;
        }
        return out;
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

    /**
     * The byte length every value shares when none is null and all are equally long (text of a fixed format, such
     * as dates), else -1: value {@code i} then starts {@code i * width} bytes after the first, and a gather needs no
     * offsets. Found by one pass over the offsets, once per column.
     */
    public int uniformWidth() {
        int w = width;
        if (w == -2) {
            w = gathered != null ? gathered.uniformWidth() : vector == null ? -1 : ArrowBuffers.uniformWidth(vector);
            width = w;
        }
        return w;
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
        return new StringColumn(name, context, vector, codes, keep, recoded(codes), gathered);
    }

    /** The bytes of a codes-only column over other codes of the same values: shared, built at most once. */
    private CodedBytes recoded(StringCodes other) {
        return lazy == null ? null : other == codes ? lazy : new CodedBytes(name, context, other);
    }

    /**
     * This column as pandas' category dtype over {@code codes}, whose values are its categories in Python's order
     * (they may include categories no row holds, as after a filter); the vector is shared.
     */
    public StringColumn asCategorical(StringCodes codes) {
        return new StringColumn(name, context, vector, codes, true, recoded(codes), gathered);
    }

    /** The same values as a plain str column (the codes, if any, are kept as an encoding only). */
    public StringColumn asPlainStrings() {
        return categorical ? new StringColumn(name, context, vector, codes, false, lazy, gathered) : this;
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
        if (vector == null && codes != null) {
            int code = codes.codes()[row];
            return code < 0 ? null : codes.values()[code];
        }
        VarCharVector v = vector();
        if (v.isNull(row)) {
            return null;
        }
        return new String(v.get(row), StandardCharsets.UTF_8);
    }

    /**
     * The given rows, copied as UTF-8 bytes between the Arrow buffers: decoding each value into a Java string and
     * encoding it again (the obvious way) was a third of the time of a 1M-row search, in its train/test splits.
     */
    @Override
    public StringColumn take(int[] rows) {
        checkRows(rows);
        if (codes != null) {
            // Through the codes: no bytes move (a gather of a gather stays codes only).
            return ofCodes(context, name, codes.take(rows), categorical);
        }
        int n = rows.length;
        VarCharVector vector = vector();
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
        return new StringColumn(name, context, out);
    }

    @Override
    public StringColumn rename(String newName) {
        return new StringColumn(newName, context, vector, codes, categorical, lazy, gathered);
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
