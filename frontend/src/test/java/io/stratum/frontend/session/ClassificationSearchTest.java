package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.Response;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.physical.SplitterSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Searches over classifiers, from script to scores: cv=k means StratifiedKFold, no scoring means accuracy, each
 * scorer makes the final classifier answer with the method scikit-learn's scorer calls, and mistakes are located.
 */
class ClassificationSearchTest {
    private static final String PIPELINE = """
            import pandas as pd
            import skrub
            from sklearn.dummy import DummyClassifier
            from sklearn.linear_model import LogisticRegression, Ridge, RidgeClassifier
            from sklearn.preprocessing import StandardScaler

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["weather"].skb.mark_as_y()
            X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
            X = X.skb.apply(StandardScaler())
            """;

    private static DataOp search(String model, String args) {
        return ScriptBinder.bind(PIPELINE + "pred = X.skb.apply(" + model + ", y=y)\n"
                + "search = pred.skb.make_grid_search(" + args + ")\n", "test.py", ExampleScripts.repoRoot()).mainSearch();
    }

    private static FitPredict finalLearner(SearchPlan plan) {
        return (FitPredict) plan.candidates().get(0).predictions();
    }

    @Test
    void cvAndScoringDefaultToStratifiedFoldsAndAccuracy() {
        SearchPlan plan = new Session().compile(search("LogisticRegression()", "cv=4, fitted=True")).searchPlan();
        assertEquals(SplitterSpec.StratifiedKFold.ordered(4), plan.splitter());
        assertEquals(io.stratum.ir.physical.SearchScoring.single("accuracy"), plan.scoring());
        assertEquals(Response.PREDICT, finalLearner(plan).output());
        // A regressor keeps plain KFold and R².
        SearchPlan regression = new Session().compile(ScriptBinder.bind(PIPELINE.replace("data[\"weather\"]",
                "data[\"temp_max\"]").replace("\"temp_max\", \"temp_min\"", "\"temp_min\"")
                + "search = X.skb.apply(Ridge(), y=y).skb.make_grid_search(cv=4, fitted=True)\n", "test.py",
                ExampleScripts.repoRoot()).mainSearch()).searchPlan();
        assertEquals(SplitterSpec.KFold.consecutive(4), regression.splitter());
        assertEquals(io.stratum.ir.physical.SearchScoring.single("r2"), regression.scoring());
    }

    @Test
    void eachScorerReadsTheMethodScikitLearnsScorerCalls() {
        assertEquals(Response.DECISION_FUNCTION, finalLearner(new Session().compile(
                search("RidgeClassifier()", "cv=3, scoring='roc_auc_ovr'".replace("roc_auc_ovr", "roc_auc")))
                .searchPlan()).output());
        FitPredict proba = finalLearner(new Session().compile(search("DummyClassifier()", "cv=3, scoring='roc_auc'"))
                .searchPlan());
        assertEquals(Response.PREDICT_PROBA, proba.output());
        assertTrue(new Session().compile(search("LogisticRegression()", "cv=3, scoring='neg_log_loss'")).searchPlan()
                .explain().contains("output='predict_proba'"));
    }

    @Test
    void multinomialLogLossAndStratifiedFoldsRunWithTheOptimizerOnAndOff() {
        DataOp op = search("LogisticRegression(C=skrub.choose_from([0.1, 1.0], name='C'))",
                "cv=3, scoring='neg_log_loss', fitted=True");
        SearchResults on = new Session(new SessionConfig(true, 2)).run(op);
        SearchResults off = new Session(new SessionConfig(false, 1)).run(op);
        assertEquals(2, on.rows().size());
        for (int i = 0; i < on.rows().size(); i++) {
            assertArrayEquals(on.rows().get(i).foldScores(), off.rows().get(i).foldScores());
            for (double s : on.rows().get(i).foldScores()) {
                assertTrue(s < 0 && Double.isFinite(s), "log loss score " + s);
            }
        }
    }

    @Test
    void scorersAClassifierCannotServeAreLocatedErrors() {
        StratumError noProba = assertThrows(StratumError.class, () -> new Session().compile(
                search("RidgeClassifier()", "cv=3, scoring='neg_log_loss'")));
        assertTrue(noProba.getMessage().contains("has no predict_proba"), noProba.getMessage());
        assertEquals(11, noProba.origin().line(), noProba.origin().toString());
        StratumError regressor = assertThrows(StratumError.class, () -> new Session().compile(
                search("Ridge()", "cv=3, scoring='accuracy'")));
        assertTrue(regressor.getMessage().contains("is a regressor"), regressor.getMessage());
        StratumError binaryF1 = assertThrows(StratumError.class, () -> new Session().run(
                search("LogisticRegression()", "cv=3, scoring='f1', fitted=True")));
        assertTrue(binaryF1.getMessage().contains("multiclass"), binaryF1.getMessage());
        assertTrue(binaryF1.hint() != null && binaryF1.hint().contains("scoring"), String.valueOf(binaryF1.hint()));
    }

    /** A target with one class (here "None" read as missing, so every row differs from it) is a located error. */
    @Test
    void aTargetWithOneClassIsALocatedErrorNotACrash() {
        for (String model : List.of("LogisticRegression()", "DummyClassifier()")) {
            DataOp op = ScriptBinder.bind(PIPELINE.replace("data[\"weather\"].skb.mark_as_y()",
                            "(data[\"weather\"] != \"none\").skb.mark_as_y()") + "pred = X.skb.apply(" + model + ", y=y)\n"
                            + "search = pred.skb.make_grid_search(cv=3, scoring='roc_auc', fitted=True)\n", "test.py",
                    ExampleScripts.repoRoot()).mainSearch();
            for (boolean optimizer : new boolean[] {true, false}) {
                StratumError e = assertThrows(StratumError.class, () -> new Session(new SessionConfig(optimizer, 1)).run(op));
                assertTrue(e.getMessage().contains("only one class (True)"), e.getMessage());
                assertEquals(11, e.origin().line(), e.origin().toString());
            }
        }
    }

    @Test
    void randomDummyStrategiesAreRefusedWithTheSupportedOnes() {
        ScriptError e = assertThrows(ScriptError.class, () -> search("DummyClassifier(strategy='uniform')", "cv=3"));
        assertTrue(e.getMessage().contains("uniform"), e.getMessage());
    }
}
