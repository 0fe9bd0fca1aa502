package io.stratum.runtime.kernels.decompose;

import io.stratum.runtime.kernels.split.LegacyRandomState;
import io.stratum.runtime.data.CsrMatrix;

/**
 * scikit-learn's {@code TruncatedSVD}: the randomized SVD of the input ({@code algorithm="randomized"}) or its exact
 * leading singular triplets ({@code "arpack"}), signs fixed so the largest-magnitude entry of each component is
 * positive ({@code svd_flip(u_based_decision=False)}), and the training rows projected on the components.
 */
public final class TruncatedSvdKernel {
    private TruncatedSvdKernel() {
    }

    /** {@code n_components}, {@code n_iter}, {@code n_oversamples}, {@code power_iteration_normalizer}, seed. */
    public record Params(int nComponents, int nIter, int nOversamples, RandomizedSvd.Normalizer normalizer, long seed) {
        public Params {
            if (nComponents < 1) {
                throw new IllegalArgumentException("n_components must be at least 1, got " + nComponents);
            }
        }
    }

    /** The fitted components (row-major {@code k x n_features}) and singular values. */
    public record Fitted(double[] components, double[] singularValues, int k, int nFeatures) {
        /** {@code X · componentsᵀ}, row-major {@code rows x k}. */
        public double[] transform(CsrMatrix x) {
            if (x.cols() != nFeatures) {
                throw new IllegalArgumentException("X has " + x.cols() + " features, but TruncatedSVD is expecting "
                        + nFeatures + " features as input");
            }
            // Repeated rows (a text column's repeated values) are projected once and copied: the same bits.
            io.stratum.runtime.data.DistinctRows distinct = io.stratum.runtime.data.DistinctRows.of(x);
            if (distinct != null) {
                return distinct.expand(project(distinct.distinct()), k);
            }
            return project(x);
        }

        private double[] project(CsrMatrix x) {
            double[] out = new double[x.rows() * k];
            for (int i = 0; i < x.rows(); i++) {
                for (int p = x.indptr()[i]; p < x.indptr()[i + 1]; p++) {
                    double v = x.data()[p];
                    int j = x.indices()[p];
                    for (int c = 0; c < k; c++) {
                        out[i * k + c] += v * components[c * nFeatures + j];
                    }
                }
            }
            return out;
        }
    }

    /**
     * A frame's columns as the matrix scikit-learn decomposes (every entry stored): numbers and bools only, no missing
     * or infinite value (scikit-learn's "Input X contains NaN"), as it validates a DataFrame.
     */
    public static CsrMatrix matrixOf(io.stratum.runtime.data.Table input) {
        int n = input.rowCount();
        int p = input.columnCount();
        double[][] x = new double[p][];
        for (int j = 0; j < p; j++) {
            io.stratum.runtime.data.Column c = input.column(j);
            if (!c.type().isNumeric() && c.type() != io.stratum.runtime.data.DataType.BOOL) {
                throw new io.stratum.runtime.data.DataException("TruncatedSVD needs numeric columns, but column '"
                        + c.name() + "' is " + c.type().pandasName() + "; encode it first or leave it out of the step");
            }
            x[j] = c.toDoubleArray();
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(x[j][i])) {
                    throw new io.stratum.runtime.data.DataException("TruncatedSVD: column '" + c.name() + "' has "
                            + (Double.isNaN(x[j][i]) ? "a missing value (NaN)" : "an infinite value") + " in row " + i
                            + "; scikit-learn refuses them (Input X contains NaN or infinity): impute them first");
                }
            }
        }
        int[] indptr = new int[n + 1];
        int[] indices = new int[Math.multiplyExact(n, p)];
        double[] data = new double[indices.length];
        for (int i = 0; i < n; i++) {
            indptr[i + 1] = (i + 1) * p;
            for (int j = 0; j < p; j++) {
                indices[i * p + j] = j;
                data[i * p + j] = x[j][i];
            }
        }
        return new CsrMatrix(n, p, indptr, indices, data);
    }

    /**
     * scikit-learn's {@code TruncatedSVD(algorithm="arpack", tol=0)}: the exact leading singular triplets
     * ({@link ExactTruncatedSvd}; scipy's {@code svds} converges to them to rounding), signs fixed as the randomized
     * path fixes them; {@code n_components} must be below both dimensions, as scipy requires.
     */
    public static Fitted fitExact(CsrMatrix x, int nComponents) {
        ExactTruncatedSvd.Result r = ExactTruncatedSvd.compute(x, nComponents, "algorithm='arpack'");
        double[] vt = r.vt();
        SvdFlip.rowsByLargestEntry(vt, r.k(), r.cols());
        return new Fitted(vt, r.s(), r.k(), r.cols());
    }

    public static Fitted fit(CsrMatrix x, Params params) {
        if (params.nComponents() > x.cols()) {
            throw new IllegalArgumentException("n_components(" + params.nComponents() + ") must be <= n_features("
                    + x.cols() + ")");
        }
        RandomizedSvd.Result r = RandomizedSvd.compute(x, params.nComponents(), params.nOversamples(), params.nIter(),
                params.normalizer(), new LegacyRandomState(params.seed()));
        double[] vt = r.vt();
        int p = r.cols();
        SvdFlip.rowsByLargestEntry(vt, r.k(), p);
        return new Fitted(vt, r.s(), r.k(), p);
    }
}
