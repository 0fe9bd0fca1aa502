package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * XGBClassifier on labels other than 0..k-1 (the weather's names), which xgboost's wrapper refuses ("Invalid classes
 * inferred from unique values of `y`"): cross-validated alone, every fit fails and the run is one located error at the
 * learner's {@code .skb.apply} that says how to encode y; as one choice of a search, its cells score NaN with a warning
 * while the other learner's are scored, as scikit-learn's search does with {@code error_score=np.nan}, and so does a
 * fold whose training rows lack a class. Both frontends.
 */
class XgboostClassesCliTest {
    private static final String HEAD = """
            import pandas as pd
            import skrub
            from sklearn.linear_model import LogisticRegression
            from xgboost import XGBClassifier

            data = skrub.var("data", pd.read_csv("DATA"))
            y = data["weather"].skb.mark_as_y()
            X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
            """;
    private static final String ENCODE = ".map({'drizzle': 0, 'fog': 1, 'rain': 2, 'snow': 3, 'sun': 4})";

    @TempDir
    Path dir;

    private Path script(String body) throws IOException {
        Path script = dir.resolve("labels.py");
        Files.writeString(script, HEAD.replace("DATA", ExampleScripts.repoRoot()
                .resolve("examples/data/seattle-weather.csv").toString().replace("\\", "/")) + body);
        return script;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"subset", "graalpy"})
    void crossValidatingOnStringLabelsIsOneLocatedErrorSayingHowToEncodeThem(String frontend) throws IOException {
        Path script = script("pred = X.skb.apply(XGBClassifier(n_estimators=5, n_jobs=1), y=y)\n"
                + "print(pred.skb.cross_validate(cv=3))\n");
        Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
        assertEquals(2, r.code(), r::toString);
        long located = r.err().lines().filter(line -> line.contains(": error: ")).count();
        assertEquals(1, located, r::toString);
        assertTrue(r.err().contains("labels.py:9:14: error: all the 3 fits of the search failed; each with:"
                + " XGBClassifier: the training rows of y have the classes ['drizzle', 'fog', 'rain', 'snow', 'sun'],"
                + " but xgboost's XGBClassifier takes only the classes 0 to 4"), r::toString);
        assertTrue(r.err().contains("Invalid classes inferred from unique values of `y`") && r.err().contains(ENCODE)
                && r.err().contains(".astype('category').cat.codes"), r::toString);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "no stack trace: " + r);
    }

    /**
     * Labels 0, 1, 2 of which the third fold's training rows (KFold, unshuffled) lack 1: the wrapper refuses that fit
     * ("Expected: [0 1], got [0 2]"), so skrub's table has NaN for fold 2 and the others' accuracies.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"subset", "graalpy"})
    void aFoldWhoseTrainingRowsLackAClassScoresNaN(String frontend) throws IOException {
        Path script = script("from sklearn.model_selection import KFold\n"
                + "hot = (data['temp_max'] > 25.0).astype('int64')\n"
                + "late = (data['date'] > '2015-06-01').astype('int64')\n"
                + "pred = X.skb.apply(XGBClassifier(n_estimators=5, n_jobs=1), y=(hot * (2 - late)).skb.mark_as_y())\n"
                + "print(pred.skb.cross_validate(cv=KFold(3), scoring='accuracy')['test_score'])\n");
        Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("0    0.997947\n1    0.837782\n2         NaN\nName: test_score, dtype: float64\n"),
                r::toString);
        assertTrue(r.err().contains("1 fit (fold 2) failed with: ") && r.err().contains("labels.py:12:14: XGBClassifier:"
                + " the training rows of y have the classes [0, 2], but xgboost's XGBClassifier takes only the classes 0"
                + " and 1") && r.err().contains(".map({0: 0, 2: 1})"), r::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"subset", "graalpy"})
    void asAChoiceItsCellsScoreNaNAndTheOtherLearnerIsScored(String frontend) throws IOException {
        Path script = script("model = skrub.choose_from({'lr': LogisticRegression(), 'xgb': XGBClassifier(n_estimators=5,"
                + " n_jobs=1)}, name='m')\n"
                + "search = X.skb.apply(model, y=y).skb.make_grid_search(cv=3, fitted=True)\n"
                + "print(search.results_)\n");
        Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
        assertEquals(0, r.code(), r::toString);
        // skrub's results_ of the same search: LogisticRegression's mean accuracy, NaN for XGBClassifier.
        assertTrue(r.out().startsWith("     m  mean_test_score\n0   lr          0.84052\n1  xgb              NaN\n"),
                r::toString);
        assertTrue(r.err().contains("3 fits failed out of a total of 6") && r.err().contains("3 fits of m='xgb'"
                + " (folds 0, 1, 2) failed with: ") && r.err().contains("labels.py:10:16: XGBClassifier: the training"
                + " rows of y have the classes") && r.err().contains(ENCODE), r::toString);
    }
}
