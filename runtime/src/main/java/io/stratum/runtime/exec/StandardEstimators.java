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
    /** Issue 7, classification side: classifiers fitted on label targets. */
    private static void registerClassificationSide(EstimatorKernels kernels) {
        kernels.register("sklearn.linear_model.LogisticRegression", (EstimatorKernels.Classifier) (x, classes, codes, spec) ->
                io.stratum.runtime.kernels.classify.LogisticRegressionKernel.fit(x, classes, codes,
                        new io.stratum.runtime.kernels.classify.LogisticRegressionParams(spec.doubleParam("C"),
                                spec.boolParam("fit_intercept"), (int) spec.doubleParam("max_iter"),
                                spec.doubleParam("tol"), classWeights(spec.param("class_weight")))));
        kernels.register("sklearn.linear_model.RidgeClassifier", (EstimatorKernels.Classifier) (x, classes, codes, spec) ->
                io.stratum.runtime.kernels.classify.RidgeClassifierKernel.fit(x, classes, codes,
                        new RidgeParams(spec.doubleParam("alpha"), spec.boolParam("fit_intercept"))));
        kernels.register("sklearn.dummy.DummyClassifier", (EstimatorKernels.Classifier) (x, classes, codes, spec) -> {
            var strategy = io.stratum.runtime.kernels.classify.DummyClassifierKernel.Strategy.valueOf(
                    spec.stringParam("strategy").toUpperCase(java.util.Locale.ROOT));
            int constant = -1;
            if (strategy == io.stratum.runtime.kernels.classify.DummyClassifierKernel.Strategy.CONSTANT) {
                io.stratum.ir.value.Const value = spec.param("constant");
                constant = java.util.Arrays.asList(classes.displayNames()).indexOf(className(value));
                if (value instanceof io.stratum.ir.value.Const.NoneConst || constant < 0) {
                    throw new io.stratum.runtime.data.DataException("DummyClassifier: the constant target value must be present in the"
                            + " training data; you provided constant=" + value.repr() + ", possible values are "
                            + java.util.Arrays.toString(classes.displayNames()));
                }
            }
            return io.stratum.runtime.kernels.classify.DummyClassifierKernel.fit(classes, codes, strategy, constant);
        });
    }

    /** A class label in a parameter, as {@code ClassLabels.displayName} prints classes, so the two can be matched. */
    private static String className(io.stratum.ir.value.Const value) {
        return switch (value) {
            case io.stratum.ir.value.Const.StrConst str -> str.value();
            case io.stratum.ir.value.Const.IntConst i -> Long.toString(i.value());
            case io.stratum.ir.value.Const.FloatConst f -> io.stratum.ir.value.PyFormat.floatRepr(f.value());
            case io.stratum.ir.value.Const.BoolConst b -> b.value() ? "True" : "False";
            default -> value.repr();
        };
    }

    private static io.stratum.runtime.kernels.classify.ClassWeights classWeights(io.stratum.ir.value.Const value) {
        return switch (value) {
            case io.stratum.ir.value.Const.NoneConst n -> new io.stratum.runtime.kernels.classify.ClassWeights.Uniform();
            case io.stratum.ir.value.Const.StrConst str when str.value().equals("balanced") ->
                    new io.stratum.runtime.kernels.classify.ClassWeights.Balanced();
            case io.stratum.ir.value.Const.DictConst d -> {
                java.util.Map<String, Double> byClass = new java.util.HashMap<>();
                for (int i = 0; i < d.keys().size(); i++) {
                    byClass.put(className(d.keys().get(i)), classWeightValue(d.values().get(i)));
                }
                yield new io.stratum.runtime.kernels.classify.ClassWeights.Given(byClass);
            }
            default -> throw new io.stratum.runtime.data.DataException("class_weight must be None, 'balanced' or a dict from class to weight,"
                    + " got " + value.repr());
        };
    }

    private static double classWeightValue(io.stratum.ir.value.Const value) {
        return switch (value) {
            case io.stratum.ir.value.Const.IntConst i -> i.value();
            case io.stratum.ir.value.Const.FloatConst f -> f.value();
            default -> throw new io.stratum.runtime.data.DataException("a class_weight value must be a number, got "
                    + value.repr());
        };
    }

            }
        registerClassificationSide(kernels);

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
