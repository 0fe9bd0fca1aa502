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
 * Missing values follow pandas' {@code isna()}: nulls, and NaN in float64.
 */
final class ColumnReader {
    final Column column;
    final long[] longs;
    final double[] doubles;
    final byte[] bytes;
    final int[] offsets;
    /** Null flags, or {@code null} when the column has no nulls. */
    final boolean[] nulls;

    private ColumnReader(Column column, long[] longs, double[] doubles, byte[] bytes, int[] offsets, boolean[] nulls) {
        this.column = column;
        this.longs = longs;
        this.doubles = doubles;
        this.bytes = bytes;
        this.offsets = offsets;
        this.nulls = nulls;
    }

    static ColumnReader of(Column column) {
        int n = column.length();
        boolean[] nulls = switch (column) {
            case Int64Column c -> ArrowBuffers.nulls(c.vector(), n);
            case Float64Column c -> ArrowBuffers.nulls(c.vector(), n);
            case StringColumn c -> ArrowBuffers.nulls(c.vector(), n);
            case BoolColumn c -> ArrowBuffers.nulls(c.vector(), n);
            case TimestampColumn c -> ArrowBuffers.nulls(c.vector(), n);
            case TimedeltaColumn c -> ArrowBuffers.nulls(c.vector(), n);
        };
        return switch (column) {
            case Int64Column c -> new ColumnReader(column, ArrowBuffers.getLongs(c.vector().getDataBuffer(), n), null,
                    null, null, nulls);
            // Datetimes are ticks of their unit: they hash, compare and gather as longs (kernels meeting two units
            // convert one side first, TimestampColumn.toUnit).
            case TimestampColumn c -> new ColumnReader(column, c.toTicksArray(), null, null, null, nulls);
            case TimedeltaColumn c -> new ColumnReader(column, c.toTicksArray(), null, null, null, nulls);
            case BoolColumn c -> {
                boolean[] b = c.toBooleanArray();
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = b[i] ? 1 : 0;
                }
                yield new ColumnReader(column, v, null, null, null, nulls);
            }
            case Float64Column c -> new ColumnReader(column, null, ArrowBuffers.getDoubles(c.vector().getDataBuffer(), n),
                    null, null, nulls);
            case StringColumn c -> {
                BaseVariableWidthVector vec = c.vector();
                int[] off = n == 0 ? new int[1] : ArrowBuffers.getInts(vec.getOffsetBuffer(), n + 1);
                int base = off[0];
                byte[] data = new byte[off[n] - base];
                vec.getDataBuffer().getBytes(base, data, 0, data.length);
                if (base != 0) {
                    for (int i = 0; i <= n; i++) {
                        off[i] -= base;
                    }
                }
                yield new ColumnReader(column, null, null, data, off, nulls);
            }
        };
    }

    /** The dictionary encoding of a string column that carries one, else {@code null}. */
    StringCodes codes() {
        return column instanceof StringColumn s ? s.codes() : null;
    }

    boolean isString() {
        return bytes != null;
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
        return compareBytes(bytes, offsets[a], offsets[a + 1], bytes, offsets[b], offsets[b + 1]);
    }

    /** Compares value {@code a} of this column with value {@code b} of {@code other}, both non-missing and of one kind. */
    int compareWith(int a, ColumnReader other, int b) {
        if (isString()) {
            return compareBytes(bytes, offsets[a], offsets[a + 1], other.bytes, other.offsets[b], other.offsets[b + 1]);
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
