package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.ArrowBuffers;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;
import org.apache.arrow.vector.BaseVariableWidthVector;

/**
 * One column decoded once into primitive arrays, so that hash, compare and gather loops never box or decode
 * per row: int64 and bool as {@code long}, float64 as {@code double}, strings as their UTF-8 bytes with offsets.
 * Missing values follow pandas' {@code isna()}: nulls, and NaN in float64. The bytes of a dictionary-encoded string
 * column are copied only when a kernel asks for them ({@link #bytes()}): sorts, joins and group-bys on such a key
 * read its codes, and a column held as codes only then never builds its Arrow bytes either.
 */
final class ColumnReader {
    final Column column;
    final long[] longs;
    final double[] doubles;
    /** True for a string column (its bytes may not be copied yet). */
    private final boolean text;
    private volatile byte[] bytes;
    private volatile int[] offsets;
    /** Null flags, or {@code null} when the column has no nulls. */
    final boolean[] nulls;

    private ColumnReader(Column column, long[] longs, double[] doubles, boolean text, byte[] bytes, int[] offsets,
                         boolean[] nulls) {
        this.column = column;
        this.longs = longs;
        this.doubles = doubles;
        this.text = text;
        this.bytes = bytes;
        this.offsets = offsets;
        this.nulls = nulls;
    }

    static ColumnReader of(Column column) {
        int n = column.length();
        boolean[] nulls = switch (column) {
            case Int64Column c -> ArrowBuffers.nulls(c.vector(), n);
            case Float64Column c -> ArrowBuffers.nulls(c.vector(), n);
            case StringColumn c when c.codes() != null -> codeNulls(c.codes().codes());
            case StringColumn c -> ArrowBuffers.nulls(c.vector(), n);
            case BoolColumn c -> ArrowBuffers.nulls(c.vector(), n);
            case TimestampColumn c -> ArrowBuffers.nulls(c.vector(), n);
            case TimedeltaColumn c -> ArrowBuffers.nulls(c.vector(), n);
        };
        return switch (column) {
            case Int64Column c -> new ColumnReader(column, ArrowBuffers.getLongs(c.vector().getDataBuffer(), n), null,
                    false, null, null, nulls);
            // Datetimes are ticks of their unit: they hash, compare and gather as longs (kernels meeting two units
            // convert one side first, TimestampColumn.toUnit).
            case TimestampColumn c -> new ColumnReader(column, c.toTicksArray(), null, false, null, null, nulls);
            case TimedeltaColumn c -> new ColumnReader(column, c.toTicksArray(), null, false, null, null, nulls);
            case BoolColumn c -> {
                boolean[] b = c.toBooleanArray();
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = b[i] ? 1 : 0;
                }
                yield new ColumnReader(column, v, null, false, null, null, nulls);
            }
            case Float64Column c -> new ColumnReader(column, null, ArrowBuffers.getDoubles(c.vector().getDataBuffer(), n),
                    false, null, null, nulls);
            case StringColumn c when c.codes() != null -> new ColumnReader(column, null, null, true, null, null, nulls);
            case StringColumn c -> {
                ColumnReader r = new ColumnReader(column, null, null, true, null, null, nulls);
                r.copyBytes();
                yield r;
            }
        };
    }

    private static boolean[] codeNulls(int[] codes) {
        boolean[] nulls = null;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] < 0) {
                if (nulls == null) {
                    nulls = new boolean[codes.length];
                }
                nulls[i] = true;
            }
        }
        return nulls;
    }

    /** A string column's UTF-8 bytes, value {@code i} at {@code [offsets()[i], offsets()[i + 1])}; copied on first use. */
    byte[] bytes() {
        if (offsets == null) {
            copyBytes();
        }
        return bytes;
    }

    /** The offsets of {@link #bytes()}, {@code length + 1} of them. */
    int[] offsets() {
        int[] o = offsets;
        if (o == null) {
            copyBytes();
            o = offsets;
        }
        return o;
    }

    private synchronized void copyBytes() {
        if (offsets != null) {
            return;
        }
        if (!text) {
            throw new IllegalStateException("column '" + column.name() + "' is not text");
        }
        int n = column.length();
        BaseVariableWidthVector vec = ((StringColumn) column).vector();
        int[] off = n == 0 ? new int[1] : ArrowBuffers.getInts(vec.getOffsetBuffer(), n + 1);
        int base = off[0];
        byte[] data = new byte[off[n] - base];
        if (data.length > 0) {
            vec.getDataBuffer().getBytes(base, data, 0, data.length);
        }
        if (base != 0) {
            for (int i = 0; i <= n; i++) {
                off[i] -= base;
            }
        }
        bytes = data;
        offsets = off; // published last: readers test it
    }

    /** The dictionary encoding of a string column that carries one, else {@code null}. */
    StringCodes codes() {
        return column instanceof StringColumn s ? s.codes() : null;
    }

    boolean isString() {
        return text;
    }

    boolean isFloat() {
        return doubles != null;
    }

    boolean isNull(int row) {
        return nulls != null && nulls[row];
    }

    /** pandas' {@code isna()}: null, or NaN in a float64 column. */
    boolean isMissing(int row) {
        return (nulls != null && nulls[row]) || (doubles != null && Double.isNaN(doubles[row]));
    }

    /** The value as a double (int64 and bool widened); NaN when missing. */
    double asDouble(int row) {
        if (isMissing(row)) {
            return Double.NaN;
        }
        return doubles != null ? doubles[row] : (double) longs[row];
    }

    /** Compares two non-missing values of this column (strings by UTF-8 bytes, which is Python's code point order). */
    int compare(int a, int b) {
        if (longs != null) {
            return Long.compare(longs[a], longs[b]);
        }
        if (doubles != null) {
            return Double.compare(doubles[a], doubles[b]);
        }
        byte[] x = bytes();
        int[] o = offsets();
        return compareBytes(x, o[a], o[a + 1], x, o[b], o[b + 1]);
    }

    /** Compares value {@code a} of this column with value {@code b} of {@code other}, both non-missing and of one kind. */
    int compareWith(int a, ColumnReader other, int b) {
        if (isString()) {
            int[] o = offsets();
            int[] p = other.offsets();
            return compareBytes(bytes(), o[a], o[a + 1], other.bytes(), p[b], p[b + 1]);
        }
        if (longs != null && other.longs != null) {
            return Long.compare(longs[a], other.longs[b]);
        }
        return Double.compare(asDouble(a), other.asDouble(b));
    }

    static int compareBytes(byte[] x, int xs, int xe, byte[] y, int ys, int ye) {
        int n = Math.min(xe - xs, ye - ys);
        for (int i = 0; i < n; i++) {
            int c = (x[xs + i] & 0xff) - (y[ys + i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(xe - xs, ye - ys);
    }
}
