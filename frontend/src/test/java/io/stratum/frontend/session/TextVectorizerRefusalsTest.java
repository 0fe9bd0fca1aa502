package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.graalpy.GraalPyFrontend;
import io.stratum.ir.diagnostics.StratumError;
import org.junit.jupiter.api.Test;

/**
 * What the text vectorizers' vocabulary options refuse when the search runs: a {@code max_features} cut through terms
 * of equal frequency (scikit-learn's choice among them is numpy's unstable sort), a token pattern outside the
 * translated subset, and a vocabulary scikit-learn refuses; each at the script line of the vectorizer, with both
 * frontends and the optimizer on and off.
 */
class TextVectorizerRefusalsTest {
    private static final String SCRIPT = """
            import pandas as pd
            import skrub
            from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
            from sklearn.linear_model import Ridge

            data = skrub.var("data", pd.read_csv("examples/data/movie-titles.csv"))
            y = data["imdb_rating"].skb.mark_as_y()
            X = data[["title"]].skb.mark_as_X()
            features = X["title"].skb.apply(VECTORIZER)
            pred = features.skb.apply(Ridge(), y=y)
            search = pred.skb.make_grid_search(cv=3, scoring="r2")
            """;

    private static void assertRefusedAtLine9(String vectorizer, String... fragments) {
        String source = SCRIPT.replace("VECTORIZER", vectorizer);
        DataOp[] searches = {ScriptBinder.bind(source, "s.py", ExampleScripts.repoRoot()).mainSearch(),
                GraalPyFrontend.bind(source, "s.py", ExampleScripts.repoRoot()).mainSearch()};
        String first = null;
        for (DataOp search : searches) {
            for (boolean optimizer : new boolean[] {true, false}) {
                StratumError e = assertThrows(StratumError.class,
                        () -> new Session(new SessionConfig(optimizer, 1)).run(search));
                for (String f : fragments) {
                    assertTrue(e.getMessage().contains(f), e.getMessage());
                }
                assertEquals(9, e.origin().line(), e.getMessage());
                if (first == null) {
                    first = e.getMessage();
                }
                assertEquals(first, e.getMessage());
            }
        }
    }

    @Test
    void maxFeaturesThroughEqualCountsIsRefusedWithTheValuesThatAreNot() {
        // On the second fold's training titles the 5th and 6th most frequent words both occur 38 times.
        assertRefusedAtLine9("TfidfVectorizer(max_features=5)", "TfidfVectorizer: max_features=5 cuts through",
                "numpy's unstable argsort", "max_features=4 (the terms occurring more often) or max_features=");
    }

    @Test
    void aTokenPatternOutsideTheTranslatedSubsetIsRefusedWithItsPosition() {
        assertRefusedAtLine9("CountVectorizer(token_pattern=r\"(\\w)\\1\")",
                "CountVectorizer: token_pattern '(\\\\w)\\\\1': the backreference or octal escape \\1 at position 4 is not"
                        + " translated");
        // Global flags after the start: Python's re refuses them, and so does Stratum, in its words.
        assertRefusedAtLine9("CountVectorizer(token_pattern=r\"\\w+(?i)\")",
                "global flags not at the start of the expression at position 3");
    }

    @Test
    void aScriptFunctionAsTokenizerOrPreprocessorIsRefusedAtItsArgumentSayingWhy() {
        // Script functions are traced over DataOps while the plan is built; nothing could call one on each title.
        for (String vectorizer : new String[] {"TfidfVectorizer(tokenizer=words)", "CountVectorizer(preprocessor=words)"}) {
            String source = SCRIPT.replace("from sklearn.linear_model import Ridge\n",
                    "from sklearn.linear_model import Ridge\n\n\ndef words(doc):\n    return doc.split()\n")
                    .replace("VECTORIZER", vectorizer);
            for (boolean graalpy : new boolean[] {false, true}) {
                io.stratum.frontend.syntax.ScriptError e = assertThrows(io.stratum.frontend.syntax.ScriptError.class,
                        () -> (graalpy ? GraalPyFrontend.bind(source, "s.py", ExampleScripts.repoRoot())
                                : ScriptBinder.bind(source, "s.py", ExampleScripts.repoRoot())).mainSearch());
                assertTrue(e.getMessage().contains("never calls them on the data")
                        && e.getMessage().contains("tokenizer= or preprocessor="), e.getMessage());
                assertEquals(13, e.line(), (graalpy ? "GraalPy: " : "subset: ") + e.getMessage());
            }
        }
    }

    @Test
    void aVocabularyWithAGapIsScikitLearnsError() {
        assertRefusedAtLine9("CountVectorizer(vocabulary={\"war\": 0, \"love\": 2})",
                "CountVectorizer: Vocabulary of size 2 doesn't contain index 1.");
    }
}
