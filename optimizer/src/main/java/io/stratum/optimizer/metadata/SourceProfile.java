package io.stratum.optimizer.metadata;

import java.util.List;

/** The statistics of one data source: its row count and, in file order, its columns. */
public record SourceProfile(long rows, List<ColumnStats> columns) {
    public SourceProfile {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0, got " + rows);
        }
        columns = List.copyOf(columns);
    }
}
