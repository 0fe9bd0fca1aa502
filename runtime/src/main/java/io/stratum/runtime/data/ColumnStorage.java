package io.stratum.runtime.data;

import org.apache.arrow.vector.FieldVector;

/**
 * The memory behind a column, for owners that release columns early (the plan executor's buffer pool): an Arrow
 * vector, or for a string column held as codes only its {@link CodedBytes}, or for a filter's text not gathered yet
 * its {@link GatheredBytes}, whether built yet or not. Columns that share one storage (a renamed column, a join's
 * unchanged side) share its memory, so owners count and release storages, not columns. Asking a codes-only or
 * not yet gathered column for its storage never builds its bytes.
 */
public final class ColumnStorage {
    private ColumnStorage() {
    }

    /** A {@link FieldVector}, a {@link CodedBytes} or a {@link GatheredBytes}; compare by identity. */
    public static Object of(Column column) {
        return switch (column) {
            case Float64Column f -> f.vector();
            case Int64Column l -> l.vector();
            case StringColumn s when s.gatheredBytes() != null -> s.gatheredBytes();
            case StringColumn s -> s.codedBytes() != null ? s.codedBytes() : s.vector();
            case BoolColumn b -> b.vector();
            case TimestampColumn t -> t.vector();
            case TimedeltaColumn t -> t.vector();
        };
    }

    /**
     * The bytes a storage holds: an Arrow vector's buffers; for codes, the 4-byte codes (the same number before and
     * after their Arrow bytes are built, so that an owner adds and subtracts the same amount); for a filter's text
     * not gathered yet, the source buffers it pins and its rows (also the same number before and after).
     */
    public static long bytes(Object storage) {
        return switch (storage) {
            case FieldVector v -> v.getBufferSize();
            case CodedBytes c -> c.codeBytes();
            case GatheredBytes g -> g.bytes();
            default -> throw new IllegalArgumentException("not a column storage: " + storage);
        };
    }

    /** Frees a storage no column will be read through again (a codes-only column's bytes, if built). */
    public static void release(Object storage) {
        switch (storage) {
            case FieldVector v -> v.close();
            case CodedBytes c -> c.close();
            case GatheredBytes g -> g.close();
            default -> throw new IllegalArgumentException("not a column storage: " + storage);
        }
    }
}
