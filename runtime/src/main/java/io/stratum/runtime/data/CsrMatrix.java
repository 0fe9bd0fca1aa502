package io.stratum.runtime.data;

import java.util.Arrays;

/**
 * A sparse matrix in compressed sparse row form (scipy's CSR): row i holds {@code indices[indptr[i]..indptr[i+1])}
 * with their values; indices are sorted within each row and hold no duplicates. Text vectorizers produce it and
 * truncated SVD multiplies with it, so TF-IDF features are never made dense; a sparse one-hot encoder writes it as the
 * trailing block of a {@link FeatureMatrix}, which linear learners read without densifying.
 */
public record CsrMatrix(int rows, int cols, int[] indptr, int[] indices, double[] data) {

    public CsrMatrix {
        if (indptr.length != rows + 1 || indices.length != data.length || indptr[rows] != data.length) {
            throw new IllegalArgumentException("inconsistent CSR arrays for a " + rows + " x " + cols + " matrix");
        }
    }

    /** The number of stored entries. */
    public int nonZeros() {
        return data.length;
    }

    /**
     * Per column, its stored entries: the number of rows (documents) holding it, as scikit-learn's
     * {@code _document_frequency} counts them (a stored zero counts).
     */
    public int[] documentFrequencies() {
        int[] df = new int[cols];
        for (int index : indices) {
            df[index]++;
        }
        return df;
    }

    /** One entry, 0 when not stored (binary search in the row). */
    public double get(int row, int col) {
        int k = Arrays.binarySearch(indices, indptr[row], indptr[row + 1], col);
        return k >= 0 ? data[k] : 0.0;
    }

    /** The same pattern with every value replaced by {@code (double) (float) value}, as numpy's astype("float32"). */
    public CsrMatrix roundedToFloat32() {
        double[] out = new double[data.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (float) data[k];
        }
        return new CsrMatrix(rows, cols, indptr, indices, out);
    }

    /**
     * {@code this · b} for a dense row-major {@code cols x k} matrix; the result is row-major {@code rows x k}. Blocks
     * of rows run in parallel; each output row is summed by one thread in index order, so the bits do not depend on
     * the thread count.
     */
    public double[] times(double[] b, int k) {
        double[] out = new double[rows * k];
        int chunks = (int) Math.max(1, Math.min(Math.min(rows, 256), (long) data.length * k / PARALLEL_GRAIN));
        io.stratum.runtime.io.Parallel.forEach(chunks, chunk -> {
            int from = (int) ((long) rows * chunk / chunks);
            int to = (int) ((long) rows * (chunk + 1) / chunks);
            for (int i = from; i < to; i++) {
                int base = i * k;
                for (int p = indptr[i]; p < indptr[i + 1]; p++) {
                    double v = data[p];
                    int bBase = indices[p] * k;
                    for (int c = 0; c < k; c++) {
                        out[base + c] += v * b[bBase + c];
                    }
                }
            }
        });
        return out;
    }

    /** Multiply-adds per parallel block of {@link #times}: below it the product runs on the calling thread. */
    private static final long PARALLEL_GRAIN = 1L << 20;

    /**
     * {@code thisᵀ · b} for a dense row-major {@code rows x k} matrix; the result is row-major {@code cols x k}. Rows
     * of {@code b} are read in order and scattered into the small result (no transpose is built, and {@code b} streams
     * through the cache once); each result entry sums its terms in row order, as {@code transpose().times(b, k)}
     * does, so both give the same bits. Blocks of result columns run in parallel.
     */
    public double[] transposeTimes(double[] b, int k) {
        double[] out = new double[cols * k];
        int blocks = (long) data.length * k >= PARALLEL_GRAIN ? (k + COLUMN_BLOCK - 1) / COLUMN_BLOCK : 1;
        int width = blocks == 1 ? k : COLUMN_BLOCK;
        io.stratum.runtime.io.Parallel.forEach(blocks, block -> {
            int c0 = block * width;
            int c1 = Math.min(k, c0 + width);
            for (int i = 0; i < rows; i++) {
                int bBase = i * k;
                for (int p = indptr[i]; p < indptr[i + 1]; p++) {
                    double v = data[p];
                    int base = indices[p] * k;
                    for (int c = c0; c < c1; c++) {
                        out[base + c] += v * b[bBase + c];
                    }
                }
            }
        });
        return out;
    }

    /** Result columns per parallel block of {@link #transposeTimes}: one cache line of doubles. */
    private static final int COLUMN_BLOCK = 8;

    /** The transpose, in CSR form (scipy's {@code .T.tocsr()}). */
    public CsrMatrix transpose() {
        int[] counts = new int[cols + 1];
        for (int idx : indices) {
            counts[idx + 1]++;
        }
        for (int j = 0; j < cols; j++) {
            counts[j + 1] += counts[j];
        }
        int[] ptr = counts.clone();
        int[] outIdx = new int[indices.length];
        double[] outData = new double[data.length];
        int[] next = Arrays.copyOf(counts, cols);
        for (int i = 0; i < rows; i++) {
            for (int p = indptr[i]; p < indptr[i + 1]; p++) {
                int dst = next[indices[p]]++;
                outIdx[dst] = i;
                outData[dst] = data[p];
            }
        }
        return new CsrMatrix(cols, rows, ptr, outIdx, outData);
    }

    /** The given rows, in order (rows may repeat), as {@code X[rows]} selects them. */
    public CsrMatrix takeRows(int[] rowIndices) {
        int m = rowIndices.length;
        int[] ptr = new int[m + 1];
        for (int t = 0; t < m; t++) {
            int r = rowIndices[t];
            if (r < 0 || r >= rows) {
                throw new IndexOutOfBoundsException("row " + r + " is outside a matrix of " + rows + " rows");
            }
            ptr[t + 1] = ptr[t] + indptr[r + 1] - indptr[r];
        }
        int[] outIdx = new int[ptr[m]];
        double[] outData = new double[ptr[m]];
        for (int t = 0; t < m; t++) {
            int r = rowIndices[t];
            int len = indptr[r + 1] - indptr[r];
            System.arraycopy(indices, indptr[r], outIdx, ptr[t], len);
            System.arraycopy(data, indptr[r], outData, ptr[t], len);
        }
        return new CsrMatrix(m, cols, ptr, outIdx, outData);
    }

    /** A dense row-major copy (for small matrices and tests). */
    public double[] toDenseRowMajor() {
        double[] out = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int p = indptr[i]; p < indptr[i + 1]; p++) {
                out[i * cols + indices[p]] = data[p];
            }
        }
        return out;
    }
}
