package io.stratum.runtime.kernels.window;

import java.util.function.Supplier;

/**
 * The sequences of rows a window or shift runs along: {@code rows()[starts()[s], starts()[s + 1])} are sequence
 * {@code s}'s rows in frame order (a group's, for a group-by method); rows in no sequence (a missing key under
 * pandas' {@code dropna=True}) get a missing value. {@link #whole(int)} is every row in one sequence, without a row
 * list. A group-by's sequences also know each row's sequence ({@link #rowSequence()}), so that the methods which only
 * carry a running value per group ({@code cumsum()}, {@code cumcount()}) can run in row order with one accumulator per
 * group, without laying the rows out; the row lists are then built only when a method asks for them.
 */
public final class RowSequences {
    private final int length;
    private final int[] rowSequence;
    private final int count;
    private final int laidOut;
    private Supplier<int[][]> layout;
    private int[] rows;
    private int[] starts;

    /** Sequences given as row lists: {@code rows} {@code null} for every row in order. */
    public RowSequences(int length, int[] rows, int[] starts) {
        this(length, null, starts.length - 1, starts[starts.length - 1], null);
        this.rows = rows;
        this.starts = starts;
    }

    private RowSequences(int length, int[] rowSequence, int count, int laidOut, Supplier<int[][]> layout) {
        this.length = length;
        this.rowSequence = rowSequence;
        this.count = count;
        this.laidOut = laidOut;
        this.layout = layout;
    }

    /**
     * A group-by's sequences: {@code rowSequence[i]} is row i's group ({@code -1}: none), {@code laidOut} rows are in
     * one, and {@code layout} gives the row lists and their starts ({@code {rows, starts}}) when first needed.
     */
    public static RowSequences grouped(int length, int[] rowSequence, int count, int laidOut, Supplier<int[][]> layout) {
        return new RowSequences(length, rowSequence, count, laidOut, layout);
    }

    /** Every row of a column of {@code length} rows, in order. */
    public static RowSequences whole(int length) {
        return new RowSequences(length, null, new int[] {0, length});
    }

    /** The rows of the column the sequences are over. */
    public int length() {
        return length;
    }

    /** Each row's sequence ({@code -1}: none), or {@code null} when only the row lists are known. */
    public int[] rowSequence() {
        return rowSequence;
    }

    /** Each row's sequence ({@code -1}: none), from the row lists when only they are known. */
    public int[] sequenceOfEachRow() {
        if (rowSequence != null) {
            return rowSequence;
        }
        int[] r = rows();
        int[] st = starts();
        int[] out = new int[length];
        if (r != null) {
            java.util.Arrays.fill(out, -1);
            for (int s = 0; s + 1 < st.length; s++) {
                for (int k = st[s]; k < st[s + 1]; k++) {
                    out[r[k]] = s;
                }
            }
        }
        return out;
    }

    /** The number of sequences. */
    public int sequences() {
        return count;
    }

    /** The sequences' rows laid end to end (null for {@link #whole}). */
    public int[] rows() {
        layOut();
        return rows;
    }

    /** Where each sequence starts in {@link #rows()}, and the end of the last. */
    public int[] starts() {
        layOut();
        return starts;
    }

    private synchronized void layOut() {
        if (starts == null) {
            int[][] laid = layout.get();
            rows = laid[0];
            starts = laid[1];
            layout = null;
        }
    }

    /** True when every row is in a sequence, in order: no gather or scatter is needed. */
    public boolean identity() {
        return rowSequence == null && rows() == null;
    }

    /** The rows laid end to end (the sequences' rows, in sequence order). */
    public int laidOut() {
        return laidOut;
    }

    /** True when some row is in no sequence. */
    public boolean dropsRows() {
        return laidOut < length;
    }

    int count() {
        return count;
    }

    /** {@code values} laid out along the sequences. */
    double[] gather(double[] values) {
        int[] r = rows();
        if (r == null) {
            return values;
        }
        double[] out = new double[r.length];
        for (int k = 0; k < r.length; k++) {
            out[k] = values[r[k]];
        }
        return out;
    }

    /** Results laid out along the sequences put back at their rows; rows in no sequence get NaN. */
    double[] scatter(double[] laid) {
        int[] r = rows();
        if (r == null) {
            return laid;
        }
        double[] out = new double[length];
        if (dropsRows()) {
            java.util.Arrays.fill(out, Double.NaN);
        }
        for (int k = 0; k < r.length; k++) {
            out[r[k]] = laid[k];
        }
        return out;
    }
}
