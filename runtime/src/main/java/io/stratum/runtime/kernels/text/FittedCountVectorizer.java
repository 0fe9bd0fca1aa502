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

    /**
     * Stored entries {@link #transform} remembers at most for repeated documents (about 24 MiB): a column of distinct
     * documents stops being remembered there, and pays one hash lookup per row.
     */
    static final int MEMO_ENTRIES = 1 << 21;

    /**
     * The document-term count matrix of {@code documents} (null documents are refused by the caller). A document
     * repeated in the column (a job title on many rows) is analyzed once: its row's stored entries are remembered and
     * copied, so the matrix is the same as analyzing every row.
     */
    public CsrMatrix transform(String[] documents) {
        SparseRowsBuilder rows = new SparseRowsBuilder(documents.length, features.size());
        Map<String, SparseRowsBuilder.Row> memo = new HashMap<>();
        long remembered = 0;
        double[] ones = new double[64];
        java.util.Arrays.fill(ones, 1.0);
        for (String doc : documents) {
            SparseRowsBuilder.Row known = memo.get(doc);
            if (known != null) {
                rows.addRow(known);
                continue;
            }
            int[] ids = knownIds(doc);
            if (ids.length > ones.length) {
                ones = new double[ids.length * 2];
                java.util.Arrays.fill(ones, 1.0);
            }
            rows.addRow(ids, ones, ids.length);
            if (remembered < MEMO_ENTRIES) {
                SparseRowsBuilder.Row row = rows.lastRow();
                memo.put(doc, row);
                remembered += row.features().length + 1;
            }
        }
        CsrMatrix counts = rows.build();
        if (binary) {
            java.util.Arrays.fill(counts.data(), 1.0);
        }
        return counts;
    }

    /** The feature ids of {@code doc}'s n-grams in the analyzer's order, unknown n-grams left out. */
    private int[] knownIds(String doc) {
        List<String> grams = analyzer.analyze(doc);
        int[] ids = new int[grams.size()];
        int count = 0;
        for (String g : grams) {
            Integer j = index.get(g);
            if (j != null) {
                ids[count++] = j;
            }
        }
        return count == ids.length ? ids : java.util.Arrays.copyOf(ids, count);
    }
}
