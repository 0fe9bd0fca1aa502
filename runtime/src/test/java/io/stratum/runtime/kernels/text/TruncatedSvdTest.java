package io.stratum.runtime.kernels.text;

import io.stratum.runtime.data.CsrMatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.decompose.RandomizedSvd;
import io.stratum.runtime.kernels.decompose.TruncatedSvdKernel;
import io.stratum.runtime.kernels.split.LegacyRandomState;
import io.stratum.runtime.reference.Reference;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Randomized TruncatedSVD against scikit-learn with the same random_state: numpy's Gaussian draws are reproduced
 * exactly, and the power iterations span the same subspace, so outputs agree to rounding (held to 1e-9 relative to
 * the largest value of the output; the normalizers' different arithmetic is what remains).
 */
class TruncatedSvdTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void gaussianDrawsAreNumpys() {
        LegacyRandomState r = new LegacyRandomState(0);
        // np.random.RandomState(0).normal(size=3)
        assertEquals(1.764052345967664, r.nextGaussian());
        assertEquals(0.4001572083672233, r.nextGaussian());
        assertEquals(0.9787379841057392, r.nextGaussian());
    }

    private static CsrMatrix[] inputs(String name, String[] train, String[] test) {
        TextAnalyzer word = new TextAnalyzer(TextAnalyzer.Kind.WORD, 1, 1, true);
        if (name.endsWith("of word counts")) {
            FittedCountVectorizer v = CountVectorizerKernel.fit(train, word, false);
            return new CsrMatrix[] {v.transform(train), v.transform(test)};
        }
        TextAnalyzer a = name.endsWith("char_wb tfidf") ? new TextAnalyzer(TextAnalyzer.Kind.CHAR_WB, 3, 4, true) : word;
        FittedCountVectorizer v = CountVectorizerKernel.fit(train, a, false);
        TfidfTransformerKernel.Fitted idf = TfidfTransformerKernel.fit(v.transform(train), TfidfTransformerKernel.Params.DEFAULT);
        return new CsrMatrix[] {idf.transform(v.transform(train)), idf.transform(v.transform(test))};
    }

    private static TruncatedSvdKernel.Params params(String name) {
        if (name.startsWith("TruncatedSVD(n_components=5, random_state=0)")) {
            return new TruncatedSvdKernel.Params(5, 5, 10, RandomizedSvd.Normalizer.AUTO, 0);
        }
        if (name.startsWith("TruncatedSVD(n_components=4, random_state=3, n_iter=7)")) {
            return new TruncatedSvdKernel.Params(4, 7, 10, RandomizedSvd.Normalizer.AUTO, 3);
        }
        return new TruncatedSvdKernel.Params(6, 5, 4, RandomizedSvd.Normalizer.QR, 0);
    }

    @Test
    void randomizedSvdMatchesScikitLearnWithTheSameRandomState() {
        try (MemoryContext ctx = MemoryContext.open()) {
            String[] train = TextVectorizersTest.titles(CsvReader.read(ctx, Reference.input("skrub_small_train.csv")));
            String[] test = TextVectorizersTest.titles(CsvReader.read(ctx, Reference.input("skrub_small_test.csv")));
            String current = null;
            double[][] outputs = null;
            TruncatedSvdKernel.Fitted fitted = null;
            int checked = 0;
            for (Map<String, String> r : Reference.rows("text_truncated_svd.csv")) {
                String name = r.get("case");
                if (!name.equals(current)) {
                    current = name;
                    CsrMatrix[] x = inputs(name, train, test);
                    fitted = TruncatedSvdKernel.fit(x[0], params(name));
                    outputs = new double[][] {fitted.transform(x[0]), fitted.transform(x[1])};
                }
                double[] expected = Reference.numbers(r.get("values"));
                int k = fitted.k();
                switch (r.get("split")) {
                    case "singular_values" -> assertNear(expected, fitted.singularValues(), name + " singular values");
                    case "explained_variance_ratio" -> { }
                    default -> {
                        int row = Integer.parseInt(r.get("row"));
                        double[] out = outputs[r.get("split").equals("train") ? 0 : 1];
                        double[] actual = java.util.Arrays.copyOfRange(out, row * k, row * k + k);
                        assertNear(expected, actual, name + " " + r.get("split") + " row " + row);
                    }
                }
                checked++;
            }
            assertTrue(checked > 400, "fixture rows checked: " + checked);
        }
    }

    /**
     * A matrix whose rows repeat (300 titles, each 1 to 7 times, shuffled) is decomposed on its distinct rows, each
     * weighted by its count (RandomizedSvd's distinct-row path): the same singular values and outputs as
     * scikit-learn's over all rows, to the same tolerance.
     */
    @Test
    void repeatedRowsAreDecomposedOnceAndAgreeWithScikitLearn() {
        try (MemoryContext ctx = MemoryContext.open()) {
            String[] docs = TextVectorizersTest.titles(CsvReader.read(ctx, Reference.input("svd_repeated_titles.csv")));
            assertTrue(io.stratum.runtime.data.DistinctRows.of(
                    CountVectorizerKernel.fit(docs, new TextAnalyzer(TextAnalyzer.Kind.WORD, 1, 1, true), false)
                            .transform(docs)).distinct().rows() >= 40, "enough distinct rows for the distinct path");
            String current = null;
            TruncatedSvdKernel.Fitted fitted = null;
            double[] out = null;
            int checked = 0;
            for (Map<String, String> r : Reference.rows("text_svd_repeated_rows.csv")) {
                String name = r.get("case");
                if (!name.equals(current)) {
                    current = name;
                    CsrMatrix x = repeatedInput(name, docs);
                    fitted = TruncatedSvdKernel.fit(x, repeatedParams(name));
                    out = fitted.transform(x);
                }
                double[] expected = Reference.numbers(r.get("values"));
                if (r.get("split").equals("singular_values")) {
                    assertNear(expected, fitted.singularValues(), name + " singular values");
                } else {
                    int row = Integer.parseInt(r.get("row"));
                    int k = fitted.k();
                    assertNear(expected, java.util.Arrays.copyOfRange(out, row * k, row * k + k), name + " row " + row);
                }
                checked++;
            }
            assertEquals(3 + (docs.length + 6) / 7 * 3, checked);
        }
    }

    private static CsrMatrix repeatedInput(String name, String[] docs) {
        TextAnalyzer word = new TextAnalyzer(TextAnalyzer.Kind.WORD, 1, 1, true);
        if (name.endsWith("of word counts")) {
            return CountVectorizerKernel.fit(docs, word, false).transform(docs);
        }
        TextAnalyzer a = name.endsWith("char_wb tfidf") ? new TextAnalyzer(TextAnalyzer.Kind.CHAR_WB, 3, 4, true) : word;
        FittedCountVectorizer v = CountVectorizerKernel.fit(docs, a, false);
        CsrMatrix counts = v.transform(docs);
        return TfidfTransformerKernel.fit(counts, TfidfTransformerKernel.Params.DEFAULT).transform(counts);
    }

    private static TruncatedSvdKernel.Params repeatedParams(String name) {
        if (name.startsWith("TruncatedSVD(n_components=30, random_state=0)")) {
            return new TruncatedSvdKernel.Params(30, 5, 10, RandomizedSvd.Normalizer.AUTO, 0);
        }
        if (name.startsWith("TruncatedSVD(n_components=10, random_state=2, power_iteration_normalizer='QR')")) {
            return new TruncatedSvdKernel.Params(10, 5, 10, RandomizedSvd.Normalizer.QR, 2);
        }
        return new TruncatedSvdKernel.Params(8, 2, 10, RandomizedSvd.Normalizer.AUTO, 1);
    }

    private static void assertNear(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            double scale = Math.max(1.0, Math.abs(expected[i]));
            assertTrue(Math.abs(expected[i] - actual[i]) <= TOLERANCE * scale,
                    what + " [" + i + "]: expected " + expected[i] + ", got " + actual[i]);
        }
    }
}
