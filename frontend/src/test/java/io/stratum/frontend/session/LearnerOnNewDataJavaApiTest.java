package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import io.stratum.frontend.api.Learner;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptAction;
import io.stratum.runtime.exec.CopiedValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java API of a learner fitted on data predicting on other data ({@code Learner.fitOnDeclaredValues}, {@code fit(Map)},
 * {@code predict(Map)}, {@code Session.predictions}): the same arrays as the script that writes the same pipeline (whose
 * arrays are held to skrub's by LearnerPredictTest), and one fit per learner however often it predicts.
 */
class LearnerOnNewDataJavaApiTest {
    private static final String SCRIPT = """
            import pandas as pd
            import skrub
            from sklearn.linear_model import Ridge
            from sklearn.preprocessing import StandardScaler
            df = pd.read_csv("examples/data/seattle-weather.csv")
            data = skrub.var("data", df[:1000])
            y = data["temp_max"].skb.mark_as_y()
            X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
            pred = X.skb.apply(StandardScaler()).skb.apply(Ridge(alpha=3.0), y=y)
            print(pred.skb.make_learner(fitted=True).predict({"data": df[1000:]}))
            """;

    private static DataOp weather() {
        return DataOps.readCsv("examples/data/seattle-weather.csv", ExampleScripts.repoRoot());
    }

    private static DataOp pipeline() {
        DataOp data = DataOps.var("data", weather().slice(null, 1000L, null));
        DataOp y = data.get("temp_max").skb().markAsY();
        DataOp x = data.get(List.of("precipitation", "temp_min", "wind")).skb().markAsX();
        x = x.skb().apply(DataOps.estimator("sklearn.preprocessing.StandardScaler", Map.of()));
        return x.skb().apply(DataOps.estimator("sklearn.linear_model.Ridge", Map.of("alpha", 3.0)), y, null);
    }

    private static double[] values(CopiedValue v) {
        return (double[]) v.columns().get(0).values();
    }

    @Test
    void theJavaApiPredictsWhatTheScriptPredicts() {
        BoundScript bound = io.stratum.frontend.bind.ScriptBinder.bind(SCRIPT, "script.py", ExampleScripts.repoRoot());
        ScriptAction.ShowPredictions shown = (ScriptAction.ShowPredictions) bound.actions().get(bound.actions().size() - 1);
        try (Session session = new Session()) {
            double[] fromScript = values(session.predictions(shown.predictions()));
            Learner learner = pipeline().skb().makeLearner().fitOnDeclaredValues();
            Map<String, Object> fresh = Map.of("data", weather().slice(1000L, null, null));
            double[] fromJava = values(session.predictions(learner.predict(fresh)));
            assertEquals(461, fromJava.length);
            assertArrayEquals(fromScript, fromJava);
            int kept = session.fittedLearners();
            // predicting again (predict_proba, a score) reuses the fitted learner instead of fitting it again
            assertArrayEquals(fromJava, values(session.predictions(learner.predict(fresh))));
            assertEquals(kept, session.fittedLearners());
            // learner.fit(Map) on the same rows gives the same learner
            Learner refit = pipeline().skb().makeLearner().fit(Map.of("data", weather().slice(null, 1000L, null)));
            assertArrayEquals(fromScript, values(session.predictions(refit.predict(fresh))));
        }
    }
}
