package io.stratum.frontend.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.stratum.frontend.syntax.ScriptError;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A learner fitted on data predicting on other data ({@code learner.fit({...})}, {@code make_learner(fitted=True)},
 * {@code learner.predict({...})}): what both frontends bind and refuse, at the script's line. The printed predictions
 * are held to skrub's by {@code skb_ops/eval_learner_new_data.py} (EvalCliTest).
 */
class LearnerOnNewDataTest {
    private static final String HEAD = """
            import pandas as pd
            import skrub
            from sklearn.linear_model import Ridge
            from sklearn.metrics import r2_score
            df = pd.read_csv("examples/data/seattle-weather.csv")
            X = skrub.X(df[["precipitation", "temp_min", "wind"]].iloc[:1000])
            y = skrub.y(df["temp_max"].iloc[:1000])
            pred = X.skb.apply(Ridge(), y=y)
            """;

    @Test
    void predictionsOnNewDataNeedNoSearch() {
        for (Function<String, BoundScript> frontend : BothFrontends.ALL) {
            BoundScript bound = frontend.apply(HEAD + """
                    learner = pred.skb.make_learner(fitted=True)
                    print(learner.predict({"X": df[["precipitation", "temp_min", "wind"]].iloc[1000:]})[:3])
                    """);
            ScriptAction.ShowPredictions shown = assertInstanceOf(ScriptAction.ShowPredictions.class,
                    bound.actions().get(bound.actions().size() - 1));
            assertEquals(io.stratum.ir.physical.Response.PREDICT, shown.predictions().method());
            assertInstanceOf(io.stratum.frontend.api.LearnerPredictions.NewData.class, shown.predictions().newData());
            // nothing to search: the CLI reports no search for such a script
            assertNull(bound.mainSearch());
        }
    }

    @Test
    void aSearchsBestLearnerPredictsOnceTheSearchHasRun() {
        for (Function<String, BoundScript> frontend : BothFrontends.ALL) {
            BoundScript bound = frontend.apply(HEAD + """
                    search = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 10.0], name="a")), y=y).skb.make_grid_search(
                        fitted=True, cv=2)
                    print(search.predict({"X": df[["precipitation", "temp_min", "wind"]].iloc[1000:]})[:3])
                    """);
            ScriptAction.ShowPredictions shown = assertInstanceOf(ScriptAction.ShowPredictions.class,
                    bound.actions().get(bound.actions().size() - 1));
            // the choices are the best candidate's, known once the search has run
            assertInstanceOf(io.stratum.ir.logical.GridSearch.class, shown.predictions().newData().bestOf().node());
        }
    }

    @Test
    void anUnfittedSearchHasNoBestLearner() {
        BothFrontends.assertErrorAt(HEAD + """
                search = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 10.0], name="a")), y=y).skb.make_grid_search(cv=2)
                best = search.best_learner_
                """, 10, "has not been fitted, so it has no best_learner_");
    }

    @Test
    void aSearchWithSeveralScorersAndNoRefitHasNoBestLearner() {
        BothFrontends.assertErrorAt(HEAD + """
                search = pred.skb.make_grid_search(cv=2, fitted=True, scoring=["r2", "neg_mean_absolute_error"], refit=False)
                best = search.best_learner_
                """, 10, "refit=False, so it has no best_learner_");
    }

    @Test
    void predictingBeforeFittingIsRefused() {
        BothFrontends.assertErrorAt(HEAD + """
                learner = pred.skb.make_learner()
                print(learner.predict({"X": df[["wind"]]}))
                """, 10, "call learner.fit(");
    }

    @Test
    void aVariableThePredictionReadsMustBeInTheEnvironment() {
        BothFrontends.assertErrorAt(HEAD + """
                learner = pred.skb.make_learner(fitted=True)
                p = learner.predict({"y": df["temp_max"]})
                """, 10, "the environment has no value for variable 'X'");
    }

    @Test
    void fittingNeedsEveryVariable() {
        BothFrontends.assertErrorAt(HEAD + """
                learner = pred.skb.make_learner()
                learner.fit({"X": df[["precipitation", "temp_min", "wind"]]})
                """, 10, "the environment has no value for variable 'y'");
    }

    @Test
    void scoringOnNewDataNeedsTheTargetToo() {
        BothFrontends.assertErrorAt(HEAD + """
                learner = pred.skb.make_learner(fitted=True)
                print(learner.score({"X": df[["precipitation", "temp_min", "wind"]]}))
                """, 10, "the environment has no value for variable 'y'");
    }

    @Test
    void arithmeticAfterRoundingAScoreIsRefused() {
        BothFrontends.assertErrorAt(HEAD + """
                learner = pred.skb.make_learner(fitted=True)
                print(round(learner.score({"X": df[["precipitation", "temp_min", "wind"]], "y": df["temp_max"]}), 3) * 100)
                """, 10, "before round()");
    }

    @Test
    void anOperatorAScoreDoesNotTakeNamesTheScore() {
        ScriptError e = org.junit.jupiter.api.Assertions.assertThrows(ScriptError.class, () -> ScriptBinder.bind(HEAD + """
                learner = pred.skb.make_learner(fitted=True)
                print(learner.score({"X": df[["precipitation", "temp_min", "wind"]], "y": df["temp_max"]}) % 2)
                """, "script.py", io.stratum.frontend.ExampleScripts.repoRoot()));
        assertEquals(10, e.line());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("unsupported operand types for %: score on new data"),
                e.getMessage());
    }

    @Test
    void aReportOnValuesOrWithAnArgumentStratumLacksIsRefused() {
        String head = HEAD.replace("from sklearn.metrics import r2_score", "from sklearn.metrics import classification_report,"
                + " confusion_matrix");
        BothFrontends.assertErrorAt(head + """
                print(confusion_matrix([1, 0], [1, 1]))
                """, 9, "on values: Stratum computes it from a learner's predictions");
        BothFrontends.assertErrorAt(head + """
                learner = pred.skb.make_learner(fitted=True)
                print(classification_report(df["temp_max"], learner.predict({"X": df[["wind"]]}), output_dict=True))
                """, 10, "does not support the argument 'output_dict'");
    }

    @Test
    void aMetricOfPredictionsOnNewDataIsRefusedWithWhatToWrite() {
        BothFrontends.assertErrorAt(HEAD + """
                learner = pred.skb.make_learner(fitted=True)
                p = learner.predict({"X": df[["precipitation", "temp_min", "wind"]]})
                split = pred.skb.train_test_split(random_state=0)
                print(r2_score(split["y_test"], p))
                """, 12, "takes that data's true values");
    }
}
