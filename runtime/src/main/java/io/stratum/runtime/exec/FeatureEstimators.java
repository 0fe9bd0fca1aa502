package io.stratum.runtime.exec;

import io.stratum.ir.logical.NumericFunction;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.NumpyDtype;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.features.FittedKBins;
import io.stratum.runtime.kernels.features.FittedPolynomialFeatures;
import io.stratum.runtime.kernels.features.FittedSplines;
import io.stratum.runtime.kernels.features.FunctionTransformerKernel;
import io.stratum.runtime.kernels.features.KBinsDiscretizerKernel;
import io.stratum.runtime.kernels.features.NumpyQuantiles;
import io.stratum.runtime.kernels.features.PolynomialFeaturesKernel;
import io.stratum.runtime.kernels.features.SplineTransformerKernel;

/** Binds scikit-learn's feature-expanding transformers to {@code runtime.kernels.features}. */
final class FeatureEstimators {
    private FeatureEstimators() {
    }

    /** FunctionTransformer's fitted state: only the function (nothing is learned). */
    private record FittedFunction(NumericFunction function) {
    }

    static void register(EstimatorKernels kernels) {
        kernels.register("sklearn.preprocessing.PolynomialFeatures", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                int[] degrees = degrees(spec.param("degree"));
                return PolynomialFeaturesKernel.fit(columns, degrees[0], degrees[1], spec.boolParam("interaction_only"),
                        spec.boolParam("include_bias"));
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ((FittedPolynomialFeatures) fitted).transform(memory, columns);
            }
        });
        kernels.register("sklearn.preprocessing.SplineTransformer", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                return SplineTransformerKernel.fit(columns, new SplineTransformerKernel.Params(
                        (int) spec.doubleParam("n_knots"), (int) spec.doubleParam("degree"),
                        "quantile".equals(spec.stringParam("knots")),
                        SplineTransformerKernel.Extrapolation.parse(spec.stringParam("extrapolation")),
                        spec.boolParam("include_bias"), "zeros".equals(spec.stringParam("handle_missing"))));
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ((FittedSplines) fitted).transform(memory, columns);
            }
        });
        kernels.register("sklearn.preprocessing.KBinsDiscretizer", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                Const subsample = spec.param("subsample");
                Const seed = spec.param("random_state");
                if (!(seed instanceof Const.NoneConst) && !(seed instanceof Const.IntConst)) {
                    throw new DataException("KBinsDiscretizer: random_state must be an int or None, got " + seed.repr());
                }
                return KBinsDiscretizerKernel.fit(columns, new KBinsDiscretizerKernel.Params(
                        (int) spec.doubleParam("n_bins"), KBinsDiscretizerKernel.Encode.parse(spec.stringParam("encode")),
                        KBinsDiscretizerKernel.Strategy.parse(spec.stringParam("strategy")),
                        NumpyQuantiles.parse(spec.stringParam("quantile_method")),
                        subsample instanceof Const.IntConst i ? i.value() : 0L,
                        seed instanceof Const.IntConst i ? i.value() : null,
                        NumpyDtype.fromConst(spec.param("dtype")) == NumpyDtype.FLOAT32));
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ((FittedKBins) fitted).transform(memory, columns);
            }
        });
        kernels.register("sklearn.preprocessing.FunctionTransformer", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                Const func = spec.param("func");
                if (func instanceof Const.NoneConst) {
                    return new FittedFunction(null);
                }
                NumericFunction function = NumericFunction.fromConst(func);
                if (function == null) {
                    throw new DataException("FunctionTransformer: func must be a numpy function Stratum compiles (np.log,"
                            + " np.log1p, np.exp, np.expm1, np.sqrt, np.square, np.abs, np.fabs, np.sin, np.cos) or None,"
                            + " got " + func.repr());
                }
                return new FittedFunction(function);
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return FunctionTransformerKernel.transform(memory, ((FittedFunction) fitted).function(), columns);
            }
        });
    }

    /** PolynomialFeatures' {@code degree}: an int (min 0) or a (min_degree, max_degree) pair of ints. */
    private static int[] degrees(Const degree) {
        if (degree instanceof Const.IntConst i) {
            return new int[] {0, (int) i.value()};
        }
        if (degree instanceof Const.ListConst l && l.items().size() == 2 && l.items().get(0) instanceof Const.IntConst a
                && l.items().get(1) instanceof Const.IntConst b) {
            return new int[] {(int) a.value(), (int) b.value()};
        }
        throw new DataException("PolynomialFeatures: degree must be a non-negative int or a (min_degree, max_degree)"
                + " tuple of ints, got " + degree.repr());
    }
}
