package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.explain.ExplainWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code .skb.subsample(n, how)}: a {@code Subsample} node in the plan (EXPLAIN shows it), the identity in searches
 * unless {@code keep_subsampling=True}, with skrub's errors located at the script line. The numbers are held to skrub's
 * by {@code cv_subsample_*.py} (CrossValidateTest) and {@code eval_subsample.py} (EvalCliTest).
 */
class SubsampleTest {
    private static final String HEAD = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import Ridge\n"
            + "data = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv'))\n";
    private static final String PIPELINE = "y = data['temp_max'].skb.mark_as_y()\n"
            + "X = data[['wind', 'temp_min']].skb.mark_as_X()\npred = X.skb.apply(Ridge(), y=y)\n";

    private static ScriptError error(String script) {
        return assertThrows(ScriptError.class, () -> ScriptBinder.bind(script, "sub.py", ExampleScripts.repoRoot()));
    }

    @Test
    void explainShowsTheSubsampleAndKeepSubsamplingChangesThePlan() {
        String script = HEAD + "data = data.skb.subsample(n=50, how='random')\n" + PIPELINE;
        DataOp off = ScriptBinder.bind(script + "search = pred.skb.make_grid_search(cv=3)\n", "sub.py",
                ExampleScripts.repoRoot()).mainSearch();
        DataOp on = ScriptBinder.bind(script + "search = pred.skb.make_grid_search(cv=3, keep_subsampling=True)\n",
                "sub.py", ExampleScripts.repoRoot()).mainSearch();
        assertTrue(ExplainWriter.explain(off.node()).contains("Subsample n=50, how='random', keep=False"),
                ExplainWriter.explain(off.node()));
        assertTrue(ExplainWriter.explain(on.node()).contains("Subsample n=50, how='random', keep=True"),
                ExplainWriter.explain(on.node()));
        assertNotEquals(off.node().fingerprint(), on.node().fingerprint());
    }

    @Test
    void javaApiGivesTheScriptsPlan() {
        String script = HEAD + "data = data.skb.subsample(n=50)\n" + PIPELINE
                + "search = pred.skb.make_grid_search(cv=3, keep_subsampling=True)\n";
        DataOp fromScript = ScriptBinder.bind(script, "sub.py", ExampleScripts.repoRoot()).mainSearch();
        DataOp data = DataOps.var("data", DataOps.readCsv("examples/data/seattle-weather.csv", ExampleScripts.repoRoot()))
                .skb().subsample(50, "head");
        DataOp y = data.get("temp_max").skb().markAsY();
        DataOp x = data.get(java.util.List.of("wind", "temp_min")).skb().markAsX();
        DataOp pred = x.skb().apply(DataOps.estimator("sklearn.linear_model.Ridge", java.util.Map.of()), y, null);
        assertEquals(fromScript.node().fingerprint(),
                pred.skb().keepSubsampling().makeGridSearch(3, (String) null, false).node().fingerprint());
    }

    @Test
    void keepSubsamplingWithoutASubsampleIsSkrubsError() {
        for (String call : new String[] {"pred.skb.make_grid_search(keep_subsampling=True)",
                "pred.skb.cross_validate(keep_subsampling=True)", "pred.skb.eval(keep_subsampling=True)",
                "pred.skb.train_test_split(keep_subsampling=True)", "pred.skb.make_learner(keep_subsampling=True)"}) {
            ScriptError e = error(HEAD + PIPELINE + call + "\n");
            assertTrue(e.getMessage().contains("sub.py:8:"), e.getMessage());
            assertTrue(e.getMessage().contains("no subsampling has been configured"), e.getMessage());
        }
    }

    @Test
    void subsamplingOnlyXOrAfterTheMarksIsRefusedAtItsLine() {
        ScriptError onlyX = error(HEAD + "y = data['temp_max'].skb.mark_as_y()\n"
                + "X = data[['wind']].skb.subsample(n=10).skb.mark_as_X()\npred = X.skb.apply(Ridge(), y=y)\n"
                + "pred.skb.cross_validate(keep_subsampling=True)\n");
        assertTrue(onlyX.getMessage().contains("`X` was subsampled with `.skb.subsample()` but `y` was not"), onlyX.getMessage());
        ScriptError late = error(HEAD + PIPELINE.replace("pred = X", "X = X.skb.subsample(n=10)\npred = X")
                + "pred.skb.make_grid_search(keep_subsampling=True)\n");
        assertTrue(late.getMessage().contains("sub.py:7:"), late.getMessage());
        assertTrue(late.getMessage().contains("comes after .skb.mark_as_X()"), late.getMessage());
        // Without keep_subsampling the same subsample is the identity: nothing to refuse.
        ScriptBinder.bind(HEAD + PIPELINE.replace("pred = X", "X = X.skb.subsample(n=10)\npred = X")
                + "pred.skb.make_grid_search()\n", "sub.py", ExampleScripts.repoRoot());
    }

    @Test
    void badArgumentsAreLocated() {
        ScriptError how = error(HEAD + "data.skb.subsample(n=5, how='tail')\n");
        assertTrue(how.getMessage().contains("sub.py:5:"), how.getMessage());
        assertTrue(how.getMessage().contains("`how` should be 'head' or 'random', got: 'tail'"), how.getMessage());
        ScriptError n = error(HEAD + "data.skb.subsample(n=2.5)\n");
        assertTrue(n.getMessage().contains("n must be an int"), n.getMessage());
        assertThrows(StratumError.class, () -> DataOps.var("v").skb().subsample(-1, "head"));
    }
}
