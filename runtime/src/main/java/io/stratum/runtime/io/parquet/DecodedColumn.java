package io.stratum.runtime.io.parquet;

import io.stratum.runtime.data.ArrowBuffers;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.MemoryContext;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;

/**
 * Where one column's chunks are decoded to. Numbers go straight into the column's Arrow vector (through a memory
 * segment over its data buffer), booleans into one array; each chunk fills only its own row range, so chunks
 * decode in parallel without sharing anything else. Strings keep one code per row (each chunk's codes into its
 * own {@link StringChunk}'s entries, in the chunk's rows of {@link #codes}). Null flags exist per chunk, and only
 * for chunks that have nulls.
 */
final class DecodedColumn {
    static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    final FlatColumnReader.Kind kind;
    final int rows;
    /** The vector of a number column (int64, datetime64 of the file's unit or float64), {@code null} for the others. */
    final FieldVector vector;
    /** Its data buffer, eight bytes per row. */
    final MemorySegment values;
    final boolean[] bools;
    final int[] codes;
    final StringChunk[] strings;
    /** Null flags of each chunk's rows, {@code null} for a chunk without nulls. */
    final boolean[][] nulls;

    DecodedColumn(MemoryContext ctx, String name, FlatColumnReader.Kind kind, DatetimeUnit unit, int rows, int chunks) {
        this.kind = kind;
        this.rows = rows;
        vector = switch (kind) {
            case INTEGER -> new BigIntVector(name, ctx.allocator());
            case TIMESTAMP -> unit.newVector(name, ctx.allocator());
            case FLOAT -> new Float8Vector(name, ctx.allocator());
            default -> null;
        };
        if (vector != null) {
            ctx.track(vector);
            vector.setInitialCapacity(rows);
            vector.allocateNew();
            values = ArrowBuffers.segment(vector.getDataBuffer(), 8L * rows);
        } else {
            values = null;
        }
        bools = kind == FlatColumnReader.Kind.BOOL ? new boolean[rows] : null;
        codes = kind == FlatColumnReader.Kind.STRING ? new int[rows] : null;
        strings = kind == FlatColumnReader.Kind.STRING ? new StringChunk[chunks] : null;
        nulls = new boolean[chunks][];
    }

    /** All rows' null flags, {@code null} when no row is null. */
    boolean[] allNulls(int[] chunkStarts) {
        boolean any = false;
        for (boolean[] n : nulls) {
            any |= n != null;
        }
        if (!any) {
            return null;
        }
        boolean[] out = new boolean[rows];
        for (int c = 0; c < nulls.length; c++) {
            if (nulls[c] != null) {
                System.arraycopy(nulls[c], 0, out, chunkStarts[c], nulls[c].length);
            }
        }
        return out;
    }

    /** Releases the vector (a failed read). */
    void release() {
        if (vector != null) {
            vector.close();
        }
    }
}
