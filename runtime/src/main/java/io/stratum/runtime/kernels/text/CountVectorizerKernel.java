package io.stratum.runtime.kernels.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * scikit-learn's {@code CountVectorizer} with {@code min_df=1}, {@code max_df=1.0} and no {@code max_features}:
 * every n-gram seen in training is a feature, features are sorted as Python sorts strings (by code point).
 */
public final class CountVectorizerKernel {
    private CountVectorizerKernel() {
    }

    public static FittedCountVectorizer fit(String[] documents, TextAnalyzer analyzer, boolean binary) {
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
        features.sort(CountVectorizerKernel::compareCodePoints);
        return new FittedCountVectorizer(analyzer, binary, features);
    }

    /** Python's string order: by code point, which differs from Java's UTF-16 order beyond the BMP. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
