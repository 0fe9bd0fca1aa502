package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.ir.diagnostics.StratumError;
import org.junit.jupiter.api.Test;

/**
 * What skrub refuses, or Stratum does not run, around the text vectorizers' matrices: each refused at the script line
 * that asks for it, before any data is read, with the reason and what to write instead.
 */
class TextScriptErrorsTest {
    private static final String SCRIPT = """
            import pandas as pd
            import skrub
            from sklearn.decomposition import TruncatedSVD
            from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer, TfidfVectorizer
            from sklearn.linear_model import LogisticRegression, Ridge
            from sklearn.neighbors import KNeighborsRegressor
            from sklearn.preprocessing import StandardScaler

            data = skrub.var("data", pd.read_csv("examples/data/movie-titles.csv"))
            y = data["imdb_rating"].skb.mark_as_y()
            X = data[["title"]].skb.mark_as_X()
            STEPS
            search = pred.skb.make_grid_search(cv=3, scoring="r2")
            """;

    private static StratumError refused(String steps) {
        DataOp search = ScriptBinder.bind(SCRIPT.replace("STEPS", steps), "s.py", ExampleScripts.repoRoot()).mainSearch();
        return assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1)).compile(search));
    }

    private static void assertRefused(String steps, int line, String... fragments) {
        StratumError e = refused(steps);
        String text = e.getMessage() + " | hint: " + e.hint();
        for (String f : fragments) {
            assertTrue(text.contains(f), text);
        }
        assertEquals(line, e.origin().line(), e.getMessage());
        // Off the optimizer the same checks run (metadata is derived for every search).
        DataOp search = ScriptBinder.bind(SCRIPT.replace("STEPS", steps), "s.py", ExampleScripts.repoRoot()).mainSearch();
        StratumError off = assertThrows(StratumError.class, () -> new Session(new SessionConfig(false, 1)).compile(search));
        assertEquals(e.getMessage(), off.getMessage());
    }

    @Test
    void aVectorizerAppliedToAFrameFailsAsInSkrub() {
        assertRefused("pred = X.skb.apply(TfidfVectorizer()).skb.apply(Ridge(), y=y)", 12,
                "TfidfVectorizer was applied to a frame", "returned a result of type csr_matrix, but a pandas"
                        + " DataFrame was expected", "X[\"text\"].skb.apply(TfidfVectorizer())");
    }

    @Test
    void colsOnAColumnIsSkrubsError() {
        assertRefused("pred = X[\"title\"].skb.apply(TfidfVectorizer(), cols=[\"title\"]).skb.apply(Ridge(), y=y)", 12,
                "`cols` must be `all()` (the default) when the input is not a DataFrame");
    }

    @Test
    void frameStepsOnAMatrixAreRefusedAtTheirLine() {
        assertRefused("t = X[\"title\"].skb.apply(CountVectorizer())\nu = t + 1\npred = u.skb.apply(Ridge(), y=y)", 13,
                "arithmetic on a scipy sparse matrix (the output of CountVectorizer() at line 12)");
        assertRefused("t = X[\"title\"].skb.apply(TfidfVectorizer())\npred = t.skb.apply(StandardScaler()).skb.apply("
                + "Ridge(), y=y)", 13, "StandardScaler applied to a scipy sparse matrix", "TruncatedSVD");
        assertRefused("t = X[\"title\"].skb.apply(TfidfVectorizer()).skb.apply(TruncatedSVD(n_components=3))\n"
                + "pred = t[\"x0\"].skb.apply(Ridge(), y=y)", 13, "selecting columns or rows on a numpy array");
        assertRefused("t = X[\"title\"].skb.apply(TfidfVectorizer()).skb.apply(CountVectorizer())\n"
                + "pred = t.skb.apply(Ridge(), y=y)", 12, "CountVectorizer reads one column of text");
    }

    @Test
    void learnersStratumDoesNotFitOnSparseInputAreRefused() {
        assertRefused("pred = X[\"title\"].skb.apply(TfidfVectorizer()).skb.apply(KNeighborsRegressor(), y=y)", 12,
                "KNeighborsRegressor on a scipy sparse matrix", "TruncatedSVD(n_components=...)");
        assertRefused("pred = X[\"title\"].skb.apply(TfidfVectorizer()).skb.apply(Ridge(solver=\"cholesky\"), y=y)", 12,
                "solver='cholesky' does not support fitting the intercept on sparse data");
        assertRefused("pred = X[\"title\"].skb.apply(TruncatedSVD())", 12, "TruncatedSVD applied to a column:"
                + " scikit-learn needs a 2-d matrix");
        assertRefused("pred = X.skb.apply(TfidfTransformer()).skb.apply(Ridge(), y=y)", 12,
                "TfidfTransformer was applied to a frame", "X[\"text\"].skb.apply(CountVectorizer()).skb.apply("
                        + "TfidfTransformer())");
    }

    @Test
    void theSparseRidgeRunsScikitLearnsConjugateGradientAndExplainSaysWhy() {
        DataOp search = ScriptBinder.bind(SCRIPT.replace("STEPS",
                "pred = X[\"title\"].skb.apply(TfidfVectorizer()).skb.apply(Ridge(), y=y)"), "s.py",
                ExampleScripts.repoRoot()).mainSearch();
        var compiled = new Session(new SessionConfig(true, 1)).compile(search);
        String physical = compiled.searchPlan().explain();
        assertTrue(physical.contains("kernel='tfidf_vectorizer_csr'"), physical);
        assertTrue(physical.contains("kernel='ridge_sparse_cg', why=a scipy sparse matrix"), physical);
    }
}
