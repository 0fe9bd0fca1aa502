package io.stratum.runtime.exec;

import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.kernels.baseline.DummyRegressorKernel;
import io.stratum.runtime.kernels.baseline.FittedDummyRegressor;
import io.stratum.runtime.kernels.encode.CategoryCounts;
import io.stratum.runtime.kernels.encode.FittedOrdinal;
import io.stratum.runtime.kernels.encode.OrdinalEncoderKernel;
import io.stratum.runtime.kernels.encode.OrdinalParams;
import io.stratum.runtime.kernels.impute.ColumnSums;
import io.stratum.runtime.kernels.impute.FittedSimpleImputer;
import io.stratum.runtime.kernels.impute.ImputeStrategy;
import io.stratum.runtime.kernels.impute.SimpleImputerKernel;
import io.stratum.runtime.kernels.linear.CoordinateDescentFit;
import io.stratum.runtime.kernels.linear.CoordinateDescentKernel;
import io.stratum.runtime.kernels.linear.ElasticNetParams;
import io.stratum.runtime.kernels.neighbors.FittedKNeighbors;
import io.stratum.runtime.kernels.neighbors.KNeighborsRegressorKernel;
import io.stratum.runtime.kernels.scale.FittedFeatureScaler;
import io.stratum.runtime.kernels.scale.MaxAbsScalerKernel;
import io.stratum.runtime.kernels.scale.MinMaxScalerKernel;
import io.stratum.runtime.kernels.scale.ColumnRanges;
import io.stratum.runtime.kernels.scale.RobustScalerKernel;
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
import io.stratum.runtime.kernels.scale.ScalerMoments;
import io.stratum.runtime.kernels.scale.ScalerParams;
import io.stratum.runtime.kernels.scale.StandardScalerKernel;

/** Binds scikit-learn's class names to Stratum's kernels, translating parameters from the estimator spec. */
final class StandardEstimators {
    private StandardEstimators() {
    }

    /** Issue 7, classification side: classifiers fitted on label targets. */
    private static void registerClassificationSide(EstimatorKernels kernels) {
        kernels.register("sklearn.linear_model.LogisticRegression", new EstimatorKernels.WeightedClassifier() {
            @Override
            public io.stratum.runtime.kernels.classify.FittedClassifier fitWeighted(FeatureMatrix x,
                    io.stratum.runtime.kernels.classify.ClassLabels classes, int[] codes, double[] w,
                    EstimatorSpec spec) {
                return fit(x, classes, codes, w, spec, io.stratum.ir.physical.LogisticSolvers.LBFGS);
            }

            @Override
            public io.stratum.runtime.kernels.classify.FittedClassifier fit(FeatureMatrix x,
                    io.stratum.runtime.kernels.classify.ClassLabels classes, int[] codes, double[] w,
                    EstimatorSpec spec, String kernel) {
                return io.stratum.runtime.kernels.classify.LogisticRegressionKernel.fit(x, classes, codes,
                        logisticRegression(spec, io.stratum.ir.physical.LogisticSolvers.LBFGS_FLOAT32.equals(kernel)),
                        w);
            }
        });
        kernels.register("sklearn.linear_model.RidgeClassifier",
                (EstimatorKernels.WeightedClassifier) (x, classes, codes, w, spec) ->
                        io.stratum.runtime.kernels.classify.RidgeClassifierKernel.fit(x, classes, codes,
                                new RidgeParams(spec.doubleParam("alpha"), spec.boolParam("fit_intercept")), w));
        kernels.register("sklearn.dummy.DummyClassifier",
                (EstimatorKernels.WeightedClassifier) (x, classes, codes, w, spec) ->
                        dummyClassifier(classes, codes, spec, w));
    }

    private static io.stratum.runtime.kernels.classify.FittedClassifier dummyClassifier(
            io.stratum.runtime.kernels.classify.ClassLabels classes, int[] codes, EstimatorSpec spec, double[] w) {
        {
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
            return io.stratum.runtime.kernels.classify.DummyClassifierKernel.fit(classes, codes, strategy, constant, w);
        }
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

    private static io.stratum.runtime.kernels.classify.LogisticRegressionParams logisticRegression(EstimatorSpec spec,
                                                                                                 boolean float32) {
        return new io.stratum.runtime.kernels.classify.LogisticRegressionParams(spec.doubleParam("C"),
                spec.boolParam("fit_intercept"), (int) spec.doubleParam("max_iter"), spec.doubleParam("tol"),
                classWeights(spec.param("class_weight")), float32);
    }

    static io.stratum.runtime.kernels.classify.ClassWeights classWeights(io.stratum.ir.value.Const value) {
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

    static EstimatorKernels register(EstimatorKernels kernels) {
        registerClassificationSide(kernels);
        kernels.register("sklearn.preprocessing.OneHotEncoder", new CategoryCountsTransformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                return OneHotEncoderKernel.fit(columns, oneHotParams(spec));
            }

            @Override
            Object fromPartitions(java.util.List<java.util.List<CategoryCounts>> counts, EstimatorSpec spec) {
                return OneHotEncoderKernel.fromPartitions(counts, oneHotParams(spec));
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ((FittedOneHot) fitted).transform(memory, columns);
            }
        });
        kernels.register("sklearn.preprocessing.StandardScaler", new EstimatorKernels.PartitionedTransformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                return StandardScalerKernel.fit(columns, scalerParams(spec));
            }

            @Override
            public Object statistics(Table columns, EstimatorSpec spec) {
                return ScalerMoments.of(columns);
            }

            @Override
            @SuppressWarnings("unchecked")
            public Object combine(java.util.List<Object> parts, EstimatorSpec spec) {
                return StandardScalerKernel.fromPartitions((java.util.List<ScalerMoments>) (Object) parts,
                        scalerParams(spec));
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ((FittedStandardScaler) fitted).transform(memory, columns);
            }
        });
        kernels.register("sklearn.linear_model.Ridge", new GramLearner() {
            @Override
            public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
                return RidgeKernel.fit(x, y, ridgeParams(spec, null));
            }

            @Override
            public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec, String kernel) {
                return RidgeKernel.fit(x, y, ridgeParams(spec, kernel));
            }

            @Override
            public Object fitWeighted(FeatureMatrix x, double[] y, double[] w, EstimatorSpec spec) {
                return RidgeKernel.fit(x, y, ridgeParams(spec, null), w);
            }

            @Override
            public boolean centered(EstimatorSpec spec) {
                return spec.boolParam("fit_intercept");
            }

            @Override
            public Object fitShared(GramSource shared, EstimatorSpec spec, String kernel) {
                return RidgeKernel.fit(shared, ridgeParams(spec, kernel), RidgeKernel.GramSolver.of(kernel));
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
            public Object fitWeighted(FeatureMatrix x, double[] y, double[] w, EstimatorSpec spec) {
                return LinearRegressionKernel.fit(x, y, spec.boolParam("fit_intercept"), spec.doubleParam("tol"), w);
            }

            @Override
            public boolean centered(EstimatorSpec spec) {
                return spec.boolParam("fit_intercept");
            }

            @Override
            public Object fitShared(GramSource shared, EstimatorSpec spec, String kernel) {
                return LinearRegressionKernel.fit(shared, spec.boolParam("fit_intercept"), spec.doubleParam("tol"));
            }

            @Override
            public double[] predict(Object fitted, FeatureMatrix x) {
                return ((FittedLinearModel) fitted).predict(x);
            }
        });
        registerRegressionSide(kernels);
        SkrubEstimators.register(kernels);
        FeatureEstimators.register(kernels);
        DecompositionEstimators.register(kernels);
        TextEstimators.register(kernels);
        TreeEstimators.register(kernels);
        BoostingEstimators.register(kernels);
        return kernels;
    }

    /**
     * Ridge's settings: the solver the lowering chose ({@code kernel}, one of {@code RidgeSolvers}), else the one the
     * script wrote; {@code tol} and {@code max_iter} for the conjugate gradient.
     */
    static RidgeParams ridgeParams(EstimatorSpec spec, String kernel) {
        RidgeParams.Solver solver = io.stratum.ir.physical.RidgeSolvers.SPARSE_CG.equals(kernel)
                ? RidgeParams.Solver.SPARSE_CG
                : io.stratum.ir.physical.RidgeSolvers.SVD.equals(kernel) ? RidgeParams.Solver.SVD
                : RidgeParams.Solver.parse(spec.stringParam("solver"));
        int maxIter = spec.param("max_iter") instanceof Const.IntConst i ? (int) i.value() : -1;
        return new RidgeParams(spec.doubleParam("alpha"), spec.boolParam("fit_intercept"), solver,
                spec.doubleParam("tol"), maxIter);
    }

    /** Issue 7, regression side: scalers, imputer, ordinal encoder and regressors. */
    private static void registerRegressionSide(EstimatorKernels kernels) {
        kernels.register("sklearn.preprocessing.MinMaxScaler", new PartitionedFeatureScaler() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                double[] range = pair(spec, "feature_range");
                return MinMaxScalerKernel.fit(columns, range[0], range[1], spec.boolParam("clip"));
            }

            @Override
            public Object statistics(Table columns, EstimatorSpec spec) {
                return ColumnRanges.of(columns, "MinMaxScaler");
            }

            @Override
            @SuppressWarnings("unchecked")
            public Object combine(java.util.List<Object> parts, EstimatorSpec spec) {
                double[] range = pair(spec, "feature_range");
                return MinMaxScalerKernel.fromRanges(ColumnRanges.union((java.util.List<ColumnRanges>) (Object) parts),
                        range[0], range[1], spec.boolParam("clip"));
            }
        });
        kernels.register("sklearn.preprocessing.MaxAbsScaler", new PartitionedFeatureScaler() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                return MaxAbsScalerKernel.fit(columns, spec.boolParam("clip"));
            }

            @Override
            public Object statistics(Table columns, EstimatorSpec spec) {
                return ColumnRanges.of(columns, "MaxAbsScaler");
            }

            @Override
            @SuppressWarnings("unchecked")
            public Object combine(java.util.List<Object> parts, EstimatorSpec spec) {
                return MaxAbsScalerKernel.fromRanges(ColumnRanges.union((java.util.List<ColumnRanges>) (Object) parts),
                        spec.boolParam("clip"));
            }
        });
        kernels.register("sklearn.preprocessing.RobustScaler", new FeatureScaler() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                double[] q = pair(spec, "quantile_range");
                return RobustScalerKernel.fit(columns, spec.boolParam("with_centering"), spec.boolParam("with_scaling"),
                        q[0], q[1]);
            }
        });
        kernels.register("sklearn.impute.SimpleImputer", new EstimatorKernels.PartitionedTransformer() {
            /**
             * Only the mean adds up over partitions; the median and the most frequent value do not (nor, here, which
             * columns had a missing value, so add_indicator fits directly).
             */
            @Override
            public boolean decomposable(EstimatorSpec spec) {
                try {
                    return ImputeStrategy.parse(spec.stringParam("strategy")) == ImputeStrategy.MEAN
                            && !spec.boolParam("add_indicator");
                } catch (RuntimeException e) {
                    return false;  // the direct fit reports the setting at the step's line
                }
            }

            @Override
            public Object statistics(Table columns, EstimatorSpec spec) {
                return ColumnSums.of(columns);
            }

            @Override
            @SuppressWarnings("unchecked")
            public Object combine(java.util.List<Object> parts, EstimatorSpec spec) {
                return SimpleImputerKernel.meanFromPartitions((java.util.List<ColumnSums>) (Object) parts);
            }

            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                Object fill = switch (spec.param("fill_value")) {
                    case Const.NoneConst n -> null;
                    case Const.StrConst str -> str.value();
                    case Const.IntConst i -> (double) i.value();
                    case Const.FloatConst f -> f.value();
                    case Const.BoolConst b -> b.value() ? 1.0 : 0.0;
                    default -> throw new DataException("SimpleImputer: fill_value must be a number or a string, got "
                            + spec.param("fill_value").repr());
                };
                return SimpleImputerKernel.fit(columns, ImputeStrategy.parse(spec.stringParam("strategy")), fill,
                        spec.boolParam("add_indicator"));
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ((FittedSimpleImputer) fitted).transform(memory, columns);
            }
        });
        kernels.register("sklearn.preprocessing.OrdinalEncoder", new CategoryCountsTransformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                return OrdinalEncoderKernel.fit(columns, ordinalParams(spec));
            }

            @Override
            Object fromPartitions(java.util.List<java.util.List<CategoryCounts>> counts, EstimatorSpec spec) {
                return OrdinalEncoderKernel.fromPartitions(counts, ordinalParams(spec));
            }

            private OrdinalParams ordinalParams(EstimatorSpec spec) {
                boolean useEncoded = "use_encoded_value".equals(spec.stringParam("handle_unknown"));
                Const unknown = spec.param("unknown_value");
                if (useEncoded && !(unknown instanceof Const.IntConst)
                        && !(unknown instanceof Const.FloatConst f && Double.isNaN(f.value()))) {
                    throw new DataException("OrdinalEncoder: unknown_value should be an integer or np.nan when"
                            + " handle_unknown is 'use_encoded_value', got " + unknown.repr());
                }
                if (!useEncoded && !(unknown instanceof Const.NoneConst)) {
                    throw new DataException("OrdinalEncoder: unknown_value should only be set when handle_unknown is"
                            + " 'use_encoded_value', got unknown_value=" + unknown.repr());
                }
                return new OrdinalParams(useEncoded, useEncoded ? number(unknown, "unknown_value") : Double.NaN,
                        number(spec.param("encoded_missing_value"), "encoded_missing_value"), infrequent(spec));
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ((FittedOrdinal) fitted).transform(memory, columns);
            }
        });
        kernels.register("sklearn.dummy.DummyRegressor", new EstimatorKernels.Learner() {
            @Override
            public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
                return fitWeighted(x, y, null, spec);
            }

            @Override
            public Object fitWeighted(FeatureMatrix x, double[] y, double[] w, EstimatorSpec spec) {
                Const constant = spec.param("constant");
                return DummyRegressorKernel.fit(y, DummyRegressorKernel.Strategy.valueOf(
                        spec.stringParam("strategy").toUpperCase(java.util.Locale.ROOT)),
                        constant instanceof Const.NoneConst ? null : number(constant, "constant"), w);
            }

            @Override
            public double[] predict(Object fitted, FeatureMatrix x) {
                return ((FittedDummyRegressor) fitted).predict(x);
            }
        });
        kernels.register("sklearn.linear_model.Lasso", new CoordinateDescent() {
            @Override
            public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
                return CoordinateDescentKernel.fit(x, y, elasticNet(spec, 1.0), "Lasso");
            }

            @Override
            public Object fitWeighted(FeatureMatrix x, double[] y, double[] w, EstimatorSpec spec) {
                return CoordinateDescentKernel.fit(x, y, elasticNet(spec, 1.0), "Lasso", w);
            }
        });
        kernels.register("sklearn.linear_model.ElasticNet", new CoordinateDescent() {
            @Override
            public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
                return CoordinateDescentKernel.fit(x, y, elasticNet(spec, spec.doubleParam("l1_ratio")), "ElasticNet");
            }

            @Override
            public Object fitWeighted(FeatureMatrix x, double[] y, double[] w, EstimatorSpec spec) {
                return CoordinateDescentKernel.fit(x, y, elasticNet(spec, spec.doubleParam("l1_ratio")), "ElasticNet", w);
            }
        });
        kernels.register("sklearn.neighbors.KNeighborsClassifier", (EstimatorKernels.Classifier) (x, classes, codes, spec) ->
                io.stratum.runtime.kernels.neighbors.KNeighborsClassifierKernel.fit(x, classes, codes,
                        (int) spec.doubleParam("n_neighbors"), "distance".equals(spec.stringParam("weights")),
                        spec.stringParam("algorithm"), (int) spec.doubleParam("leaf_size")));
        kernels.register("sklearn.neighbors.KNeighborsRegressor", new EstimatorKernels.Learner() {
            @Override
            public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
                return KNeighborsRegressorKernel.fit(x, y, (int) spec.doubleParam("n_neighbors"),
                        "distance".equals(spec.stringParam("weights")), spec.stringParam("algorithm"),
                        (int) spec.doubleParam("leaf_size"));
            }

            @Override
            public double[] predict(Object fitted, FeatureMatrix x) {
                return ((FittedKNeighbors) fitted).predict(x);
            }
        });
    }

    /** The transform shared by the scalers whose fitted state is a {@link FittedFeatureScaler}. */
    /** A {@link FeatureScaler} whose fit is also combined from per-partition statistics. */
    private interface PartitionedFeatureScaler extends FeatureScaler, EstimatorKernels.PartitionedTransformer {
    }

    private interface FeatureScaler extends EstimatorKernels.Transformer {
        @Override
        default Table transform(MemoryContext memory, Object fitted, Table columns) {
            return ((FittedFeatureScaler) fitted).transform(memory, columns);
        }
    }

    /** The prediction shared by Lasso and ElasticNet. */
    /** Lasso's ({@code l1Ratio} 1) or ElasticNet's settings, {@code positive} and {@code selection} included. */
    private static ElasticNetParams elasticNet(EstimatorSpec spec, double l1Ratio) {
        Long randomState = switch (spec.param("random_state")) {
            case Const.NoneConst n -> null;
            case Const.IntConst i when i.value() >= 0 && i.value() <= 0xFFFFFFFFL -> i.value();
            default -> throw new DataException(spec.simpleName() + ": random_state must be None or an integer in "
                    + "[0, 2**32 - 1], got " + spec.param("random_state").repr());
        };
        return new ElasticNetParams(spec.doubleParam("alpha"), l1Ratio, spec.boolParam("fit_intercept"),
                (int) spec.doubleParam("max_iter"), spec.doubleParam("tol"), spec.boolParam("positive"),
                "random".equals(spec.stringParam("selection")), randomState);
    }

    private interface CoordinateDescent extends EstimatorKernels.Learner {
        @Override
        default double[] predict(Object fitted, FeatureMatrix x) {
            return ((CoordinateDescentFit) fitted).predict(x);
        }
    }

    /** OneHotEncoder's {@code min_frequency} (int count, or float fraction in (0, 1)) and {@code max_categories}. */
    private static OneHotParams oneHotParams(EstimatorSpec spec) {
        return new OneHotParams(OneHotParams.HandleUnknown.parse(spec.stringParam("handle_unknown")),
                OneHotParams.Drop.parse(spec.stringParam("drop")), infrequent(spec));
    }

    private static ScalerParams scalerParams(EstimatorSpec spec) {
        return new ScalerParams(spec.boolParam("with_mean"), spec.boolParam("with_std"));
    }

    /** Per column of {@code columns}, in order, the counts of its values (an encoder's per-partition statistics). */
    /**
     * An encoder fitted from category counts: each partition's counts are collected once, and a training set's fit
     * combines its partitions' counts (null when they cannot be combined exactly, so the encoder is fitted directly).
     */
    private abstract static class CategoryCountsTransformer implements EstimatorKernels.PartitionedTransformer {
        abstract Object fromPartitions(java.util.List<java.util.List<CategoryCounts>> counts, EstimatorSpec spec);

        @Override
        public Object statistics(Table columns, EstimatorSpec spec) {
            return categoryCounts(columns);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object combine(java.util.List<Object> parts, EstimatorSpec spec) {
            var counts = (java.util.List<java.util.List<CategoryCounts>>) (Object) parts;
            return CategoryCounts.combinable(counts) ? fromPartitions(counts, spec) : null;
        }
    }

    private static java.util.List<CategoryCounts> categoryCounts(Table columns) {
        java.util.List<CategoryCounts> out = new java.util.ArrayList<>(columns.columnCount());
        for (int j = 0; j < columns.columnCount(); j++) {
            out.add(CategoryCounts.of(columns.column(j)));
        }
        return out;
    }

    /** The encoders' {@code min_frequency} (int count, or float fraction in (0, 1)) and {@code max_categories}. */
    private static OneHotParams.Infrequent infrequent(EstimatorSpec spec) {
        long count = -1;
        double fraction = -1;
        switch (spec.param("min_frequency")) {
            case Const.NoneConst n -> {
            }
            case Const.IntConst i when i.value() >= 1 -> count = i.value();
            case Const.FloatConst f when f.value() > 0 && f.value() < 1 -> fraction = f.value();
            default -> throw new DataException(spec.simpleName() + ": min_frequency must be an int >= 1, a float in (0.0, 1.0)"
                    + " or None, got " + spec.param("min_frequency").repr());
        }
        int max = spec.param("max_categories") instanceof Const.IntConst i ? (int) i.value() : -1;
        return new OneHotParams.Infrequent(count, fraction, max);
    }

    /** A parameter that scikit-learn takes as a pair of numbers, such as {@code feature_range=(0, 1)}. */
    private static double[] pair(EstimatorSpec spec, String name) {
        if (spec.param(name) instanceof Const.ListConst l && l.items().size() == 2) {
            return new double[] {number(l.items().get(0), name), number(l.items().get(1), name)};
        }
        throw new DataException(spec.simpleName() + ": " + name + " must be a pair of numbers such as (0, 1), got "
                + spec.param(name).repr());
    }

    private static double number(Const value, String name) {
        return switch (value) {
            case Const.IntConst i -> i.value();
            case Const.FloatConst f -> f.value();
            default -> throw new DataException(name + " must be a number, got " + value.repr());
        };
    }
}
