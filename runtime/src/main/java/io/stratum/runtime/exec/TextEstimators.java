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
                kind == TextAnalyzer.Kind.WORD ? stopWords(spec) : null));
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
        return CountVectorizerKernel.fit(documents, analyzer(spec), spec.boolParam("binary"),
                documentCount(spec, "min_df"), documentCount(spec, "max_df"));
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
