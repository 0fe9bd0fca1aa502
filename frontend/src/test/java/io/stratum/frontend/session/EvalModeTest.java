package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.value.Const;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code skrub.eval_mode()} with {@code .skb.match}/{@code .skb.if_else}, and {@code .skb.freeze_after_fit()}: the subset
 * Stratum supports (the mode where it is known before the plan runs), and the located refusals for the rest. Values
 * are held to skrub's by {@code skb_ops/eval_mode.py} (EvalCliTest) and {@code skb_ops/cv_eval_mode.py}
 * (CrossValidateTest).
 */
class EvalModeTest {
    private static final String HEAD = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import Ridge\n"
            + "data = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv'))\n"
            + "y = data['temp_max'].skb.mark_as_y()\nX = data[['wind', 'temp_min']].skb.mark_as_X()\n";

    @Test
    void theModeIsKnownInPreviewsEvaluationsAndFitting() {
        DataOp mode = DataOps.evalMode();
        assertEquals(Const.of("preview"), mode.skb().preview().constant());
        assertEquals(Const.of("fit_transform"), mode.skb().eval().constant());
        DataOp picked = mode.skb().match(List.of(Const.of("preview")), List.of(1L), 2L, true);
        assertEquals(Const.of(1L), picked.skb().preview().constant());
        assertEquals(Const.of(2L), picked.skb().eval().constant());
        DataOp notPreview = mode.binary(io.stratum.ir.logical.BinaryOperator.NE, "preview").skb().ifElse("a", "b");
        assertEquals(Const.of("b"), notPreview.skb().preview().constant());
    }

    @Test
    void aRunTimeBranchInASearchIsRefusedAtItsLine() {
        // In the data path the mode differs between fit and predict: Stratum does not lower it.
        String script = HEAD + "X = (skrub.eval_mode() == 'fit').skb.if_else(X, X * 2)\n"
                + "pred = X.skb.apply(Ridge(), y=y)\nprint(pred.skb.make_grid_search(cv=3, fitted=True).results_)\n";
        DataOp search = ScriptBinder.bind(script, "mode.py", ExampleScripts.repoRoot()).mainSearch();
        StratumError e = assertThrows(StratumError.class, () -> new Session().run(search));
        assertEquals(7, e.origin().line(), e.getMessage());
        assertTrue(e.getMessage().contains(".skb.if_else on a value computed when the plan runs"), e.getMessage());
        // A match without a default whose value matches no key is skrub's KeyError.
        DataOp none = DataOps.evalMode().skb().match(List.of(Const.of("predict")), List.of(1L), null, false);
        assertThrows(StratumError.class, () -> new Session().evaluate(none.skb().eval()));
    }

    @Test
    void freezeAfterFitOfAValueFromXOrYIsAStepAndOfOtherValuesTheValue() {
        String script = HEAD + "m = X[\"wind\"].max().skb.freeze_after_fit()\nX = X.assign(w=X[\"wind\"] / m)\n"
                + "pred = X.skb.apply(Ridge(), y=y)\nprint(pred.skb.make_grid_search(cv=3, fitted=True).results_)\n";
        DataOp search = ScriptBinder.bind(script, "mode.py", ExampleScripts.repoRoot()).mainSearch();
        assertTrue(io.stratum.ir.explain.ExplainWriter.explain(search.node()).contains("FreezeAfterFit"));
        DataOp frozen = DataOps.var("n", 3L).skb().freezeAfterFit();
        assertEquals(Const.of(3L), frozen.skb().eval().constant());
    }
}
