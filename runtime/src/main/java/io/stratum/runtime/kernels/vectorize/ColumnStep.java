package io.stratum.runtime.kernels.vectorize;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;

/**
 * An encoder the TableVectorizer was given in place of one of skrub's defaults ({@code low_cardinality=...},
 * {@code high_cardinality=...}, {@code numeric=...}, {@code datetime=...}): fitted on one column at a time, as skrub
 * applies its encoders column by column; or the names "passthrough" and "drop".
 */
public interface ColumnStep {
    Object fit(MemoryContext memory, Column column);

    Table transform(MemoryContext memory, Object fitted, Column column);

    /** skrub's {@code "passthrough"}: the column as it is. */
    ColumnStep PASSTHROUGH = new ColumnStep() {
        @Override
        public Object fit(MemoryContext memory, Column column) {
            return Boolean.TRUE;
        }

        @Override
        public Table transform(MemoryContext memory, Object fitted, Column column) {
            return Table.of(column);
        }
    };

    /** skrub's {@code "drop"}: no output. */
    ColumnStep DROP = new ColumnStep() {
        @Override
        public Object fit(MemoryContext memory, Column column) {
            return Boolean.TRUE;
        }

        @Override
        public Table transform(MemoryContext memory, Object fitted, Column column) {
            return Table.empty(column.length());
        }
    };
}
