package io.stratum.runtime.kernels.scale;

/** The settings of scikit-learn's {@code StandardScaler}. */
public record ScalerParams(boolean withMean, boolean withStd) {
    /** scikit-learn's defaults: center and scale. */
    public static final ScalerParams DEFAULT = new ScalerParams(true, true);
}
