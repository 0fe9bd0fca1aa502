package io.stratum.runtime.kernels.encode;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.PythonOrder;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sorted categories one column had at fit time, as scikit-learn's {@code categories_} entry for it: numbers in
 * numeric order, strings in Python's order, booleans False before True, and the missing value last.
 */
public final class ColumnCategories {
    private final String column;
    private final DataType type;
    private final long[] longs;
    private final double[] doubles;
    private final String[] strings;
    private final Map<String, Integer> stringIndex;
    private final boolean hasMissing;

    private ColumnCategories(String column, DataType type, long[] longs, double[] doubles, String[] strings,
                             boolean hasMissing) {
        this.column = column;
        this.type = type == DataType.CATEGORY ? DataType.STRING : type; // encoders read a category column's values
        this.longs = longs;
        this.doubles = doubles;
        this.strings = strings;
        this.hasMissing = hasMissing;
        if (strings != null) {
            stringIndex = new HashMap<>();
            for (int i = 0; i < strings.length; i++) {
                stringIndex.put(strings[i], i);
            }
        } else {
            stringIndex = null;
        }
    }

    /** Collects the categories present in {@code c}; a datetime column is refused (encode its fields instead). */
    public static ColumnCategories of(Column c) {
        int n = c.length();
        boolean missing = false;
        switch (c) {
            case TimestampColumn t -> throw datetimeRefused(c);
            case TimedeltaColumn t -> throw datetimeRefused(c);
            case StringColumn s when s.codes() != null -> {
                // Dictionary-encoded: the values some row uses, without decoding a string per row.
                StringCodes codes = s.codes();
                boolean[] used = codes.used();
                List<String> seen = new ArrayList<>();
                for (int v = 0; v < used.length; v++) {
                    if (used[v]) {
                        seen.add(codes.values()[v]);
                    }
                }
                String[] sorted = seen.toArray(new String[0]);
                Arrays.sort(sorted, PythonOrder::compareStrings);
                return new ColumnCategories(c.name(), c.type(), null, null, sorted, s.nullCount() > 0);
            }
            case StringColumn s -> {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < n; i++) {
                    String v = s.getString(i);
                    if (v == null) {
                        missing = true;
                    } else {
                        seen.add(v);
                    }
                }
                String[] sorted = seen.toArray(new String[0]);
                Arrays.sort(sorted, PythonOrder::compareStrings);
                return new ColumnCategories(c.name(), c.type(), null, null, sorted, missing);
            }
            case Int64Column l -> {
                long[] v = new long[n];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    if (l.isNull(i)) {
                        missing = true;
                    } else {
                        v[k++] = l.getLong(i);
                    }
                }
                return new ColumnCategories(c.name(), c.type(), distinctSorted(Arrays.copyOf(v, k)), null, null,
                        missing);
            }
            case Float64Column f -> {
                double[] v = new double[n];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    double x = f.getDouble(i);
                    if (Double.isNaN(x)) {
                        missing = true;
                    } else {
                        v[k++] = x == 0.0 ? 0.0 : x; // -0.0 and 0.0 are one category, as in np.unique
                    }
                }
                return new ColumnCategories(c.name(), c.type(), null, distinctSorted(Arrays.copyOf(v, k)), null,
                        missing);
            }
            case BoolColumn b -> {
                boolean sawFalse = false;
                boolean sawTrue = false;
                for (int i = 0; i < n; i++) {
                    if (b.isNull(i)) {
                        missing = true;
                    } else if (b.getBoolean(i)) {
                        sawTrue = true;
                    } else {
                        sawFalse = true;
                    }
                }
                long[] v = sawFalse && sawTrue ? new long[] {0, 1} : sawTrue ? new long[] {1}
                        : sawFalse ? new long[] {0} : new long[0];
                return new ColumnCategories(c.name(), c.type(), v, null, null, missing);
            }
        }
    }

    static DataException datetimeRefused(Column c) {
        return c instanceof TimedeltaColumn
                ? new DataException("column '" + c.name() + "' holds durations (" + c.dtypeName() + "), which Stratum"
                        + " does not encode as categories; take numbers first, e.g. .dt.total_seconds() or .dt.days")
                : new DataException("column '" + c.name() + "' holds datetimes, which Stratum"
                        + " does not encode as categories; extract fields first, e.g. .dt.hour or .dt.weekday");
    }

    /**
     * The categories of a column of {@code type} whose distinct non-missing values are {@code values} (strings,
     * longs — booleans as 0/1 — or doubles without {@code -0.0}), sorted as {@link #of} sorts them.
     */
    static ColumnCategories fromValues(String column, DataType type, java.util.Collection<Object> values,
                                       boolean hasMissing) {
        int k = 0;
        switch (type) {
            case STRING, CATEGORY -> {
                String[] sorted = new String[values.size()];
                for (Object v : values) {
                    sorted[k++] = (String) v;
                }
                Arrays.sort(sorted, PythonOrder::compareStrings);
                return new ColumnCategories(column, type, null, null, sorted, hasMissing);
            }
            case FLOAT64 -> {
                double[] sorted = new double[values.size()];
                for (Object v : values) {
                    sorted[k++] = (Double) v;
                }
                Arrays.sort(sorted);
                return new ColumnCategories(column, type, null, sorted, null, hasMissing);
            }
            case INT64, BOOL -> {
                long[] sorted = new long[values.size()];
                for (Object v : values) {
                    sorted[k++] = (Long) v;
                }
                Arrays.sort(sorted);
                return new ColumnCategories(column, type, sorted, null, null, hasMissing);
            }
            default -> throw new IllegalArgumentException("no categories of " + type + " columns");
        }
    }

    /** The non-missing categories as {@link CategoryCounts} keys them, in order. */
    List<Object> values() {
        List<Object> out = new ArrayList<>();
        if (strings != null) {
            out.addAll(Arrays.asList(strings));
        } else if (doubles != null) {
            for (double d : doubles) {
                out.add(d);
            }
        } else {
            for (long l : longs) {
                out.add(l);
            }
        }
        return out;
    }

    private static long[] distinctSorted(long[] v) {
        Arrays.sort(v);
        int k = 0;
        for (int i = 0; i < v.length; i++) {
            if (i == 0 || v[i] != v[i - 1]) {
                v[k++] = v[i];
            }
        }
        return Arrays.copyOf(v, k);
    }

    private static double[] distinctSorted(double[] v) {
        Arrays.sort(v);
        int k = 0;
        for (int i = 0; i < v.length; i++) {
            if (i == 0 || v[i] != v[i - 1]) {
                v[k++] = v[i];
            }
        }
        return Arrays.copyOf(v, k);
    }

    public String column() {
        return column;
    }

    public DataType type() {
        return type;
    }

    /** The number of categories, the missing value included. */
    public int size() {
        int known = strings != null ? strings.length : longs != null ? longs.length : doubles.length;
        return known + (hasMissing ? 1 : 0);
    }

    public boolean hasMissing() {
        return hasMissing;
    }

    /** Each category as {@code str()} prints it in Python, the missing one as {@code nan}. */
    public List<String> labels() {
        List<String> out = new ArrayList<>(size());
        if (strings != null) {
            out.addAll(Arrays.asList(strings));
        } else if (doubles != null) {
            for (double d : doubles) {
                out.add(io.stratum.ir.value.PyFormat.floatRepr(d));
            }
        } else {
            for (long l : longs) {
                out.add(type == DataType.BOOL ? (l == 1 ? "True" : "False") : Long.toString(l));
            }
        }
        if (hasMissing) {
            out.add("nan");
        }
        return out;
    }

    /**
     * {@link #indexOf} of every row of {@code c}; a dictionary-encoded string column is looked up once per value,
     * not once per row.
     */
    int[] indices(Column c) {
        int n = c.length();
        int[] out = new int[n];
        if (c instanceof StringColumn s && s.codes() != null && stringIndex != null) {
            String[] values = s.codes().values();
            int[] byCode = new int[values.length];
            for (int v = 0; v < values.length; v++) {
                byCode[v] = stringIndex.getOrDefault(values[v], -1);
            }
            int missing = hasMissing ? size() - 1 : -1;
            int[] codes = s.codes().codes();
            for (int i = 0; i < n; i++) {
                out[i] = codes[i] < 0 ? missing : byCode[codes[i]];
            }
            return out;
        }
        for (int i = 0; i < n; i++) {
            out[i] = indexOf(c, i);
        }
        return out;
    }

    /** The category index of row {@code row} of {@code c}, or -1 if that value was not seen during fit. */
    int indexOf(Column c, int row) {
        if (c.isMissing(row)) {
            return hasMissing ? size() - 1 : -1;
        }
        return switch (c) {
            case TimestampColumn t -> -1;
            case TimedeltaColumn t -> -1;
            case StringColumn s -> stringIndex.getOrDefault(s.getString(row), -1);
            case Int64Column l -> {
                int i = Arrays.binarySearch(longs, l.getLong(row));
                yield i >= 0 ? i : -1;
            }
            case Float64Column f -> {
                double x = f.getDouble(row);
                int i = Arrays.binarySearch(doubles, x == 0.0 ? 0.0 : x);
                yield i >= 0 ? i : -1;
            }
            case BoolColumn b -> {
                int i = Arrays.binarySearch(longs, b.getBoolean(row) ? 1L : 0L);
                yield i >= 0 ? i : -1;
            }
        };
    }

    /** Writes the categories for the lineage cache; {@link #readFrom} rebuilds them. */
    void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeUTF(column);
        out.writeUTF(type.name());
        out.writeBoolean(hasMissing);
        if (strings != null) {
            out.writeByte(0);
            out.writeInt(strings.length);
            for (String v : strings) {
                byte[] utf8 = v.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        } else if (longs != null) {
            out.writeByte(1);
            out.writeInt(longs.length);
            for (long v : longs) {
                out.writeLong(v);
            }
        } else {
            out.writeByte(2);
            out.writeInt(doubles.length);
            for (double v : doubles) {
                out.writeLong(Double.doubleToRawLongBits(v));
            }
        }
    }

    static ColumnCategories readFrom(java.io.DataInput in) throws java.io.IOException {
        String column = in.readUTF();
        DataType type = DataType.valueOf(in.readUTF());
        boolean missing = in.readBoolean();
        byte kind = in.readByte();
        int n = in.readInt();
        if (n < 0) {
            throw new java.io.IOException("negative category count");
        }
        switch (kind) {
            case 0 -> {
                String[] v = new String[n];
                for (int i = 0; i < n; i++) {
                    byte[] utf8 = new byte[in.readInt()];
                    in.readFully(utf8);
                    v[i] = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
                }
                return new ColumnCategories(column, type, null, null, v, missing);
            }
            case 1 -> {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = in.readLong();
                }
                return new ColumnCategories(column, type, v, null, null, missing);
            }
            case 2 -> {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = Double.longBitsToDouble(in.readLong());
                }
                return new ColumnCategories(column, type, null, v, null, missing);
            }
            default -> throw new java.io.IOException("unknown category kind " + kind);
        }
    }
}
