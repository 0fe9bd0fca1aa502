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

    /** {@code this · b} for a dense row-major {@code cols x k} matrix; the result is row-major {@code rows x k}. */
    public double[] times(double[] b, int k) {
        double[] out = new double[rows * k];
        for (int i = 0; i < rows; i++) {
            int base = i * k;
            for (int p = indptr[i]; p < indptr[i + 1]; p++) {
                double v = data[p];
                int bBase = indices[p] * k;
                for (int c = 0; c < k; c++) {
                    out[base + c] += v * b[bBase + c];
                }
            }
        }
        return out;
    }

    /** {@code thisᵀ · b} for a dense row-major {@code rows x k} matrix; the result is row-major {@code cols x k}. */
    public double[] transposeTimes(double[] b, int k) {
        double[] out = new double[cols * k];
        for (int i = 0; i < rows; i++) {
            int bBase = i * k;
            for (int p = indptr[i]; p < indptr[i + 1]; p++) {
                double v = data[p];
                int base = indices[p] * k;
                for (int c = 0; c < k; c++) {
                    out[base + c] += v * b[bBase + c];
                }
            }
        }
        return out;
    }

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
