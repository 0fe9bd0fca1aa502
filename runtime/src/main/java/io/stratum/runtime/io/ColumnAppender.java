package io.stratum.runtime.io;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.DictionaryEncoding;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimestampColumn;
import java.util.Arrays;

/**
 * Collects one column's values batch by batch from a columnar reader (Parquet, Arrow IPC) in primitive arrays,
 * then builds the runtime column with pandas' dtype rules: an integer column with missing values becomes
 * float64, as pandas makes it.
 */
final class ColumnAppender {
    /** What the file holds; the column's dtype may still change (integers with nulls become float64). */
    enum Kind { INTEGER, FLOAT, BOOL, STRING, TIMESTAMP }

    private final String name;
    private final Kind kind;
    private final DatetimeUnit unit;
    private final String zone;
    private int size;
    private long[] longs;
    private double[] doubles;
    private boolean[] bools;
    private boolean[] nulls;
    private boolean anyNull;
    // Strings: the UTF-8 bytes of every value back to back, and where each ends.
    private byte[] bytes;
    private int byteCount;
    private int[] ends;

    ColumnAppender(String name, Kind kind, int expectedRows) {
        this(name, kind, DatetimeUnit.US, expectedRows);
    }

    /** An appender whose TIMESTAMP values are ticks of {@code unit} (the file's, which pandas keeps). */
    ColumnAppender(String name, Kind kind, DatetimeUnit unit, int expectedRows) {
        this(name, kind, unit, null, expectedRows);
    }

    /** An appender whose TIMESTAMP values are UTC ticks of {@code unit} shown in {@code zone} (null: naive). */
    ColumnAppender(String name, Kind kind, DatetimeUnit unit, String zone, int expectedRows) {
        this.name = name;
        this.kind = kind;
        this.unit = unit;
        this.zone = zone;
        int n = Math.max(expectedRows, 16);
        nulls = new boolean[n];
        switch (kind) {
            case INTEGER, TIMESTAMP -> longs = new long[n];
            case FLOAT -> doubles = new double[n];
            case BOOL -> bools = new boolean[n];
            case STRING -> {
                ends = new int[n];
                bytes = new byte[Math.max(64, n * 8)];
            }
        }
    }

    String name() {
        return name;
    }

    private void reserve(int more) {
        int need = size + more;
        if (need <= nulls.length) {
            return;
        }
        int n = Math.max(need, nulls.length * 2);
        nulls = Arrays.copyOf(nulls, n);
        switch (kind) {
            case INTEGER, TIMESTAMP -> longs = Arrays.copyOf(longs, n);
            case FLOAT -> doubles = Arrays.copyOf(doubles, n);
            case BOOL -> bools = Arrays.copyOf(bools, n);
            case STRING -> ends = Arrays.copyOf(ends, n);
        }
    }

    void addLong(long v, boolean isNull) {
        reserve(1);
        longs[size] = v;
        mark(isNull);
    }

    void addDouble(double v, boolean isNull) {
        reserve(1);
        doubles[size] = isNull ? Double.NaN : v;
        mark(isNull);
    }

    void addBool(boolean v, boolean isNull) {
        reserve(1);
        bools[size] = v;
        mark(isNull);
    }

    void addString(byte[] src, int from, int length, boolean isNull) {
        reserve(1);
        if (!isNull) {
            if (byteCount + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(byteCount + length, bytes.length * 2));
            }
            System.arraycopy(src, from, bytes, byteCount, length);
            byteCount += length;
        }
        ends[size] = byteCount;
        mark(isNull);
    }

    /** Appends {@code n} non-null values in one copy. */
    void addLongs(long[] v, int n) {
        reserve(n);
        System.arraycopy(v, 0, longs, size, n);
        size += n;
    }

    void addDoubles(double[] v, int n) {
        reserve(n);
        System.arraycopy(v, 0, doubles, size, n);
        size += n;
    }

    /** Appends {@code n} non-null strings given as one byte block and {@code n + 1} offsets into it. */
    void addStrings(byte[] src, int[] offsets, int n) {
        reserve(n);
        int base = offsets[0];
        int length = offsets[n] - base;
        if (byteCount + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(byteCount + length, bytes.length * 2));
        }
        System.arraycopy(src, base, bytes, byteCount, length);
        int shift = byteCount - base;
        for (int i = 0; i < n; i++) {
            ends[size + i] = offsets[i + 1] + shift;
        }
        byteCount += length;
        size += n;
    }

    private static long[] exact(long[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static double[] exact(double[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private void mark(boolean isNull) {
        nulls[size++] = isNull;
        anyNull |= isNull;
    }

    /** The dtype pandas gives this column. */
    DataType type() {
        return switch (kind) {
            case INTEGER -> anyNull ? DataType.FLOAT64 : DataType.INT64;
            case FLOAT -> DataType.FLOAT64;
            case BOOL -> DataType.BOOL;
            case STRING -> DataType.STRING;
            case TIMESTAMP -> DataType.DATETIME;
        };
    }

    Column build(MemoryContext ctx) {
        return switch (kind) {
            case INTEGER -> {
                if (!anyNull) {
                    yield Int64Column.of(ctx, name, exact(longs, size));
                }
                double[] d = new double[size];
                for (int i = 0; i < size; i++) {
                    d[i] = nulls[i] ? Double.NaN : (double) longs[i];
                }
                yield Float64Column.of(ctx, name, d, Arrays.copyOf(nulls, size));
            }
            case TIMESTAMP -> TimestampColumn.of(ctx, name, exact(longs, size), anyNull ? Arrays.copyOf(nulls, size) : null,
                    unit, zone);
            case FLOAT -> Float64Column.of(ctx, name, exact(doubles, size), anyNull ? Arrays.copyOf(nulls, size) : null);
            case BOOL -> BoolColumn.of(ctx, name, Arrays.copyOf(bools, size), anyNull ? Arrays.copyOf(nulls, size) : null);
            case STRING -> {
                int[] offsets = new int[size + 1];
                System.arraycopy(ends, 0, offsets, 1, size);
                yield DictionaryEncoding.ifLowCardinality(
                        StringColumn.ofUtf8(ctx, name, bytes, offsets, anyNull ? Arrays.copyOf(nulls, size) : null));
            }
        };
    }
}
