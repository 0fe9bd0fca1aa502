package io.stratum.runtime.kernels.classify;

import io.stratum.ir.value.PyFormat;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.PythonOrder;
import io.stratum.runtime.data.StringColumn;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The classes of a classification target, sorted as numpy's {@code np.unique} sorts them (strings by code point,
 * numbers and booleans by value), and the label encoding of a column onto their positions.
 */
public final class ClassLabels {
    private final DataType type;
    /** The classes of a string target, sorted by code point; null for numeric and boolean targets. */
    private final String[] names;
    /** The classes of a numeric or boolean target (false and true as 0 and 1), ascending; null for strings. */
    private final double[] values;

    private ClassLabels(DataType type, String[] names, double[] values) {
        this.type = type;
        this.names = names;
        this.values = values;
    }

    /**
     * The sorted distinct labels of the given columns together (scikit-learn's {@code unique_labels}), which must
     * all be text or all be numbers: as in Python, booleans, ints and floats compare by value (True equals 1 and
     * 1.0), so a boolean target and XGBClassifier's int predictions share their classes. A missing label or a float
     * label with a fraction (scikit-learn's "continuous" target) is refused.
     */
    public static ClassLabels of(Column... columns) {
        // A category target's classes are its values, as scikit-learn's unique_labels reads them: strings.
        DataType type = columns[0].type().isText() ? DataType.STRING : columns[0].type();
        for (Column c : columns) {
            DataType t = c.type().isText() ? DataType.STRING : c.type();
            if (t != type && !(isNumber(t) && isNumber(type))) {
                throw new DataException("labels of column '" + c.name() + "' are " + c.type() + " but labels of column '"
                        + columns[0].name() + "' are " + type + "; a target must have one type of label");
            }
            // The widest of the numbers names the joint classes: floats over ints over booleans.
            if (t == DataType.FLOAT64 || (t == DataType.INT64 && type == DataType.BOOL)) {
                type = t;
            }
        }
        if (type == DataType.STRING) {
            TreeSet<String> distinct = new TreeSet<>(PythonOrder::compareStrings);
            for (Column c : columns) {
                String[] all = ((StringColumn) c).toStringArray();
                for (int i = 0; i < all.length; i++) {
                    if (all[i] == null) {
                        throw missing(c, i);
                    }
                    distinct.add(all[i]);
                }
            }
            return new ClassLabels(type, distinct.toArray(new String[0]), null);
        }
        int total = 0;
        for (Column c : columns) {
            total += c.length();
        }
        double[] all = new double[total];
        int at = 0;
        for (Column c : columns) {
            double[] v = c.toDoubleArray();
            for (int i = 0; i < v.length; i++) {
                if (c.isMissing(i)) {
                    throw missing(c, i);
                }
                if (c.type() == DataType.FLOAT64 && v[i] != Math.rint(v[i])) {
                    throw new DataException("the target column '" + c.name() + "' holds continuous values (e.g. "
                            + PyFormat.floatRepr(v[i]) + "), but a classifier needs discrete classes; use a regressor"
                            + " for a continuous target");
                }
                all[at++] = v[i];
            }
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return new ClassLabels(type, null, Arrays.copyOf(all, distinct));
    }

    private static boolean isNumber(DataType type) {
        return type == DataType.INT64 || type == DataType.FLOAT64 || type == DataType.BOOL;
    }

    private static DataException missing(Column c, int row) {
        return new DataException("the target column '" + c.name() + "' has a missing value (row " + row + ")");
    }

    /** The number of classes. */
    public int count() {
        return names != null ? names.length : values.length;
    }

    /** The type of the labels, which predictions keep. */
    public DataType type() {
        return type;
    }

    /**
     * The class positions of {@code y}'s labels; a label that is not a class is refused, since a fitted classifier
     * cannot have seen it.
     */
    public int[] encode(Column y) {
        if (y.type() != type && !(isNumber(y.type()) && isNumber(type))) {
            throw new DataException("labels of column '" + y.name() + "' are " + y.type() + " but the classes are " + type);
        }
        int n = y.length();
        int[] codes = new int[n];
        if (names != null) {
            Map<String, Integer> index = new HashMap<>();
            for (int k = 0; k < names.length; k++) {
                index.put(names[k], k);
            }
            StringColumn s = (StringColumn) y;
            for (int i = 0; i < n; i++) {
                String v = s.getString(i);
                Integer k = v == null ? null : index.get(v);
                if (k == null) {
                    throw unknown(y, i);
                }
                codes[i] = k;
            }
            return codes;
        }
        double[] v = y.toDoubleArray();
        for (int i = 0; i < n; i++) {
            int k = y.isMissing(i) ? -1 : Arrays.binarySearch(values, v[i]);
            if (k < 0) {
                throw unknown(y, i);
            }
            codes[i] = k;
        }
        return codes;
    }

    private DataException unknown(Column y, int row) {
        return new DataException("the label " + y.format(row) + " in row " + row + " of column '" + y.name()
                + "' is not one of the classes " + Arrays.toString(displayNames()));
    }

    /** The labels of the given class positions, as a column of the target's type. */
    public Column decode(MemoryContext memory, String name, int[] codes) {
        int n = codes.length;
        return switch (type) {
            case STRING, CATEGORY -> {
                String[] out = new String[n];
                for (int i = 0; i < n; i++) {
                    out[i] = names[codes[i]];
                }
                yield StringColumn.of(memory, name, out);
            }
            case INT64 -> {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (long) values[codes[i]];
                }
                yield Int64Column.of(memory, name, out);
            }
            case FLOAT64 -> {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = values[codes[i]];
                }
                yield Float64Column.of(memory, name, out);
            }
            case BOOL -> {
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    out[i] = values[codes[i]] != 0;
                }
                yield BoolColumn.of(memory, name, out);
            }
            // A datetime target is refused when the labels are collected (it has no numbers).
            case DATETIME, TIMEDELTA -> throw new IllegalStateException("datetime class labels");
        };
    }

    /** The value of class {@code k} as a number, for numeric and boolean targets (booleans as 0 and 1). */
    public double numericValue(int k) {
        if (values == null) {
            throw new DataException("the classes are strings, not numbers");
        }
        return values[k];
    }

    /** The class {@code k} as Python prints it: the string itself, an int, a float repr, True or False. */
    public String displayName(int k) {
        return switch (type) {
            case STRING, CATEGORY -> names[k];
            case INT64 -> Long.toString((long) values[k]);
            case FLOAT64 -> PyFormat.floatRepr(values[k]);
            case BOOL -> values[k] != 0 ? "True" : "False";
            case DATETIME, TIMEDELTA -> throw new IllegalStateException("datetime class labels");
        };
    }

    /** Writes the classes for the lineage cache; {@link #readFrom} rebuilds equal labels. */
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeUTF(type.name());
        if (names != null) {
            out.writeInt(names.length);
            for (String name : names) {
                byte[] utf8 = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        } else {
            io.stratum.runtime.cache.StoredArrays.writeDoubles(out, values);
        }
    }

    /** Reads what {@link #writeTo} wrote. */
    public static ClassLabels readFrom(java.io.DataInput in) throws java.io.IOException {
        DataType type;
        try {
            type = DataType.valueOf(in.readUTF());
        } catch (IllegalArgumentException e) {
            throw new java.io.IOException("unknown label type", e);
        }
        if (type != DataType.STRING) {
            double[] values = io.stratum.runtime.cache.StoredArrays.readDoubles(in);
            if (values == null) {
                throw new java.io.IOException("numeric classes without values");
            }
            return new ClassLabels(type, null, values);
        }
        int n = in.readInt();
        if (n < 0) {
            throw new java.io.IOException("bad class count " + n);
        }
        String[] names = new String[n];
        for (int k = 0; k < n; k++) {
            int length = in.readInt();
            if (length < 0) {
                throw new java.io.IOException("bad label length " + length);
            }
            byte[] utf8 = new byte[length];
            in.readFully(utf8);
            names[k] = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
        }
        return new ClassLabels(type, names, null);
    }

    /** Every class as {@link #displayName} gives it, in class order. */
    public String[] displayNames() {
        String[] out = new String[count()];
        for (int k = 0; k < out.length; k++) {
            out[k] = displayName(k);
        }
        return out;
    }
}
