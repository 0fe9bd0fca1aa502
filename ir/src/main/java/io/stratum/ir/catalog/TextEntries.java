package io.stratum.ir.catalog;

import static io.stratum.ir.catalog.ParamSpec.of;
import static io.stratum.ir.catalog.ParamType.ANY;
import static io.stratum.ir.catalog.ParamType.BOOL;
import static io.stratum.ir.catalog.ParamType.INT;
import static io.stratum.ir.catalog.ParamType.STR;

import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;

/**
 * scikit-learn 1.9's text vectorizers ({@code sklearn.feature_extraction.text}) in the catalog, with its parameter
 * names and defaults. They turn one column of text into a sparse matrix ({@link #MATRIX_TRANSFORMERS}); options that
 * take Python callables are accepted by name but refused as not supported yet.
 */
public final class TextEntries {
    /** The vectorizers that read one column of text. */
    public static final List<String> TEXT_VECTORIZERS = List.of("sklearn.feature_extraction.text.CountVectorizer",
            "sklearn.feature_extraction.text.TfidfVectorizer", "sklearn.feature_extraction.text.HashingVectorizer");

    /**
     * The transformers whose output is a matrix without column names (scipy sparse or a numpy array), as skrub's
     * {@code .skb.apply} hands it on when their input is not a DataFrame: the text vectorizers,
     * {@code TfidfTransformer} and {@code TruncatedSVD}.
     */
    public static final List<String> MATRIX_TRANSFORMERS = List.of(TEXT_VECTORIZERS.get(0), TEXT_VECTORIZERS.get(1),
            TEXT_VECTORIZERS.get(2), "sklearn.feature_extraction.text.TfidfTransformer",
            "sklearn.decomposition.TruncatedSVD");

    /** The transformers whose output is a scipy sparse matrix (TruncatedSVD's is a dense numpy array). */
    public static final List<String> SPARSE_OUTPUT = MATRIX_TRANSFORMERS.subList(0, 4);

    private TextEntries() {
    }

    private static Const s(String v) {
        return Const.of(v);
    }

    private static Const none() {
        return Const.none();
    }

    /**
     * The parameters every vectorizer shares, up to {@code analyzer}, in scikit-learn's signature order (which puts
     * {@code analyzer} after {@code tokenizer} in TfidfVectorizer and after {@code ngram_range} in the others).
     */
    private static List<ParamSpec> analysis(boolean analyzerAfterTokenizer) {
        List<ParamSpec> out = new ArrayList<>(analysis());
        if (analyzerAfterTokenizer) {
            out.add(7, out.removeLast());
        }
        return out;
    }

    private static List<ParamSpec> analysis() {
        return List.of(
                of("input", STR, s("content")).oneOf(s("content"), s("filename"), s("file")).runsOnly(s("content")),
                of("encoding", STR, s("utf-8")),
                of("decode_error", STR, s("strict")).oneOf(s("strict"), s("ignore"), s("replace")),
                of("strip_accents", STR, none()).orNone().oneOf(s("ascii"), s("unicode")),
                of("lowercase", BOOL, Const.of(true)),
                of("preprocessor", ANY, none()).orNone().runsOnly(none()),
                of("tokenizer", ANY, none()).orNone().runsOnly(none()),
                // "english" (scikit-learn's list) or a list of words
                of("stop_words", ANY, none()).orNone(),
                of("token_pattern", STR, s("(?u)\\b\\w\\w+\\b")).orNone(),
                of("ngram_range", ANY, new Const.ListConst(List.of(Const.of(1L), Const.of(1L)), true)),
                of("analyzer", STR, s("word")).oneOf(s("word"), s("char"), s("char_wb")));
    }

    /** CountVectorizer's and TfidfVectorizer's vocabulary options, after {@code analyzer}. */
    private static List<ParamSpec> vocabulary(String dtype) {
        return List.of(
                // a float proportion of the documents in [0, 1], or an int count
                of("max_df", ANY, Const.of(1.0)),
                of("min_df", ANY, Const.of(1L)),
                of("max_features", INT, none()).orNone().atLeast(1),
                // a list of terms, or a dict of terms to column indices
                of("vocabulary", ANY, none()).orNone(),
                of("binary", BOOL, Const.of(false)),
                of("dtype", ANY, s(dtype)).runsOnly(s(dtype)));
    }

    private static List<ParamSpec> idf() {
        return List.of(
                of("norm", STR, s("l2")).orNone().oneOf(s("l1"), s("l2")),
                of("use_idf", BOOL, Const.of(true)),
                of("smooth_idf", BOOL, Const.of(true)),
                of("sublinear_tf", BOOL, Const.of(false)));
    }

    private static List<ParamSpec> concat(List<ParamSpec> a, List<ParamSpec> b) {
        List<ParamSpec> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static void register(ApiCatalog c) {
        c.register(new ApiEntry(TEXT_VECTORIZERS.get(0), EntryKind.TRANSFORMER, concat(analysis(false), vocabulary("int64")),
                "Counts the words (or character n-grams) of one text column: a sparse matrix with one column per"
                        + " n-gram of the training rows."));
        c.register(new ApiEntry(TEXT_VECTORIZERS.get(1), EntryKind.TRANSFORMER,
                concat(concat(analysis(true), vocabulary("float64")), idf()),
                "TF-IDF of the words (or character n-grams) of one text column: a sparse matrix, rows normalized."));
        c.register(new ApiEntry(TEXT_VECTORIZERS.get(2), EntryKind.TRANSFORMER, concat(analysis(false), List.of(
                of("n_features", INT, Const.of(1L << 20)).atLeast(1),
                of("binary", BOOL, Const.of(false)),
                of("norm", STR, s("l2")).orNone().oneOf(s("l1"), s("l2")),
                of("alternate_sign", BOOL, Const.of(true)),
                of("dtype", ANY, s("float64")).runsOnly(s("float64")))),
                "Hashes the words (or character n-grams) of one text column into n_features columns of a sparse"
                        + " matrix; nothing is learned."));
        c.register(new ApiEntry("sklearn.feature_extraction.text.TfidfTransformer", EntryKind.TRANSFORMER, idf(),
                "Re-weights a count matrix (CountVectorizer's output) by inverse document frequency, rows normalized."));
    }
}
