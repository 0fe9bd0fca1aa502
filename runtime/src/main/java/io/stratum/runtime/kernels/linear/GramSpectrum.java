package io.stratum.runtime.kernels.linear;

import io.stratum.runtime.data.ScratchMemory;
import java.util.Optional;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * One symmetric eigendecomposition {@code G = V diag(lambda) V^T} of a Gram matrix, from which every Ridge alpha is
 * answered in O(p^2) as {@code w = V diag(1 / (lambda + alpha)) V^T Xc^T yc}, and least squares by dropping the
 * eigenvalues under LinearRegression's rank cutoff.
 *
 * <p>Accuracy: the error of a component is about {@code eps * lambda_max / (lambda_k + alpha)}, the same bound as
 * a Cholesky factorization of {@code G + alpha I}, so Ridge with {@code alpha > 0} matches the direct kernel.
 * Least squares through the Gram squares the condition number that scikit-learn's SVD of X sees, so
 * {@link #leastSquares} answers only when every eigenvalue is clearly kept or clearly dropped.
 */
public final class GramSpectrum {
    /**
     * Kept eigenvalues must be at least this fraction of the largest: their relative error, about eps over this
     * ratio, then stays near 1e-8 in the worst direction, which moves predictions far less (a direction with a
     * small eigenvalue carries little of X).
     */
    static final double KEPT_FLOOR = 1e-8;
    /** Dropped eigenvalues must be this factor below the cutoff, so rounding cannot move one across it. */
    static final double DROPPED_MARGIN = 0.1;

    private final GramStatistics statistics;
    private final int p;
    private final double[] lambda;
    /** Eigenvectors as columns of a row-major p x p array. */
    private final double[] v;
    /** {@code V^T Xc^T yc}: the target's coordinates in the eigenbasis, shared by every alpha. */
    private final double[] projected;
    private final double lambdaMax;

    private GramSpectrum(GramStatistics statistics, double[] lambda, double[] v, double[] projected) {
        this.statistics = statistics;
        this.p = statistics.cols();
        this.lambda = lambda;
        this.v = v;
        this.projected = projected;
        double max = 0.0;
        for (double l : lambda) {
            max = Math.max(max, l);
        }
        this.lambdaMax = max;
    }

    /** Decomposes the Gram matrix of {@code statistics}. */
    public static GramSpectrum of(GramStatistics statistics) {
        try (ScratchMemory.Reservation scratch = ScratchMemory.reserve(ScratchMemory.doubles(3L * statistics.cols() * statistics.cols()), "the eigendecomposition of the Gram matrix")) {
            return ofUnreserved(statistics);
        }
    }

    private static GramSpectrum ofUnreserved(GramStatistics statistics) {
        int p = statistics.cols();
        double[] lambda = new double[p];
        double[] v = new double[p * p];
        double[] projected = new double[p];
        if (p > 0) {
            R064Store g = R064Store.FACTORY.make(p, p);
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    g.set(j, k, statistics.gramEntry(j, k));
                }
            }
            Eigenvalue<Double> evd = Eigenvalue.R064.make(g, true);
            if (!evd.decompose(g)) {
                throw new ArithmeticException("symmetric eigendecomposition of the Gram matrix did not converge");
            }
            evd.getEigenvalues(lambda, Optional.empty());
            MatrixStore<Double> vs = evd.getV();
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    v[j * p + k] = vs.doubleValue(j, k);
                }
            }
            for (int j = 0; j < p; j++) {
                double b = statistics.xtyEntry(j);
                int row = j * p;
                for (int k = 0; k < p; k++) {
                    projected[k] += v[row + k] * b;
                }
            }
        }
        return new GramSpectrum(statistics, lambda, v, projected);
    }

    public GramStatistics statistics() {
        return statistics;
    }

    /** A copy of the eigenvalues, in the decomposition's order. */
    public double[] eigenvalues() {
        return lambda.clone();
    }

    /** scikit-learn's Ridge for {@code alpha > 0}: {@code (G + alpha I)^-1 Xc^T yc} through the eigenbasis. */
    public FittedLinearModel ridge(double alpha) {
        if (!(alpha > 0.0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("the spectral solution needs a finite alpha > 0, got " + alpha
                    + "; alpha = 0 is solved by ridgeByCholesky on the statistics");
        }
        double[] scaled = new double[p];
        for (int k = 0; k < p; k++) {
            scaled[k] = projected[k] / (lambda[k] + alpha);
        }
        return statistics.model(combine(scaled), -1);
    }

    /**
     * LinearRegression's minimum-norm least squares with scikit-learn's rank cutoff (singular values of Xc at or
     * below {@code tol * s_max}, i.e. eigenvalues at or below {@code tol^2 * lambda_max}); null when an eigenvalue
     * lies too near the cutoff, or is kept but too small to be accurate through the Gram, so the caller must use
     * the SVD of X instead.
     */
    public FittedLinearModel leastSquares(double tol) {
        double cutoff = tol * tol * lambdaMax;
        if (!(lambdaMax > 0.0) || !(cutoff > 0.0)) {
            return null;
        }
        double[] scaled = new double[p];
        int rank = 0;
        for (int k = 0; k < p; k++) {
            double l = lambda[k];
            if (l > cutoff) {
                if (l < KEPT_FLOOR * lambdaMax) {
                    return null;
                }
                scaled[k] = projected[k] / l;
                rank++;
            } else if (l > DROPPED_MARGIN * cutoff) {
                return null;
            }
        }
        return statistics.model(combine(scaled), rank);
    }

    /** {@code V s}: coefficients from eigen-coordinates. */
    private double[] combine(double[] scaled) {
        double[] coef = new double[p];
        for (int j = 0; j < p; j++) {
            int row = j * p;
            double s = 0.0;
            for (int k = 0; k < p; k++) {
                s += v[row + k] * scaled[k];
            }
            coef[j] = s;
        }
        return coef;
    }
}
