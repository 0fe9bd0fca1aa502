package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.CrossValidation;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptAction;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.LogicalNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code .skb.cross_validate(...)} gives skrub's fold scores (test and, when asked for, training rows), as skrub
 * itself computed them ({@code frontend/reference/make_cross_validate_reference.py}), with the optimizer on and off
 * and on one and two threads.
 */
class CrossValidateTest {
    private static final double TOLERANCE = 1e-9;
    /** A Ridge cross-validated on Seattle's wind, {@code cv} on line 7: the scripts of the refusal tests start so. */
    private static final String RIDGE_CV_SCRIPT = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import Ridge\n"
            + "data = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv'))\n"
            + "X = data[['wind']].skb.mark_as_X()\ny = data['temp_max'].skb.mark_as_y()\n"
            + "cv = X.skb.apply(Ridge(), y=y).skb.cross_validate(cv=3)\n";

    private record Reference(List<Double> test, List<Double> train) {
    }

    static Stream<String> scripts() {
        return reference().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void foldScoresAreSkrubs(String script) {
        Reference ref = reference().get(script);
        CrossValidation cv = onlyCrossValidation(ExampleScripts.bind(script), script);
        for (SessionConfig config : List.of(new SessionConfig(true, 1), new SessionConfig(false, 1), new SessionConfig(true, 2))) {
            CrossValidationResults r = new Session(config).crossValidate(cv);
            assertEquals(ref.test().size(), r.folds(), script + ": folds");
            for (int f = 0; f < r.folds(); f++) {
                assertClose(ref.test().get(f), r.testScore()[f], script + " fold " + f + " test_score (" + config + ")");
            }
            if (ref.train().isEmpty()) {
                assertNull(r.trainScore(), script + ": no train_score unless return_train_score=True");
            } else {
                for (int f = 0; f < r.folds(); f++) {
                    assertClose(ref.train().get(f), r.trainScore()[f], script + " fold " + f + " train_score (" + config + ")");
                }
            }
            assertEquals(r.folds(), r.fitTime().length);
            assertTrue(r.fitTime()[0] >= 0 && r.scoreTime()[0] >= 0);
        }
    }

    static Stream<String> columnScripts() {
        return io.stratum.frontend.ReferenceCsv.read("frontend/src/test/resources/reference/cross_validate_columns.csv")
                .stream().map(r -> r.get("script")).distinct();
    }

    /**
     * Every score column of skrub's table (cross_validate_columns.csv): with several scorers {@code test_<name>} and
     * {@code train_<name>} per scorer in scikit-learn's order, and with an environment the dict's data.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("columnScripts")
    void everyScoreColumnIsSkrubs(String script) {
        List<java.util.Map<String, String>> ref = io.stratum.frontend.ReferenceCsv.read(
                "frontend/src/test/resources/reference/cross_validate_columns.csv").stream()
                .filter(r -> r.get("script").equals(script)).toList();
        CrossValidation cv = onlyCrossValidation(ExampleScripts.bind(script), script);
        List<String> expectedColumns = new ArrayList<>(List.of("fit_time", "score_time"));
        ref.stream().map(r -> r.get("column")).distinct().forEach(expectedColumns::add);
        assertEquals(expectedColumns, cv.columns(), script + ": the table's columns, in scikit-learn's order");
        for (SessionConfig config : List.of(new SessionConfig(true, 1), new SessionConfig(false, 2))) {
            CrossValidationResults r = new Session(config).crossValidate(cv);
            for (java.util.Map<String, String> row : ref) {
                int fold = Integer.parseInt(row.get("fold"));
                assertClose(Double.parseDouble(row.get("value")), r.column(row.get("column"))[fold],
                        script + " fold " + fold + " " + row.get("column") + " (" + config + ")");
            }
        }
    }

    @Test
    void everyChoiceIsAtItsDefaultAndTheSearchHasOneCandidate() {
        String script = "frontend/src/test/resources/skb_ops/cv_regression_defaults.py";
        CrossValidation cv = onlyCrossValidation(ExampleScripts.bind(script), script);
        assertTrue(choices(cv.search().node(), new HashSet<>()).isEmpty(), "the cross-validated plan has no choices left");
        CrossValidationResults r = new Session().crossValidate(cv);
        assertEquals(1, r.search().rows().size());
        assertEquals(5, r.folds(), "cv=None is 5 folds");
    }

    @Test
    void javaApiGivesTheScriptsPlan() {
        String script = "frontend/src/test/resources/skb_ops/cv_regression_defaults.py";
        CrossValidation fromScript = onlyCrossValidation(ExampleScripts.bind(script), script);
        // The same pipeline's cross_validate built twice gives the same plan; with other options, another one.
        CrossValidation again = onlyCrossValidation(ExampleScripts.bind(script), script);
        assertEquals(fromScript.search().node().fingerprint(), again.search().node().fingerprint());
        DataOp pred = DataOp.of(((io.stratum.ir.logical.GridSearch) fromScript.search().node()).input());
        assertEquals(fromScript.search().node().fingerprint(),
                pred.skb().crossValidate(5, (String) null, false).search().node().fingerprint());
        assertTrue(!fromScript.search().node().fingerprint().equals(
                pred.skb().crossValidate(3, (String) null, false).search().node().fingerprint()));
        assertTrue(pred.skb().crossValidate(5, "r2", true).returnTrainScore());
        assertEquals(List.of("fit_time", "score_time", "test_score", "train_score"),
                pred.skb().crossValidate(5, "r2", true).columns());
    }

    @Test
    void unsupportedArgumentsAreLocatedErrors() {
        String head = "import skrub\nfrom sklearn.linear_model import Ridge\nX = skrub.X()\ny = skrub.y()\n"
                + "pred = X.skb.apply(Ridge(), y=y)\n";
        ScriptError env = assertThrows(ScriptError.class,
                () -> ScriptBinder.bind(head + "pred.skb.cross_validate({'X': 1})\n", "cv.py", ExampleScripts.repoRoot()));
        assertTrue(env.getMessage().contains("cv.py:6:"), env.getMessage());
        assertTrue(env.getMessage().contains("no value for variable 'y'"), env.getMessage());
        ScriptError learner = assertThrows(ScriptError.class,
                () -> ScriptBinder.bind(head + "pred.skb.cross_validate(return_learner=True)\n", "cv.py", ExampleScripts.repoRoot()));
        assertTrue(learner.getMessage().contains("return_learner"), learner.getMessage());
        ScriptError column = assertThrows(ScriptError.class,
                () -> ScriptBinder.bind(head + "print(pred.skb.cross_validate()['train_score'])\n", "cv.py", ExampleScripts.repoRoot()));
        assertTrue(column.getMessage().contains("no column 'train_score'"), column.getMessage());
        ScriptError scoring = assertThrows(ScriptError.class,
                () -> ScriptBinder.bind(head + "pred.skb.cross_validate(scoring=['r2', 3])\n", "cv.py", ExampleScripts.repoRoot()));
        assertTrue(scoring.getMessage().contains("scoring lists scorer names"), scoring.getMessage());
    }

    @Test
    void aColumnIsReducedAsItIsNotAfterRoundOrTolistInBothFrontends() {
        // pandas would reduce the rounded values; Stratum reduces the column, so it refuses rather than differ
        String head = RIDGE_CV_SCRIPT;
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(cv['test_score'].round(3).mean())\n", 8,
                "reduce first, then round");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(cv['test_score'].round('x'))\n", 8,
                "takes an int");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(cv[['test_score', 'nope']])\n", 8,
                "has no column 'nope'");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(cv.mean().round(2).max())\n", 8,
                "as it is, once");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(cv.mean().round(2).round(1))\n", 8,
                "once");
    }

    @Test
    void aColumnsNumbersAreReadAsPandasAndNumpyGiveThemOrRefusedAtTheirLineInBothFrontends() {
        String head = "import numpy as np\n" + RIDGE_CV_SCRIPT;
        // pandas looks an int up among the table's row labels, where -1 is not one
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(cv['test_score'][-1])\n", 9, "up among the row labels");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(cv['test_score']['a'])\n", 9, "by one int");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(cv['test_score'].round(2)[0])\n", 9,
                "index first, then round");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(np.std(cv['test_score'], ddof=2))\n", 9,
                "ddof=0 and ddof=1");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(np.mean(cv['test_score'].round(3)))\n", 9,
                "reduce first, then round");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(np.mean([1, 2]))\n", 9,
                "takes a column of cross_validate's table");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(cv['test_score'].values.to_numpy())\n", 9,
                "to_numpy");
        // iterating needs the numbers, known once the cross-validation has run; the error names the line
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "\nfor s in cv['test_score']:\n    print(s)\n", 10,
                "cannot be iterated while the plan is built");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(list(cv['test_score']))\n", 9,
                "cannot be iterated while the plan is built");
    }

    @Test
    void numpysReductionsRefusedAreTheSameErrorAtTheCallsNameInBothFrontends() {
        // GraalPy raised these as Python TypeErrors at column 1, with its own words; the subset names the function
        String head = "import numpy as np\n" + RIDGE_CV_SCRIPT;
        String[][] cases = {
                {"print(np.mean(data['wind']))\n", "np.mean() of a DataOp is not computed by Stratum"},
                {"print(np.amax([1, 2]))\n", "np.amax() of a list is not computed by Stratum"},
                {"print(np.std(cv['test_score'], 1))\n", "np.std() of 2 arguments is not computed by Stratum"},
                {"print(np.median(cv))\n", "np.median() of a cross_validate results is not computed by Stratum"},
                {"print(np.std(cv['test_score'], ddof=2))\n", "np.std(ddof=2): Stratum computes ddof=0 and ddof=1"},
                {"print(np.mean(cv['test_score'], ddof=1))\n", "np.mean(): Stratum does not support the argument 'ddof'"},
                {"print(np.var(cv['test_score'], axis=0))\n", "np.var(): Stratum does not support the argument 'axis'"},
                {"print(np.sum(cv['test_score'].round(3)))\n", "Stratum computes np.sum() of a cross_validate column as it"
                        + " is, not after round()"}};
        for (String[] c : cases) {
            List<ScriptError> errors = new ArrayList<>();
            for (var frontend : io.stratum.frontend.bind.BothFrontends.ALL) {
                ScriptError e = assertThrows(ScriptError.class, () -> frontend.apply(head + c[0]), c[0]);
                assertEquals(List.of(9, 10), List.of(e.line(), e.column()), e.getMessage());
                assertTrue(e.problem().startsWith(c[1]), e.getMessage());
                errors.add(e);
            }
            assertEquals(errors.get(0).problem(), errors.get(1).problem());
            assertEquals(errors.get(0).hint(), errors.get(1).hint());
        }
    }

    @Test
    void skrubsCrossValidateFunctionTakesALearnerAndRefusesWhatItCannotRunInBothFrontends() {
        String head = RIDGE_CV_SCRIPT;
        // nested cross-validation of a search is not run yet: refused at its line, not cross-validated as a learner
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "search = X.skb.apply(Ridge(), y=y).skb.make_grid_search()\n"
                + "print(skrub.cross_validate(search, {'data': None}))\n", 9, "nested cross-validation");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(skrub.cross_validate(3, {}))\n", 8,
                "requires either a Learner object or a ParamSearch object");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "search = X.skb.apply(Ridge(), y=y).skb.make_grid_search("
                + "fitted=True)\nprint(skrub.cross_validate(search.best_learner_, {}))\n", 9, "best_learner_");
        // skrub's environment is required, as in skrub
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "learner = X.skb.apply(Ridge(), y=y).skb.make_learner()\n"
                + "print(skrub.cross_validate(learner))\n", 9, "environment");
    }

    @Test
    void dropRemovesColumnsOfTheTableAsPandasOrIsRefusedAtItsLineInBothFrontends() {
        String head = RIDGE_CV_SCRIPT;
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(cv.drop(columns=['fit_time', 'nope']))\n", 8,
                "['nope'] not found in axis");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(cv.drop([0, 1]))\n", 8, "not its rows");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(cv.drop(index=[0]))\n", 8, "not its rows");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(cv.drop())\n", 8, "at least one of");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "cv.drop(columns='fit_time', inplace=True)\n", 8,
                "inplace=True");
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(cv.mean().drop(columns='fit_time'))\n", 8,
                "drop");
    }

    @Test
    void anEnvironmentOfTheVariablesOwnValuesReplacesNothing() {
        // get_data() gives each variable's declared value: a script that read the data's columns while building the plan
        // may still cross-validate on it, while a dict of other data for that variable is refused
        String head = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import Ridge\n"
                + "data = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv'))\n"
                + "cols = [c for c in data.columns if c in ('wind', 'temp_min')]\n"
                + "pred = data[cols].skb.mark_as_X().skb.apply(Ridge(), y=data['temp_max'].skb.mark_as_y())\n";
        for (java.util.function.Function<String, BoundScript> frontend : io.stratum.frontend.bind.BothFrontends.ALL) {
            BoundScript bound = frontend.apply(head
                    + "print(skrub.cross_validate(pred.skb.make_learner(), pred.skb.get_data(), cv=3))\n");
            assertEquals(1, bound.searches().size());
        }
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(head + "print(skrub.cross_validate(pred.skb.make_learner(),"
                + " {'data': pd.read_csv('examples/data/seattle-weather.csv').head(100)}, cv=3))\n", 7, "replaces variable 'data'");
    }

    private static CrossValidation onlyCrossValidation(BoundScript bound, String script) {
        List<CrossValidation> found = new ArrayList<>();
        for (ScriptAction a : bound.actions()) {
            if (a instanceof ScriptAction.ShowCrossValidation c && !found.contains(c.cv())) {
                found.add(c.cv());
            }
        }
        assertEquals(1, found.size(), script + ": one cross_validate printed");
        return found.get(0);
    }

    private static Set<Choice> choices(LogicalNode node, Set<LogicalNode> seen) {
        Set<Choice> out = new HashSet<>();
        if (seen.add(node)) {
            if (node instanceof Choice c) {
                out.add(c);
            }
            for (LogicalNode in : node.inputs()) {
                out.addAll(choices(in, seen));
            }
        }
        return out;
    }

    private static void assertClose(double expected, double actual, String what) {
        double scale = Math.max(1.0, Math.abs(expected));
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * scale,
                () -> what + ": expected " + expected + " (skrub) but got " + actual);
    }

    private static Map<String, Reference> reference() {
        Map<String, Reference> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(ExampleScripts.repoRoot()
                    .resolve("frontend/src/test/resources/reference/cross_validate_scores.csv"))) {
                if (line.startsWith("#") || line.startsWith("script,")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                Reference r = out.computeIfAbsent(f[0], k -> new Reference(new ArrayList<>(), new ArrayList<>()));
                r.test().add(Double.parseDouble(f[2]));
                if (!f[3].isEmpty()) {
                    r.train().add(Double.parseDouble(f[3]));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
