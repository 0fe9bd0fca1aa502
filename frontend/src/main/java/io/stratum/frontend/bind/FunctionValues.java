package io.stratum.frontend.bind;

/**
 * Why a function cannot be a value in a pipeline (an estimator's {@code tokenizer=}, {@code preprocessor=} or
 * {@code oob_score=}, a {@code groupby(...).transform(f)}), in both frontends' words: Stratum traces a script function over DataOps while it builds the
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
                + " (a vectorizer's tokenizer= or preprocessor=, a forest's oob_score=) nor a pandas method's argument"
                + " (groupby(...).transform(f))";
    }

    /** What to write instead. */
    public static final String HINT = "a statistic of each group is written by its name:"
            + " groupby(k)[\"x\"].transform(\"mean\") or .agg(\"mean\"); a vectorizer tokenizes with token_pattern= (Python's re syntax, inline flags"
            + " included), lowercase=, strip_accents= and analyzer='char'/'char_wb'; a forest takes oob_score=True;"
            + " other per-row work goes before the vectorizer, e.g. X['title'].str.lower()";

    /** numpy's reductions, which scripts pass to {@code transform}/{@code agg} or call on a column. */
    private static final java.util.Set<String> NUMPY_REDUCTIONS = java.util.Set.of("mean", "sum", "min", "max", "median",
            "std", "var", "nanmean", "nansum", "nanmin", "nanmax", "nanmedian", "nanstd", "nanvar", "average", "amin", "amax");

    /**
     * For an unknown {@code numpy.<name>} that is a reduction, what to write instead (with a leading "; "), else "".
     */
    public static String numpyReductionHint(String name) {
        if (!NUMPY_REDUCTIONS.contains(name)) {
            return "";
        }
        String f = name.replace("nan", "").replace("average", "mean").replace("amin", "min").replace("amax", "max");
        return "; for the " + f + " of a column write df[\"x\"]." + f + "(), of each group"
                + " groupby(k)[\"x\"].agg(\"" + f + "\") or, broadcast to the rows, .transform(\"" + f + "\")";
    }
}
