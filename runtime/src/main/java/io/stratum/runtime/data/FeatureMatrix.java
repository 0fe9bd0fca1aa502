package io.stratum.runtime.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A column-major matrix of doubles with feature names, built once at the learner boundary; the layout lets
 * per-feature loops run over contiguous memory. A run of its columns may be a sparse block ({@link CsrMatrix}, as a
 * sparse one-hot encoder writes them), after the first {@link #blockStart()} dense columns and before the rest:
 * learners that loop per feature through {@link #addScaledColumn} and {@link #dotColumn}, or ask for
 * {@link #sparseColumn}, read that block without densifying it; every other accessor returns the same values as the
 * dense matrix would.
 */
public final class FeatureMatrix {
    private final int rows;
    private final int cols;
    /** The dense columns in order (those before the block, then those after it), column-major. */
    private final double[] data;
    private final int denseColumns;
    /** The index of the block's first column (= {@link #denseColumns} when the block is trailing or absent). */
    private final int blockStart;
    /** One past the block's last column (= {@link #blockStart} when there is none). */
    private final int blockEnd;
    private final List<String> featureNames;
    /** The trailing columns as rows (null when every column is dense) and, for per-column loops, as columns. */
    private final CsrMatrix block;
    private final CsrMatrix blockByColumn;
    /**
     * Per column, the categories of a column of pandas' category dtype, whose values here are its category codes
     * (NaN for a missing value); null for other columns, and null altogether when there is no such column.
     */
    private final String[][] categoryLevels;

    private FeatureMatrix(int rows, List<String> featureNames, double[] data) {
        this(rows, featureNames, data, null, -1);
    }

    private FeatureMatrix(int rows, List<String> featureNames, double[] data, CsrMatrix block, int blockStart) {
        this(rows, featureNames, data, block, blockStart, null);
    }

    /**
     * Per column, whether it is a str column laid out as codes into its sorted distinct values ({@link #categoryLevels}
     * holds them): only histogram gradient boosting reads it, where {@code categorical_features} names it; null when
     * there is none.
     */
    private final boolean[] textColumns;

    private FeatureMatrix(int rows, List<String> featureNames, double[] data, CsrMatrix block, int blockStart,
                          String[][] categoryLevels) {
        this(rows, featureNames, data, block, blockStart, categoryLevels, null);
    }

    private FeatureMatrix(int rows, List<String> featureNames, double[] data, CsrMatrix block, int blockStart,
                          String[][] categoryLevels, boolean[] textColumns) {
        this.textColumns = textColumns;
        if (categoryLevels != null && categoryLevels.length != featureNames.size()) {
            throw new IllegalArgumentException(categoryLevels.length + " category entries for "
                    + featureNames.size() + " columns");
        }
        this.categoryLevels = categoryLevels;
        this.rows = rows;
        this.cols = featureNames.size();
        this.featureNames = List.copyOf(featureNames);
        this.data = data;
        this.block = block;
        this.blockByColumn = block == null ? null : block.transpose();
        this.denseColumns = cols - (block == null ? 0 : block.cols());
        this.blockStart = blockStart < 0 ? denseColumns : blockStart;
        this.blockEnd = this.blockStart + (block == null ? 0 : block.cols());
        if (this.blockStart > denseColumns) {
            throw new IllegalArgumentException("a sparse block after column " + blockStart + " of " + denseColumns
                    + " dense columns");
        }
        if (block != null && block.rows() != rows) {
            throw new IllegalArgumentException("a sparse block of " + block.rows() + " rows in a matrix of " + rows);
        }
        if (denseColumns < 0 || (long) rows * denseColumns != data.length) {
            throw new IllegalArgumentException(rows + " x " + cols + " matrix given " + data.length + " dense values"
                    + (block == null ? "" : " and a sparse block of " + block.cols() + " columns"));
        }
    }

    /**
     * A matrix whose first columns are {@code denseColumnMajor} (named {@code denseNames}) and whose last columns are
     * {@code block} (named {@code blockNames}); the arrays are handed over, not copied.
     */
    public static FeatureMatrix withSparseBlock(int rows, List<String> denseNames, double[] denseColumnMajor,
                                                List<String> blockNames, CsrMatrix block) {
        if (blockNames.size() != block.cols()) {
            throw new IllegalArgumentException(blockNames.size() + " names for a block of " + block.cols() + " columns");
        }
        return withSparseBlock(rows, denseNames, denseColumnMajor, denseNames.size(), blockNames, block);
    }

    /**
     * A matrix whose columns are the first {@code blockStart} columns of {@code denseColumnMajor}, then {@code block},
     * then the remaining dense columns: a sparse block in the middle of the column order, where an encoder's output
     * sits after later steps appended columns behind it. The arrays are handed over, not copied.
     */
    public static FeatureMatrix withSparseBlock(int rows, List<String> denseNames, double[] denseColumnMajor,
                                                int blockStart, List<String> blockNames, CsrMatrix block) {
        if (blockNames.size() != block.cols()) {
            throw new IllegalArgumentException(blockNames.size() + " names for a block of " + block.cols() + " columns");
        }
        if (blockStart < 0 || blockStart > denseNames.size()) {
            throw new IllegalArgumentException("a sparse block after column " + blockStart + " of "
                    + denseNames.size() + " dense columns");
        }
        List<String> names = new ArrayList<>(denseNames.subList(0, blockStart));
        names.addAll(blockNames);
        names.addAll(denseNames.subList(blockStart, denseNames.size()));
        return new FeatureMatrix(rows, names, denseColumnMajor, block, blockStart);
    }

    /**
     * The same matrix (arrays shared) in which the columns with non-null {@code levels} are pandas category columns:
     * their values are codes into those categories (NaN for missing). Learners other than histogram gradient
     * boosting refuse such columns ({@link SharedFeatureMatrix#forLearner}); it maps them to its own categories by
     * the strings, so a matrix built with another category list (another fold's) is read correctly.
     */
    public FeatureMatrix withCategoryLevels(String[][] levels) {
        return new FeatureMatrix(rows, featureNames, data, block, block == null ? -1 : blockStart, levels, textColumns);
    }

    /**
     * The same matrix in which the flagged columns (which have {@link #categoryLevels}) are str columns laid out as
     * codes into their sorted distinct values, not pandas category columns.
     */
    public FeatureMatrix withTextColumns(boolean[] text) {
        return new FeatureMatrix(rows, featureNames, data, block, block == null ? -1 : blockStart, categoryLevels, text);
    }

    /** Whether column {@code col} is a str column laid out as codes (its {@link #categoryLevels} are its values). */
    public boolean isTextColumn(int col) {
        Objects.checkIndex(col, cols);
        return textColumns != null && textColumns[col];
    }

    /** The categories of column {@code col} when it is of pandas' category dtype (values are codes), else null. */
    public String[] categoryLevels(int col) {
        Objects.checkIndex(col, cols);
        return categoryLevels == null ? null : categoryLevels[col];
    }

    /** Which columns are of pandas' category dtype, or null when none is (scikit-learn's {@code "from_dtype"}). */
    public boolean[] categoryDtypes() {
        if (categoryLevels == null) {
            return null;
        }
        boolean[] out = new boolean[cols];
        boolean any = false;
        for (int j = 0; j < cols; j++) {
            out[j] = categoryLevels[j] != null && !isTextColumn(j);
            any |= out[j];
        }
        return any ? out : null;
    }

    /** Whether column {@code col} is in the sparse block (checked against the matrix's width). */
    private boolean inBlock(int col) {
        Objects.checkIndex(col, cols);
        return col >= blockStart && col < blockEnd;
    }

    /** The index among the dense columns of {@code col}, which is not in the block. */
    private int denseIndex(int col) {
        return col < blockStart ? col : col - (blockEnd - blockStart);
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
        if (inBlock(col)) {
            return block.get(row, col - blockStart);
        }
        return data[denseIndex(col) * rows + row];
    }

    /** A copy of one feature's values. */
    public double[] column(int col) {
        double[] out = new double[rows];
        copyColumn(col, out);
        return out;
    }

    /** Copies one feature's values into {@code dst[0, rows())}, so a caller scanning many columns reuses one array. */
    public void copyColumn(int col, double[] dst) {
        if (inBlock(col)) {
            Arrays.fill(dst, 0, rows, 0.0);
            int[] ptr = blockByColumn.indptr();
            int j = col - blockStart;
            for (int p = ptr[j]; p < ptr[j + 1]; p++) {
                dst[blockByColumn.indices()[p]] = blockByColumn.data()[p];
            }
            return;
        }
        System.arraycopy(data, denseIndex(col) * rows, dst, 0, rows);
    }

    /** A copy of all values, column-major (a sparse block is written out densely). */
    public double[] toColumnMajorArray() {
        if (block == null) {
            return data.clone();
        }
        double[] out = new double[Math.multiplyExact(rows, cols)];
        System.arraycopy(data, 0, out, 0, blockStart * rows);
        System.arraycopy(data, blockStart * rows, out, blockEnd * rows, (denseColumns - blockStart) * rows);
        int[] ptr = blockByColumn.indptr();
        for (int j = 0; j < block.cols(); j++) {
            int base = (blockStart + j) * rows;
            for (int p = ptr[j]; p < ptr[j + 1]; p++) {
                out[base + blockByColumn.indices()[p]] = blockByColumn.data()[p];
            }
        }
        return out;
    }

    /** The number of dense columns; the others are {@link #sparseBlock()}. */
    public int denseColumns() {
        return denseColumns;
    }

    /** The index of the sparse block's first column ({@link #cols()} minus its width when it is trailing). */
    public int blockStart() {
        return blockStart;
    }

    /** The sparse columns by rows, or null when the matrix is dense. */
    public CsrMatrix sparseBlock() {
        return block;
    }

    /** The stored entries of one column of the sparse block (rows increasing), or null for a dense column. */
    public SparseColumn sparseColumn(int col) {
        if (!inBlock(col)) {
            return null;
        }
        int j = col - blockStart;
        int from = blockByColumn.indptr()[j];
        int to = blockByColumn.indptr()[j + 1];
        return new SparseColumn(Arrays.copyOfRange(blockByColumn.indices(), from, to),
                Arrays.copyOfRange(blockByColumn.data(), from, to));
    }

    /** A column's stored entries: {@code values[t]} at row {@code rows[t]}, every other row 0. */
    public record SparseColumn(int[] rows, double[] values) {
    }

    /**
     * {@code z[i] += scale * x[i, col]} for every row: over the stored entries only in a sparse column (adding the
     * products of zeros would not change z), in row order over a dense one.
     */
    public void addScaledColumn(int col, double scale, double[] z) {
        if (inBlock(col)) {
            int j = col - blockStart;
            int[] idx = blockByColumn.indices();
            double[] val = blockByColumn.data();
            for (int p = blockByColumn.indptr()[j]; p < blockByColumn.indptr()[j + 1]; p++) {
                z[idx[p]] += scale * val[p];
            }
            return;
        }
        int off = denseIndex(col) * rows;
        for (int i = 0; i < rows; i++) {
            z[i] += scale * data[off + i];
        }
    }

    /**
     * {@code sum_i r[i] * x[i, col]}, summed in row order (a sparse column skips the zero products, which leave the
     * sum as it is, so both layouts give the same number).
     */
    public double dotColumn(int col, double[] r) {
        double s = 0.0;
        if (inBlock(col)) {
            int j = col - blockStart;
            int[] idx = blockByColumn.indices();
            double[] val = blockByColumn.data();
            for (int p = blockByColumn.indptr()[j]; p < blockByColumn.indptr()[j + 1]; p++) {
                s += r[idx[p]] * val[p];
            }
            return s;
        }
        int off = denseIndex(col) * rows;
        for (int i = 0; i < rows; i++) {
            s += r[i] * data[off + i];
        }
        return s;
    }

    /**
     * {@code z[i] += sum_j coef[j] * x[i, j]} for the rows {@code [from, to)}, the terms of each row added in column
     * order (dense columns before the block, the block's stored entries, the dense columns after it; zero
     * coefficients skipped), so that row blocks can be computed in parallel with the same result as one pass.
     */
    public void multiplyRows(double[] coef, double[] z, int from, int to) {
        for (int j = 0; j < blockStart; j++) {
            addScaledRows(j, coef[j], z, from, to);
        }
        if (block != null) {
            int[] ptr = block.indptr();
            int[] idx = block.indices();
            double[] val = block.data();
            for (int i = from; i < to; i++) {
                double s = z[i];
                for (int t = ptr[i]; t < ptr[i + 1]; t++) {
                    double c = coef[blockStart + idx[t]];
                    if (c != 0) {
                        s += c * val[t];
                    }
                }
                z[i] = s;
            }
        }
        for (int j = blockEnd; j < cols; j++) {
            addScaledRows(j, coef[j], z, from, to);
        }
    }

    /**
     * {@link #multiplyRows} in float32, as a BLAS {@code sgemv} computes a float32 {@code X @ w}: each row's products
     * accumulated into a float32 by fused multiply-adds, in the same column order (the values of a matrix that holds
     * float32 data convert to float exactly).
     */
    public void multiplyRowsFloat32(float[] coef, float[] z, int from, int to) {
        for (int j = 0; j < blockStart; j++) {
            addScaledRowsFloat32(j, coef[j], z, from, to);
        }
        if (block != null) {
            int[] ptr = block.indptr();
            int[] idx = block.indices();
            double[] val = block.data();
            for (int i = from; i < to; i++) {
                float s = z[i];
                for (int t = ptr[i]; t < ptr[i + 1]; t++) {
                    float c = coef[blockStart + idx[t]];
                    if (c != 0) {
                        s = Math.fma((float) val[t], c, s);
                    }
                }
                z[i] = s;
            }
        }
        for (int j = blockEnd; j < cols; j++) {
            addScaledRowsFloat32(j, coef[j], z, from, to);
        }
    }

    private void addScaledRowsFloat32(int col, float scale, float[] z, int from, int to) {
        if (scale == 0) {
            return;
        }
        int off = denseIndex(col) * rows;
        for (int i = from; i < to; i++) {
            z[i] = Math.fma((float) data[off + i], scale, z[i]);
        }
    }

    /** {@link #dotColumn} in float32: the products accumulated into a float32 by fused multiply-adds, in row order. */
    public float dotColumnFloat32(int col, float[] r) {
        float s = 0f;
        if (inBlock(col)) {
            int j = col - blockStart;
            int[] idx = blockByColumn.indices();
            double[] val = blockByColumn.data();
            for (int p = blockByColumn.indptr()[j]; p < blockByColumn.indptr()[j + 1]; p++) {
                s = Math.fma(r[idx[p]], (float) val[p], s);
            }
            return s;
        }
        int off = denseIndex(col) * rows;
        for (int i = 0; i < rows; i++) {
            s = Math.fma(r[i], (float) data[off + i], s);
        }
        return s;
    }

    private void addScaledRows(int col, double scale, double[] z, int from, int to) {
        if (scale == 0) {
            return;
        }
        int off = denseIndex(col) * rows;
        for (int i = from; i < to; i++) {
            z[i] += scale * data[off + i];
        }
    }

    /**
     * A hash of row {@code i}'s values by their bits: the dense columns in order, then the block's stored entries
     * (column and value), so rows that {@link #sameRow} calls equal hash alike.
     */
    int rowHash(int i) {
        int h = 1;
        for (int d = 0; d < denseColumns; d++) {
            long bits = Double.doubleToLongBits(data[d * rows + i]);
            h = 31 * h + (int) (bits ^ (bits >>> 32));
        }
        if (block != null) {
            int[] idx = block.indices();
            double[] val = block.data();
            for (int t = block.indptr()[i]; t < block.indptr()[i + 1]; t++) {
                long bits = Double.doubleToLongBits(val[t]);
                h = 31 * h + idx[t];
                h = 31 * h + (int) (bits ^ (bits >>> 32));
            }
        }
        return h ^ (h >>> 16);
    }

    /**
     * Whether rows {@code a} and {@code b} hold the same bits in every dense column and the same stored entries in the
     * block (an explicitly stored zero counts as different from an absent one, and -0.0 from 0.0: only rows that
     * every product treats identically are called equal).
     */
    boolean sameRow(int a, int b) {
        for (int d = 0; d < denseColumns; d++) {
            if (Double.doubleToLongBits(data[d * rows + a]) != Double.doubleToLongBits(data[d * rows + b])) {
                return false;
            }
        }
        if (block == null) {
            return true;
        }
        int[] ptr = block.indptr();
        int len = ptr[a + 1] - ptr[a];
        if (len != ptr[b + 1] - ptr[b]) {
            return false;
        }
        int[] idx = block.indices();
        double[] val = block.data();
        for (int t = 0; t < len; t++) {
            if (idx[ptr[a] + t] != idx[ptr[b] + t]
                    || Double.doubleToLongBits(val[ptr[a] + t]) != Double.doubleToLongBits(val[ptr[b] + t])) {
                return false;
            }
        }
        return true;
    }

    /** Bytes held: the dense values, and the sparse block's entries with their indices (stored twice). */
    public long bytes() {
        long sparse = block == null ? 0 : 2L * (12L * block.nonZeros() + 4L * (Math.max(rows, block.cols()) + 1));
        return 8L * data.length + sparse;
    }

    /** The given rows, in order (to split a matrix into folds without rebuilding it). */
    public FeatureMatrix takeRows(int[] rowIndices) {
        int m = rowIndices.length;
        for (int r : rowIndices) {
            if (r < 0 || r >= rows) {
                throw new IndexOutOfBoundsException("row " + r + " is outside a matrix of " + rows + " rows");
            }
        }
        double[] out = new double[m * denseColumns];
        for (int j = 0; j < denseColumns; j++) {
            int src = j * rows;
            int dst = j * m;
            for (int i = 0; i < m; i++) {
                out[dst + i] = data[src + rowIndices[i]];
            }
        }
        return new FeatureMatrix(m, featureNames, out, block == null ? null : block.takeRows(rowIndices),
                block == null ? -1 : blockStart, categoryLevels, textColumns);
    }
}
