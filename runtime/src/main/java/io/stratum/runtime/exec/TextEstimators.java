package io.stratum.runtime.exec;

import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.CsrMatrix;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.decompose.RandomizedSvd;
import io.stratum.runtime.kernels.decompose.TruncatedSvdKernel;
import io.stratum.runtime.kernels.text.CountVectorizerKernel;
import io.stratum.runtime.kernels.text.FittedCountVectorizer;
import io.stratum.runtime.kernels.text.HashingVectorizerKernel;
import io.stratum.runtime.kernels.text.Norm;
import io.stratum.runtime.kernels.text.TextAnalyzer;
import io.stratum.runtime.kernels.text.TfidfTransformerKernel;
import io.stratum.runtime.kernels.text.TokenPattern;
import java.util.function.Supplier;

/**
 * Binds scikit-learn's text vectorizers, {@code TfidfTransformer} and {@code TruncatedSVD} to
 * {@code runtime.kernels.text} and {@code .decompose} as {@link EstimatorKernels.MatrixTransformer}s: a vectorizer reads
 * one column of text (what skrub hands it for {@code X["text"].skb.apply(...)}) and gives a CSR matrix; the other two
 * read a matrix. Kernel errors carry scikit-learn's words, prefixed with the estimator's name.
 */
final class TextEstimators {
    private TextEstimators() {
    }

    static void register(EstimatorKernels kernels) {
        kernels.register("sklearn.feature_extraction.text.CountVectorizer", new EstimatorKernels.MatrixTransformer() {
            @Override
            public Object fit(RuntimeValue input, EstimatorSpec spec) {
                return checked(spec, () -> countVectorizer(documents(input, spec), spec));
            }

            @Override
            public RuntimeValue.Matrix transform(Object fitted, RuntimeValue input, EstimatorSpec spec) {
                return RuntimeValue.Matrix.of(((FittedCountVectorizer) fitted).transform(documents(input, spec)));
            }
        });
        kernels.register("sklearn.feature_extraction.text.TfidfVectorizer", new EstimatorKernels.MatrixTransformer() {
            @Override
            public Object fit(RuntimeValue input, EstimatorSpec spec) {
                return checked(spec, () -> {
                    String[] docs = documents(input, spec);
                    FittedCountVectorizer counts = countVectorizer(docs, spec);
                    return new FittedTfidfVectorizer(counts, TfidfTransformerKernel.fit(counts.transform(docs),
                            tfidfParams(spec)));
                });
            }

            @Override
            public RuntimeValue.Matrix transform(Object fitted, RuntimeValue input, EstimatorSpec spec) {
                FittedTfidfVectorizer v = (FittedTfidfVectorizer) fitted;
                return RuntimeValue.Matrix.of(v.idf().transform(v.counts().transform(documents(input, spec))));
            }
        });
        kernels.register("sklearn.feature_extraction.text.HashingVectorizer", new EstimatorKernels.MatrixTransformer() {
            @Override
            public Object fit(RuntimeValue input, EstimatorSpec spec) {
                documents(input, spec);
                return checked(spec, () -> new HashingVectorizerKernel(analyzer(spec),
                        (int) spec.doubleParam("n_features"), spec.boolParam("binary"),
                        Norm.parse(spec.stringParam("norm")), spec.boolParam("alternate_sign")));
            }

            @Override
            public RuntimeValue.Matrix transform(Object fitted, RuntimeValue input, EstimatorSpec spec) {
                return RuntimeValue.Matrix.of(((HashingVectorizerKernel) fitted).transform(documents(input, spec)));
            }
        });
        kernels.register("sklearn.feature_extraction.text.TfidfTransformer", new EstimatorKernels.MatrixTransformer() {
            @Override
            public Object fit(RuntimeValue input, EstimatorSpec spec) {
                CsrMatrix x = matrix(input, spec);
                return checked(spec, () -> TfidfTransformerKernel.fit(x, tfidfParams(spec)));
            }

            @Override
            public RuntimeValue.Matrix transform(Object fitted, RuntimeValue input, EstimatorSpec spec) {
                TfidfTransformerKernel.Fitted idf = (TfidfTransformerKernel.Fitted) fitted;
                CsrMatrix x = matrix(input, spec);
                if (idf.idf() != null && x.cols() != idf.idf().length) {
                    throw new DataException("TfidfTransformer: X has " + x.cols() + " features, but TfidfTransformer"
                            + " is expecting " + idf.idf().length + " features as input.");
                }
                return RuntimeValue.Matrix.of(idf.transform(x));
            }
        });
        kernels.register("sklearn.decomposition.TruncatedSVD", truncatedSvd());
    }

    /** TruncatedSVD of a matrix (a text vectorizer's): a dense numpy array of n_components columns. */
    static EstimatorKernels.MatrixTransformer truncatedSvd() {
        return new EstimatorKernels.MatrixTransformer() {
            @Override
            public Object fit(RuntimeValue input, EstimatorSpec spec) {
                CsrMatrix x = matrix(input, spec);
                if (x.cols() < 2) {
                    throw new DataException("TruncatedSVD: Found array with " + x.cols() + " feature(s) (shape=("
                            + x.rows() + ", " + x.cols() + ")) while a minimum of 2 is required by TruncatedSVD.");
                }
                if (spec.stringParam("algorithm").equals("arpack")) {
                    if (spec.doubleParam("tol") > 0) {
                        throw new DataException("TruncatedSVD: algorithm='arpack' with tol=" + spec.param("tol").repr()
                                + " stops ARPACK's iteration early, at a point that depends on its internals; Stratum"
                                + " computes the converged triplets of tol=0 (the default): leave tol out");
                    }
                    return checked(spec, () -> TruncatedSvdKernel.fitExact(x, (int) spec.doubleParam("n_components")));
                }
                return checked(spec, () -> TruncatedSvdKernel.fit(x, svdParams(spec)));
            }

            @Override
            public RuntimeValue.Matrix transform(Object fitted, RuntimeValue input, EstimatorSpec spec) {
                TruncatedSvdKernel.Fitted svd = (TruncatedSvdKernel.Fitted) fitted;
                CsrMatrix x = matrix(input, spec);
                double[] out = checked(spec, () -> svd.transform(x));
                return RuntimeValue.Matrix.dense(out, x.rows(), svd.k());
            }
        };
    }

    /** A fitted {@code TfidfVectorizer}: its vocabulary and its inverse document frequencies. */
    record FittedTfidfVectorizer(FittedCountVectorizer counts, TfidfTransformerKernel.Fitted idf) {
    }

    /** {@code work}, with a kernel's refusal of a parameter or of the data as an error of the estimator. */
    private static <T> T checked(EstimatorSpec spec, Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new DataException(spec.simpleName() + ": " + e.getMessage());
        }
    }

    /**
     * The documents of the one text column a vectorizer reads. A frame is refused as skrub refuses it (it wraps the
     * vectorizer per frame, whose matrix output is not a DataFrame); a missing value as scikit-learn refuses it.
     */
    static String[] documents(RuntimeValue input, EstimatorSpec spec) {
        Column column = switch (input) {
            case RuntimeValue.Series s -> s.column();
            case RuntimeValue.Frame f -> throw frameRefused(spec);
            case RuntimeValue.Matrix m -> throw new DataException(spec.simpleName() + " reads one column of text, but it"
                    + " got " + m.pythonType() + " (" + m.rows() + " x " + m.cols() + ")");
            default -> throw RuntimeValue.notRows();
        };
        if (!(column instanceof StringColumn text)) {
            throw new DataException(spec.simpleName() + ": column '" + column.name() + "' holds "
                    + column.type().pandasName() + " values, but the vectorizer reads text (scikit-learn fails calling"
                    + " .lower() on them); convert it with .astype(str) or pick a text column");
        }
        String[] out = new String[text.length()];
        String[] values = text.codes() == null ? null : text.codes().values();
        int[] codes = text.codes() == null ? null : text.codes().codes();
        for (int i = 0; i < out.length; i++) {
            if (text.isNull(i)) {
                throw new DataException(spec.simpleName() + ": column '" + column.name() + "' has a missing value at"
                        + " row " + i + " (0-based): np.nan is an invalid document, expected byte or unicode string;"
                        + " fill it first, e.g. X[\"" + column.name() + "\"].fillna(\"\")");
            }
            out[i] = values != null ? values[codes[i]] : text.getString(i);
        }
        return out;
    }

    /** skrub's refusal of a vectorizer (or TfidfTransformer) applied to a frame, with what to write instead. */
    static DataException frameRefused(EstimatorSpec spec) {
        String instead = spec.simpleName().equals("TfidfTransformer")
                ? "X[\"text\"].skb.apply(CountVectorizer()).skb.apply(TfidfTransformer())"
                : "X[\"text\"].skb.apply(" + spec.simpleName() + "())";
        return new DataException(spec.simpleName() + " was applied to a frame: skrub wraps it to transform the frame,"
                + " and fails because " + spec.simpleName() + ".fit_transform returned a result of type csr_matrix,"
                + " but a pandas DataFrame was expected; apply it to one column, e.g. " + instead);
    }

    /** The matrix TfidfTransformer or TruncatedSVD reads: sparse, or a dense one stored entry by entry. */
    private static CsrMatrix matrix(RuntimeValue input, EstimatorSpec spec) {
        return switch (input) {
            case RuntimeValue.Matrix m when m.sparse() != null -> m.sparse();
            case RuntimeValue.Matrix m -> denseAsCsr(m);
            // TruncatedSVD of a frame goes to its frame transformer; TfidfTransformer's sparse output fails in skrub.
            case RuntimeValue.Frame f -> throw frameRefused(spec);
            case RuntimeValue.Series s -> throw new DataException(spec.simpleName() + " was applied to the column '"
                    + s.column().name() + "': scikit-learn needs a 2-d matrix (Expected 2D array, got 1D array"
                    + " instead); apply a text vectorizer first, e.g. X[\"text\"].skb.apply(CountVectorizer())");
            default -> throw RuntimeValue.notRows();
        };
    }

    /** A dense matrix as CSR, zeros left out (as scipy's csr_matrix of an array leaves them out). */
    private static CsrMatrix denseAsCsr(RuntimeValue.Matrix m) {
        int[] indptr = new int[m.rows() + 1];
        int stored = 0;
        for (double v : m.dense()) {
            if (v != 0.0) {
                stored++;
            }
        }
        int[] indices = new int[stored];
        double[] data = new double[stored];
        int t = 0;
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                double v = m.dense()[i * m.cols() + j];
                if (v != 0.0) {
                    indices[t] = j;
                    data[t++] = v;
                }
            }
            indptr[i + 1] = t;
        }
        return new CsrMatrix(m.rows(), m.cols(), indptr, indices, data);
    }

    static TextAnalyzer analyzer(EstimatorSpec spec) {
        Const range = spec.param("ngram_range");
        if (!(range instanceof Const.ListConst l && l.items().size() == 2 && l.items().get(0) instanceof Const.IntConst lo
                && l.items().get(1) instanceof Const.IntConst hi)) {
            throw new DataException(spec.simpleName() + ": ngram_range must be a pair of ints such as (1, 2), got "
                    + range.repr());
        }
        TextAnalyzer.Kind kind = checked(spec, () -> TextAnalyzer.Kind.parse(spec.stringParam("analyzer")));
        return checked(spec, () -> new TextAnalyzer(kind, (int) lo.value(), (int) hi.value(), spec.boolParam("lowercase"),
                TextAnalyzer.StripAccents.parse(spec.stringParam("strip_accents")),
                kind == TextAnalyzer.Kind.WORD ? stopWords(spec) : null,
                kind == TextAnalyzer.Kind.WORD ? tokenPattern(spec) : null));
    }

    /**
     * {@code token_pattern} for word analyzers: null for scikit-learn's default (tokenized without a regex), else the
     * Python pattern translated ({@link TokenPattern}); character analyzers ignore it, as scikit-learn does.
     */
    private static TokenPattern tokenPattern(EstimatorSpec spec) {
        Const value = spec.param("token_pattern");
        return switch (value) {
            case Const.StrConst s when s.value().equals(TokenPattern.DEFAULT) -> null;
            case Const.StrConst s -> TokenPattern.compile(s.value());
            case Const.NoneConst n -> throw new IllegalArgumentException("token_pattern=None with analyzer='word' and"
                    + " no tokenizer: scikit-learn fails compiling None (first argument must be string or compiled"
                    + " pattern); give a pattern, or leave the default");
            default -> throw new IllegalArgumentException("token_pattern must be a str, got " + value.repr());
        };
    }

    /** {@code stop_words}: None, "english" (scikit-learn's list) or a list of words; character analyzers ignore it. */
    private static java.util.Set<String> stopWords(EstimatorSpec spec) {
        Const value = spec.param("stop_words");
        return switch (value) {
            case Const.NoneConst n -> null;
            case Const.StrConst str when str.value().equals("english") -> TextAnalyzer.englishStopWords();
            case Const.ListConst l when l.asStrings() != null -> java.util.Set.copyOf(l.asStrings());
            default -> throw new DataException("The 'stop_words' parameter of " + spec.simpleName() + " must be a str"
                    + " among {'english'}, an instance of 'list' or None. Got " + value.repr() + " instead.");
        };
    }

    private static FittedCountVectorizer countVectorizer(String[] documents, EstimatorSpec spec) {
        TextAnalyzer analyzer = analyzer(spec);
        java.util.List<String> fixed = vocabulary(spec);
        if (fixed != null) {
            return CountVectorizerKernel.fixed(analyzer, spec.boolParam("binary"), fixed);
        }
        Const maxFeatures = spec.param("max_features");
        return CountVectorizerKernel.fit(documents, analyzer, spec.boolParam("binary"),
                documentCount(spec, "min_df"), documentCount(spec, "max_df"),
                maxFeatures instanceof Const.IntConst i ? Math.toIntExact(i.value()) : 0);
    }

    /**
     * A fixed {@code vocabulary}, its terms in column order, checked as scikit-learn's {@code _validate_vocabulary}
     * (with its messages): a list's terms in order, each once; a dict's terms ordered by their indices, which must be
     * {@code 0 .. len - 1} each once. Null when there is none.
     */
    static java.util.List<String> vocabulary(EstimatorSpec spec) {
        Const value = spec.param("vocabulary");
        switch (value) {
            case Const.NoneConst n -> {
                return null;
            }
            case Const.ListConst l when l.asStrings() != null -> {
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (String term : l.asStrings()) {
                    if (!seen.add(term)) {
                        throw new IllegalArgumentException("Duplicate term in vocabulary: "
                                + io.stratum.ir.value.PyFormat.strRepr(term));
                    }
                }
                return checkedNotEmpty(l.asStrings());
            }
            case Const.DictConst d -> {
                // A dict literal keeps a repeated key once, at its first place, with its last value (as Python).
                java.util.Map<String, Long> byTerm = new java.util.LinkedHashMap<>();
                for (int t = 0; t < d.keys().size(); t++) {
                    if (!(d.keys().get(t) instanceof Const.StrConst key)
                            || !(d.values().get(t) instanceof Const.IntConst index)) {
                        throw new IllegalArgumentException("vocabulary must map str terms to int column indices, got "
                                + d.keys().get(t).repr() + ": " + d.values().get(t).repr());
                    }
                    byTerm.put(key.value(), index.value());
                }
                java.util.Map<Long, String> byIndex = new java.util.HashMap<>();
                for (java.util.Map.Entry<String, Long> e : byTerm.entrySet()) {
                    byIndex.put(e.getValue(), e.getKey());
                }
                if (byIndex.size() != byTerm.size()) {
                    throw new IllegalArgumentException("Vocabulary contains repeated indices.");
                }
                java.util.List<String> terms = new java.util.ArrayList<>(byTerm.size());
                for (long i = 0; i < byTerm.size(); i++) {
                    if (!byIndex.containsKey(i)) {
                        throw new IllegalArgumentException("Vocabulary of size " + byTerm.size()
                                + " doesn't contain index " + i + ".");
                    }
                    terms.add(byIndex.get(i));
                }
                return checkedNotEmpty(terms);
            }
            default -> throw new IllegalArgumentException("vocabulary must be a list of str terms or a dict of str"
                    + " terms to column indices, got " + value.repr());
        }
    }

    private static java.util.List<String> checkedNotEmpty(java.util.List<String> terms) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("empty vocabulary passed to fit");
        }
        return terms;
    }

    /** {@code min_df}/{@code max_df}: an int count of documents, or a float proportion of them. */
    private static CountVectorizerKernel.DocumentCount documentCount(EstimatorSpec spec, String name) {
        Const value = spec.param(name);
        String refusal = "The '" + name + "' parameter of " + spec.simpleName() + " must be a float in the range [0.0,"
                + " 1.0] or an int in the range [1, inf). Got " + value.repr() + " instead.";
        return switch (value) {
            case Const.FloatConst f when f.value() >= 0.0 && f.value() <= 1.0 ->
                    new CountVectorizerKernel.DocumentCount(f.value(), true);
            case Const.IntConst i when i.value() >= 1 -> new CountVectorizerKernel.DocumentCount(i.value(), false);
            default -> throw new DataException(refusal);
        };
    }

    private static TfidfTransformerKernel.Params tfidfParams(EstimatorSpec spec) {
        return new TfidfTransformerKernel.Params(Norm.parse(spec.stringParam("norm")), spec.boolParam("use_idf"),
                spec.boolParam("smooth_idf"), spec.boolParam("sublinear_tf"));
    }

    /**
     * TruncatedSVD's settings; {@code random_state=None} runs as seed 0 (scikit-learn would draw from numpy's global
     * state, which no run reproduces), as for PCA and skrub's StringEncoder.
     */
    private static TruncatedSvdKernel.Params svdParams(EstimatorSpec spec) {
        Const seed = spec.param("random_state");
        long random = switch (seed) {
            case Const.NoneConst n -> 0L;
            case Const.IntConst i -> i.value();
            default -> throw new DataException("TruncatedSVD: random_state must be an int or None, got " + seed.repr());
        };
        return new TruncatedSvdKernel.Params((int) spec.doubleParam("n_components"), (int) spec.doubleParam("n_iter"),
                (int) spec.doubleParam("n_oversamples"),
                RandomizedSvd.Normalizer.parse(spec.stringParam("power_iteration_normalizer")), random);
    }
}
