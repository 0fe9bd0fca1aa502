package io.stratum.runtime.exec;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An operator's output copied out of the run's Arrow memory (which is closed when the run ends), so that a caller can
 * print it afterwards: a frame's or a series' columns as Java arrays.
 */
public record CopiedValue(boolean frame, List<CopiedColumn> columns, List<String> labels, String scalar,
                          boolean perColumn, boolean unnamed) {
    /**
     * {@code labels} are the row labels when they are not 0..n-1 (a frame's or a series' after a filter or sort; the
     * column names of per-column values such as {@code df.max()}, then {@code perColumn}: a Series without a name), else
     * null; {@code scalar} is Python's text of one value computed from the data (then {@code columns} is empty), else
     * null; {@code unnamed}: a series pandas gives no name (arithmetic of two columns of different names).
     */
    public CopiedValue {
        columns = List.copyOf(columns);
        labels = labels == null ? null : List.copyOf(labels);
        if (scalar == null && !frame && columns.size() != 1) {
            throw new IllegalArgumentException("a series has one column, got " + columns.size());
        }
        if (labels != null && !columns.isEmpty() && labels.size() != columns.get(0).length()) {
            throw new IllegalArgumentException("row labels are given one per row");
        }
    }

    /** A frame or a series (not per-column values). */
    public CopiedValue(boolean frame, List<CopiedColumn> columns, List<String> labels, String scalar) {
        this(frame, columns, labels, scalar, false, false);
    }

    /** Per-column values ({@code perColumn}) or a frame or series with a name. */
    public CopiedValue(boolean frame, List<CopiedColumn> columns, List<String> labels, String scalar, boolean perColumn) {
        this(frame, columns, labels, scalar, perColumn, false);
    }

    /** A frame ({@code frame}) or a series with the row labels 0..n-1. */
    public CopiedValue(boolean frame, List<CopiedColumn> columns) {
        this(frame, columns, null, null);
    }

    /**
     * One column: {@code values} is a {@code double[]} for float64 (missing values NaN), a {@code long[]} for int64
     * and datetime (ticks of {@code unit} since the epoch), a {@code String[]} for str, a {@code boolean[]} for bool;
     * {@code missing} marks nulls (and NaN in float64); a category column's values are a {@code String[]} and
     * {@code categories} its categories ({@code null} for every other type); {@code unit} is the datetime
     * resolution ({@code null} for every other type).
     */
    public record CopiedColumn(String name, DataType type, Object values, boolean[] missing, String[] categories,
                               DatetimeUnit unit, String zone) {
        public CopiedColumn {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(values, "values");
            Objects.requireNonNull(missing, "missing");
            if ((type == DataType.CATEGORY) != (categories != null)) {
                throw new IllegalArgumentException("categories are given exactly for a category column");
            }
            if ((type == DataType.DATETIME || type == DataType.TIMEDELTA) && unit == null) {
                unit = DatetimeUnit.US;
            }
            if (type != DataType.DATETIME && (type != DataType.TIMEDELTA && unit != null || zone != null)) {
                throw new IllegalArgumentException("a unit is given only for a datetime or timedelta column, a zone only"
                        + " for a datetime one");
            }
        }

        public CopiedColumn(String name, DataType type, Object values, boolean[] missing, String[] categories,
                            DatetimeUnit unit) {
            this(name, type, values, missing, categories, unit, null);
        }

        public CopiedColumn(String name, DataType type, Object values, boolean[] missing, String[] categories) {
            this(name, type, values, missing, categories, null, null);
        }

        public CopiedColumn(String name, DataType type, Object values, boolean[] missing) {
            this(name, type, values, missing, null, null, null);
        }

        /** The dtype pandas prints for this column. */
        public String dtypeName() {
            return type == DataType.DATETIME ? TimestampColumn.dtypeName(unit, zone)
                    : type == DataType.TIMEDELTA ? TimedeltaColumn.dtypeName(unit) : type.pandasName();
        }

        public int length() {
            return missing.length;
        }
    }

    /** The number of rows. */
    public int rows() {
        return columns.isEmpty() ? 0 : columns.get(0).length();
    }

    /** Copies {@code value} out of Arrow memory. */
    public static CopiedValue of(RuntimeValue value) {
        return switch (value) {
            case RuntimeValue.Scalar v -> new CopiedValue(false, List.of(), null, ScalarValues.text(v.value()));
            case RuntimeValue.Row r -> {
                // One series of the values as pandas assembles them: all numbers of one type, or object.
                try (io.stratum.runtime.data.MemoryContext memory = io.stratum.runtime.data.MemoryContext.open()) {
                    // a named one (a frame's quantile(q)) prints its name as a Series does
                    yield new CopiedValue(false, List.of(rowColumn(memory, r)), r.labels(), null, r.name() == null);
                }
            }
            case RuntimeValue.Series s -> new CopiedValue(false, List.of(copy(s.column())), shown(s.labels()), null, false,
                    s.unnamed());
            case RuntimeValue.Matrix m -> throw new io.stratum.runtime.data.DataException("the value is " + m.pythonType()
                    + " (" + m.rows() + " x " + m.cols() + "), which Stratum does not print yet; print a frame or a"
                    + " column, or the search's results");
            case RuntimeValue.Frame f -> {
                List<CopiedColumn> out = new ArrayList<>(f.table().columnCount());
                for (Column c : f.table().columns()) {
                    out.add(copy(c));
                }
                yield new CopiedValue(true, out, out.isEmpty() ? null : shown(f.table().rowLabels()), null);
            }
        };
    }

    /** Row labels as printed (null for 0..n-1). */
    private static List<String> shown(io.stratum.runtime.data.RowLabels labels) {
        if (labels == null) {
            return null;
        }
        List<String> out = new ArrayList<>(labels.length());
        for (long l : labels.toLongs()) {
            out.add(Long.toString(l));
        }
        return out;
    }

    /** Per-column values as one column: int64, float64 (ints among floats), bool, or else their text (pandas' object). */
    private static CopiedColumn rowColumn(io.stratum.runtime.data.MemoryContext memory, RuntimeValue.Row r) {
        List<io.stratum.runtime.kernels.frame.Scalar> values = r.values();
        int n = values.size();
        String name = r.name() == null ? "" : r.name();
        boolean ints = values.stream().allMatch(v -> v instanceof io.stratum.runtime.kernels.frame.Scalar.IntScalar);
        boolean numbers = values.stream().allMatch(v -> v instanceof io.stratum.runtime.kernels.frame.Scalar.IntScalar
                || v instanceof io.stratum.runtime.kernels.frame.Scalar.FloatScalar);
        boolean bools = values.stream().allMatch(v -> v instanceof io.stratum.runtime.kernels.frame.Scalar.BoolScalar);
        Column c;
        if (ints) {
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                v[i] = ((io.stratum.runtime.kernels.frame.Scalar.IntScalar) values.get(i)).value();
            }
            c = Int64Column.of(memory, name, v);
        } else if (numbers) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = values.get(i) instanceof io.stratum.runtime.kernels.frame.Scalar.IntScalar l ? l.value()
                        : ((io.stratum.runtime.kernels.frame.Scalar.FloatScalar) values.get(i)).value();
            }
            c = Float64Column.of(memory, name, v);
        } else if (bools) {
            boolean[] v = new boolean[n];
            for (int i = 0; i < n; i++) {
                v[i] = ((io.stratum.runtime.kernels.frame.Scalar.BoolScalar) values.get(i)).value();
            }
            c = io.stratum.runtime.data.BoolColumn.of(memory, name, v);
        } else {
            String[] v = new String[n];
            for (int i = 0; i < n; i++) {
                v[i] = ScalarValues.text(values.get(i));
            }
            c = StringColumn.of(memory, name, v);
        }
        return copy(c);
    }

    private static CopiedColumn copy(Column c) {
        int n = c.length();
        boolean[] missing = new boolean[n];
        for (int i = 0; i < n; i++) {
            missing[i] = c.isMissing(i);
        }
        Object values = switch (c) {
            case Float64Column f -> f.toDoubleArray();
            case Int64Column l -> {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = missing[i] ? 0 : l.getLong(i);
                }
                yield out;
            }
            case TimestampColumn t -> {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = missing[i] ? 0 : t.getTicks(i);
                }
                yield out;
            }
            case TimedeltaColumn t -> {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = missing[i] ? 0 : t.getTicks(i);
                }
                yield out;
            }
            case StringColumn s -> {
                String[] out = new String[n];
                for (int i = 0; i < n; i++) {
                    out[i] = missing[i] ? null : s.getString(i);
                }
                yield out;
            }
            case BoolColumn b -> {
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    out[i] = !missing[i] && b.getBoolean(i);
                }
                yield out;
            }
        };
        String[] categories = c instanceof StringColumn s ? s.categories() : null;
        return new CopiedColumn(c.name(), c.type(), values, missing, categories,
                c instanceof TimestampColumn t ? t.unit() : c instanceof TimedeltaColumn d ? d.unit() : null,
                c instanceof TimestampColumn t ? t.zone() : null);
    }
}
