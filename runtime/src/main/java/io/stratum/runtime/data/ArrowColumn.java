package io.stratum.runtime.data;

import java.util.Objects;
import org.apache.arrow.vector.FieldVector;

/**
 * Shared state of the Arrow-backed columns: the name, the owning context and the (never mutated) vector. A string
 * column held as dictionary codes only has no vector until a kernel asks for it ({@link StringColumn}), and overrides
 * the methods that read it.
 */
abstract sealed class ArrowColumn<V extends FieldVector> permits Float64Column, Int64Column, StringColumn, BoolColumn, TimestampColumn,
        TimedeltaColumn {
    final String name;
    final MemoryContext context;
    final V vector;

    ArrowColumn(String name, MemoryContext context, V vector) {
        this.name = Objects.requireNonNull(name, "column name");
        this.context = Objects.requireNonNull(context, "memory context");
        this.vector = vector;
    }

    public final String name() {
        return name;
    }

    public int length() {
        return vector.getValueCount();
    }

    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    public int nullCount() {
        return vector.getNullCount();
    }

    public final MemoryContext context() {
        return context;
    }

    /**
     * The backing vector, for kernels that read Arrow buffers directly; callers must not modify it. (A string column
     * held as codes only builds it on the first call.)
     */
    public V vector() {
        return vector;
    }

    /** Every row's null flag in one bulk read, or {@code null} when the column has no nulls. */
    public boolean[] nullFlags() {
        return ArrowBuffers.nulls(vector, length());
    }

    final void checkRows(int[] rows) {
        int n = length();
        for (int r : rows) {
            if (r < 0 || r >= n) {
                throw new IndexOutOfBoundsException("row " + r + " is outside column '" + name + "' of " + n + " rows");
            }
        }
    }

    @Override
    public final String toString() {
        Column self = (Column) this;
        StringBuilder sb = new StringBuilder();
        sb.append(name).append(": ").append(self.dtypeName()).append('[').append(length()).append("] [");
        int shown = Math.min(length(), 10);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(self.format(i));
        }
        if (shown < length()) {
            sb.append(", ...");
        }
        return sb.append(']').toString();
    }
}
