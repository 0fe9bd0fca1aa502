package io.stratum.runtime.exec;

import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.decompose.FittedPca;
import io.stratum.runtime.kernels.decompose.PcaKernel;
import io.stratum.runtime.kernels.decompose.RandomizedSvd;
import io.stratum.runtime.kernels.decompose.TruncatedSvdKernel;

/** Binds scikit-learn's matrix decompositions (PCA, TruncatedSVD of a frame) to {@code runtime.kernels.decompose}. */
final class DecompositionEstimators {
    private DecompositionEstimators() {
    }

    static void register(EstimatorKernels kernels) {
        kernels.register("sklearn.decomposition.TruncatedSVD", TRUNCATED_SVD_OF_FRAME);
        kernels.register("sklearn.decomposition.PCA", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                return PcaKernel.fit(columns, params(spec));
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ((FittedPca) fitted).transform(memory, columns);
            }
        });
    }

    /**
     * TruncatedSVD of a frame's columns (skrub wraps it per frame): scikit-learn's randomized SVD of them, uncentered,
     * the output columns named {@code truncatedsvd0, ...} as its {@code get_feature_names_out}. Its matrix input (a
     * text vectorizer's) is {@link TextEstimators}'.
     */
    private static final EstimatorKernels.Transformer TRUNCATED_SVD_OF_FRAME = new EstimatorKernels.Transformer() {
        @Override
        public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
            io.stratum.runtime.data.CsrMatrix x = TruncatedSvdKernel.matrixOf(columns);
            return new FittedFrameSvd(columns.columnNames(), (TruncatedSvdKernel.Fitted) TextEstimators.truncatedSvd()
                    .fit(RuntimeValue.Matrix.of(x), spec));
        }

        @Override
        public Table transform(MemoryContext memory, Object fitted, Table columns) {
            FittedFrameSvd svd = (FittedFrameSvd) fitted;
            for (String name : svd.columns()) {
                if (!columns.hasColumn(name)) {
                    throw new DataException("TruncatedSVD was fitted on column '" + name + "', which the input lacks");
                }
            }
            double[] out = svd.fitted().transform(TruncatedSvdKernel.matrixOf(columns.select(svd.columns())));
            int k = svd.fitted().k();
            int n = columns.rowCount();
            java.util.List<io.stratum.runtime.data.Column> result = new java.util.ArrayList<>(k);
            for (int c = 0; c < k; c++) {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = out[i * k + c];
                }
                result.add(io.stratum.runtime.data.Float64Column.of(memory, "truncatedsvd" + c, v));
            }
            return Table.of(result);
        }
    };

    /** A TruncatedSVD fitted on the named columns of a frame. */
    record FittedFrameSvd(java.util.List<String> columns, TruncatedSvdKernel.Fitted fitted) {
    }

    static PcaKernel.Params params(EstimatorSpec spec) {
        if (spec.stringParam("svd_solver").equals("arpack") && spec.doubleParam("tol") > 0) {
            throw new DataException("PCA: svd_solver='arpack' with tol=" + spec.param("tol").repr() + " stops ARPACK's"
                    + " iteration early, at a point that depends on its internals; Stratum computes the converged"
                    + " triplets of tol=0 (the default): leave tol out");
        }
        Const power = spec.param("iterated_power");
        Integer iterations = switch (power) {
            case Const.StrConst s when s.value().equals("auto") -> null;
            case Const.IntConst i when i.value() >= 0 -> (int) i.value();
            default -> throw new DataException("PCA: iterated_power must be 'auto' or a non-negative int, got "
                    + power.repr());
        };
        Const seed = spec.param("random_state");
        Long random = switch (seed) {
            case Const.NoneConst n -> null;
            case Const.IntConst i -> i.value();
            default -> throw new DataException("PCA: random_state must be an int or None, got " + seed.repr());
        };
        return new PcaKernel.Params(components(spec.param("n_components")), spec.boolParam("whiten"),
                PcaKernel.Solver.parse(spec.stringParam("svd_solver")), iterations,
                (int) spec.doubleParam("n_oversamples"),
                RandomizedSvd.Normalizer.parse(spec.stringParam("power_iteration_normalizer")), random);
    }

    private static PcaKernel.Components components(Const value) {
        return switch (value) {
            case Const.NoneConst n -> PcaKernel.Components.ALL;
            case Const.IntConst i when i.value() >= 0 && i.value() <= Integer.MAX_VALUE ->
                    new PcaKernel.Components((int) i.value(), null, false);
            case Const.FloatConst f when f.value() > 0.0 && f.value() < 1.0 ->
                    new PcaKernel.Components(null, f.value(), false);
            case Const.StrConst s when s.value().equals("mle") -> new PcaKernel.Components(null, null, true);
            default -> throw new DataException("PCA: n_components must be None, a non-negative int, a float strictly"
                    + " between 0 and 1 or 'mle', got " + value.repr());
        };
    }
}
