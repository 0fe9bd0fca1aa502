package io.stratum.runtime.kernels.decompose;

import io.stratum.runtime.kernels.split.LegacyRandomState;
import io.stratum.runtime.data.CsrMatrix;

/**
 * scikit-learn's {@code TruncatedSVD(algorithm="randomized")}: the randomized SVD of the input, signs fixed so the
 * largest-magnitude entry of each component is positive ({@code svd_flip(u_based_decision=False)}), and the
 * training rows projected on the components.
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
