package io.stratum.runtime.kernels.text;

import io.stratum.runtime.data.CsrMatrix;

/**
 * scikit-learn's {@code TfidfTransformer}: inverse document frequencies from the training rows
 * ({@code idf = ln((1 + n) / (1 + df)) + 1} with {@code smooth_idf}, else {@code ln(n / df) + 1}), then
 * {@code tf · idf} per entry ({@code tf = 1 + ln(tf)} with {@code sublinear_tf}) and row normalization.
 */
public final class TfidfTransformerKernel {
    private TfidfTransformerKernel() {
    }

    /** The parameters scikit-learn names {@code norm}, {@code use_idf}, {@code smooth_idf}, {@code sublinear_tf}. */
    public record Params(Norm norm, boolean useIdf, boolean smoothIdf, boolean sublinearTf) {
        public static final Params DEFAULT = new Params(Norm.L2, true, true, false);
    }

    /** A fitted transformer: the idf per feature (null without {@code use_idf}). */
    public record Fitted(Params params, double[] idf) {
        public CsrMatrix transform(CsrMatrix counts) {
            double[] data = counts.data().clone();
            int[] indices = counts.indices();
            for (int p = 0; p < data.length; p++) {
                double v = data[p];
                if (params.sublinearTf()) {
                    v = Math.log(v) + 1.0;
                }
                if (idf != null) {
                    v *= idf[indices[p]];
                }
                data[p] = v;
            }
            params.norm().apply(counts.indptr(), data);
            return new CsrMatrix(counts.rows(), counts.cols(), counts.indptr(), indices, data);
        }
    }

    public static Fitted fit(CsrMatrix counts, Params params) {
        if (!params.useIdf()) {
            return new Fitted(params, null);
        }
        int n = counts.rows();
        // scikit-learn counts stored entries (bincount of the indices), so explicit zeros count as occurrences
        int[] df = counts.documentFrequencies();
        double[] idf = new double[df.length];
        int smooth = params.smoothIdf() ? 1 : 0;
        for (int j = 0; j < df.length; j++) {
            idf[j] = Math.log((double) (n + smooth) / (df[j] + smooth)) + 1.0;
        }
        return new Fitted(params, idf);
    }
}
