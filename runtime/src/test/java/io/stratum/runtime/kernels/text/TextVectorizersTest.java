package io.stratum.runtime.kernels.text;

import io.stratum.runtime.data.CsrMatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Count, TF-IDF and hashing vectorizers against scikit-learn, entry by entry, on train and unseen test text. */
class TextVectorizersTest {

    /** The text column as skrub's StringEncoder feeds it: nulls become empty strings. */
    static String[] titles(Table t) {
        StringColumn c = (StringColumn) t.column("title");
        String[] out = new String[c.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.isNull(i) ? "" : c.getString(i);
        }
        return out;
    }

    /** One configuration: fitted on the training text, it turns any text into a sparse matrix. */
    private static Function<String[], CsrMatrix> vectorizer(String name, String[] train, List<String> vocabulary) {
        TextAnalyzer charWb34 = new TextAnalyzer(TextAnalyzer.Kind.CHAR_WB, 3, 4, true);
        TextAnalyzer word = new TextAnalyzer(TextAnalyzer.Kind.WORD, 1, 1, true);
        return switch (name) {
            case "TfidfVectorizer(analyzer='char_wb', ngram_range=(3, 4))" -> tfidf(train, charWb34, TfidfTransformerKernel.Params.DEFAULT, vocabulary);
            case "TfidfVectorizer(analyzer='char', ngram_range=(2, 3), sublinear_tf=True, norm='l1')" ->
                    tfidf(train, new TextAnalyzer(TextAnalyzer.Kind.CHAR, 2, 3, true),
                            new TfidfTransformerKernel.Params(Norm.L1, true, true, true), vocabulary);
            case "TfidfVectorizer(ngram_range=(1, 2), smooth_idf=False)" -> tfidf(train,
                    new TextAnalyzer(TextAnalyzer.Kind.WORD, 1, 2, true),
                    new TfidfTransformerKernel.Params(Norm.L2, true, false, false), vocabulary);
            case "TfidfVectorizer(lowercase=False, use_idf=False)" -> tfidf(train,
                    new TextAnalyzer(TextAnalyzer.Kind.WORD, 1, 1, false),
                    new TfidfTransformerKernel.Params(Norm.L2, false, true, false), vocabulary);
            case "CountVectorizer(analyzer='char_wb', ngram_range=(3, 4))" -> counts(train, charWb34, false, vocabulary);
            case "CountVectorizer(binary=True)" -> counts(train, word, true, vocabulary);
            case "HashingVectorizer(analyzer='char_wb', ngram_range=(3, 4), n_features=1024)" ->
                    new HashingVectorizerKernel(charWb34, 1024, false, Norm.L2, true)::transform;
            case "HashingVectorizer(n_features=64, alternate_sign=False, norm=None)" ->
                    new HashingVectorizerKernel(word, 64, false, Norm.NONE, false)::transform;
            case "HashingVectorizer(analyzer='char_wb', ngram_range=(3, 4))+TfidfTransformer()" -> {
                HashingVectorizerKernel h = new HashingVectorizerKernel(charWb34, 1 << 20, false, Norm.L2, true);
                TfidfTransformerKernel.Fitted idf = TfidfTransformerKernel.fit(h.transform(train),
                        TfidfTransformerKernel.Params.DEFAULT);
                yield docs -> idf.transform(h.transform(docs));
            }
            default -> throw new AssertionError("no case " + name);
        };
    }

    private static Function<String[], CsrMatrix> counts(String[] train, TextAnalyzer a, boolean binary,
                                                        List<String> vocabulary) {
        FittedCountVectorizer v = CountVectorizerKernel.fit(train, a, binary);
        assertEquals(vocabulary, v.featureNames(), "vocabulary");
        return v::transform;
    }

    private static Function<String[], CsrMatrix> tfidf(String[] train, TextAnalyzer a,
                                                       TfidfTransformerKernel.Params params, List<String> vocabulary) {
        FittedCountVectorizer v = CountVectorizerKernel.fit(train, a, false);
        assertEquals(vocabulary, v.featureNames(), "vocabulary");
        TfidfTransformerKernel.Fitted idf = TfidfTransformerKernel.fit(v.transform(train), params);
        return docs -> idf.transform(v.transform(docs));
    }

    @Test
    void vectorizersMatchScikitLearnEntryByEntry() {
        Map<String, List<String>> vocabularies = new HashMap<>();
        for (Map<String, String> r : Reference.rows("text_vocabulary.csv")) {
            vocabularies.computeIfAbsent(r.get("vectorizer"), k -> new ArrayList<>()).add(r.get("feature"));
        }
        try (MemoryContext ctx = MemoryContext.open()) {
            String[] train = titles(CsvReader.read(ctx, Reference.input("skrub_small_train.csv")));
            String[] test = titles(CsvReader.read(ctx, Reference.input("skrub_small_test.csv")));
            Map<String, Map<String, CsrMatrix>> outputs = new HashMap<>();
            int checked = 0;
            for (Map<String, String> r : Reference.rows("text_vectorizers.csv")) {
                String name = r.get("vectorizer");
                Map<String, CsrMatrix> out = outputs.computeIfAbsent(name, n -> {
                    Function<String[], CsrMatrix> v = vectorizer(n, train, vocabularies.getOrDefault(n, List.of()));
                    return Map.of("train", v.apply(train), "test", v.apply(test));
                });
                CsrMatrix m = out.get(r.get("split"));
                int row = Integer.parseInt(r.get("row"));
                assertEquals(Integer.parseInt(r.get("n_features")), m.cols(), name);
                String[] entries = r.get("entries").isEmpty() ? new String[0] : r.get("entries").split(" ");
                String what = name + " " + r.get("split") + " row " + row;
                assertEquals(entries.length, m.indptr()[row + 1] - m.indptr()[row], what + " stored entries");
                for (String e : entries) {
                    int colon = e.indexOf(':');
                    int j = Integer.parseInt(e.substring(0, colon));
                    Reference.assertClose(Reference.number(e.substring(colon + 1)), m.get(row, j), what + " col " + j);
                }
                checked++;
            }
            assertTrue(checked > 1000, "fixture rows checked: " + checked);
        }
    }

    @Test
    void charWbCountsShortWordsOnceAndCollapsesWhiteSpace() {
        TextAnalyzer a = new TextAnalyzer(TextAnalyzer.Kind.CHAR_WB, 3, 4, true);
        // " a " is shorter than 4: counted once, not once per n
        assertEquals(List.of(" a ", " ab", "ab ", " ab "), a.analyze("A  ab"));
    }

    @Test
    void murmurHashMatchesScikitLearn() {
        // sklearn.utils.murmurhash3_32("hello", 0), ("", 0) and ("Café", 1)
        assertEquals(613153351, MurmurHash3.hash32("hello", 0));
        assertEquals(0, MurmurHash3.hash32("", 0));
        assertEquals(1194287823, MurmurHash3.hash32("Café", 1));
    }

    /** Repeated documents are analyzed once, and their rows are those of analyzing each row on its own. */
    @Test
    void repeatedDocumentsGiveTheRowsOfEachDocumentAnalyzedAlone() {
        TextAnalyzer a = new TextAnalyzer(TextAnalyzer.Kind.CHAR_WB, 3, 4, true);
        String[] docs = {"Police Officer III", "Bus Operator", "Police Officer III", "", "Bus Operator", "aaa aaa",
                "Police Officer III", "Firefighter"};
        FittedCountVectorizer fitted = CountVectorizerKernel.fit(docs, a, false);
        CsrMatrix all = fitted.transform(docs);
        for (int i = 0; i < docs.length; i++) {
            CsrMatrix alone = fitted.transform(new String[] {docs[i]});
            int from = all.indptr()[i];
            int to = all.indptr()[i + 1];
            assertEquals(alone.indptr()[1], to - from, "entries of row " + i);
            for (int t = 0; t < to - from; t++) {
                assertEquals(alone.indices()[t], all.indices()[from + t], "feature of row " + i);
                assertEquals(alone.data()[t], all.data()[from + t], "count of row " + i);
            }
        }
        // "aaa aaa" counts its repeated n-grams: a row of the memo keeps the sums.
        assertTrue(java.util.Arrays.stream(all.data()).anyMatch(v -> v == 2.0));
    }
}
