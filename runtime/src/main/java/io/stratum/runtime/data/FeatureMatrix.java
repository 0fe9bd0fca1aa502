package io.stratum.runtime.data;

import java.util.List;

/**
 * A dense, column-major matrix of doubles with feature names, built once at the learner boundary; the layout
 * lets per-feature loops run over contiguous memory.
 */
public final class FeatureMatrix {
    private final int rows;
    private final int cols;
    private final double[] data;
    private final List<String> featureNames;

    private FeatureMatrix(int rows, List<String> featureNames, double[] data) {
        this.rows = rows;
        this.cols = featureNames.size();
        this.featureNames = List.copyOf(featureNames);
        this.data = data;
        if ((long) rows * cols != data.length) {
            throw new IllegalArgumentException(rows + " x " + cols + " matrix given " + data.length + " values");
        }
    }

    /** A matrix from column-major values (copied, so the caller may reuse its array). */
    public static FeatureMatrix ofColumnMajor(int rows, List<String> featureNames, double[] columnMajor) {
        return new FeatureMatrix(rows, featureNames, columnMajor.clone());
    }

    /**
     * The matrix of a table whose columns are all numeric or boolean. Like scikit-learn's input validation, a
     * string column, a null or a NaN is refused, naming the column and the first bad row.
     */
    public static FeatureMatrix fromTable(Table table) {
        return fromTable(table, false);
    }

    /**
     * The matrix of a table whose columns are all numeric or boolean; with {@code allowMissing} (learners that
     * handle missing values, as scikit-learn's histogram gradient boosting), nulls and NaN become NaN and infinities
     * are kept; otherwise they are refused as in {@link #fromTable(Table)}.
     */
    public static FeatureMatrix fromTable(Table table, boolean allowMissing) {
        return SharedFeatureMatrix.of(table).forLearner(allowMissing);
    }

    /** A matrix over {@code columnMajor} itself (not copied: the caller hands it over). */
    static FeatureMatrix wrap(int rows, List<String> featureNames, double[] columnMajor) {
        return new FeatureMatrix(rows, featureNames, columnMajor);
    }

    static String firstValue(Column c) {
        for (int i = 0; i < c.length(); i++) {
            if (!c.isNull(i)) {
                return c.format(i);
            }
        }
        return "null";
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public double get(int row, int col) {
        return data[col * rows + row];
    }

    /** A copy of one feature's values. */
    public double[] column(int col) {
        double[] out = new double[rows];
        System.arraycopy(data, col * rows, out, 0, rows);
        return out;
    }

    /** Copies one feature's values into {@code dst[0, rows())}, so a caller scanning many columns reuses one array. */
    public void copyColumn(int col, double[] dst) {
        System.arraycopy(data, col * rows, dst, 0, rows);
    }

    /** A copy of all values, column-major. */
    public double[] toColumnMajorArray() {
        return data.clone();
    }

    /** The given rows, in order (to split a matrix into folds without rebuilding it). */
    public FeatureMatrix takeRows(int[] rowIndices) {
        int m = rowIndices.length;
        for (int r : rowIndices) {
            if (r < 0 || r >= rows) {
                throw new IndexOutOfBoundsException("row " + r + " is outside a matrix of " + rows + " rows");
            }
        }
        double[] out = new double[m * cols];
        for (int j = 0; j < cols; j++) {
            int src = j * rows;
            int dst = j * m;
            for (int i = 0; i < m; i++) {
                out[dst + i] = data[src + rowIndices[i]];
            }
        }
        return new FeatureMatrix(m, featureNames, out);
    }
}
