package io.stratum.runtime.kernels.text;

import io.stratum.runtime.data.CsrMatrix;
import io.stratum.runtime.data.PythonOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * scikit-learn's {@code CountVectorizer}: the n-grams seen in training whose document frequency is within
 * {@code min_df} and {@code max_df} (and, with {@code max_features}, among the most frequent) are the features,
 * sorted as Python sorts strings (by code point); or a fixed {@code vocabulary} in its own order.
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
        return fit(documents, analyzer, binary, minDf, maxDf, 0);
    }

    /**
     * As {@link #fit(String[], TextAnalyzer, boolean, DocumentCount, DocumentCount)}, then, when {@code maxFeatures}
     * is positive and more terms remain, only the {@code maxFeatures} most frequent (summed counts over the training
     * documents, document counts when {@code binary}), as scikit-learn's {@code max_features}. scikit-learn picks them
     * with numpy's unstable argsort, so when terms of equal frequency straddle the cut its choice among them is not
     * specified: that case is refused, naming the tied count and the {@code max_features} values that cut between
     * two frequencies.
     */
    public static FittedCountVectorizer fit(String[] documents, TextAnalyzer analyzer, boolean binary,
                                            DocumentCount minDf, DocumentCount maxDf, int maxFeatures) {
        FittedCountVectorizer all = everyNgram(documents, analyzer, binary);
        double low = minDf.documents(documents.length);
        double high = maxDf.documents(documents.length);
        if (high < low) {
            throw new IllegalArgumentException("max_df corresponds to < documents than min_df");
        }
        boolean limited = maxFeatures > 0 && all.featureNames().size() > maxFeatures;
        if (low <= 1 && high >= documents.length && !limited) {
            // Every feature occurs in at least one and at most all of the documents.
            return all;
        }
        CsrMatrix counts = all.transform(documents);
        int[] df = counts.documentFrequencies();
        List<Integer> kept = new ArrayList<>();
        for (int j = 0; j < df.length; j++) {
            if (df[j] >= low && df[j] <= high) {
                kept.add(j);
            }
        }
        if (maxFeatures > 0 && kept.size() > maxFeatures) {
            kept = mostFrequent(kept, columnSums(counts), maxFeatures);
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("After pruning, no terms remain. Try a lower min_df or a higher max_df.");
        }
        List<String> names = new ArrayList<>(kept.size());
        for (int j : kept) {
            names.add(all.featureNames().get(j));
        }
        return new FittedCountVectorizer(analyzer, binary, names);
    }

    /**
     * A fixed {@code vocabulary}: the terms in column order (a list's order, or a dict's by index, which the caller
     * checked as scikit-learn does); nothing is learned from the documents, and {@code min_df}, {@code max_df} and
     * {@code max_features} do not apply.
     */
    public static FittedCountVectorizer fixed(TextAnalyzer analyzer, boolean binary, List<String> terms) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("empty vocabulary passed to fit");
        }
        return new FittedCountVectorizer(analyzer, binary, terms);
    }

    /** Each column's sum over the rows of {@code m}. */
    private static double[] columnSums(CsrMatrix m) {
        double[] out = new double[m.cols()];
        for (int t = 0; t < m.indptr()[m.rows()]; t++) {
            out[m.indices()[t]] += m.data()[t];
        }
        return out;
    }

    /**
     * The {@code limit} columns of {@code candidates} (in increasing order) with the largest {@code frequency}, kept
     * in their order; refused when the cut falls between columns of equal frequency.
     */
    private static List<Integer> mostFrequent(List<Integer> candidates, double[] frequency, int limit) {
        double[] sorted = new double[candidates.size()];
        for (int t = 0; t < sorted.length; t++) {
            sorted[t] = frequency[candidates.get(t)];
        }
        java.util.Arrays.sort(sorted);
        // sorted ascending: the limit-th largest is at length - limit, the next one below it
        double last = sorted[sorted.length - limit];
        double next = sorted[sorted.length - limit - 1];
        if (last == next) {
            int above = 0;
            int atTie = 0;
            for (double v : sorted) {
                above += v > last ? 1 : 0;
                atTie += v == last ? 1 : 0;
            }
            String count = last == Math.rint(last) ? Long.toString((long) last) : Double.toString(last);
            String fewer = above > 0 ? "max_features=" + above + " (the terms occurring more often) or " : "";
            throw new IllegalArgumentException("max_features=" + limit + " cuts through " + atTie + " terms that each"
                    + " occur " + count + " times in the training documents (" + (limit - above) + " of them would be"
                    + " kept): scikit-learn picks those by numpy's unstable argsort, whose choice among equal counts is"
                    + " not specified, so Stratum does not pick one; " + fewer + "max_features=" + (above + atTie)
                    + " (with all of them) selects the same terms as scikit-learn");
        }
        List<Integer> out = new ArrayList<>(limit);
        for (int j : candidates) {
            if (frequency[j] >= last) {
                out.add(j);
            }
        }
        return out;
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
