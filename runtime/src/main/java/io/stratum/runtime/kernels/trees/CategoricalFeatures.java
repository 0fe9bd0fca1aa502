package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.data.DataException;
import java.util.List;

/**
 * scikit-learn's {@code categorical_features} of histogram gradient boosting, resolved against the training
 * matrix's feature names by {@link #resolve} as {@code _check_categorical_features} resolves it: {@code None},
 * {@code "from_dtype"} (columns of pandas' category dtype), integer indices, feature names or a boolean mask.
 */
public sealed interface CategoricalFeatures {
    /** {@code None}: no feature is categorical. */
    record None() implements CategoricalFeatures {
    }

    /** {@code "from_dtype"}: the columns whose dtype is categorical (flagged by the caller). */
    record FromDtype() implements CategoricalFeatures {
    }

    /** Integer indices into the features. */
    record Indices(List<Long> indices) implements CategoricalFeatures {
    }

    /** Feature names. */
    record Names(List<String> names) implements CategoricalFeatures {
    }

    /** A boolean mask over all features. */
    record Mask(List<Boolean> mask) implements CategoricalFeatures {
    }

    CategoricalFeatures NONE = new None();
    CategoricalFeatures FROM_DTYPE = new FromDtype();

    /**
     * The categorical flag of every feature, or null when none is categorical (scikit-learn's {@code None}).
     *
     * @param dtypeCategorical which features have a categorical dtype (null: none has)
     */
    default boolean[] resolve(List<String> featureNames, boolean[] dtypeCategorical) {
        int p = featureNames.size();
        boolean[] out = new boolean[p];
        switch (this) {
            case None n -> {
                return null;
            }
            case FromDtype f -> {
                if (dtypeCategorical == null) {
                    return null;
                }
                System.arraycopy(dtypeCategorical, 0, out, 0, p);
            }
            case Indices ix -> {
                for (long i : ix.indices()) {
                    if (i < 0 || i >= p) {
                        throw new DataException("categorical_features set as integer indices must be in [0, " + (p - 1)
                                + "] (the model is fitted on " + p + " features), got " + i);
                    }
                    out[(int) i] = true;
                }
            }
            case Names ns -> {
                for (String name : ns.names()) {
                    int at = featureNames.indexOf(name);
                    if (at < 0) {
                        throw new DataException("categorical_features has an item value '" + name + "' which is not"
                                + " a valid feature name of the training data. Observed feature names: "
                                + featureNames);
                    }
                    out[at] = true;
                }
            }
            case Mask m -> {
                if (m.mask().size() != p) {
                    throw new DataException("categorical_features set as a boolean mask must have one entry per"
                            + " feature (" + p + "), got " + m.mask().size());
                }
                for (int j = 0; j < p; j++) {
                    out[j] = m.mask().get(j);
                }
            }
        }
        for (boolean b : out) {
            if (b) {
                return out;
            }
        }
        return null;
    }
}
