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

    /** The profile of reading only {@code keep} of the columns (file order kept, absent names ignored), or all when null. */
    public SourceProfile keeping(List<String> keep) {
        if (keep == null) {
            return this;
        }
        java.util.Set<String> wanted = new java.util.HashSet<>(keep);
        List<ColumnStats> kept = new java.util.ArrayList<>();
        for (ColumnStats c : columns) {
            if (wanted.contains(c.name())) {
                kept.add(c);
            }
        }
        return new SourceProfile(rows, kept);
    }
}
