package io.stratum.runtime.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The row labels pandas shows for a frame or a Series (its index) when they are not 0..n-1: after a row selection
 * pandas keeps each row's original label. Labels are positions in a frame read or built at 0..n-1, so ints; they may
 * repeat after a concatenation. Immutable and shared: a selection of unlabelled rows keeps the selection's own row
 * array as its labels, so labelling a filter, sort or head allocates nothing, and column steps pass the same object
 * on. Everywhere, {@code null} stands for 0..n-1.
 */
public final class RowLabels {
    private final int[] values;

    private RowLabels(int[] values) {
        this.values = values;
    }

    /** Labels from longs (for tests and callers that hold them as pandas does); null gives null. */
    public static RowLabels of(long[] labels) {
        if (labels == null) {
            return null;
        }
        int[] ints = new int[labels.length];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = Math.toIntExact(labels[i]);
        }
        return range(ints) ? null : new RowLabels(ints);
    }

    /**
     * The labels of the rows {@code rows} of something labelled {@code source} (null: 0..n-1), as pandas' row
     * selections keep each row's label; null when they come out 0..k-1. {@code rows} is kept, not copied, when
     * {@code source} is null: the caller hands the array over and never changes it.
     */
    public static RowLabels select(RowLabels source, int[] rows) {
        if (source == null) {
            return range(rows) ? null : new RowLabels(rows);
        }
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = source.values[rows[i]];
        }
        return range(out) ? null : new RowLabels(out);
    }

    /**
     * pandas' {@code pd.concat} of labelled parts along rows: each part's labels in turn ({@code lengths[i]} rows of
     * {@code parts.get(i)}, a null part 0..n-1), so labels may repeat.
     */
    public static RowLabels concat(List<RowLabels> parts, int[] lengths) {
        int total = 0;
        for (int n : lengths) {
            total += n;
        }
        int[] out = new int[total];
        int at = 0;
        for (int p = 0; p < lengths.length; p++) {
            RowLabels l = parts.get(p);
            for (int i = 0; i < lengths[p]; i++) {
                out[at++] = l == null ? i : l.values[i];
            }
        }
        return range(out) ? null : new RowLabels(out);
    }

    /** Whether {@code a} and {@code b} (null: 0..n-1) are the same labels in the same order for {@code n} rows. */
    public static boolean same(RowLabels a, RowLabels b) {
        if (a == b) {
            return true;
        }
        // One of them null means 0..n-1, which a non-null RowLabels never is.
        return a != null && b != null && Arrays.equals(a.values, b.values);
    }

    /** The label of row {@code i} of {@code labels} (null: 0..n-1). */
    public static long label(RowLabels labels, int i) {
        return labels == null ? i : labels.values[i];
    }

    /**
     * pandas' {@code reindex}: for each row of {@code target} ({@code targetRows} rows, null labels 0..n-1), the row of
     * {@code source} ({@code sourceRows} rows) with the same label, or -1 where it has none. Null when a label of
     * {@code source} repeats (pandas' "cannot reindex on an axis with duplicate labels").
     */
    public static int[] positionsIn(RowLabels source, int sourceRows, RowLabels target, int targetRows) {
        Map<Integer, Integer> at = new HashMap<>(Math.max(16, sourceRows * 2));
        for (int i = 0; i < sourceRows; i++) {
            if (at.put((int) label(source, i), i) != null) {
                return null;
            }
        }
        int[] out = new int[targetRows];
        for (int i = 0; i < targetRows; i++) {
            Integer p = at.get((int) label(target, i));
            out[i] = p == null ? -1 : p;
        }
        return out;
    }

    public int length() {
        return values.length;
    }

    /** The labels as longs (a copy, for printing). */
    public long[] toLongs() {
        long[] out = new long[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    /** A short description for error messages: the first labels. */
    public static String describe(RowLabels labels, int n) {
        StringBuilder sb = new StringBuilder("[");
        int shown = Math.min(n, 5);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(label(labels, i));
        }
        return sb.append(n > shown ? ", ...]" : "]").toString();
    }

    private static boolean range(int[] rows) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != i) {
                return false;
            }
        }
        return true;
    }
}
