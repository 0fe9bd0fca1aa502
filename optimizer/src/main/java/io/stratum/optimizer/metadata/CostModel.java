package io.stratum.optimizer.metadata;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;

/**
 * The cost estimate of computing an operator once: rows × columns × a per-operator factor, in units of "one cell
 * touched by a simple loop". The factors are rough ratios measured against one pass of arithmetic over a float
 * column, meant for comparing plans of the same script (how much work sharing saves), not for predicting seconds:
 *
 * <ul>
 *   <li>reading a CSV: {@value #READ} per cell (tokenizing, type inference, building Arrow vectors);</li>
 *   <li>selecting or dropping columns: {@value #VIEW} per output cell (tables share column vectors, so it is
 *       nearly free, but not zero);</li>
 *   <li>arithmetic: {@value #COMPUTE} per row per operator in the expression;</li>
 *   <li>splitting rows at {@code mark_as_X}/{@code mark_as_y}: {@value #COPY} per cell (a gather);</li>
 *   <li>a transformer: {@value #FIT_PASS} per input cell (one pass to fit, one to transform) plus {@value #COPY}
 *       per output cell written;</li>
 *   <li>a text column a {@code StringEncoder} encodes (itself or inside a {@code TableVectorizer}) adds its real cost
 *       shape per value ({@link #stringEncoding}): character n-grams counted into TF-IDF, and scikit-learn's
 *       randomized truncated SVD over them — about 4 x 10^4 per value with skrub's defaults, where the plain
 *       transformer rule counted 32;</li>
 *   <li>a linear learner: Ridge and LinearRegression read the Gram statistics, rows × features² × {@value #GRAM},
 *       which candidates with the same features and target share per fold, then solve from them (features³ / 3 for a
 *       Cholesky, {@value #LSTSQ} times that for LinearRegression's eigendecomposition); with more features than
 *       rows, rows × features² × {@value #GRAM} for Ridge and × {@value #LSTSQ} for LinearRegression (an SVD of the
 *       design); other learners like Ridge's direct fit.</li>
 * </ul>
 */
public final class CostModel {
    static final double READ = 10;
    static final double VIEW = 0.1;
    static final double COMPUTE = 1;
    static final double COPY = 1;
    static final double FIT_PASS = 2;
    static final double GRAM = 1;
    static final double LSTSQ = 4;

    private CostModel() {
    }

    static double read(long rows, int columns) {
        return READ * rows * columns;
    }

    static double view(long rows, int columns) {
        return VIEW * rows * columns;
    }

    static double compute(long rows, int operators) {
        return COMPUTE * rows * operators;
    }

    static double splitRows(long rows, int columns) {
        return COPY * rows * columns;
    }

    static double transformer(long rows, int inputColumns, int outputColumns) {
        return FIT_PASS * rows * inputColumns + COPY * rows * outputColumns;
    }

    /**
     * Characters assumed per text value (the statistics hold no lengths): short labels such as job titles, the text
     * StringEncoder is meant for, are 10-40.
     */
    static final int TEXT_CHARS = 20;
    /** One character n-gram: slice, hash, vocabulary lookup and count, about ten simple-loop cells. */
    static final double NGRAM = 10;
    /** TruncatedSVD's defaults as skrub's StringEncoder runs it: {@code n_iter=5}, {@code n_oversamples=10}. */
    static final int SVD_POWER_ITERATIONS = 5;
    static final int SVD_OVERSAMPLES = 10;

    /**
     * A StringEncoder fitted on {@code rows} values of {@code columns} text columns and transforming them, per value:
     * skrub's {@code char_wb} n-grams of 2 sizes (3 and 4), about one of each per character, at {@value #NGRAM} each;
     * the randomized SVD's {@code 2 n_iter + 2} products of the sparse TF-IDF rows (one entry per n-gram) with
     * {@code n_components + n_oversamples} columns, and its {@code n_iter + 1} QR factorizations of that many columns
     * (2 k² per row); then the transform's product with the {@code n_components} components.
     */
    static double stringEncoding(long rows, int columns, int components) {
        double ngrams = 2.0 * TEXT_CHARS;
        double width = components + SVD_OVERSAMPLES;
        double perValue = ngrams * NGRAM
                + (2.0 * SVD_POWER_ITERATIONS + 2) * ngrams * width
                + (SVD_POWER_ITERATIONS + 1) * 2.0 * width * width
                + ngrams * components;
        return perValue * rows * columns;
    }

    static double learner(String qualifiedName, long rows, int features) {
        if (sharesGram(qualifiedName) && features <= rows) {
            return gramStatistics(rows, features) + solve(qualifiedName, features);
        }
        double factor = qualifiedName.equals("sklearn.linear_model.LinearRegression") ? LSTSQ : GRAM;
        return factor * rows * (double) features * features;
    }

    /**
     * True for the learners whose fit reads X and y only through their Gram statistics, which the runtime computes
     * once per features, target and fold for all of them (as long as there are no more columns than rows).
     */
    static boolean sharesGram(String qualifiedName) {
        return qualifiedName.equals("sklearn.linear_model.Ridge") || qualifiedName.equals("sklearn.linear_model.LinearRegression");
    }

    /** The Gram matrix and X^T y of {@code rows} x {@code features}: rows × features² × {@value #GRAM}. */
    static double gramStatistics(long rows, int features) {
        return GRAM * rows * (double) features * features;
    }

    /**
     * A solve from the Gram statistics: a Cholesky, features³ / 3, for Ridge; an eigendecomposition, {@value #LSTSQ}
     * times that, for LinearRegression.
     */
    static double solve(String qualifiedName, int features) {
        double cholesky = (double) features * features * features / 3.0;
        return qualifiedName.equals("sklearn.linear_model.LinearRegression") ? LSTSQ * cholesky : cholesky;
    }

    /** True when the catalog says {@code qualifiedName} is fitted with a target and predicts. */
    static boolean isLearner(ApiCatalog catalog, String qualifiedName) {
        ApiEntry e = catalog.lookup(qualifiedName);
        return e != null && (e.kind() == EntryKind.REGRESSOR || e.kind() == EntryKind.CLASSIFIER);
    }

    /** A cost as EXPLAIN prints it: a whole number below a billion, three significant digits above. */
    public static String format(double cost) {
        if (cost < 1e9) {
            return Long.toString(Math.round(cost));
        }
        return String.format(java.util.Locale.ROOT, "%.3g", cost);
    }
}
