package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.Learner;
import io.stratum.frontend.api.TrainTestSplit;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptAction;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.GridSearch;
import io.stratum.ir.value.Const;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.ShuffleSplitKernel;
import io.stratum.runtime.kernels.split.TrainTestSplitKernel;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code split = pred.skb.train_test_split(...)}, {@code learner = pred.skb.make_learner()},
 * {@code learner.fit(split["train"])}, {@code learner.score(split["test"])}: the test rows are scikit-learn's
 * {@code train_test_split} rows and the score is skrub's own, as skrub computed them
 * ({@code frontend/reference/make_learner_reference.py}), with the optimizer on and off and on one and two threads.
 */
class LearnerTest {
    private static final double TOLERANCE = 1e-9;
    /** The rows of examples/data/seattle-weather.csv, all of which reach mark_as_X in the reference scripts. */
    private static final int SEATTLE_ROWS = 1461;

    private record Reference(double score, int[] testRows) {
    }

    static Stream<String> scripts() {
        return reference().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void scoreIsSkrubs(String script) {
        Reference ref = reference().get(script);
        ScriptAction.ShowScore shown = onlyScore(ExampleScripts.bind(script), script);
        for (SessionConfig config : List.of(new SessionConfig(true, 1), new SessionConfig(false, 1), new SessionConfig(true, 2))) {
            double score = Session.onlyScore(new Session(config).run(shown.search()));
            assertTrue(Math.abs(ref.score() - score) <= TOLERANCE * Math.max(1, Math.abs(ref.score())),
                    () -> script + " (" + config + "): expected " + ref.score() + " (skrub) but got " + score);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void testRowsAreScikitLearns(String script) {
        Reference ref = reference().get(script);
        ScriptAction.ShowScore shown = onlyScore(ExampleScripts.bind(script), script);
        Const.DictConst cv = (Const.DictConst) ((GridSearch) shown.search().node()).cv();
        Map<String, Const> p = new LinkedHashMap<>();
        for (int i = 0; i < cv.keys().size(); i++) {
            p.put(((Const.StrConst) cv.keys().get(i)).value(), cv.values().get(i));
        }
        boolean shuffle = ((Const.BoolConst) p.get("shuffle")).value();
        ShuffleSplitKernel.Size test = size(p.get("test_size"));
        ShuffleSplitKernel.Size train = size(p.get("train_size"));
        if (test instanceof ShuffleSplitKernel.Size.Absent && train instanceof ShuffleSplitKernel.Size.Absent) {
            test = new ShuffleSplitKernel.Size.Fraction(0.25);
        }
        long seed = p.get("random_state") instanceof Const.IntConst i ? i.value() : 0;
        List<Fold> folds = TrainTestSplitKernel.split(SEATTLE_ROWS, test, train, shuffle, seed);
        assertEquals(1, folds.size());
        assertArrayEquals(ref.testRows(), folds.get(0).test(), script + ": the test rows, in scikit-learn's order");
    }

    @Test
    void javaApiBuildsTheScriptsSearch() {
        String script = "frontend/src/test/resources/skb_ops/tts_regression.py";
        ScriptAction.ShowScore shown = onlyScore(ExampleScripts.bind(script), script);
        DataOp pred = pipelineOf(script);
        TrainTestSplit split = pred.skb().trainTestSplit(Const.of(0.2), Const.none(), Const.of(0L), true);
        Learner learner = pred.skb().makeLearner().fit(split.train());
        assertEquals(shown.search().node().fingerprint(), learner.score(split.test()).node().fingerprint());
        double score = new Session().score(learner, split.test());
        assertEquals(reference().get(script).score(), score, TOLERANCE);
        TrainTestSplit other = pred.skb().trainTestSplit(Const.of(0.2), Const.none(), Const.of(1L), true);
        assertNotEquals(shown.search().node().fingerprint(),
                pred.skb().makeLearner().fit(other.train()).score(other.test()).node().fingerprint());
        // Scoring on another split than the one fitted on, or before fitting, is refused.
        assertThrows(StratumError.class, () -> learner.score(other.test()));
        assertThrows(StratumError.class, () -> pred.skb().makeLearner().score(split.test()));
        assertThrows(StratumError.class, () -> learner.score(split.train()));
        assertThrows(StratumError.class, () -> pred.skb().trainTestSplit(Const.of(1.5), Const.none(), Const.none(), true));
    }

    @Test
    void unsupportedUsesAreLocatedErrors() {
        String head = "import skrub\nfrom sklearn.linear_model import Ridge\nX = skrub.X()\ny = skrub.y()\n"
                + "pred = X.skb.apply(Ridge(), y=y)\nsplit = pred.skb.train_test_split(random_state=0)\n"
                + "learner = pred.skb.make_learner()\n";
        assertError(head + "learner.score(split['test'])\n", "tts.py:8:", "not fitted");
        assertError(head + "learner.fit(split['X_train'])\n", "tts.py:8:", "X_train");
        assertError(head + "learner.fit({'X': 1})\n", "tts.py:8:", "no value for variable 'y'");
        assertError(head + "learner.transform(split['test'])\n", "tts.py:8:", "no attribute 'transform'");
        assertError(head + "learner.predict_proba(split['test'])\n", "tts.py:8:", "not fitted");
        assertError(head + "pred.skb.train_test_split(stratify=y)\n", "tts.py:8:", "stratify");
        // the hint names the marked splitter that gives skrub's stratified rows, in both frontends
        ScriptError stratified = assertThrows(ScriptError.class, () -> ScriptBinder.bind(head
                + "pred.skb.train_test_split(stratify=y)\n", "tts.py", ExampleScripts.repoRoot()));
        assertTrue(stratified.hint().contains("StratifiedShuffleSplit(n_splits=1"), stratified.hint());
        ScriptError graalPy = assertThrows(ScriptError.class, () -> io.stratum.frontend.graalpy.GraalPyFrontend.bind(head
                + "pred.skb.train_test_split(stratify=y)\n", "tts.py", ExampleScripts.repoRoot()));
        assertTrue(graalPy.getMessage().contains("stratify") && graalPy.hint().contains("StratifiedShuffleSplit(n_splits=1"),
                graalPy.getMessage());
        assertEquals(8, graalPy.line());
        assertError(head + "pred.skb.train_test_split(test_size=2.5)\n", "tts.py:8:", "test_size");
        assertError(head + "pred.skb.train_test_split(tset_size=0.2)\n", "tts.py:8:", "tset_size");
        assertError(head + "pred.skb.make_learner(fitted=True)\n", "tts.py:8:", "has no value to fit on");
    }

    private static void assertError(String source, String where, String what) {
        ScriptError e = assertThrows(ScriptError.class, () -> ScriptBinder.bind(source, "tts.py", ExampleScripts.repoRoot()));
        assertTrue(e.getMessage().contains(where) && e.getMessage().contains(what), e.getMessage());
    }

    private static DataOp pipelineOf(String script) {
        // The pipeline the script's learner was made from: the search's input before its choices were resolved is not
        // kept, so rebuild it from the bound script's cross-validation-free search by binding the same source.
        BoundScript bound = ExampleScripts.bind(script);
        return DataOp.of(io.stratum.ir.logical.DefaultOutcomes.of(
                ((GridSearch) onlyScore(bound, script).search().node()).input()));
    }

    private static ShuffleSplitKernel.Size size(Const c) {
        return switch (c) {
            case Const.FloatConst f -> new ShuffleSplitKernel.Size.Fraction(f.value());
            case Const.IntConst i -> new ShuffleSplitKernel.Size.Count(i.value());
            default -> new ShuffleSplitKernel.Size.Absent();
        };
    }

    private static ScriptAction.ShowScore onlyScore(BoundScript bound, String script) {
        List<ScriptAction.ShowScore> found = new ArrayList<>();
        for (ScriptAction a : bound.actions()) {
            if (a instanceof ScriptAction.ShowScore s) {
                found.add(s);
            }
        }
        assertEquals(1, found.size(), script + ": one learner score printed");
        return found.get(0);
    }

    private static Map<String, Reference> reference() {
        Map<String, Reference> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(ExampleScripts.repoRoot()
                    .resolve("frontend/src/test/resources/reference/learner_scores.csv"))) {
                if (line.startsWith("#") || line.startsWith("script,")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                out.put(f[0], new Reference(Double.parseDouble(f[1]),
                        Arrays.stream(f[2].split(" ")).mapToInt(Integer::parseInt).toArray()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
