package io.stratum.runtime.kernels.classify;

import java.util.Objects;

/**
 * The settings of scikit-learn's {@code LogisticRegression} that the lbfgs solver with an L2 penalty reads, and whether
 * X is float32 (scikit-learn then computes the loss in float32: {@link Float32LogisticLoss}).
 */
public record LogisticRegressionParams(double c, boolean fitIntercept, int maxIter, double tol, ClassWeights classWeight,
                                       boolean float32) {
    /** The settings for a float64 X. */
    public LogisticRegressionParams(double c, boolean fitIntercept, int maxIter, double tol, ClassWeights classWeight) {
        this(c, fitIntercept, maxIter, tol, classWeight, false);
    }

    public LogisticRegressionParams {
        Objects.requireNonNull(classWeight, "classWeight");
        if (!(c > 0)) {
            throw new IllegalArgumentException("C must be positive, got " + c);
        }
    }
}
