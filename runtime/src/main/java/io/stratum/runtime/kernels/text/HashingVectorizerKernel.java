package io.stratum.runtime.kernels.text;

import io.stratum.runtime.data.CsrMatrix;

import java.util.List;

/**
 * scikit-learn's {@code HashingVectorizer}: each n-gram goes to column {@code |murmurhash3_32(ngram)| mod
 * n_features}, signed by the hash when {@code alternate_sign}, then rows are normalized. Stateless: nothing is
 * learned in fit.
 */
public record HashingVectorizerKernel(TextAnalyzer analyzer, int nFeatures, boolean binary, Norm norm,
                                      boolean alternateSign) {

    public HashingVectorizerKernel {
        if (nFeatures < 1) {
            throw new IllegalArgumentException("n_features must be at least 1, got " + nFeatures);
        }
    }

    public CsrMatrix transform(String[] documents) {
        SparseRowsBuilder rows = new SparseRowsBuilder(documents.length, nFeatures);
        int[] ids = new int[64];
        double[] values = new double[64];
        for (String doc : documents) {
            List<String> grams = analyzer.analyze(doc);
            if (grams.size() > ids.length) {
                ids = new int[grams.size() * 2];
                values = new double[ids.length];
            }
            int count = 0;
            for (String g : grams) {
                int h = MurmurHash3.hash32(g, 0);
                // abs(-2**31) overflows; scikit-learn defines the column for it explicitly
                ids[count] = h == Integer.MIN_VALUE ? (int) ((2147483647L - (nFeatures - 1)) % nFeatures)
                        : Math.abs(h) % nFeatures;
                values[count] = alternateSign && h < 0 ? -1.0 : 1.0;
                count++;
            }
            rows.addRow(ids, values, count);
        }
        CsrMatrix out = rows.build();
        double[] data = out.data();
        if (binary) {
            for (int p = 0; p < data.length; p++) {
                data[p] = 1.0;
            }
        }
        norm.apply(out.indptr(), data);
        return out;
    }
}
