package io.stratum.runtime.kernels.classify;

import java.util.Objects;

/** The settings of scikit-learn's {@code LogisticRegression} that the lbfgs solver with an L2 penalty reads. */
public record LogisticRegressionParams(double c, boolean fitIntercept, int maxIter, double tol, ClassWeights classWeight) {
    public LogisticRegressionParams {
        Objects.requireNonNull(classWeight, "classWeight");
        if (!(c > 0)) {
            throw new IllegalArgumentException("C must be positive, got " + c);
        }
    }
}
