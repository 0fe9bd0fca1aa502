package io.stratum.runtime.exec;

import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.FittedClassifier;
import io.stratum.runtime.kernels.trees.FittedHistGradientBoostingClassifier;
import io.stratum.runtime.kernels.trees.FittedHistGradientBoostingRegressor;
import io.stratum.runtime.kernels.trees.HistGradientBoostingParams;

/** Binds scikit-learn's tree ensembles to Stratum's own tree kernels (issue 7, trees). */
final class TreeEstimators {
    private TreeEstimators() {
    }

    static void register(EstimatorKernels kernels) {
        kernels.register("sklearn.ensemble.HistGradientBoostingRegressor", new EstimatorKernels.Learner() {
            @Override
            public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
                return FittedHistGradientBoostingRegressor.fit(x, y, histGradientBoosting(spec));
            }

            @Override
            public double[] predict(Object fitted, FeatureMatrix x) {
                return ((FittedHistGradientBoostingRegressor) fitted).predict(x);
            }

            @Override
            public boolean acceptsMissing() {
                return true;
            }
        });
        kernels.register("sklearn.ensemble.HistGradientBoostingClassifier", new EstimatorKernels.Classifier() {
            @Override
            public FittedClassifier fit(FeatureMatrix x, ClassLabels classes, int[] codes, EstimatorSpec spec) {
                return FittedHistGradientBoostingClassifier.fit(x, classes, codes, histGradientBoosting(spec));
            }

            @Override
            public boolean acceptsMissing() {
                return true;
            }
        });
    }

    /** The spec's parameters, with scikit-learn's checks of the values the catalog cannot express. */
    static HistGradientBoostingParams histGradientBoosting(EstimatorSpec spec) {
        String name = spec.simpleName();
        int maxBins = (int) spec.doubleParam("max_bins");
        if (maxBins > 255) {
            throw new DataException(name + ": max_bins must be in [2, 255], got " + maxBins);
        }
        Boolean earlyStopping = switch (spec.param("early_stopping")) {
            case Const.BoolConst b -> b.value();
            default -> null;
        };
        double validationFraction = switch (spec.param("validation_fraction")) {
            case Const.NoneConst n -> Double.NaN;
            case Const.FloatConst f when f.value() > 0 && f.value() < 1 -> f.value();
            case Const.IntConst i -> throw new DataException(name + ": validation_fraction=" + i.value()
                    + " (a number of rows) is valid but not supported by Stratum yet; pass a fraction such as 0.1");
            default -> throw new DataException(name + ": validation_fraction must be a float in (0, 1) or None, got "
                    + spec.param("validation_fraction").repr());
        };
        Long randomState = switch (spec.param("random_state")) {
            case Const.NoneConst n -> null;
            case Const.IntConst i when i.value() >= 0 && i.value() <= 0xFFFFFFFFL -> i.value();
            default -> throw new DataException(name + ": random_state must be None or an integer in [0, 2**32 - 1], got "
                    + spec.param("random_state").repr());
        };
        return new HistGradientBoostingParams(spec.doubleParam("learning_rate"), (int) spec.doubleParam("max_iter"),
                optionalInt(spec.param("max_leaf_nodes")), optionalInt(spec.param("max_depth")),
                (int) spec.doubleParam("min_samples_leaf"), spec.doubleParam("l2_regularization"), maxBins, earlyStopping,
                validationFraction, (int) spec.doubleParam("n_iter_no_change"), spec.doubleParam("tol"), randomState);
    }

    private static int optionalInt(Const value) {
        return value instanceof Const.IntConst i ? (int) i.value() : 0;
    }
}
