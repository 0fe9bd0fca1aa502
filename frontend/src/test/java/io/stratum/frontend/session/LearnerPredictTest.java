package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ReferenceCsv;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import io.stratum.frontend.api.Learner;
import io.stratum.frontend.api.TrainTestSplit;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptAction;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.exec.CopiedValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code learner.predict(split["test"])}, {@code learner.predict_proba(split["test"])} and
 * {@code learner.decision_function(...)}, and a learner fitted on data predicting on other data
 * ({@code predict_new_data.py}, {@code predict_decision_function.py}): the arrays skrub's learner returned for the same scripts ({@code frontend/reference/make_predict_reference.py}: values, shape, classes in
 * order), with the optimizer on and off and on one and two threads.
 */
class LearnerPredictTest {
    private static final double TOLERANCE = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> scripts() {
        return reference().stream().map(r -> r.get("script")).distinct();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void predictionsAreSkrubs(String script) throws Exception {
        List<Map<String, String>> expected = reference().stream().filter(r -> r.get("script").equals(script)).toList();
        List<ScriptAction.ShowPredictions> shown = predictions(ExampleScripts.bind(script));
        assertEquals(expected.size(), shown.size(), script + ": one printed array per predict call of the reference");
        for (SessionConfig config : List.of(new SessionConfig(true, 1), new SessionConfig(false, 1), new SessionConfig(true, 2))) {
            for (int i = 0; i < shown.size(); i++) {
                Map<String, String> ref = expected.get(i);
                assertEquals(ref.get("method"), shown.get(i).predictions().method().methodName());
                CopiedValue got;
                try (Session session = new Session(config)) {
                    got = session.predictions(shown.get(i).predictions());
                }
                assertSameArray(ref.get("shape"), JSON.readTree(ref.get("values")), got, script + " call " + i + " (" + config + ")");
            }
        }
    }

    @Test
    void javaApiPredictsAsTheScript() throws Exception {
        Path root = ExampleScripts.repoRoot();
        DataOp data = DataOps.var("data", DataOps.readCsv("examples/data/seattle-weather.csv", root));
        DataOp y = data.get("weather").skb().markAsY();
        DataOp x = data.get(List.of("precipitation", "temp_max", "temp_min", "wind")).skb().markAsX();
        x = x.skb().apply(DataOps.estimator("sklearn.preprocessing.StandardScaler", Map.of()), null, null);
        DataOp pred = x.skb().apply(DataOps.estimator("sklearn.neighbors.KNeighborsClassifier", Map.of("n_neighbors", 7L)),
                y, null);
        TrainTestSplit split = pred.skb().trainTestSplit(Const.of(40L), Const.none(), Const.none(), false);
        Learner learner = pred.skb().makeLearner().fit(split.train());
        List<Map<String, String>> ref = reference().stream()
                .filter(r -> r.get("script").endsWith("predict_classifier.py")).toList();
        Session session = new Session();
        assertSameArray(ref.get(0).get("shape"), JSON.readTree(ref.get(0).get("values")),
                session.predictions(learner.predict(split.test())), "predict");
        assertSameArray(ref.get(1).get("shape"), JSON.readTree(ref.get(1).get("values")),
                session.predictions(learner.predictProba(split.test())), "predict_proba");
        assertThrows(StratumError.class, () -> learner.predict(split.train()));
        assertThrows(StratumError.class, () -> pred.skb().makeLearner().predict(split.test()));
    }

    @Test
    void predictProbaOfARegressorIsALocatedError() {
        String source = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import Ridge\n"
                + "data = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv'))\n"
                + "X = data[['wind', 'temp_min']].skb.mark_as_X()\ny = data['temp_max'].skb.mark_as_y()\n"
                + "pred = X.skb.apply(Ridge(), y=y)\nsplit = pred.skb.train_test_split(random_state=0)\n"
                + "learner = pred.skb.make_learner().fit(split['train'])\nprint(learner.predict_proba(split['test']))\n";
        BoundScript bound = ScriptBinder.bind(source, "proba.py", ExampleScripts.repoRoot());
        StratumError e = assertThrows(StratumError.class,
                () -> new Session().predictions(predictions(bound).get(0).predictions()));
        assertTrue(e.getMessage().contains("Ridge has no predict_proba"), e.getMessage());
        assertEquals(7, e.origin().line(), "at the estimator's line");
        ScriptError unfitted = assertThrows(ScriptError.class, () -> ScriptBinder.bind(source.replace(
                ".fit(split['train'])", ""), "proba.py", ExampleScripts.repoRoot()));
        assertTrue(unfitted.getMessage().contains("proba.py:10:") && unfitted.getMessage().contains("not fitted"),
                unfitted.getMessage());
        ScriptError onTrain = assertThrows(ScriptError.class, () -> ScriptBinder.bind(source.replace(
                "predict_proba(split['test'])", "predict(split['train'])"), "proba.py", ExampleScripts.repoRoot()));
        assertTrue(onTrain.getMessage().contains("proba.py:10:") && onTrain.getMessage().contains("split[\"test\"]"),
                onTrain.getMessage());
    }

    @Test
    void decisionFunctionOfALearnerWithoutOneIsALocatedError() {
        String source = "import pandas as pd\nimport skrub\nfrom sklearn.neighbors import KNeighborsClassifier\n"
                + "data = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv'))\n"
                + "X = data[['wind', 'temp_min']].skb.mark_as_X()\ny = data['weather'].skb.mark_as_y()\n"
                + "pred = X.skb.apply(KNeighborsClassifier(), y=y)\nsplit = pred.skb.train_test_split(random_state=0)\n"
                + "learner = pred.skb.make_learner().fit(split['train'])\nprint(learner.decision_function(split['test']))\n";
        BoundScript bound = ScriptBinder.bind(source, "decision.py", ExampleScripts.repoRoot());
        StratumError e = assertThrows(StratumError.class,
                () -> new Session().predictions(predictions(bound).get(0).predictions()));
        assertTrue(e.getMessage().contains("KNeighborsClassifier has no decision_function"), e.getMessage());
        assertEquals(7, e.origin().line(), "at the estimator's line");
    }

    @Test
    void indexingPredictionsAndMetricsOfProbabilitiesRefuseWhatStratumDoesNotComputeInBothFrontends() {
        String head = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import LogisticRegression\n"
                + "from sklearn.metrics import roc_auc_score, log_loss, accuracy_score\n"
                + "data = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv'))\n"
                + "X = data[['wind', 'temp_min']].skb.mark_as_X()\ny = (data['weather'] == 'sun').skb.mark_as_y()\n"
                + "pred = X.skb.apply(LogisticRegression(), y=y)\nsplit = pred.skb.train_test_split(random_state=0)\n"
                + "learner = pred.skb.make_learner().fit(split['train'])\n";
        String[][] cases = {
                {"print(learner.predict(split['test'])[:, 1])", "too many indices"},
                {"print(learner.predict_proba(split['test'])[:5][:2])", "indexes a learner's predictions once"},
                {"print(learner.predict_proba(split['test'])[3])", "by a slice of rows"},
                {"print(roc_auc_score(split['y_test'], learner.predict_proba(split['test'])[:, 0]))", "proba[:, 1]"},
                {"print(accuracy_score(split['y_test'], learner.predict(split['test'])[:10]))", "all of them"},
                {"print(log_loss(split['y_test'], learner.decision_function(split['test'])))", "of two classes"}};
        for (String[] c : cases) {
            io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + c[0] + "\n", 11, c[1]);
        }
    }

    static void assertSameArray(String shape, JsonNode values, CopiedValue got, String what) {
        String[] dims = shape.trim().split(" ");
        int rows = Integer.parseInt(dims[0]);
        int cols = dims.length == 2 ? Integer.parseInt(dims[1]) : 1;
        assertEquals(dims.length == 2, got.frame(), what + ": a 2-d array is a frame");
        assertEquals(cols, got.columns().size(), what + ": columns");
        assertEquals(rows, got.rows(), what + ": rows");
        for (int c = 0; c < cols; c++) {
            CopiedValue.CopiedColumn column = got.columns().get(c);
            for (int r = 0; r < rows; r++) {
                JsonNode v = values.get(r * cols + c);
                if (column.type() == DataType.STRING) {
                    assertEquals(v.asText(), ((String[]) column.values())[r], what + " row " + r);
                } else {
                    double expected = v.asDouble();
                    double actual = column.type() == DataType.INT64 ? ((long[]) column.values())[r]
                            : ((double[]) column.values())[r];
                    assertTrue(Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected)),
                            what + " row " + r + " column " + c + ": expected " + expected + " (skrub) but got " + actual);
                }
            }
        }
    }

    private static List<ScriptAction.ShowPredictions> predictions(BoundScript bound) {
        List<ScriptAction.ShowPredictions> out = new ArrayList<>();
        for (ScriptAction a : bound.actions()) {
            if (a instanceof ScriptAction.ShowPredictions p) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Map<String, String>> reference() {
        return ReferenceCsv.read("frontend/src/test/resources/reference/learner_predictions.csv");
    }
}
