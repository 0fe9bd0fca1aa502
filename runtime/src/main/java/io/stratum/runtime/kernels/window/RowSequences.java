package io.stratum.runtime.kernels.window;

/**
 * The sequences of rows a window or shift runs along: {@code rows[starts[s], starts[s + 1])} are sequence
 * {@code s}'s rows in frame order (a group's, for a group-by method); rows in no sequence (a missing key under
 * pandas' {@code dropna=True}) get a missing value. {@link #whole(int)} is every row in one sequence, without a row
 * list.
 */
public record RowSequences(int length, int[] rows, int[] starts) {

    /** Every row of a column of {@code length} rows, in order. */
    public static RowSequences whole(int length) {
        return new RowSequences(length, null, new int[] {0, length});
    }

    /** True when every row is in a sequence, in order: no gather or scatter is needed. */
    public boolean identity() {
        return rows == null;
    }

    /** The rows laid end to end (the sequences' rows, in sequence order). */
    public int laidOut() {
        return starts[starts.length - 1];
    }

    /** True when some row is in no sequence. */
    public boolean dropsRows() {
        return laidOut() < length;
    }

    int count() {
        return starts.length - 1;
    }

    /** {@code values} laid out along the sequences. */
    double[] gather(double[] values) {
        if (rows == null) {
            return values;
        }
        double[] out = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = values[rows[k]];
        }
        return out;
    }

    /** Results laid out along the sequences put back at their rows; rows in no sequence get NaN. */
    double[] scatter(double[] laid) {
        if (rows == null) {
            return laid;
        }
        double[] out = new double[length];
        if (dropsRows()) {
            java.util.Arrays.fill(out, Double.NaN);
        }
        for (int k = 0; k < rows.length; k++) {
            out[rows[k]] = laid[k];
        }
        return out;
    }
}
