package io.stratum.runtime.kernels.decompose;

import org.ojalgo.matrix.decomposition.SingularValue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * The dense factorizations randomized SVD normalizes with, on row-major {@code n x k} panels (n rows, k small):
 * scipy's {@code lu(permute_l=True)} (the row-permuted unit-lower factor of partial-pivoting LU), an economic
 * Householder QR, and the SVD of a small square matrix.
 */
final class DenseFactorizations {
    private DenseFactorizations() {
    }

    /** {@code P·L} of {@code A = P·L·U} (partial pivoting, as LAPACK's getrf), row-major {@code n x k}, k <= n. */
    static double[] permutedLower(double[] a, int n, int k) {
        // Column-major working copy: every step of the elimination passes down whole columns. Each entry sees the
        // same operations in the same order as the row-major textbook loop, so the factors are the same bits.
        double[][] col = new double[k][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                col[c][i] = a[i * k + c];
            }
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int steps = Math.min(n, k);
        for (int j = 0; j < steps; j++) {
            double[] cj = col[j];
            int pivot = j;
            double best = Math.abs(cj[j]);
            for (int i = j + 1; i < n; i++) {
                double v = Math.abs(cj[i]);
                if (v > best) {
                    best = v;
                    pivot = i;
                }
            }
            if (pivot != j) {
                for (int c = 0; c < k; c++) {
                    double t = col[c][j];
                    col[c][j] = col[c][pivot];
                    col[c][pivot] = t;
                }
                int t = perm[j];
                perm[j] = perm[pivot];
                perm[pivot] = t;
            }
            double d = cj[j];
            if (d != 0.0) {
                for (int i = j + 1; i < n; i++) {
                    cj[i] = cj[i] / d;
                }
                int first = j + 1;
                int row = j;
                int columns = k - first;
                // Columns right of the pivot are independent within a step: large panels update them in parallel.
                java.util.function.IntConsumer update = offset -> {
                    double[] cc = col[first + offset];
                    double u = cc[row];
                    for (int i = first; i < n; i++) {
                        double f = cj[i];
                        if (f != 0.0) {
                            cc[i] -= f * u;
                        }
                    }
                };
                if ((long) columns * n >= 1L << 18) {
                    io.stratum.runtime.io.Parallel.forEach(columns, update);
                } else {
                    for (int offset = 0; offset < columns; offset++) {
                        update.accept(offset);
                    }
                }
            }
        }
        // L is unit lower trapezoidal (n x min(n, k)); row i of L belongs to original row perm[i]
        int w = Math.min(n, k);
        double[] out = new double[n * w];
        for (int i = 0; i < n; i++) {
            int row = perm[i] * w;
            for (int c = 0; c < Math.min(i, w); c++) {
                out[row + c] = col[c][i];
            }
            if (i < w) {
                out[row + i] = 1.0;
            }
        }
        return out;
    }

    /**
     * The orthonormal factor Q of an economic QR of row-major {@code n x k}, by Householder reflections: {@code n x
     * min(n, k)}. Works on contiguous column copies, since every step is a pass down whole columns.
     */
    static double[] orthonormalBasis(double[] a, int n, int cols) {
        int k = Math.min(n, cols);
        double[][] r = new double[k][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                r[c][i] = a[i * cols + c];
            }
        }
        double[][] vs = new double[k][];
        for (int j = 0; j < k; j++) {
            double[] col = r[j];
            double norm = 0.0;
            for (int i = j; i < n; i++) {
                norm += col[i] * col[i];
            }
            norm = Math.sqrt(norm);
            double[] v = new double[n - j];
            vs[j] = v;
            if (norm == 0.0) {
                continue;
            }
            double alpha = col[j] > 0 ? -norm : norm;
            System.arraycopy(col, j, v, 0, n - j);
            v[0] -= alpha;
            double vnorm = 0.0;
            for (double x : v) {
                vnorm += x * x;
            }
            if (vnorm == 0.0) {
                vs[j] = new double[n - j];
                continue;
            }
            for (int c = j; c < k; c++) {
                double[] rc = r[c];
                double dot = 0.0;
                for (int i = j; i < n; i++) {
                    dot += v[i - j] * rc[i];
                }
                double f = 2.0 * dot / vnorm;
                for (int i = j; i < n; i++) {
                    rc[i] -= f * v[i - j];
                }
            }
            double scale = Math.sqrt(vnorm);
            for (int i = 0; i < v.length; i++) {
                v[i] /= scale;
            }
        }
        // Q = H_0 H_1 ... H_{k-1} applied to the first k columns of the identity; the signs follow LAPACK's
        // convention (R's diagonal may be negative), which only flips columns and so keeps the span.
        double[][] q = new double[k][n];
        for (int c = 0; c < k; c++) {
            q[c][c] = 1.0;
        }
        for (int j = k - 1; j >= 0; j--) {
            double[] v = vs[j];
            for (int c = 0; c < k; c++) {
                double[] qc = q[c];
                double dot = 0.0;
                for (int i = j; i < n; i++) {
                    dot += v[i - j] * qc[i];
                }
                if (dot == 0.0) {
                    continue;
                }
                for (int i = j; i < n; i++) {
                    qc[i] -= 2.0 * dot * v[i - j];
                }
            }
        }
        double[] out = new double[n * k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                out[i * k + c] = q[c][i];
            }
        }
        return out;
    }

    /** A full SVD {@code A = U diag(s) Vᵀ} of a row-major square {@code m x m} matrix, s descending. */
    record SmallSvd(double[] u, double[] s, double[] vt) {
        static SmallSvd of(double[] a, int m) {
            R064Store x = R064Store.FACTORY.make(m, m);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    x.set(i, j, a[i * m + j]);
                }
            }
            SingularValue<Double> svd = SingularValue.R064.make(x, false);
            if (!svd.decompose(x)) {
                throw new ArithmeticException("singular value decomposition did not converge");
            }
            MatrixStore<Double> u = svd.getU();
            MatrixStore<Double> v = svd.getV();
            double[] s = new double[m];
            svd.getSingularValues(s);
            double[] uu = new double[m * m];
            double[] vt = new double[m * m];
            int r = (int) Math.min(u.countColumns(), v.countColumns());
            for (int c = 0; c < r; c++) {
                for (int i = 0; i < m; i++) {
                    uu[i * m + c] = u.doubleValue(i, c);
                    vt[c * m + i] = v.doubleValue(i, c);
                }
            }
            return new SmallSvd(uu, s, vt);
        }
    }
}
