package io.stratum.runtime.kernels.impute;

/** The value a {@code SimpleImputer} column is filled with: a number, a string, or the column is dropped. */
public sealed interface FillValue {
    /** A float64 fill, for numeric and boolean columns. */
    record Number(double value) implements FillValue {
    }

    /** A string fill, for string columns. */
    record Text(String value) implements FillValue {
    }

    /** The column had no value at fit, so scikit-learn drops it ({@code keep_empty_features=False}). */
    record Dropped() implements FillValue {
    }
}
