package io.stratum.runtime.kernels.linear;

import org.ojalgo.matrix.decomposition.SingularValue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/** The few dense solvers the linear learners need: Cholesky for ridge, thin SVD for least squares. */
final class DenseLinearAlgebra {
    private DenseLinearAlgebra() {
    }

    /**
     * Solves {@code A z = b} for a symmetric positive definite {@code A} (row-major, m x m, overwritten by its
     * Cholesky factor). Returns null when the factorization breaks down, i.e. A is not numerically positive
     * definite, so the caller can fall back as scikit-learn does on LAPACK's error.
     */
    static double[] choleskySolve(double[] a, int m, double[] b) {
        for (int j = 0; j < m; j++) {
            double d = a[j * m + j];
            for (int k = 0; k < j; k++) {
                d -= a[j * m + k] * a[j * m + k];
            }
            if (!(d > 0.0)) {
                return null;
            }
            double l = Math.sqrt(d);
            a[j * m + j] = l;
            for (int i = j + 1; i < m; i++) {
                double s = a[i * m + j];
                for (int k = 0; k < j; k++) {
                    s -= a[i * m + k] * a[j * m + k];
                }
                a[i * m + j] = s / l;
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
