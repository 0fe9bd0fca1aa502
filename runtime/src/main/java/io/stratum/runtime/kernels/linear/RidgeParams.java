package io.stratum.runtime.kernels.linear;

/** The supported settings of scikit-learn's {@code Ridge} (dense input, one target, solver "auto"). */
public record RidgeParams(double alpha, boolean fitIntercept) {
    /** scikit-learn's defaults: {@code alpha=1.0}, {@code fit_intercept=True}. */
    public static final RidgeParams DEFAULT = new RidgeParams(1.0, true);

    public RidgeParams {
        if (!(alpha >= 0.0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("Ridge alpha must be a finite number >= 0, got " + alpha);
        }
    }
}
