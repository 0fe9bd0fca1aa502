package io.stratum.runtime.kernels.linear;

import org.ojalgo.matrix.decomposition.SingularValue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/** The few dense solvers the linear learners need: Cholesky for ridge, thin SVD for least squares. */
final class DenseLinearAlgebra {
    /** Columns per block of the Cholesky factorization: a panel of this width over a few thousand rows fits in L2. */
    private static final int CHOLESKY_BLOCK = 48;

    private DenseLinearAlgebra() {
    }

    /**
     * Solves {@code A z = b} for a symmetric positive definite {@code A} (row-major, m x m, overwritten by its
     * Cholesky factor). Returns null when the factorization breaks down, i.e. A is not numerically positive
     * definite, so the caller can fall back as scikit-learn does on LAPACK's error.
     */
    static double[] choleskySolve(double[] a, int m, double[] b) {
        // Right-looking blocked factorization of the lower triangle: a block of CHOLESKY_BLOCK columns is factored,
        // then subtracted from the trailing rows at once, so the inner products run over a panel that stays in cache
        // instead of streaming whole rows from memory for every column (the unblocked loop is memory-bound).
        for (int j0 = 0; j0 < m; j0 += CHOLESKY_BLOCK) {
            int j1 = Math.min(j0 + CHOLESKY_BLOCK, m);
            for (int j = j0; j < j1; j++) {
                double d = a[j * m + j] - dot(a, j * m + j0, j * m + j0, j - j0);
                if (!(d > 0.0)) {
                    return null;
                }
                double l = Math.sqrt(d);
                a[j * m + j] = l;
                for (int i = j + 1; i < j1; i++) {
                    a[i * m + j] = (a[i * m + j] - dot(a, i * m + j0, j * m + j0, j - j0)) / l;
                }
            }
            for (int i = j1; i < m; i++) {
                for (int j = j0; j < j1; j++) {
                    a[i * m + j] = (a[i * m + j] - dot(a, i * m + j0, j * m + j0, j - j0)) / a[j * m + j];
                }
            }
            int width = j1 - j0;
            for (int i = j1; i < m; i++) {
                for (int k = j1; k <= i; k++) {
                    a[i * m + k] -= dot(a, i * m + j0, k * m + j0, width);
                }
            }
        }
        double[] z = b.clone();
        for (int i = 0; i < m; i++) {
            double s = z[i];
            for (int k = 0; k < i; k++) {
                s -= a[i * m + k] * z[k];
            }
            z[i] = s / a[i * m + i];
        }
        for (int i = m - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < m; k++) {
                s -= a[k * m + i] * z[k];
            }
            z[i] = s / a[i * m + i];
        }
        return z;
    }

    /**
     * {@code sum(a[x + k] * a[y + k] for k < len)} with four independent partial sums: the factorization's inner
     * loop, where one running sum would make every step wait for the previous addition. The summation order is fixed,
     * so results do not depend on anything but the inputs.
     */
    private static double dot(double[] a, int x, int y, int len) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int k = 0;
        for (; k + 3 < len; k += 4) {
            s0 += a[x + k] * a[y + k];
            s1 += a[x + k + 1] * a[y + k + 1];
            s2 += a[x + k + 2] * a[y + k + 2];
            s3 += a[x + k + 3] * a[y + k + 3];
        }
        for (; k < len; k++) {
            s0 += a[x + k] * a[y + k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** A thin singular value decomposition {@code X = U diag(s) V^T} of a column-major n x p matrix. */
    record Svd(double[] s, double[][] u, double[][] v) {
        /** u[k] and v[k] are the k-th left and right singular vectors. */
        static Svd of(double[] columnMajor, int n, int p) {
            R064Store x = R064Store.FACTORY.make(n, p);
            for (int j = 0; j < p; j++) {
                for (int i = 0; i < n; i++) {
                    x.set(i, j, columnMajor[j * n + i]);
                }
            }
            SingularValue<Double> svd = SingularValue.R064.make(x, false);
            if (!svd.decompose(x)) {
                throw new ArithmeticException("singular value decomposition did not converge");
            }
            MatrixStore<Double> u = svd.getU();
            MatrixStore<Double> v = svd.getV();
            double[] all = new double[Math.min(n, p)];
            svd.getSingularValues(all);
            int r = (int) Math.min(Math.min(u.countColumns(), v.countColumns()), all.length);
            double[] s = new double[r];
            double[][] uk = new double[r][n];
            double[][] vk = new double[r][p];
            for (int k = 0; k < r; k++) {
                s[k] = all[k];
                for (int i = 0; i < n; i++) {
                    uk[k][i] = u.doubleValue(i, k);
                }
                for (int j = 0; j < p; j++) {
                    vk[k][j] = v.doubleValue(j, k);
                }
            }
            return new Svd(s, uk, vk);
        }

        double maxSingularValue() {
            double m = 0.0;
            for (double v : s) {
                m = Math.max(m, v);
            }
            return m;
        }
    }
}
