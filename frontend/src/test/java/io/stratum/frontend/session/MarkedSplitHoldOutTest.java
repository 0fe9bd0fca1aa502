package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptAction;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code .skb.train_test_split(split_index=k)} of a pipeline whose X is marked with a splitter holds out that
 * splitter's split {@code k}, as skrub's {@code get_single_split} does: the learner fitted on its training rows scores
 * on its test rows exactly what {@code .skb.cross_validate()} (held to skrub's fold scores elsewhere) gives for fold
 * {@code k}, for every split and for negative indices, optimizer on and off; an index out of range is a located error
 * once the rows are split. (The default, the last split, is held to skrub by
 * examples/splitters/train_test_split_marked.py.)
 */
class MarkedSplitHoldOutTest {
    private static final String HEAD = "import pandas as pd\nimport skrub\n"
            + "from sklearn.linear_model import LogisticRegression, Ridge\n"
            + "from sklearn.model_selection import GroupKFold, LeaveOneGroupOut, StratifiedGroupKFold, TimeSeriesSplit\n"
            + "data = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv'))\n";

    static Stream<Arguments> splitters() {
        String regression = "y = data['temp_max'].skb.mark_as_y()\nX = data[['precipitation', 'temp_min', 'wind']]"
                + ".skb.mark_as_X(cv=CV)\npred = X.skb.apply(Ridge(), y=y)\n";
        String classification = "y = data['weather'].skb.mark_as_y()\nX = data[['precipitation', 'temp_max', 'wind']]"
                + ".skb.mark_as_X(cv=CV)\npred = X.skb.apply(LogisticRegression(), y=y)\n";
        String groups = ", split_kwargs={'groups': data['weather']}";
        String months = ", split_kwargs={'groups': data['date'].str.slice(0, 7)}";
        return Stream.of(
                Arguments.of("TimeSeriesSplit", regression.replace("cv=CV", "cv=TimeSeriesSplit(n_splits=4, gap=7)"), 4),
                Arguments.of("GroupKFold", regression.replace("cv=CV", "cv=GroupKFold(3)" + groups), 3),
                Arguments.of("LeaveOneGroupOut", regression.replace("cv=CV", "cv=LeaveOneGroupOut()" + groups), 5),
                Arguments.of("StratifiedGroupKFold", classification.replace("cv=CV",
                        "cv=StratifiedGroupKFold(4, shuffle=True, random_state=3)" + months), 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splitters")
    void eachSplitScoresAsItsCrossValidationFold(String name, String pipeline, int splits) {
        BoundScript cvScript = ScriptBinder.bind(HEAD + pipeline + "print(pred.skb.cross_validate())\n", "cv.py",
                ExampleScripts.repoRoot());
        io.stratum.frontend.api.CrossValidation cv = null;
        for (ScriptAction a : cvScript.actions()) {
            if (a instanceof ScriptAction.ShowCrossValidation s) {
                cv = s.cv();
            }
        }
        double[] folds = new Session(new SessionConfig(true, 1)).crossValidate(cv).testScore();
        assertEquals(splits, folds.length, name + ": folds");
        for (int k = -splits; k < splits; k++) {
            String hold = "split = pred.skb.train_test_split(split_index=" + k + ")\nlearner = pred.skb.make_learner()\n"
                    + "learner.fit(split['train'])\nprint(learner.score(split['test']))\n";
            ScriptAction.ShowScore shown = onlyScore(ScriptBinder.bind(HEAD + pipeline + hold, "hold.py",
                    ExampleScripts.repoRoot()));
            for (SessionConfig config : List.of(new SessionConfig(true, 1), new SessionConfig(false, 2))) {
                double score = Session.onlyScore(new Session(config).run(shown.search()));
                double expected = folds[k < 0 ? splits + k : k];
                assertEquals(expected, score, 1e-12 * Math.max(1, Math.abs(expected)),
                        name + " split_index=" + k + " (" + config + ")");
            }
        }
        String outOfRange = "split = pred.skb.train_test_split(split_index=" + splits + ")\n"
                + "learner = pred.skb.make_learner()\nlearner.fit(split['train'])\nprint(learner.score(split['test']))\n";
        ScriptAction.ShowScore shown = onlyScore(ScriptBinder.bind(HEAD + pipeline + outOfRange, "hold.py",
                ExampleScripts.repoRoot()));
        StratumError e = assertThrows(StratumError.class, () -> new Session().run(shown.search()));
        assertTrue(e.getMessage().contains("split_index " + splits + " out of range") && e.getMessage().contains(
                "with " + splits + " splits"), e.getMessage());
        assertEquals(7, e.origin().line(), "located at the mark_as_X line: " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splitters")
    void scikitLearnSettingsAreRefusedAtTheSplitLine(String name, String pipeline, int splits) {
        ScriptError e = assertThrows(ScriptError.class, () -> ScriptBinder.bind(HEAD + pipeline
                + "split = pred.skb.train_test_split(test_size=0.2)\n", "hold.py", ExampleScripts.repoRoot()));
        assertTrue(e.getMessage().contains("hold.py:9:") && e.getMessage().contains("only split_func_kwarg"),
                e.getMessage());
    }

    private static ScriptAction.ShowScore onlyScore(BoundScript bound) {
        List<ScriptAction.ShowScore> found = new ArrayList<>();
        for (ScriptAction a : bound.actions()) {
            if (a instanceof ScriptAction.ShowScore s) {
                found.add(s);
            }
        }
        assertEquals(1, found.size(), "one learner score printed");
        return found.get(0);
    }
}
