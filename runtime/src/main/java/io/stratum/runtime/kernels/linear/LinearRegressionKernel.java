package io.stratum.runtime.kernels.linear;

import io.stratum.runtime.data.FeatureMatrix;

/**
 * Fits scikit-learn's {@code LinearRegression} on dense input: least squares on the centered data, solved by a
 * thin SVD so that a rank-deficient design gets the minimum-norm solution, as {@code scipy.linalg.lstsq} gives.
 *
 * <p>Rank cutoff: singular values at or below {@code tol * s_max} count as zero, with scikit-learn's default
 * {@code tol = 1e-6}; scikit-learn passes its {@code tol} to lstsq as {@code cond}, so the cutoff is not machine
 * epsilon.
 */
public final class LinearRegressionKernel {
    /** scikit-learn's default {@code LinearRegression(tol=1e-6)}. */
    public static final double DEFAULT_TOL = 1e-6;

    private LinearRegressionKernel() {
    }

    public static FittedLinearModel fit(FeatureMatrix x, double[] y, boolean fitIntercept) {
        return fit(x, y, fitIntercept, DEFAULT_TOL);
    }

    /**
     * The same fit from shared statistics through the Gram's eigendecomposition, or null when that cannot match
     * the SVD of X (more features than rows, or an eigenvalue near the rank cutoff or too small to be accurate;
     * see {@link GramSpectrum#leastSquares}): the caller then fits on X.
     */
    public static FittedLinearModel fit(GramSource shared, boolean fitIntercept, double tol) {
        GramStatistics s = shared.statistics();
        if (s.centered() != fitIntercept) {
            throw new IllegalArgumentException("statistics centered=" + s.centered() + " for fit_intercept=" + fitIntercept);
        }
        if (s.cols() > s.rows()) {
            return null;
        }
        return shared.spectrum().leastSquares(tol);
    }

    public static FittedLinearModel fit(FeatureMatrix x, double[] y, boolean fitIntercept, double tol) {
        return fit(x, y, fitIntercept, tol, null);
    }

    /**
     * {@code LinearRegression(...).fit(X, y, sample_weight=w)} on dense X: least squares of the weighted-centered rows
     * scaled by {@code sqrt(w)}, as scikit-learn's {@code _preprocess_data} prepares them for lstsq; {@code w == null}
     * is the unweighted fit.
     */
    public static FittedLinearModel fit(FeatureMatrix x, double[] y, boolean fitIntercept, double tol, double[] w) {
        CenteredDesign d = CenteredDesign.of(x, y, fitIntercept, "LinearRegression", w);
        double[] coef = new double[d.cols()];
        int rank = 0;
        if (d.cols() > 0) {
            DenseLinearAlgebra.Svd svd = DenseLinearAlgebra.Svd.of(d.x(), d.rows(), d.cols());
            double cutoff = tol * svd.maxSingularValue();
            for (int k = 0; k < svd.s().length; k++) {
                double s = svd.s()[k];
                if (!(s > cutoff)) {
                    continue;
                }
                rank++;
                double uty = 0.0;
                double[] u = svd.u()[k];
                for (int i = 0; i < d.rows(); i++) {
                    uty += u[i] * d.y()[i];
                }
                double f = uty / s;
                double[] v = svd.v()[k];
                for (int j = 0; j < coef.length; j++) {
                    coef[j] += v[j] * f;
                }
            }
        }
        return new FittedLinearModel(x.featureNames(), coef, d.intercept(coef, fitIntercept), rank);
    }
}
