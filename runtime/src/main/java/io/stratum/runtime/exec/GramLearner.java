package io.stratum.runtime.exec;

import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.runtime.kernels.linear.GramSource;

/**
 * A learner whose fit depends on X and y only through their sufficient statistics (means, centered Gram matrix,
 * Xc^T yc), so the executor computes those once per fold for every candidate that reads the same X and y.
 */
public interface GramLearner extends EstimatorKernels.Learner {

    /** True when the statistics must be centered, i.e. the fit has an intercept. */
    boolean centered(EstimatorSpec spec);

    /**
     * The fitted model from the shared statistics, or null when they cannot reproduce the direct fit; the executor
     * then calls {@link #fit(io.stratum.runtime.data.FeatureMatrix, double[], EstimatorSpec)}. {@code kernel} is the
     * solver the lowering chose for the operator (for Ridge, one of {@link io.stratum.ir.physical.RidgeSolvers}).
     */
    Object fitShared(GramSource shared, EstimatorSpec spec, String kernel);
}
