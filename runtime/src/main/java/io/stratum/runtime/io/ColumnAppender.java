package io.stratum.runtime.io;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimestampColumn;
import java.util.Arrays;
import org.apache.arrow.vector.VarCharVector;

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
        this.name = name;
        this.kind = kind;
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
                    yield Int64Column.of(ctx, name, Arrays.copyOf(longs, size));
                }
                double[] d = new double[size];
                for (int i = 0; i < size; i++) {
                    d[i] = nulls[i] ? Double.NaN : (double) longs[i];
                }
                yield Float64Column.of(ctx, name, d, Arrays.copyOf(nulls, size));
            }
            case TIMESTAMP -> TimestampColumn.of(ctx, name, Arrays.copyOf(longs, size), anyNull ? Arrays.copyOf(nulls, size) : null);
            case FLOAT -> Float64Column.of(ctx, name, Arrays.copyOf(doubles, size), anyNull ? Arrays.copyOf(nulls, size) : null);
            case BOOL -> BoolColumn.of(ctx, name, Arrays.copyOf(bools, size), anyNull ? Arrays.copyOf(nulls, size) : null);
            case STRING -> {
                VarCharVector v = ctx.track(new VarCharVector(name, ctx.allocator()));
                v.allocateNew(Math.max(byteCount, 1), Math.max(size, 1));
                int start = 0;
                for (int i = 0; i < size; i++) {
                    if (nulls[i]) {
                        v.setNull(i);
                    } else {
                        v.setSafe(i, bytes, start, ends[i] - start);
                    }
                    start = ends[i];
                }
                v.setValueCount(size);
                yield StringColumn.wrap(ctx, name, v);
            }
        };
    }
}
