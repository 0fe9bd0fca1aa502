package io.stratum.runtime.kernels.text;

import io.stratum.runtime.data.CsrMatrix;

import java.util.Arrays;

/** Accumulates the rows of a {@link CsrMatrix} one at a time, from feature indices that may repeat and be unsorted. */
final class SparseRowsBuilder {
    private final int cols;
    private int[] indptr;
    private int[] indices = new int[1024];
    private double[] data = new double[1024];
    private int rows;
    private int size;

    SparseRowsBuilder(int expectedRows, int cols) {
        this.cols = cols;
        this.indptr = new int[expectedRows + 1];
    }

    /** Adds one row: the sum of {@code values[k]} at {@code features[k]}, sorted by feature; sums that cancel to 0 stay stored, as scipy's {@code sum_duplicates} keeps them. */
    void addRow(int[] features, double[] values, int count) {
        int[] order = sortedOrder(features, count);
        int start = size;
        int previous = -1;
        for (int o : order) {
            int f = features[o];
            if (f == previous) {
                data[size - 1] += values[o];
            } else {
                ensure(size + 1);
                indices[size] = f;
                data[size] = values[o];
                size++;
                previous = f;
            }
        }
        if (rows + 1 >= indptr.length) {
            indptr = Arrays.copyOf(indptr, indptr.length * 2 + 2);
        }
        indptr[++rows] = size;
    }

    /** The stored entries of the row added last (features increasing, duplicates summed), as copies. */
    Row lastRow() {
        int from = indptr[rows - 1];
        return new Row(Arrays.copyOfRange(indices, from, size), Arrays.copyOfRange(data, from, size));
    }

    /** Adds a row {@link #lastRow} returned: the same stored entries again. */
    void addRow(Row row) {
        int n = row.features().length;
        ensure(size + n);
        System.arraycopy(row.features(), 0, indices, size, n);
        System.arraycopy(row.values(), 0, data, size, n);
        size += n;
        if (rows + 1 >= indptr.length) {
            indptr = Arrays.copyOf(indptr, indptr.length * 2 + 2);
        }
        indptr[++rows] = size;
    }

    /** One row's stored entries, features increasing. */
    record Row(int[] features, double[] values) {
    }

    CsrMatrix build() {
        return new CsrMatrix(rows, cols, Arrays.copyOf(indptr, rows + 1), Arrays.copyOf(indices, size),
                Arrays.copyOf(data, size));
    }

    private void ensure(int capacity) {
        if (capacity > indices.length) {
            int n = Math.max(capacity, indices.length * 2);
            indices = Arrays.copyOf(indices, n);
            data = Arrays.copyOf(data, n);
        }
    }

    private static int[] sortedOrder(int[] features, int count) {
        long[] keyed = new long[count];
        for (int k = 0; k < count; k++) {
            keyed[k] = ((long) features[k] << 32) | k;
        }
        Arrays.sort(keyed);
        int[] order = new int[count];
        for (int k = 0; k < count; k++) {
            order[k] = (int) keyed[k];
        }
        return order;
    }
}
