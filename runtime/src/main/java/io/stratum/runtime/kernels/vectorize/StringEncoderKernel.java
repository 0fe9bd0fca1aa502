package io.stratum.runtime.kernels.vectorize;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.decompose.RandomizedSvd;
import io.stratum.runtime.kernels.decompose.TruncatedSvdKernel;
import io.stratum.runtime.kernels.text.CountVectorizerKernel;
import io.stratum.runtime.data.CsrMatrix;
import io.stratum.runtime.kernels.text.FittedCountVectorizer;
import io.stratum.runtime.kernels.text.HashingVectorizerKernel;
import io.stratum.runtime.kernels.text.Norm;
import io.stratum.runtime.kernels.text.TextAnalyzer;
import io.stratum.runtime.kernels.text.TfidfTransformerKernel;
import java.util.function.Function;

/**
 * skrub's {@code StringEncoder} for one string column: TF-IDF of n-grams (or hashed n-grams re-weighted by TF-IDF),
 * cast to float32 as skrub does, reduced by randomized TruncatedSVD to {@code n_components} (kept sparse until the
 * SVD), and divided by the total standard deviation of the training output. Nulls are empty strings.
 * When the TF-IDF matrix is too small for the SVD, its first {@code n_components} columns are kept, as skrub does.
 */
public final class StringEncoderKernel {
    private StringEncoderKernel() {
    }

    /**
     * skrub's parameters; {@code randomState} null is skrub's {@code None}, which Stratum runs as seed 0 so that
     * results are reproducible (skrub draws from numpy's global generator then, so its own runs differ).
     */
    public record Params(int nComponents, String vectorizer, int ngramMin, int ngramMax, String analyzer, Long randomState) {
        public static final Params DEFAULT = new Params(30, "tfidf", 3, 4, "char_wb", null);

        public Params {
            if (!vectorizer.equals("tfidf") && !vectorizer.equals("hashing")) {
                throw new IllegalArgumentException("Unknown vectorizer " + vectorizer + ". Options are 'tfidf' or"
                        + " 'hashing', got '" + vectorizer + "'");
            }
            if (nComponents < 1) {
                throw new IllegalArgumentException("n_components must be at least 1, got " + nComponents);
            }
        }
    }

    /** The documents of a column as skrub feeds them to the vectorizer: nulls become empty strings. */
    static String[] documents(Column column) {
        if (!(column instanceof StringColumn s)) {
            throw new DataException("StringEncoder: column '" + column.name() + "' does not contain strings (its dtype"
                    + " is " + column.type().pandasName() + "); encode it with another transformer or select only"
                    + " string columns");
        }
        String[] out = new String[s.length()];
        if (s.codes() != null) {
            // Dictionary-encoded: one string per distinct value, shared by its rows (the vectorizers analyze each
            // distinct document once).
            int[] codes = s.codes().codes();
            String[] values = s.codes().values();
            for (int i = 0; i < out.length; i++) {
                out[i] = codes[i] < 0 ? "" : values[codes[i]];
            }
            return out;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = s.isNull(i) ? "" : s.getString(i);
        }
        return out;
    }

    public static FittedStringEncoder fit(Column column, Params params) {
        String[] docs = documents(column);
        TextAnalyzer analyzer = new TextAnalyzer(TextAnalyzer.Kind.parse(params.analyzer()), params.ngramMin(),
                params.ngramMax(), true);
        Function<String[], CsrMatrix> vectorize;
        CsrMatrix x;
        if (params.vectorizer().equals("tfidf")) {
            FittedCountVectorizer counts = CountVectorizerKernel.fit(docs, analyzer, false);
            CsrMatrix c = counts.transform(docs);
            TfidfTransformerKernel.Fitted idf = TfidfTransformerKernel.fit(c, TfidfTransformerKernel.Params.DEFAULT);
            vectorize = d -> idf.transform(counts.transform(d)).roundedToFloat32();
            x = idf.transform(c).roundedToFloat32();
        } else {
            HashingVectorizerKernel hashing = new HashingVectorizerKernel(analyzer, 1 << 20, false, Norm.L2, true);
            CsrMatrix h = hashing.transform(docs);
            TfidfTransformerKernel.Fitted idf = TfidfTransformerKernel.fit(h, TfidfTransformerKernel.Params.DEFAULT);
            vectorize = d -> idf.transform(hashing.transform(d)).roundedToFloat32();
            x = idf.transform(h).roundedToFloat32();
        }
        int k = params.nComponents();
        TruncatedSvdKernel.Fitted svd = null;
        double[] result;
        int width;
        if (Math.min(x.rows(), x.cols()) > k) {
            long seed = params.randomState() == null ? 0L : params.randomState();
            svd = TruncatedSvdKernel.fit(x, new TruncatedSvdKernel.Params(k, 5, 10, RandomizedSvd.Normalizer.AUTO, seed));
            svd = roundedComponents(svd);
            result = svd.transform(x);
            width = k;
        } else {
            width = Math.min(k, x.cols());
            result = firstColumns(x, width);
        }
        roundToFloat32(result);
        double scale = scalingFactor(result, x.rows(), width);
        divide(result, scale);
        return new FittedStringEncoder(column.name(), vectorize, svd, width, scale);
    }

    /** scikit-learn keeps float32 components for float32 input; their rounding is part of its transform. */
    private static TruncatedSvdKernel.Fitted roundedComponents(TruncatedSvdKernel.Fitted svd) {
        double[] c = svd.components().clone();
        for (int i = 0; i < c.length; i++) {
            c[i] = (float) c[i];
        }
        return new TruncatedSvdKernel.Fitted(c, svd.singularValues(), svd.k(), svd.nFeatures());
    }

    static double[] firstColumns(CsrMatrix x, int width) {
        double[] out = new double[x.rows() * width];
        for (int i = 0; i < x.rows(); i++) {
            for (int p = x.indptr()[i]; p < x.indptr()[i + 1]; p++) {
                int j = x.indices()[p];
                if (j < width) {
                    out[i * width + j] = x.data()[p];
                }
            }
        }
        return out;
    }

    static void roundToFloat32(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) values[i];
        }
    }

    static void divide(double[] values, double scale) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (values[i] / scale);
        }
    }

    /**
     * skrub's {@code scaling_factor}: the square root of the summed population variances of the output columns, in
     * float32 as numpy computes it on a float32 array, and 1 when it is below 10 float32 epsilons.
     */
    static double scalingFactor(double[] rowMajor, int rows, int width) {
        double total = 0.0;
        for (int c = 0; c < width; c++) {
            double mean = 0.0;
            for (int i = 0; i < rows; i++) {
                mean += rowMajor[i * width + c];
            }
            mean /= rows;
            double ss = 0.0;
            for (int i = 0; i < rows; i++) {
                double d = rowMajor[i * width + c] - mean;
                ss += d * d;
            }
            total += (float) (ss / rows);
        }
        double factor = (float) Math.sqrt((float) total);
        return factor < 10 * Math.ulp(1.0f) ? 1.0 : factor;
    }
}
