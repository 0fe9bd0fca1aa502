package io.stratum.runtime.kernels.text;

import io.stratum.runtime.data.CsrMatrix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted {@code CountVectorizer}: the vocabulary in scikit-learn's order (features sorted by code point) and the
 * analyzer that made it. Transforming counts each known n-gram; unknown ones are ignored.
 */
public final class FittedCountVectorizer {
    private final TextAnalyzer analyzer;
    private final boolean binary;
    private final List<String> features;
    private final Map<String, Integer> index;

    FittedCountVectorizer(TextAnalyzer analyzer, boolean binary, List<String> features) {
        this.analyzer = analyzer;
        this.binary = binary;
        this.features = List.copyOf(features);
        this.index = new HashMap<>(features.size() * 2);
        for (int j = 0; j < features.size(); j++) {
            index.put(features.get(j), j);
        }
    }

    /** scikit-learn's {@code get_feature_names_out()}. */
    public List<String> featureNames() {
        return features;
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }

    public boolean binary() {
        return binary;
    }

    /** The document-term count matrix of {@code documents} (null documents are refused by the caller). */
    public CsrMatrix transform(String[] documents) {
        SparseRowsBuilder rows = new SparseRowsBuilder(documents.length, features.size());
        int[] ids = new int[64];
        double[] ones = new double[64];
        for (String doc : documents) {
            List<String> grams = analyzer.analyze(doc);
            if (grams.size() > ids.length) {
                ids = new int[grams.size() * 2];
                ones = new double[ids.length];
            }
            int count = 0;
            for (String g : grams) {
                Integer j = index.get(g);
                if (j != null) {
                    ids[count] = j;
                    ones[count] = 1.0;
                    count++;
                }
            }
            rows.addRow(ids, ones, count);
        }
        CsrMatrix counts = rows.build();
        if (binary) {
            java.util.Arrays.fill(counts.data(), 1.0);
        }
        return counts;
    }
}
