package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ReferenceCsv;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code .skb.apply(..., unsupervised=True)}: skrub fits the estimator without y. A transformer's plan is the one
 * without the flag (Stratum's transformers never read y; the fold scores are held to skrub's by
 * {@code skb_ops/cv_unsupervised.py}); a regressor or classifier is refused at its line with scikit-learn's error, as
 * skrub raises it ({@code frontend/reference/make_unsupervised_reference.py}), in both frontends.
 */
class UnsupervisedApplyTest {
    private static final String HEAD = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import Ridge\n"
            + "from sklearn.preprocessing import StandardScaler\n"
            + "data = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv'))\n"
            + "y = data['temp_max'].skb.mark_as_y()\nX = data[['wind', 'temp_min']].skb.mark_as_X()\n";

    @TempDir
    Path dir;

    static Stream<Arguments> estimators() {
        List<Map<String, String>> ref = ReferenceCsv.read("frontend/src/test/resources/reference/unsupervised_errors.csv");
        return Stream.of("subset", "graalpy").flatMap(frontend -> ref.stream().map(r -> Arguments.of(frontend,
                r.get("estimator"), r.get("import"), r.get("error"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("estimators")
    void aSupervisedEstimatorIsRefusedAsSkrubRefusesIt(String frontend, String estimator, String imports, String error)
            throws IOException {
        Path script = dir.resolve("unsup.py");
        String csv = ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString().replace("\\", "/");
        Files.writeString(script, HEAD.replace("examples/data/seattle-weather.csv", csv) + imports + "\n"
                + "pred = X.skb.apply(" + estimator + ", y=y, unsupervised=True)\n"
                + "print(pred.skb.cross_validate(cv=3))\n");
        Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("unsup.py:9:"), r::toString);
        // scikit-learn's message where skrub's is its generic check of y; DummyRegressor and HistGradientBoosting fail
        // deeper in their own fit, with messages about arrays, for which Stratum gives the generic one.
        String expected = error.contains("requires y to be passed") ? error.substring(error.indexOf(": ") + 2)
                : "estimator requires y to be passed, but the target y is None.";
        assertTrue(r.err().contains(expected), () -> "expected " + expected + "\n" + r);
        assertEquals(1, r.err().split(": error: ", -1).length - 1, () -> "one error line: " + r);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "no stack trace: " + r);
    }

    private static DataOp search(String apply) {
        return ScriptBinder.bind(HEAD + "scaled = " + apply + "\npred = scaled.skb.apply(Ridge(), y=y)\n"
                + "search = pred.skb.make_grid_search(cv=3)\n", "unsup.py", ExampleScripts.repoRoot()).mainSearch();
    }

    @Test
    void aTransformersPlanIsTheOneWithoutTheFlag() {
        DataOp plain = search("X.skb.apply(StandardScaler(), y=y)");
        assertEquals(plain.node().fingerprint(), search("X.skb.apply(StandardScaler(), y=y, unsupervised=True)").node().fingerprint());
        assertEquals(plain.node().fingerprint(), search("X.skb.apply(StandardScaler(), y=y, unsupervised=1)").node().fingerprint());
        assertEquals(search("X.skb.apply(StandardScaler())").node().fingerprint(),
                search("X.skb.apply(StandardScaler(), unsupervised=True)").node().fingerprint());

        DataOp data = DataOps.var("data", DataOps.readCsv("examples/data/seattle-weather.csv", ExampleScripts.repoRoot()));
        DataOp y = data.get("temp_max").skb().markAsY();
        DataOp x = data.get(List.of("wind", "temp_min")).skb().markAsX();
        DataOp scaled = x.skb().applyUnsupervised(DataOps.estimator("sklearn.preprocessing.StandardScaler", Map.of()), y, null);
        DataOp pred = scaled.skb().apply(DataOps.estimator("sklearn.linear_model.Ridge", Map.of()), y, null);
        assertEquals(plain.node().fingerprint(), pred.skb().makeGridSearch(3, (String) null, false).node().fingerprint());
    }

    @Test
    void aChoiceHoldingARegressorIsRefusedAndTheFlagMustBeAConstant() {
        ScriptError choice = assertThrows(ScriptError.class, () -> search(
                "X.skb.apply(skrub.choose_from([StandardScaler(), Ridge()], name='m'), y=y, unsupervised=True)"));
        assertTrue(choice.getMessage().contains("unsup.py:8:") && choice.getMessage().contains("This Ridge estimator requires y"),
                choice.getMessage());
        ScriptError flag = assertThrows(ScriptError.class, () -> search(
                "X.skb.apply(StandardScaler(), y=y, unsupervised=skrub.choose_bool(name='u'))"));
        assertTrue(flag.getMessage().contains("unsup.py:8:"), flag.getMessage());
    }
}
