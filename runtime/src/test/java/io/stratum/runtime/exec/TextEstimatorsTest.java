package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.CsrMatrix;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.decompose.TruncatedSvdKernel;
import io.stratum.runtime.kernels.text.FittedCountVectorizer;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text vectorizers as scripts configure them (catalog parameters, {@code min_df}/{@code max_df} as counts and
 * proportions, {@code max_features}, a fixed {@code vocabulary}, other {@code token_pattern}s) against scikit-learn 1.9 on the committed movie titles ({@code make_text_reference.py}): vocabulary,
 * the first rows entry by entry, every column's sum; and the refusals skrub and scikit-learn make.
 */
class TextEstimatorsTest {
    private static final EstimatorKernels KERNELS = EstimatorKernels.standard();

    private static Const pair(long a, long b) {
        return new Const.ListConst(List.of(Const.of(a), Const.of(b)), true);
    }

    private static EstimatorSpec spec(String name) {
        String count = "sklearn.feature_extraction.text.CountVectorizer";
        String tfidf = "sklearn.feature_extraction.text.TfidfVectorizer";
        return switch (name) {
            case "CountVectorizer(min_df=2)" -> TestPlans.estimator(count, "min_df", 2);
            case "CountVectorizer(min_df=0.01)" -> TestPlans.estimator(count, "min_df", 0.01);
            case "CountVectorizer(max_df=0.02)" -> TestPlans.estimator(count, "max_df", 0.02);
            case "CountVectorizer(max_df=5, min_df=2)" -> TestPlans.estimator(count, "max_df", 5, "min_df", 2);
            case "CountVectorizer(min_df=3, ngram_range=(1, 2), binary=True)" ->
                    TestPlans.estimator(count, "min_df", 3, "ngram_range", pair(1, 2), "binary", true);
            case "TfidfVectorizer(min_df=2)" -> TestPlans.estimator(tfidf, "min_df", 2);
            case "TfidfVectorizer(min_df=0.005, analyzer='char_wb', ngram_range=(2, 3))" ->
                    TestPlans.estimator(tfidf, "min_df", 0.005, "analyzer", "char_wb", "ngram_range", pair(2, 3));
            case "TfidfVectorizer(max_df=0.5, sublinear_tf=True, norm='l1')" ->
                    TestPlans.estimator(tfidf, "max_df", 0.5, "sublinear_tf", true, "norm", "l1");
            case "CountVectorizer(stop_words='english', ngram_range=(1, 2))" ->
                    TestPlans.estimator(count, "stop_words", "english", "ngram_range", pair(1, 2));
            case "TfidfVectorizer(strip_accents='ascii', stop_words=['the', 'of', 'and'])" ->
                    TestPlans.estimator(tfidf, "strip_accents", "ascii", "stop_words",
                            Const.ofStrings(List.of("the", "of", "and")));
            case "CountVectorizer(strip_accents='unicode', analyzer='char', ngram_range=(1, 2), lowercase=False)" ->
                    TestPlans.estimator(count, "strip_accents", "unicode", "analyzer", "char", "ngram_range", pair(1, 2),
                            "lowercase", false);
            case "CountVectorizer(max_features=39)" -> TestPlans.estimator(count, "max_features", 39);
            case "CountVectorizer(max_features=33, binary=True)" ->
                    TestPlans.estimator(count, "max_features", 33, "binary", true);
            case "TfidfVectorizer(max_features=120, ngram_range=(1, 2), min_df=2)" ->
                    TestPlans.estimator(tfidf, "max_features", 120, "ngram_range", pair(1, 2), "min_df", 2);
            case "CountVectorizer(vocabulary=['the', 'love', 'of', 'Star', 'war', 'zzz'])" ->
                    TestPlans.estimator(count, "vocabulary", Const.ofStrings(List.of("the", "love", "of", "Star", "war",
                            "zzz")));
            case "TfidfVectorizer(vocabulary={'war': 2, 'star': 0, 'night': 1, 'the': 3})" ->
                    TestPlans.estimator(tfidf, "vocabulary", vocabulary(List.of("war", "star", "night", "the"),
                            List.of(2L, 0L, 1L, 3L)));
            case "CountVectorizer(token_pattern=one_or_more_word_chars)" ->
                    TestPlans.estimator(count, "token_pattern", "(?u)\\b\\w+\\b");
            case "CountVectorizer(token_pattern=capitalized, lowercase=False)" ->
                    TestPlans.estimator(count, "token_pattern", "[A-Z][a-z]+", "lowercase", false);
            case "TfidfVectorizer(token_pattern=word_before_space_group)" ->
                    TestPlans.estimator(tfidf, "token_pattern", "(\\w+)\\s");
            case "CountVectorizer(token_pattern=digits_or_long_words, ngram_range=(1, 2))" ->
                    TestPlans.estimator(count, "token_pattern", "\\d+|[^\\W\\d]{4,}", "ngram_range", pair(1, 2));
            case "CountVectorizer(token_pattern=words_with_apostrophes, stop_words='english')" ->
                    TestPlans.estimator(count, "token_pattern", "[\\w']+", "stop_words", "english");
            case "HashingVectorizer(token_pattern=one_or_more_word_chars, n_features=256)" ->
                    TestPlans.estimator("sklearn.feature_extraction.text.HashingVectorizer", "token_pattern",
                            "(?u)\\b\\w+\\b", "n_features", 256);
            default -> throw new AssertionError("no case " + name);
        };
    }

    private static Const vocabulary(List<String> terms, List<Long> indices) {
        List<Const> keys = new ArrayList<>();
        List<Const> values = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            keys.add(Const.of(terms.get(i)));
            values.add(Const.of(indices.get(i)));
        }
        return new Const.DictConst(keys, values);
    }

    private static RuntimeValue.Series titles(Table t, int from, int to) {
        int[] rows = new int[to - from];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = from + i;
        }
        return new RuntimeValue.Series(t.column("title").take(rows));
    }

    @Test
    void vocabulariesAndMatricesWithDocumentFrequencyLimitsAreScikitLearns() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table movies = CsvReader.read(ctx, TestPlans.repoRoot().resolve("examples/data/movie-titles.csv"));
            RuntimeValue train = titles(movies, 0, 2000);
            RuntimeValue test = titles(movies, 2000, movies.rowCount());
            String current = null;
            EstimatorKernels.MatrixTransformer kernel = null;
            Object fitted = null;
            CsrMatrix[] outputs = null;
            int checked = 0;
            for (Map<String, String> r : Reference.rows("text_document_frequency.csv")) {
                String name = r.get("case");
                EstimatorSpec spec = spec(name);
                if (!name.equals(current)) {
                    current = name;
                    kernel = KERNELS.matrixTransformer(spec);
                    fitted = kernel.fit(train, spec);
                    outputs = new CsrMatrix[] {kernel.transform(fitted, train, spec).sparse(),
                            kernel.transform(fitted, test, spec).sparse()};
                }
                String split = r.get("split");
                if (split.equals("vocabulary")) {
                    List<String> names = fitted instanceof TextEstimators.FittedTfidfVectorizer v
                            ? v.counts().featureNames() : ((FittedCountVectorizer) fitted).featureNames();
                    assertEquals(List.of(r.get("values").split("\\|")), names, name + " vocabulary");
                    assertEquals(names.size(), outputs[0].cols(), name + " columns");
                    checked++;
                    continue;
                }
                CsrMatrix x = outputs[split.startsWith("train") ? 0 : 1];
                if (split.endsWith("_column_sums")) {
                    double[] sums = new double[x.cols()];
                    for (int p = 0; p < x.nonZeros(); p++) {
                        sums[x.indices()[p]] += x.data()[p];
                    }
                    Reference.assertAllClose(Reference.numbers(r.get("values")), sums, name + " " + split);
                    checked++;
                    continue;
                }
                int row = Integer.parseInt(r.get("row"));
                double[] expected = Reference.numbers(r.get("values"));
                int stored = x.indptr()[row + 1] - x.indptr()[row];
                assertEquals(expected.length, 2 * stored, name + " " + split + " row " + row + " entries");
                // scipy keeps a row's entries in the order scikit-learn stored them; compare them by column.
                for (int t = 0; t < stored; t++) {
                    int column = (int) expected[t];
                    Reference.assertClose(expected[stored + t], x.get(row, column),
                            name + " " + split + " row " + row + " column " + column);
                }
                checked++;
            }
            // 21 vectorizers with a vocabulary row, one HashingVectorizer without
            assertEquals(21 * (1 + 2 * 41) + 2 * 41, checked);
        }
    }

    /**
     * TruncatedSVD of a frame's columns, as skrub applies it (wrapped per frame): scikit-learn's randomized SVD of the
     * uncentered columns, outputs named truncatedsvd0, ...; fit_transform's rows and transform's held-out rows within
     * 1e-9 (relative to 1 or the value) of scikit-learn's.
     */
    @Test
    void truncatedSvdOfAFrameIsScikitLearns() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table weather = CsvReader.read(ctx, TestPlans.seattleWeather())
                    .select(List.of("precipitation", "temp_max", "temp_min", "wind"));
            int[] first = new int[1000];
            int[] rest = new int[weather.rowCount() - 1000];
            for (int i = 0; i < weather.rowCount(); i++) {
                if (i < 1000) {
                    first[i] = i;
                } else {
                    rest[i - 1000] = i;
                }
            }
            Table train = weather.take(first);
            Table test = weather.take(rest);
            String current = null;
            Object fitted = null;
            Table[] outputs = null;
            int checked = 0;
            for (Map<String, String> r : Reference.rows("text_svd_frame.csv")) {
                String name = r.get("case");
                EstimatorSpec spec = name.startsWith("TruncatedSVD(n_components=2,")
                        ? TestPlans.estimator("sklearn.decomposition.TruncatedSVD", "random_state", 0)
                        : TestPlans.estimator("sklearn.decomposition.TruncatedSVD", "n_components", 3, "random_state", 4,
                                "n_iter", 2, "power_iteration_normalizer", "QR");
                EstimatorKernels.Transformer kernel = KERNELS.transformer(spec, io.stratum.ir.node.Origin.NONE);
                if (!name.equals(current)) {
                    current = name;
                    fitted = kernel.fit(ctx, train, spec);
                    outputs = new Table[] {kernel.transform(ctx, fitted, train), kernel.transform(ctx, fitted, test)};
                }
                switch (r.get("split")) {
                    case "names" -> assertEquals(List.of(r.get("values").split(" ")), outputs[0].columnNames(), name);
                    case "singular_values" -> Reference.assertAllClose(Reference.numbers(r.get("values")),
                            ((DecompositionEstimators.FittedFrameSvd) fitted).fitted().singularValues(), name);
                    default -> {
                        Table out = outputs[r.get("split").equals("train") ? 0 : 1];
                        int row = Integer.parseInt(r.get("row"));
                        double[] expected = Reference.numbers(r.get("values"));
                        for (int c = 0; c < expected.length; c++) {
                            double actual = out.column(c).toDoubleArray()[row];
                            assertTrue(Math.abs(expected[c] - actual) <= 1e-9 * Math.max(1.0, Math.abs(expected[c])),
                                    name + " " + r.get("split") + " row " + row + ": expected " + expected[c] + ", got "
                                            + actual);
                        }
                    }
                }
                checked++;
            }
            assertEquals(2 * (2 + 112 + 52), checked);
        }
    }

    @Test
    void limitsThatLeaveNoTermOrCrossAreScikitLearnsErrors() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table movies = CsvReader.read(ctx, TestPlans.repoRoot().resolve("examples/data/movie-titles.csv"));
            RuntimeValue train = titles(movies, 0, 200);
            String count = "sklearn.feature_extraction.text.CountVectorizer";
            EstimatorSpec crossed = TestPlans.estimator(count, "min_df", 5, "max_df", 2);
            DataException e = assertThrows(DataException.class, () -> KERNELS.matrixTransformer(crossed).fit(train, crossed));
            assertEquals("CountVectorizer: max_df corresponds to < documents than min_df", e.getMessage());
            EstimatorSpec none = TestPlans.estimator(count, "min_df", 150);
            e = assertThrows(DataException.class, () -> KERNELS.matrixTransformer(none).fit(train, none));
            assertEquals("CountVectorizer: After pruning, no terms remain. Try a lower min_df or a higher max_df.",
                    e.getMessage());
            EstimatorSpec bad = TestPlans.estimator(count, "min_df", 1.5);
            e = assertThrows(DataException.class, () -> KERNELS.matrixTransformer(bad).fit(train, bad));
            assertTrue(e.getMessage().contains("'min_df' parameter of CountVectorizer must be a float in the range"),
                    e.getMessage());
        }
    }

    /**
     * TruncatedSVD(algorithm="arpack") against scikit-learn's (scipy's ARPACK at tol=0) on wide TF-IDF matrices (fewer
     * rows than columns), a tall count matrix and the weather frame: singular values, components and projected rows
     * within 1e-9 (relative to 1 or the value); measured up to 2e-12.
     */
    @Test
    void arpackTruncatedSvdIsScikitLearnsConvergedSvd() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table movies = CsvReader.read(ctx, TestPlans.repoRoot().resolve("examples/data/movie-titles.csv"));
            Table weather = CsvReader.read(ctx, TestPlans.seattleWeather())
                    .select(List.of("precipitation", "temp_max", "temp_min", "wind"));
            String current = null;
            TruncatedSvdKernel.Fitted fitted = null;
            double[][] outputs = null;
            int checked = 0;
            for (Map<String, String> r : Reference.rows("text_svd_arpack.csv")) {
                String name = r.get("case");
                if (!name.equals(current)) {
                    current = name;
                    int k = Integer.parseInt(name.substring("arpack n_components=".length(), name.indexOf(' ', 20)));
                    EstimatorSpec svd = TestPlans.estimator("sklearn.decomposition.TruncatedSVD", "n_components", k,
                            "algorithm", "arpack");
                    RuntimeValue train;
                    RuntimeValue test;
                    if (name.endsWith("weather frame")) {
                        int[] first = new int[1000];
                        int[] rest = new int[weather.rowCount() - 1000];
                        for (int i = 0; i < weather.rowCount(); i++) {
                            if (i < 1000) {
                                first[i] = i;
                            } else {
                                rest[i - 1000] = i;
                            }
                        }
                        train = RuntimeValue.Matrix.of(TruncatedSvdKernel.matrixOf(weather.take(first)));
                        test = RuntimeValue.Matrix.of(TruncatedSvdKernel.matrixOf(weather.take(rest)));
                    } else {
                        String vectorizer = name.contains("char_wb") ? "sklearn.feature_extraction.text.TfidfVectorizer"
                                : name.contains("counts") ? "sklearn.feature_extraction.text.CountVectorizer"
                                : "sklearn.feature_extraction.text.TfidfVectorizer";
                        EstimatorSpec v = name.contains("char_wb")
                                ? TestPlans.estimator(vectorizer, "analyzer", "char_wb", "ngram_range", pair(2, 3))
                                : name.contains("counts") ? TestPlans.estimator(vectorizer, "min_df", 20)
                                : TestPlans.estimator(vectorizer);
                        EstimatorKernels.MatrixTransformer vk = KERNELS.matrixTransformer(v);
                        Object fv = vk.fit(titles(movies, 0, 2000), v);
                        train = vk.transform(fv, titles(movies, 0, 2000), v);
                        test = vk.transform(fv, titles(movies, 2000, movies.rowCount()), v);
                    }
                    EstimatorKernels.MatrixTransformer kernel = KERNELS.matrixTransformer(svd);
                    fitted = (TruncatedSvdKernel.Fitted) kernel.fit(train, svd);
                    outputs = new double[][] {kernel.transform(fitted, train, svd).dense(),
                            kernel.transform(fitted, test, svd).dense()};
                }
                double[] expected = Reference.numbers(r.get("values"));
                int row = Integer.parseInt(r.get("row"));
                String what = name + " " + r.get("split") + " " + row;
                switch (r.get("split")) {
                    case "singular_values" -> assertAll(expected, fitted.singularValues(), 0, 1, what);
                    case "component" -> assertAll(expected, fitted.components(), row * fitted.nFeatures(), 4, what);
                    default -> assertAll(expected, outputs[r.get("split").equals("train") ? 0 : 1], row * fitted.k(), 1,
                            what);
                }
                checked++;
            }
            assertEquals(1407, checked);
        }
    }

    @Test
    void arpackRefusesTiedSingularValuesAnEarlyStopAndTooManyComponents() {
        // diag(3, 2, 2, 1): singular values 2 and 2 tie, so the second and third vectors are any basis of their plane.
        CsrMatrix diagonal = new CsrMatrix(4, 4, new int[] {0, 1, 2, 3, 4}, new int[] {0, 1, 2, 3},
                new double[] {3, 2, 2, 1});
        RuntimeValue x = RuntimeValue.Matrix.of(diagonal);
        String name = "sklearn.decomposition.TruncatedSVD";
        EstimatorSpec one = TestPlans.estimator(name, "n_components", 1, "algorithm", "arpack");
        assertEquals(3.0, ((TruncatedSvdKernel.Fitted) KERNELS.matrixTransformer(one).fit(x, one)).singularValues()[0],
                1e-12);
        EstimatorSpec tied = TestPlans.estimator(name, "n_components", 2, "algorithm", "arpack");
        DataException e = assertThrows(DataException.class, () -> KERNELS.matrixTransformer(tied).fit(x, tied));
        assertTrue(e.getMessage().startsWith("TruncatedSVD: algorithm='arpack' needs the first 3 singular values apart,"
                + " but singular values 2 and 3 are equal to 6 digits"), e.getMessage());
        EstimatorSpec early = TestPlans.estimator(name, "n_components", 1, "algorithm", "arpack", "tol", 1e-3);
        e = assertThrows(DataException.class, () -> KERNELS.matrixTransformer(early).fit(x, early));
        assertTrue(e.getMessage().contains("tol=0.001 stops ARPACK's iteration early"), e.getMessage());
        EstimatorSpec four = TestPlans.estimator(name, "n_components", 4, "algorithm", "arpack");
        e = assertThrows(DataException.class, () -> KERNELS.matrixTransformer(four).fit(x, four));
        assertEquals("TruncatedSVD: `k` must be an integer satisfying `0 < k < min(A.shape)`.", e.getMessage());
    }

    /** {@code expected[t]} against {@code actual[offset + t * step]}, within 1e-9 relative to 1 or the value. */
    private static void assertAll(double[] expected, double[] actual, int offset, int step, String what) {
        for (int t = 0; t < expected.length; t++) {
            double a = actual[offset + t * step];
            assertTrue(Math.abs(expected[t] - a) <= 1e-9 * Math.max(1.0, Math.abs(expected[t])), what + " entry " + t
                    + ": expected " + expected[t] + ", got " + a);
        }
    }

    @Test
    void maxFeaturesCuttingThroughEqualCountsIsRefusedWithTheValuesThatAreNot() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table movies = CsvReader.read(ctx, TestPlans.repoRoot().resolve("examples/data/movie-titles.csv"));
            RuntimeValue train = titles(movies, 0, 200);
            String count = "sklearn.feature_extraction.text.CountVectorizer";
            // The 200 titles' most frequent words occur 64, 22, 7, 5, 5, 4, ... times.
            EstimatorSpec tied = TestPlans.estimator(count, "max_features", 4);
            DataException e = assertThrows(DataException.class, () -> KERNELS.matrixTransformer(tied).fit(train, tied));
            assertEquals("CountVectorizer: max_features=4 cuts through 2 terms that each occur 5 times in the training"
                    + " documents (1 of them would be kept): scikit-learn picks those by numpy's unstable argsort, whose"
                    + " choice among equal counts is not specified, so Stratum does not pick one; max_features=3 (the"
                    + " terms occurring more often) or max_features=5 (with all of them) selects the same terms as"
                    + " scikit-learn", e.getMessage());
            for (int unambiguous : new int[] {3, 5}) {
                EstimatorSpec spec = TestPlans.estimator(count, "max_features", unambiguous);
                Object fitted = KERNELS.matrixTransformer(spec).fit(train, spec);
                assertEquals(unambiguous, ((FittedCountVectorizer) fitted).featureNames().size());
            }
        }
    }

    @Test
    void vocabulariesScikitLearnRefusesAreRefusedWithItsMessages() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table movies = CsvReader.read(ctx, TestPlans.repoRoot().resolve("examples/data/movie-titles.csv"));
            RuntimeValue train = titles(movies, 0, 50);
            String count = "sklearn.feature_extraction.text.CountVectorizer";
            Map<String, Const> cases = new java.util.LinkedHashMap<>();
            cases.put("Duplicate term in vocabulary: 'war'", Const.ofStrings(List.of("war", "star", "war")));
            cases.put("Vocabulary contains repeated indices.", vocabulary(List.of("a", "b"), List.of(0L, 0L)));
            cases.put("Vocabulary of size 2 doesn't contain index 1.", vocabulary(List.of("a", "b"), List.of(0L, 2L)));
            cases.put("empty vocabulary passed to fit", Const.ofStrings(List.of()));
            for (Map.Entry<String, Const> c : cases.entrySet()) {
                EstimatorSpec spec = TestPlans.estimator(count, "vocabulary", c.getValue());
                DataException e = assertThrows(DataException.class, () -> KERNELS.matrixTransformer(spec).fit(train, spec));
                assertEquals("CountVectorizer: " + c.getKey(), e.getMessage());
            }
            // A dict literal keeps a repeated key once, with its last value: {'a': 5, 'b': 1, 'a': 0} is {'a': 0, 'b': 1}.
            EstimatorSpec repeated = TestPlans.estimator(count, "vocabulary",
                    vocabulary(List.of("a", "b", "a"), List.of(5L, 1L, 0L)));
            Object fitted = KERNELS.matrixTransformer(repeated).fit(train, repeated);
            assertEquals(List.of("a", "b"), ((FittedCountVectorizer) fitted).featureNames());
        }
    }

    @Test
    void tokenPatternsPythonRefusesOrOutsideTheTranslatedSubsetAreRefusedWithTheirPosition() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table movies = CsvReader.read(ctx, TestPlans.repoRoot().resolve("examples/data/movie-titles.csv"));
            RuntimeValue train = titles(movies, 0, 50);
            String tfidf = "sklearn.feature_extraction.text.TfidfVectorizer";
            EstimatorSpec flags = TestPlans.estimator(tfidf, "token_pattern", "\\w+(?i)");
            DataException e = assertThrows(DataException.class, () -> KERNELS.matrixTransformer(flags).fit(train, flags));
            // Python's re refuses global flags after the start (3.11), in these words.
            assertTrue(e.getMessage().startsWith("TfidfVectorizer: token_pattern '\\\\w+(?i)': global flags not at the start"
                    + " of the expression at position 3"), e.getMessage());
            EstimatorSpec none = TestPlans.estimator(tfidf, "token_pattern", Const.none());
            e = assertThrows(DataException.class, () -> KERNELS.matrixTransformer(none).fit(train, none));
            assertTrue(e.getMessage().contains("token_pattern=None with analyzer='word'"), e.getMessage());
            // Character analyzers never read the pattern, as in scikit-learn.
            EstimatorSpec chars = TestPlans.estimator(tfidf, "token_pattern", "(?i)x", "analyzer", "char");
            KERNELS.matrixTransformer(chars).fit(train, chars);
        }
    }

    @Test
    void aFrameAMissingTitleAndNumbersAreRefusedAsSkrubAndScikitLearnRefuseThem() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table movies = CsvReader.read(ctx, TestPlans.repoRoot().resolve("examples/data/movie-titles.csv"));
            EstimatorSpec tfidf = TestPlans.estimator("sklearn.feature_extraction.text.TfidfVectorizer");
            EstimatorKernels.MatrixTransformer kernel = KERNELS.matrixTransformer(tfidf);
            DataException frame = assertThrows(DataException.class,
                    () -> kernel.fit(new RuntimeValue.Frame(movies.select(List.of("title"))), tfidf));
            assertTrue(frame.getMessage().contains("returned a result of type csr_matrix, but a pandas DataFrame was"
                    + " expected"), frame.getMessage());
            // The genre column has missing values (NaN in pandas).
            DataException missing = assertThrows(DataException.class,
                    () -> kernel.fit(new RuntimeValue.Series(movies.column("genre")), tfidf));
            assertTrue(missing.getMessage().contains("np.nan is an invalid document"), missing.getMessage());
            DataException numbers = assertThrows(DataException.class,
                    () -> kernel.fit(new RuntimeValue.Series(movies.column("imdb_rating")), tfidf));
            assertTrue(numbers.getMessage().contains("holds float64 values"), numbers.getMessage());
        }
    }
}
