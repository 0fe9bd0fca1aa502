package io.stratum.runtime.kernels.decompose;

import io.stratum.runtime.data.CsrMatrix;
import java.util.SplittableRandom;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.decomposition.SingularValue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * The leading {@code k} singular triplets of a sparse matrix, converged to rounding, as scikit-learn's
 * {@code TruncatedSVD(algorithm="arpack", tol=0)} gets them from scipy's {@code svds}: the top eigenvectors of the
 * Gram matrix of the smaller side ({@code XᵀX} when {@code X} has at least as many rows as columns, else
 * {@code XXᵀ}), then the SVD of {@code X} times them, which gives the singular values and both sides' vectors.
 * ARPACK's Lanczos iteration is replaced by block subspace iteration with Rayleigh-Ritz steps, run until every
 * wanted Ritz pair's residual is below {@value #TOLERANCE} of the largest eigenvalue: both converge to the same
 * triplets when the wanted singular values are distinct and apart from the next one, which is checked (an exact
 * tie leaves the vectors any basis of a shared subspace, which ARPACK picks by its start vector).
 */
final class ExactTruncatedSvd {
    /** Ritz residuals, relative to the largest eigenvalue of the Gram matrix, at which the iteration stops. */
    static final double TOLERANCE = 1e-13;
    /** Relative gap between consecutive singular values (the first k+1) below which the triplets are not unique. */
    static final double MIN_RELATIVE_GAP = 1e-6;
    static final int MAX_ITERATIONS = 20_000;
    /** Iterations without a smaller residual after which the iteration is at its rounding floor. */
    static final int STALLED = 200;
    /** The largest residual accepted at a rounding floor (vectors then within about this over the relative gap). */
    static final double STALL_ACCEPTED = 1e-11;

    private ExactTruncatedSvd() {
    }

    /** Row-major {@code k x cols} right singular vectors and the singular values, descending. */
    record Result(double[] vt, double[] s, int k, int cols) {
    }

    /** The triplets; {@code option} names the estimator's setting in refusals ({@code "algorithm='arpack'"}). */
    static Result compute(CsrMatrix x, int k, String option) {
        int rows = x.rows();
        int cols = x.cols();
        int smaller = Math.min(rows, cols);
        if (k < 1 || k >= smaller) {
            throw new IllegalArgumentException("`k` must be an integer satisfying `0 < k < min(A.shape)`.");
        }
        boolean transposed = rows < cols;
        // a has at least as many rows as columns; its Gram aᵀa is smaller x smaller.
        CsrMatrix a = transposed ? x.transpose() : x;
        int m = a.cols();
        int b = Math.min(m, Math.max(2 * k, k + 10));
        double[] q = startingBlock(m, b);
        double[] ritz = null;
        double[] theta = null;
        double[] previous = null;
        boolean converged = false;
        double best = Double.POSITIVE_INFINITY;
        int improved = 0;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] z = a.times(q, b);
            // Rayleigh-Ritz on span(q): the eigenpairs of qᵀ aᵀa q = zᵀz, largest first.
            SymmetricEigen small = SymmetricEigen.of(gram(z, a.rows(), b), b);
            theta = small.values();
            ritz = multiply(q, m, b, small.vectors(), b);
            double[] gv = a.transposeTimes(multiply(z, a.rows(), b, small.vectors(), b), b);
            double scale = Math.max(theta[0], Double.MIN_NORMAL);
            double worst = 0.0;
            for (int c = 0; c < k; c++) {
                double r = 0.0;
                for (int i = 0; i < m; i++) {
                    double d = gv[i * b + c] - theta[c] * ritz[i * b + c];
                    r += d * d;
                }
                worst = Math.max(worst, Math.sqrt(r) / scale);
            }
            if (worst < best) {
                best = worst;
                improved = iteration;
            }
            // Converged, or stalled at a rounding floor above the tolerance but far below what the result needs.
            if (worst <= TOLERANCE || (iteration - improved > STALLED && best <= STALL_ACCEPTED)) {
                converged = true;
                break;
            }
            // Ritz values settle long before the vectors: a tie among them is refused without iterating on.
            if (previous != null && settled(previous, theta, k, scale) && tie(theta, k) >= 0) {
                break;
            }
            previous = theta;
            q = DenseFactorizations.orthonormalBasis(gv, m, b);
        }
        double[] sigma = new double[k + 1];
        for (int c = 0; c <= k; c++) {
            sigma[c] = Math.sqrt(Math.max(theta[c], 0.0));
        }
        int tie = tie(theta, k);
        if (tie >= 0) {
            throw new IllegalArgumentException(option + " needs the first " + (k + 1) + " singular values"
                    + " apart, but singular values " + (tie + 1) + " and " + (tie + 2) + " are equal to 6 digits ("
                    + sigma[tie] + ", " + sigma[tie + 1] + "): their singular vectors are any basis of a shared"
                    + " subspace, and scikit-learn's depend on ARPACK's start vector (random_state); choose another"
                    + " n_components or the randomized solver");
        }
        if (!converged) {
            throw new IllegalArgumentException(option + ": the leading " + k + " singular vectors did not"
                    + " converge in " + MAX_ITERATIONS + " iterations (singular values " + sigma[k - 1] + " and "
                    + sigma[k] + " are close); choose another n_components or the randomized solver");
        }
        // scipy's last step: orthonormal eigenvectors, a times them, and that product's SVD.
        double[] eig = DenseFactorizations.orthonormalBasis(firstColumns(ritz, m, b, k), m, k);
        double[] av = a.times(eig, k);
        SingularValue<Double> svd = SingularValue.R064.make(false);
        R064Store avStore = R064Store.FACTORY.make(a.rows(), k);
        for (int i = 0; i < a.rows(); i++) {
            for (int c = 0; c < k; c++) {
                avStore.set(i, c, av[i * k + c]);
            }
        }
        if (!svd.decompose(avStore)) {
            throw new ArithmeticException("singular value decomposition did not converge");
        }
        MatrixStore<Double> u = svd.getU();
        MatrixStore<Double> w = svd.getV();
        double[] s = new double[k];
        for (int c = 0; c < k; c++) {
            s[c] = svd.getD().doubleValue(c, c);
        }
        double[] vt = new double[k * cols];
        if (!transposed) {
            // x = a: right vectors eig · w
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < m; j++) {
                    double v = 0.0;
                    for (int t = 0; t < k; t++) {
                        v += eig[j * k + t] * w.doubleValue(t, c);
                    }
                    vt[c * cols + j] = v;
                }
            }
        } else {
            // x = aᵀ: x's right vectors are a's left ones
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < cols; j++) {
                    vt[c * cols + j] = u.doubleValue(j, c);
                }
            }
        }
        return new Result(vt, s, k, cols);
    }

    /** Whether the first k + 1 Ritz values moved by less than rounding since the last iteration. */
    private static boolean settled(double[] previous, double[] theta, int k, double scale) {
        for (int c = 0; c <= k; c++) {
            if (Math.abs(previous[c] - theta[c]) > 1e-14 * scale) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first c < k whose singular value is within {@value #MIN_RELATIVE_GAP} (relative) of the next one, or -1
     * (from the Ritz values, the squared singular values).
     */
    private static int tie(double[] theta, int k) {
        for (int c = 0; c < k; c++) {
            double a = Math.sqrt(Math.max(theta[c], 0.0));
            double b = Math.sqrt(Math.max(theta[c + 1], 0.0));
            if (a - b <= MIN_RELATIVE_GAP * a) {
                return c;
            }
        }
        return -1;
    }

    /** A fixed uniform start (the result does not depend on it once converged), orthonormalized. */
    private static double[] startingBlock(int m, int b) {
        SplittableRandom random = new SplittableRandom(0x5EED);
        double[] g = new double[m * b];
        for (int t = 0; t < g.length; t++) {
            g[t] = random.nextDouble() - 0.5;
        }
        return DenseFactorizations.orthonormalBasis(g, m, b);
    }

    /** {@code zᵀz} of row-major {@code n x b}. */
    private static double[] gram(double[] z, int n, int b) {
        double[] out = new double[b * b];
        for (int i = 0; i < n; i++) {
            int base = i * b;
            for (int c = 0; c < b; c++) {
                double zc = z[base + c];
                if (zc == 0.0) {
                    continue;
                }
                for (int d = c; d < b; d++) {
                    out[c * b + d] += zc * z[base + d];
                }
            }
        }
        for (int c = 0; c < b; c++) {
            for (int d = 0; d < c; d++) {
                out[c * b + d] = out[d * b + c];
            }
        }
        return out;
    }

    /** Row-major {@code (n x b) · (b x cols)}. */
    private static double[] multiply(double[] left, int n, int b, double[] right, int cols) {
        double[] out = new double[n * cols];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < b; t++) {
                double l = left[i * b + t];
                if (l == 0.0) {
                    continue;
                }
                for (int c = 0; c < cols; c++) {
                    out[i * cols + c] += l * right[t * cols + c];
                }
            }
        }
        return out;
    }

    private static double[] firstColumns(double[] a, int n, int b, int k) {
        double[] out = new double[n * k];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * b, out, i * k, k);
        }
        return out;
    }

    /** The eigenpairs of a small symmetric row-major matrix, largest eigenvalue first (vectors as columns). */
    private record SymmetricEigen(double[] values, double[] vectors) {
        static SymmetricEigen of(double[] h, int b) {
            R064Store store = R064Store.FACTORY.make(b, b);
            for (int i = 0; i < b; i++) {
                for (int j = 0; j < b; j++) {
                    store.set(i, j, h[i * b + j]);
                }
            }
            Eigenvalue<Double> eigen = Eigenvalue.R064.make(store, true);
            if (!eigen.decompose(store)) {
                throw new ArithmeticException("eigendecomposition did not converge");
            }
            MatrixStore<Double> d = eigen.getD();
            MatrixStore<Double> v = eigen.getV();
            Integer[] order = new Integer[b];
            double[] raw = new double[b];
            for (int j = 0; j < b; j++) {
                raw[j] = d.doubleValue(j, j);
                order[j] = j;
            }
            java.util.Arrays.sort(order, (x, y) -> Double.compare(raw[y], raw[x]));
            double[] values = new double[b];
            double[] vectors = new double[b * b];
            for (int c = 0; c < b; c++) {
                values[c] = raw[order[c]];
                for (int i = 0; i < b; i++) {
                    vectors[i * b + c] = v.doubleValue(i, order[c]);
                }
            }
            return new SymmetricEigen(values, vectors);
        }
    }
}
