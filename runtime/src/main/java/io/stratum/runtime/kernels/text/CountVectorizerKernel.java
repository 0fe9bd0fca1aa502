package io.stratum.runtime.kernels.text;

import io.stratum.runtime.data.PythonOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * scikit-learn's {@code CountVectorizer} without {@code max_features}: the n-grams seen in training whose document
 * frequency is within {@code min_df} and {@code max_df} are the features, sorted as Python sorts strings (by code
 * point).
 */
public final class CountVectorizerKernel {
    private CountVectorizerKernel() {
    }

    /**
     * A bound on how many training documents may contain a feature: an int count, or a float proportion of the
     * documents (scikit-learn's {@code min_df}/{@code max_df}, {@code proportion * n_documents}, unrounded).
     */
    public record DocumentCount(double value, boolean proportion) {
        /** scikit-learn's defaults: {@code min_df=1}, {@code max_df=1.0}. */
        public static final DocumentCount MIN_DEFAULT = new DocumentCount(1, false);
        public static final DocumentCount MAX_DEFAULT = new DocumentCount(1.0, true);

        public DocumentCount {
            if (proportion ? !(value >= 0.0 && value <= 1.0) : value < 1 || value != Math.rint(value)) {
                throw new IllegalArgumentException("must be a float in the range [0.0, 1.0] or an int in the range"
                        + " [1, inf), got " + value);
            }
        }

        double documents(int n) {
            return proportion ? value * n : value;
        }
    }

    /** Every n-gram of the training documents is a feature (scikit-learn's defaults {@code min_df=1, max_df=1.0}). */
    public static FittedCountVectorizer fit(String[] documents, TextAnalyzer analyzer, boolean binary) {
        return everyNgram(documents, analyzer, binary);
    }

    /**
     * The n-grams of the training documents contained in at least {@code minDf} and at most {@code maxDf} of them,
     * with scikit-learn's errors: "max_df corresponds to < documents than min_df", "After pruning, no terms remain".
     */
    public static FittedCountVectorizer fit(String[] documents, TextAnalyzer analyzer, boolean binary,
                                            DocumentCount minDf, DocumentCount maxDf) {
        FittedCountVectorizer all = everyNgram(documents, analyzer, binary);
        double low = minDf.documents(documents.length);
        double high = maxDf.documents(documents.length);
        if (high < low) {
            throw new IllegalArgumentException("max_df corresponds to < documents than min_df");
        }
        if (low <= 1 && high >= documents.length) {
            // Every feature occurs in at least one and at most all of the documents.
            return all;
        }
        int[] df = all.transform(documents).documentFrequencies();
        List<String> kept = new ArrayList<>();
        for (int j = 0; j < df.length; j++) {
            if (df[j] >= low && df[j] <= high) {
                kept.add(all.featureNames().get(j));
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("After pruning, no terms remain. Try a lower min_df or a higher max_df.");
        }
        return new FittedCountVectorizer(analyzer, binary, kept);
    }

    private static FittedCountVectorizer everyNgram(String[] documents, TextAnalyzer analyzer, boolean binary) {
        // Each distinct document is analyzed once: the vocabulary is the union of their n-grams either way.
        Set<String> distinct = new HashSet<>(java.util.Arrays.asList(documents));
        Set<String> seen = new HashSet<>();
        for (String doc : distinct) {
            seen.addAll(analyzer.analyze(doc));
        }
        if (seen.isEmpty()) {
            throw new IllegalArgumentException("empty vocabulary; perhaps the documents only contain stop words");
        }
        List<String> features = new ArrayList<>(seen);
        features.sort(PythonOrder::compareStrings);
        return new FittedCountVectorizer(analyzer, binary, features);
    }
}
