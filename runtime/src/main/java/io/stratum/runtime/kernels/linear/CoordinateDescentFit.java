package io.stratum.runtime.kernels.linear;

import io.stratum.runtime.data.FeatureMatrix;

/**
 * A fitted Lasso or ElasticNet: the linear model plus scikit-learn's {@code n_iter_} and {@code dual_gap_}
 * (the final duality gap divided by the number of samples), which tell whether and how the solver converged.
 */
public record CoordinateDescentFit(FittedLinearModel model, int nIter, double dualGap) {

    public double[] predict(FeatureMatrix x) {
        return model.predict(x);
    }
}
