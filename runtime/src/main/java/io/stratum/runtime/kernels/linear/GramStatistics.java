package io.stratum.runtime.kernels.linear;

import io.stratum.runtime.data.ScratchMemory;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.vector.DotProduct;
import java.util.List;

/**
 * The sufficient statistics of a least-squares fit on one set of rows: the means of X and y, the centered Gram
 * matrix {@code Xc^T Xc} and {@code Xc^T yc} (uncentered, with zero means, without an intercept). Every Ridge
 * alpha and LinearRegression on the same features and target is a function of these, so a grid computes them once.
 *
 * <p>Sparse columns (a fraction of non-zeros below {@link #DEFAULT_SPARSE_DENSITY}, as one-hot indicators are)
 * are kept as index lists: their Gram entries come from co-occurrence sums over the rows where both are non-zero,
 * corrected for centering, instead of a dense product over every row. Dense-by-dense entries are summed in the
 * same order as {@link RidgeKernel} sums them, so a design without sparse columns gives that kernel's Gram bit
 * for bit.
 */
public final class GramStatistics {
    /**
     * Columns with fewer non-zeros than this fraction of the rows are treated as sparse. One-hot indicators of a
     * column with more than ten categories fall below it; at this density an index list costs a tenth of a dense
     * pass and the row-wise co-occurrence pass stays small, since a row has one non-zero per encoded column.
     */
    public static final double DEFAULT_SPARSE_DENSITY = 0.1;

    private final List<String> featureNames;
    private final int rows;
    private final int cols;
    private final boolean centered;
    private final double[] xMean;
    private final double yMean;
    private final double[] gram;
    private final double[] xty;
    private final int sparseColumns;
    /** The mixed-basis system for eliminating one-hot blocks, when there are sparse columns; else null. */
    private final IndicatorElimination elimination;

    private GramStatistics(List<String> featureNames, int rows, boolean centered, double[] xMean, double yMean,
                           double[] gram, double[] xty, int sparseColumns, IndicatorElimination elimination) {
        this.featureNames = List.copyOf(featureNames);
        this.rows = rows;
        this.cols = featureNames.size();
        this.centered = centered;
        this.xMean = xMean;
        this.yMean = yMean;
        this.gram = gram;
        this.xty = xty;
        this.sparseColumns = sparseColumns;
        this.elimination = elimination;
    }

    /** The statistics with sparse-aware Gram blocks at the default density threshold. */
    public static GramStatistics of(FeatureMatrix x, double[] y, boolean fitIntercept, String learner) {
        return of(x, y, fitIntercept, learner, DEFAULT_SPARSE_DENSITY);
    }

    /**
     * The statistics, treating columns with fewer than {@code sparseDensity * rows} non-zeros as sparse ({@code 0}
     * forms every block densely). {@code learner} names the estimator in errors about the target.
     */
    public static GramStatistics of(FeatureMatrix x, double[] y, boolean fitIntercept, String learner,
                                    double sparseDensity) {
        try (ScratchMemory.Reservation scratch = ScratchMemory.reserve(ScratchMemory.doubles((long) x.rows() * x.cols() + 2L * x.cols() * x.cols()), "the centered columns and Gram matrix of X")) {
            return ofUnreserved(x, y, fitIntercept, learner, sparseDensity);
        }
    }

    private static GramStatistics ofUnreserved(FeatureMatrix x, double[] y, boolean fitIntercept, String learner,
                                    double sparseDensity) {
        int n = x.rows();
        int p = x.cols();
        CenteredDesign.checkTarget(n, y, learner);
        double[] xMean = new double[p];
        double[] colSum = new double[p];
        // Dense columns are stored centered and contiguous; sparse ones as (row, value) lists of their non-zeros.
        int[] denseSlot = new int[p];
        int[][] sparseRows = new int[p][];
        double[][] sparseValues = new double[p][];
        int denseCount = 0;
        long sparseLimit = (long) Math.floor(sparseDensity * n);
        double[][] denseColumns = new double[p][];
        double[] scratch = new double[n]; // sparse columns are scanned here; dense ones get their own copy
        for (int j = 0; j < p; j++) {
            FeatureMatrix.SparseColumn stored = x.sparseColumn(j);
            if (stored != null && storedNonZeros(stored) < sparseLimit) {
                // A column of the matrix's sparse block: its row list as is, never laid out densely. Its sum, in row
                // order over the non-zeros, is the dense column's sum (zeros leave a sum unchanged).
                double s = 0.0;
                for (double v : stored.values()) {
                    s += v;
                }
                colSum[j] = s;
                xMean[j] = fitIntercept ? s / n : 0.0;
                sparseRows[j] = withoutZeros(stored).rows();
                sparseValues[j] = withoutZeros(stored).values();
                denseSlot[j] = -1;
                continue;
            }
            x.copyColumn(j, scratch);
            double[] col = scratch;
            double s = 0.0;
            int nonZero = 0;
            for (int i = 0; i < n; i++) {
                s += col[i];
                if (col[i] != 0.0) {
                    nonZero++;
                }
            }
            colSum[j] = s;
            double m = fitIntercept ? s / n : 0.0;
            xMean[j] = m;
            if (nonZero < sparseLimit) {
                int[] idx = new int[nonZero];
                double[] val = new double[nonZero];
                int t = 0;
                for (int i = 0; i < n; i++) {
                    if (col[i] != 0.0) {
                        idx[t] = i;
                        val[t] = col[i];
                        t++;
                    }
                }
                sparseRows[j] = idx;
                sparseValues[j] = val;
                denseSlot[j] = -1;
            } else {
                col = scratch.clone();
                if (fitIntercept) {
                    for (int i = 0; i < n; i++) {
                        col[i] -= m;
                    }
                }
                denseColumns[j] = col;
                denseSlot[j] = denseCount++;
            }
        }
        double[] yc = y.clone();
        double yMean = 0.0;
        if (fitIntercept) {
            double s = 0.0;
            for (double v : y) {
                s += v;
            }
            yMean = s / n;
            for (int i = 0; i < n; i++) {
                yc[i] -= yMean;
            }
        }
        double ycSum = 0.0;
        for (int i = 0; i < n; i++) {
            ycSum += yc[i];
        }
        double[] gram = new double[p * p];
        double[] xty = new double[p];
        denseBlock(denseColumns, yc, n, p, gram, xty);
        double[] centeredSum = new double[p];
        for (int k = 0; k < p; k++) {
            double[] dk = denseColumns[k];
            if (dk != null) {
                double s = 0.0;
                for (int i = 0; i < n; i++) {
                    s += dk[i];
                }
                centeredSum[k] = s;
            }
        }
        int sparseCount = p - denseCount;
        IndicatorElimination elimination = null;
        if (sparseCount > 0) {
            // The same products before the centering corrections: the mixed basis of IndicatorElimination.
            double[] raw = new double[p * p];
            double[] rawXty = new double[p];
            sparseDenseBlock(sparseRows, sparseValues, denseColumns, xMean, centeredSum, yc, ycSum, p, gram, xty,
                    raw, rawXty);
            sparseSparseBlock(sparseRows, sparseValues, xMean, colSum, n, p, gram, raw);
            boolean[] sparse = new boolean[p];
            double[] interceptRow = new double[p];
            for (int j = 0; j < p; j++) {
                sparse[j] = sparseRows[j] != null;
                interceptRow[j] = sparse[j] ? colSum[j] : centeredSum[j];
                if (!sparse[j]) {
                    rawXty[j] = xty[j];
                    for (int k = 0; k < p; k++) {
                        if (sparseRows[k] == null) {
                            raw[j * p + k] = gram[j * p + k];
                        }
                    }
                }
            }
            elimination = new IndicatorElimination(p, raw, rawXty, interceptRow, sparse, fitIntercept, n, ycSum);
        }
        return new GramStatistics(x.featureNames(), n, fitIntercept, xMean, yMean, gram, xty, sparseCount,
                elimination);
    }

    private static int storedNonZeros(FeatureMatrix.SparseColumn c) {
        int count = 0;
        for (double v : c.values()) {
            if (v != 0.0) {
                count++;
            }
        }
        return count;
    }

    /** The stored entries that are not zero (a sparse matrix may store explicit zeros; the dense scan skips them). */
    private static FeatureMatrix.SparseColumn withoutZeros(FeatureMatrix.SparseColumn c) {
        int count = storedNonZeros(c);
        if (count == c.values().length) {
            return c;
        }
        int[] rows = new int[count];
        double[] values = new double[count];
        int t = 0;
        for (int k = 0; k < c.values().length; k++) {
            if (c.values()[k] != 0.0) {
                rows[t] = c.rows()[k];
                values[t++] = c.values()[k];
            }
        }
        return new FeatureMatrix.SparseColumn(rows, values);
    }

    /** Dense-by-dense entries: a dot product over every row, in RidgeKernel's order ({@link DotProduct}). */
    private static void denseBlock(double[][] dense, double[] yc, int n, int p, double[] gram, double[] xty) {
        for (int j = 0; j < p; j++) {
            double[] dj = dense[j];
            if (dj == null) {
                continue;
            }
            for (int k = 0; k <= j; k++) {
                double[] dk = dense[k];
                if (dk == null) {
                    continue;
                }
                double s = DotProduct.dot(dj, 0, dk, 0, n);
                gram[j * p + k] = s;
                gram[k * p + j] = s;
            }
            xty[j] = DotProduct.dot(dj, 0, yc, 0, n);
        }
    }

    /**
     * Sparse-by-dense entries and {@code Xc^T yc} of sparse columns: {@code sum_i (x_ij - m_j) c_ik} is the sum over
     * the non-zeros of j minus {@code m_j} times the (near-zero) sum of the centered column c_k.
     */
    private static void sparseDenseBlock(int[][] sparseRows, double[][] sparseValues, double[][] dense,
                                         double[] xMean, double[] centeredSum, double[] yc, double ycSum, int p,
                                         double[] gram, double[] xty, double[] raw, double[] rawXty) {
        for (int j = 0; j < p; j++) {
            int[] idx = sparseRows[j];
            if (idx == null) {
                continue;
            }
            double[] val = sparseValues[j];
            double mj = xMean[j];
            for (int k = 0; k < p; k++) {
                double[] dk = dense[k];
                if (dk == null) {
                    continue;
                }
                double s = 0.0;
                for (int t = 0; t < idx.length; t++) {
                    s += val[t] * dk[idx[t]];
                }
                double g = s - mj * centeredSum[k];
                gram[j * p + k] = g;
                gram[k * p + j] = g;
                raw[j * p + k] = s;
                raw[k * p + j] = s;
            }
            double s = 0.0;
            for (int t = 0; t < idx.length; t++) {
                s += val[t] * yc[idx[t]];
            }
            xty[j] = s - mj * ycSum;
            rawXty[j] = s;
        }
    }

    /**
     * Sparse-by-sparse entries from one pass over the rows: each row adds the products of its sparse non-zeros
     * pairwise (a co-occurrence count for indicators), then centering is applied as
     * {@code S_jk - m_k s_j - m_j s_k + n m_j m_k}, where {@code s} are the column sums.
     */
    private static void sparseSparseBlock(int[][] sparseRows, double[][] sparseValues, double[] xMean,
                                          double[] colSum, int n, int p, double[] gram, double[] raw) {
        int[] rowStart = new int[n + 1];
        for (int j = 0; j < p; j++) {
            int[] idx = sparseRows[j];
            if (idx != null) {
                for (int r : idx) {
                    rowStart[r + 1]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] fill = new int[n];
        int[] rowCols = new int[rowStart[n]];
        double[] rowVals = new double[rowStart[n]];
        // Columns are visited in increasing order, so each row's list is sorted and pairs land in one triangle.
        for (int j = 0; j < p; j++) {
            int[] idx = sparseRows[j];
            if (idx == null) {
                continue;
            }
            double[] val = sparseValues[j];
            for (int t = 0; t < idx.length; t++) {
                int r = idx[t];
                int at = rowStart[r] + fill[r]++;
                rowCols[at] = j;
                rowVals[at] = val[t];
            }
        }
        for (int i = 0; i < n; i++) {
            int end = rowStart[i + 1];
            for (int a = rowStart[i]; a < end; a++) {
                int ja = rowCols[a];
                double va = rowVals[a];
                int base = ja * p;
                for (int b = rowStart[i]; b <= a; b++) {
                    gram[base + rowCols[b]] += va * rowVals[b];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            if (sparseRows[j] == null) {
                continue;
            }
            double mj = xMean[j];
            for (int k = 0; k <= j; k++) {
                if (sparseRows[k] == null) {
                    continue;
                }
                raw[j * p + k] = gram[j * p + k];
                raw[k * p + j] = gram[j * p + k];
                double mk = xMean[k];
                double g = gram[j * p + k] - mk * colSum[j] - mj * colSum[k] + n * mj * mk;
                gram[j * p + k] = g;
                gram[k * p + j] = g;
            }
        }
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /** The number of samples the statistics summarize. */
    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** True when X and y were centered (the learner fits an intercept). */
    public boolean centered() {
        return centered;
    }

    /** How many columns were treated as sparse index lists. */
    public int sparseColumns() {
        return sparseColumns;
    }

    public double[] xMean() {
        return xMean.clone();
    }

    public double yMean() {
        return yMean;
    }

    /** A copy of the Gram matrix {@code Xc^T Xc}, row-major. */
    public double[] gram() {
        return gram.clone();
    }

    /** A copy of {@code Xc^T yc}. */
    public double[] xty() {
        return xty.clone();
    }

    double gramEntry(int j, int k) {
        return gram[j * cols + k];
    }

    double xtyEntry(int j) {
        return xty[j];
    }

    /**
     * Ridge by one Cholesky factorization of {@code Gram + alpha I}, the way {@link RidgeKernel} solves the primal
     * system; null when that matrix is not numerically positive definite (the caller falls back to the SVD fit).
     */
    public FittedLinearModel ridgeByCholesky(double alpha) {
        int p = cols;
        double[] a = gram.clone();
        for (int j = 0; j < p; j++) {
            a[j * p + j] += alpha;
        }
        double[] coef = p == 0 ? new double[0] : DenseLinearAlgebra.choleskySolve(a, p, xty);
        return coef == null ? null : model(coef, -1);
    }

    /**
     * True when Ridge is cheaper by {@link IndicatorElimination} than by one dense factorization: many mutually
     * exclusive sparse columns (one-hot indicators of a high-cardinality column) and few others.
     */
    public boolean eliminatesIndicators() {
        return elimination != null && elimination.worthIt();
    }

    /** How many indicator columns {@link #ridgeByEliminatingIndicators} eliminates ahead of the dense solve. */
    public int eliminatedIndicators() {
        return elimination == null ? 0 : elimination.eliminatedColumns();
    }

    /**
     * Ridge by eliminating mutually exclusive indicator columns and factoring the small remaining system (see
     * {@link IndicatorElimination}); equal to {@link #ridgeByCholesky} up to rounding. Null when there are no
     * sparse columns or the reduced system is not numerically positive definite.
     */
    public FittedLinearModel ridgeByEliminatingIndicators(double alpha) {
        IndicatorElimination.Solution s = elimination == null ? null : elimination.solve(alpha);
        if (s == null) {
            return null;
        }
        double intercept = 0.0;
        if (centered) {
            double dot = 0.0;
            for (int j = 0; j < cols; j++) {
                if (!elimination.sparse(j)) {
                    dot += xMean[j] * s.coef()[j];
                }
            }
            intercept = yMean + s.constant() - dot;
        }
        return new FittedLinearModel(featureNames, s.coef(), intercept, -1);
    }

    /** The model with these coefficients and the intercept that centering implies. */
    FittedLinearModel model(double[] coef, int rank) {
        double intercept = 0.0;
        if (centered) {
            double dot = 0.0;
            for (int j = 0; j < cols; j++) {
                dot += xMean[j] * coef[j];
            }
            intercept = yMean - dot;
        }
        return new FittedLinearModel(featureNames, coef, intercept, rank);
    }
}
