package io.stratum.runtime.exec;

import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.linear.FittedLinearModel;
import io.stratum.runtime.kernels.linear.GramSource;
import io.stratum.runtime.kernels.linear.LinearRegressionKernel;
import io.stratum.runtime.kernels.linear.RidgeKernel;
import io.stratum.runtime.kernels.linear.RidgeParams;
import io.stratum.runtime.kernels.scale.FittedStandardScaler;
import io.stratum.runtime.kernels.scale.ScalerParams;
import io.stratum.runtime.kernels.scale.StandardScalerKernel;

/** Binds scikit-learn's class names to Stratum's kernels, translating parameters from the estimator spec. */
final class StandardEstimators {
    private StandardEstimators() {
    }

    static EstimatorKernels register(EstimatorKernels kernels) {
        kernels.register("sklearn.preprocessing.OneHotEncoder", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                OneHotParams params = new OneHotParams(
                        OneHotParams.HandleUnknown.parse(spec.stringParam("handle_unknown")),
                        OneHotParams.Drop.parse(spec.stringParam("drop")));
                return OneHotEncoderKernel.fit(columns, params);
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ((FittedOneHot) fitted).transform(memory, columns);
            }
        });
        kernels.register("sklearn.preprocessing.StandardScaler", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                return StandardScalerKernel.fit(columns, new ScalerParams(spec.boolParam("with_mean"), spec.boolParam("with_std")));
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ((FittedStandardScaler) fitted).transform(memory, columns);
            }
        });
        kernels.register("sklearn.linear_model.Ridge", new GramLearner() {
            @Override
            public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
                return RidgeKernel.fit(x, y, new RidgeParams(spec.doubleParam("alpha"), spec.boolParam("fit_intercept")));
            }

            @Override
            public boolean centered(EstimatorSpec spec) {
                return spec.boolParam("fit_intercept");
            }

            @Override
            public Object fitShared(GramSource shared, EstimatorSpec spec) {
                return RidgeKernel.fit(shared, new RidgeParams(spec.doubleParam("alpha"), spec.boolParam("fit_intercept")));
            }

            @Override
            public double[] predict(Object fitted, FeatureMatrix x) {
                return ((FittedLinearModel) fitted).predict(x);
            }
        });
        kernels.register("sklearn.linear_model.LinearRegression", new GramLearner() {
            @Override
            public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
                return LinearRegressionKernel.fit(x, y, spec.boolParam("fit_intercept"), spec.doubleParam("tol"));
            }

            @Override
            public boolean centered(EstimatorSpec spec) {
                return spec.boolParam("fit_intercept");
            }

            @Override
            public Object fitShared(GramSource shared, EstimatorSpec spec) {
                return LinearRegressionKernel.fit(shared, spec.boolParam("fit_intercept"), spec.doubleParam("tol"));
            }

            @Override
            public double[] predict(Object fitted, FeatureMatrix x) {
                return ((FittedLinearModel) fitted).predict(x);
            }
        });
        return kernels;
    }
}
