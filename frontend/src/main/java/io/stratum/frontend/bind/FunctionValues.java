package io.stratum.frontend.bind;

/**
 * Why a function cannot be a value in a pipeline (an estimator's {@code tokenizer=}, {@code preprocessor=} or
 * {@code oob_score=}), in both frontends' words: Stratum traces a script function over DataOps while it builds the
 * plan ({@code FunctionTransformer(f)}, {@code .skb.apply_func(f)}), and runs no Python on the data, so it has nothing
 * that could call the function on each document or on a fitted forest's predictions.
 */
public final class FunctionValues {
    private FunctionValues() {
    }

    /** The refusal of a function of type {@code type} (e.g. "function words") given as a value. */
    public static String refusal(String type) {
        return type + " cannot be used as a value in a pipeline: Stratum traces script functions over DataOps while it"
                + " builds the plan and never calls them on the data, so a function cannot be an estimator's parameter"
                + " (a vectorizer's tokenizer= or preprocessor=, a forest's oob_score=)";
    }

    /** What to write instead. */
    public static final String HINT = "a vectorizer tokenizes with token_pattern= (Python's re syntax, inline flags"
            + " included), lowercase=, strip_accents= and analyzer='char'/'char_wb'; a forest takes oob_score=True;"
            + " other per-row work goes before the vectorizer, e.g. X['title'].str.lower()";
}
