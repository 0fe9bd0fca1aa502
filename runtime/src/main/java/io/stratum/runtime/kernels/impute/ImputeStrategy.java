package io.stratum.runtime.kernels.impute;

import io.stratum.runtime.data.DataException;

/** scikit-learn's {@code SimpleImputer} strategies. */
public enum ImputeStrategy {
    MEAN, MEDIAN, MOST_FREQUENT, CONSTANT;

    /** The strategy of scikit-learn's spelling, e.g. {@code "most_frequent"}. */
    public static ImputeStrategy parse(String name) {
        return switch (name) {
            case "mean" -> MEAN;
            case "median" -> MEDIAN;
            case "most_frequent" -> MOST_FREQUENT;
            case "constant" -> CONSTANT;
            default -> throw new DataException("SimpleImputer: unknown strategy '" + name
                    + "'; use 'mean', 'median', 'most_frequent' or 'constant'");
        };
    }
}
