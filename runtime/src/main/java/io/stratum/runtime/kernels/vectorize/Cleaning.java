package io.stratum.runtime.kernels.vectorize;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-column cleaning steps skrub's Cleaner and TableVectorizer share: null strings to nulls
 * ({@code CleanNullStrings}), the checks of {@code DropUninformative}, number parsing and the float32 cast of
 * {@code ToFloat}.
 */
final class Cleaning {
    private Cleaning() {
    }

    /** Blank strings and the given null strings become nulls; other columns are returned as they are. */
    static Column cleanNullStrings(MemoryContext memory, Column column, List<String> nullStrings) {
        if (!(column instanceof StringColumn s) || s.isCategorical()) {
            return column; // skrub's CleanNullStrings rejects a category column (not strings)
        }
        Set<String> nulls = new HashSet<>(nullStrings);
        String[] out = new String[s.length()];
        boolean changed = false;
        for (int i = 0; i < out.length; i++) {
            String v = s.isNull(i) ? null : s.getString(i);
            if (v != null && (v.isBlank() ? nulls.contains("") : nulls.contains(v))) {
                v = null;
                changed = true;
            }
            out[i] = v;
        }
        return changed ? StringColumn.of(memory, s.name(), out) : column;
    }

    /** {@code DropUninformative}'s decision for a column. */
    static boolean uninformative(Column column, TableVectorizerParams params) {
        int n = column.length();
        int nulls = column.missingCount();
        boolean tooManyNulls = params.dropNullFraction() == 1.0 ? nulls == n
                : nulls > 0 && (double) nulls / n > params.dropNullFraction();
        if (tooManyNulls) {
            return true;
        }
        int distinct = distinctCount(column);
        if (params.dropIfConstant() && distinct == 1 && nulls == 0) {
            return true;
        }
        return params.dropIfUnique() && !column.type().isNumeric() && nulls == 0 && distinct == n;
    }

    /**
     * skrub's {@code DurationToFloat} (the TableVectorizer's cleaning): a duration column becomes its
     * {@code total_seconds()}, which the numeric passthrough then casts to float32; other columns are returned as
     * they are.
     */
    static Column durationToSeconds(MemoryContext memory, Column column) {
        return column instanceof io.stratum.runtime.data.TimedeltaColumn
                ? io.stratum.runtime.kernels.element.DatetimeFields.field(memory, column,
                        io.stratum.ir.logical.DatetimePart.TOTAL_SECONDS)
                : column;
    }

    /** pandas' {@code nunique()}: distinct non-missing values. */
    static int distinctCount(Column column) {
        if (column instanceof StringColumn s && s.codes() != null) {
            int used = 0;
            for (boolean u : s.codes().used()) {
                used += u ? 1 : 0;
            }
            return used; // the values of a dictionary are distinct: count those some row uses
        }
        Set<Object> seen = new HashSet<>();
        if (column instanceof StringColumn s) {
            for (int i = 0; i < s.length(); i++) {
                if (!s.isNull(i)) {
                    seen.add(s.getString(i));
                }
            }
            return seen.size();
        }
        if (column instanceof io.stratum.runtime.data.TimestampColumn t) {
            // distinct instants (a datetime column has no numbers to read)
            for (int i = 0; i < t.length(); i++) {
                if (!t.isMissing(i)) {
                    seen.add(t.getTicks(i));
                }
            }
            return seen.size();
        }
        if (column instanceof io.stratum.runtime.data.TimedeltaColumn d) {
            for (int i = 0; i < d.length(); i++) {
                if (!d.isMissing(i)) {
                    seen.add(d.getTicks(i));
                }
            }
            return seen.size();
        }
        double[] values = column.toDoubleArray();
        for (int i = 0; i < values.length; i++) {
            if (!column.isMissing(i)) {
                seen.add(values[i]);
            }
        }
        return seen.size();
    }

    /**
     * The column's values as float32 numbers (NaN where missing), or null when a present string does not parse as
     * a number (skrub's {@code ToFloat} then rejects the column at fit time; at transform time such values are NaN
     * when {@code strict} is false).
     */
    static double[] toFloat32(Column column, boolean strict) {
        int n = column.length();
        double[] out = new double[n];
        if (column instanceof StringColumn s) {
            for (int i = 0; i < n; i++) {
                if (s.isNull(i)) {
                    out[i] = Double.NaN;
                    continue;
                }
                Double v = parseNumber(s.getString(i));
                if (v == null) {
                    if (strict) {
                        return null;
                    }
                    out[i] = Double.NaN;
                } else {
                    out[i] = (float) (double) v;
                }
            }
            return out;
        }
        double[] values = column.toDoubleArray();
        for (int i = 0; i < n; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    /** Python's {@code float(text)} for the usual spellings; null when it would raise. */
    private static Double parseNumber(String text) {
        String t = text.strip().replace("_", "");
        if (t.isEmpty() || t.endsWith("d") || t.endsWith("D") || t.endsWith("f") || t.endsWith("F")
                || t.startsWith("0x") || t.startsWith("0X")) {
            return null;
        }
        switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "+inf", "infinity", "+infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case "nan", "+nan", "-nan" -> {
                return Double.NaN;
            }
            default -> {
                try {
                    return Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
    }

    static Float64Column float32Column(MemoryContext memory, String name, double[] values) {
        return Float64Column.of(memory, name, values);
    }
}
