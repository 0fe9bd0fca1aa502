package io.stratum.runtime.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable, ordered collection of equally long, uniquely named columns: the runtime's DataFrame. A table may carry
 * the row labels pandas would show (its index) when they are not 0..n-1: after a row selection ({@link #takeLabelled},
 * a filter, sort, head, tail, dropna) pandas keeps each row's original label ({@link RowLabels}). Kernels,
 * fingerprints and lineage keys never read them; they are printed, and read where pandas aligns rows of different
 * labels ({@code io.stratum.runtime.exec.LabelAlignment}).
 */
public final class Table {
    private final List<Column> columns;
    private final Map<String, Integer> positions;
    private final int rowCount;
    /** The row labels, or null for 0..n-1 ({@link RowLabels}: shared between tables, never modified). */
    private final RowLabels labels;

    private Table(List<Column> columns, int rowCount) {
        this(columns, rowCount, null);
    }

    private Table(List<Column> columns, int rowCount, RowLabels labels) {
        this.columns = List.copyOf(columns);
        this.rowCount = rowCount;
        if (labels != null && labels.length() != rowCount) {
            throw new IllegalArgumentException(labels.length() + " row labels for " + rowCount + " rows");
        }
        this.labels = labels;
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < this.columns.size(); i++) {
            Column c = this.columns.get(i);
            if (c.length() != rowCount) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + c.length()
                        + " rows but the table has " + rowCount);
            }
            if (pos.put(c.name(), i) != null) {
                throw new IllegalArgumentException("duplicate column name '" + c.name() + "'");
            }
        }
        this.positions = pos;
    }

    /** A table of the given columns, which must be equally long and uniquely named. */
    public static Table of(List<? extends Column> columns) {
        return new Table(new ArrayList<>(columns), columns.isEmpty() ? 0 : columns.getFirst().length());
    }

    public static Table of(Column... columns) {
        return of(List.of(columns));
    }

    /** A table with no columns but a row count, as pandas keeps the index of an emptied frame. */
    public static Table empty(int rowCount) {
        return new Table(List.of(), rowCount);
    }

    public int rowCount() {
        return rowCount;
    }

    /** The row labels pandas would show (a copy, for printing), or null when they are 0..n-1. */
    public long[] labels() {
        return labels == null ? null : labels.toLongs();
    }

    /** The row labels, shared (null for 0..n-1). */
    public RowLabels rowLabels() {
        return labels;
    }

    /** Whether the rows carry labels other than 0..n-1. */
    public boolean labelled() {
        return labels != null;
    }

    /** The same columns with these row labels (null for 0..n-1); labels are row positions, so below 2^31. */
    public Table withLabels(long[] rowLabels) {
        return withRowLabels(RowLabels.of(rowLabels));
    }

    /** The same columns with {@code other}'s row labels (a column step of {@code other}, same row count). */
    public Table withLabelsOf(Table other) {
        return withRowLabels(other.labels);
    }

    /** The same columns with these row labels (null for 0..n-1), which must be one per row. */
    public Table withRowLabels(RowLabels rowLabels) {
        return rowLabels == labels ? this : new Table(columns, rowCount, rowLabels);
    }

    /**
     * The same columns labelled as the rows {@code rows} of {@code source}, as pandas' row selections keep each row's
     * label. {@code rows} is kept, not copied, when {@code source} is unlabelled: the caller hands the array over.
     */
    public Table selectedFrom(Table source, int[] rows) {
        return withRowLabels(RowLabels.select(source.labels, rows));
    }

    /** {@link #take} keeping each row's label, as pandas' row selections do. */
    public Table takeLabelled(int[] rows) {
        return take(rows).selectedFrom(this, rows);
    }

    public int columnCount() {
        return columns.size();
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        for (Column c : columns) {
            names.add(c.name());
        }
        return Collections.unmodifiableList(names);
    }

    public boolean hasColumn(String name) {
        return positions.containsKey(name);
    }

    /** The named column; a {@link DataException} listing the existing columns if there is none. */
    public Column column(String name) {
        Integer i = positions.get(name);
        if (i == null) {
            throw new DataException("no column named '" + name + "'; the table has columns " + quoted(columnNames())
                    + ". Check the spelling or select one of those.");
        }
        return columns.get(i);
    }

    public Column column(int index) {
        return columns.get(index);
    }

    /** The named columns in the order given. */
    public Table select(List<String> names) {
        List<Column> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(column(n));
        }
        return new Table(out, rowCount, labels);
    }

    /** All columns except the named ones, which must all exist (pandas' {@code drop(columns=...)}). */
    public Table drop(List<String> names) {
        Set<String> gone = new LinkedHashSet<>();
        for (String n : names) {
            column(n);
            gone.add(n);
        }
        List<Column> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            if (!gone.contains(c.name())) {
                out.add(c);
            }
        }
        return new Table(out, rowCount, labels);
    }

    /**
     * pandas' {@code assign}: replaces the column of that name in place, or appends it. The column is renamed to
     * {@code name} if needed.
     */
    public Table withColumn(String name, Column column) {
        if (column.length() != rowCount && !columns.isEmpty()) {
            throw new DataException("cannot set column '" + name + "' of " + column.length()
                    + " rows on a table of " + rowCount + " rows");
        }
        Column named = column.name().equals(name) ? column : column.rename(name);
        List<Column> out = new ArrayList<>(columns);
        Integer i = positions.get(name);
        if (i != null) {
            out.set(i, named);
        } else {
            out.add(named);
        }
        return new Table(out, columns.isEmpty() ? named.length() : rowCount,
                columns.isEmpty() && named.length() != rowCount ? null : labels);
    }

    /** The given rows of every column, in the given order (used to build train and test folds). */
    public Table take(int[] rows) {
        List<Column> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(c.take(rows));
        }
        if (columns.isEmpty()) {
            for (int r : rows) {
                if (r < 0 || r >= rowCount) {
                    throw new IndexOutOfBoundsException("row " + r + " is outside a table of " + rowCount + " rows");
                }
            }
        }
        return new Table(out, rows.length);
    }

    /** The columns of this table followed by those of {@code other} (pandas' {@code concat(axis=1)}). */
    public Table concatColumns(Table other) {
        if (other.rowCount != rowCount && !columns.isEmpty() && !other.columns.isEmpty()) {
            throw new DataException("cannot put a table of " + other.rowCount + " rows beside one of " + rowCount
                    + " rows");
        }
        for (Column c : other.columns) {
            if (positions.containsKey(c.name())) {
                throw new DataException("both tables have a column named '" + c.name()
                        + "'; rename or drop one before concatenating");
            }
        }
        List<Column> out = new ArrayList<>(columns);
        out.addAll(other.columns);
        int rows = columns.isEmpty() ? other.rowCount : rowCount;
        return new Table(out, rows, labels != null && labels.length() == rows ? labels : null);
    }

    /** The dtype of each column, in order, like pandas' {@code df.dtypes}. */
    public List<DataType> types() {
        List<DataType> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(c.type());
        }
        return Collections.unmodifiableList(out);
    }

    /** A deterministic text rendering of the first {@code maxRows} rows, aligned in columns. */
    public String format(int maxRows) {
        int shown = Math.min(maxRows, rowCount);
        int k = columns.size();
        String[][] cells = new String[shown + 2][k];
        int[] width = new int[k];
        for (int j = 0; j < k; j++) {
            Column c = columns.get(j);
            cells[0][j] = c.name();
            cells[1][j] = c.dtypeName();
            for (int i = 0; i < shown; i++) {
                cells[i + 2][j] = c.format(i);
            }
            for (String[] row : cells) {
                width[j] = Math.max(width[j], row[j].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Table[").append(rowCount).append(" rows x ").append(k).append(" columns]\n");
        for (String[] row : cells) {
            for (int j = 0; j < k; j++) {
                if (j > 0) {
                    sb.append("  ");
                }
                sb.append(row[j]);
                if (j < k - 1) {
                    sb.repeat(' ', width[j] - row[j].length());
                }
            }
            sb.append('\n');
        }
        if (shown < rowCount) {
            sb.append("... ").append(rowCount - shown).append(" more rows\n");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format(10);
    }

    private static String quoted(List<String> names) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            sb.append(i == 0 ? "'" : ", '").append(names.get(i)).append('\'');
        }
        return sb.append(']').toString();
    }
}
