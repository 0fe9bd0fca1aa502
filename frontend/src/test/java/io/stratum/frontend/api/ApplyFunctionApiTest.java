package io.stratum.frontend.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.bind.ScriptAction;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.value.ColumnSelector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code Skb.applyFunction}, skrub's {@code .skb.apply(FunctionTransformer(f), cols=...)} of a function: the plan the
 * Java API builds is the one a script tracing the same function builds (the script's output is held to skrub's by
 * {@code skb_ops/eval_function_transformer.py}, its scores by {@code examples/skrub_steps/function_transformer.py}).
 */
class ApplyFunctionApiTest {
    private static final String HEAD = "import pandas as pd\nimport skrub\nfrom sklearn.preprocessing import"
            + " FunctionTransformer\ndata = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv'))\n"
            + "def double(df, k=2.0):\n    return df.assign(w2=df['wind'] * k)\n";

    private static DataOp data() {
        return DataOps.var("data", DataOps.readCsv("examples/data/seattle-weather.csv", ExampleScripts.repoRoot()));
    }

    private static String scriptPlan(String expression) {
        ScriptAction.ShowEvaluation shown = (ScriptAction.ShowEvaluation) ScriptBinder.bind(HEAD + "print(" + expression
                + ".skb.eval())\n", "ft.py", ExampleScripts.repoRoot()).actions().getFirst();
        return shown.evaluation().plan().node().fingerprint().toString();
    }

    private static DataOp doubled(DataOp df) {
        return df.assign(Map.of("w2", df.get("wind").binary(BinaryOperator.MUL, 3.0)));
    }

    @Test
    void theJavaApiBuildsTheScriptsPlan() {
        DataOp withCols = data().skb().applyFunction(ApplyFunctionApiTest::doubled,
                new ColumnSelector.Cols(List.of("wind", "temp_min")));
        assertEquals(scriptPlan("data.skb.apply(FunctionTransformer(double, kw_args={'k': 3.0}), cols=['wind', 'temp_min'])"),
                withCols.node().fingerprint().toString());
        DataOp all = data().skb().applyFunction(ApplyFunctionApiTest::doubled, null);
        assertEquals(scriptPlan("data.skb.apply(FunctionTransformer(lambda df: double(df, 3.0)))"),
                all.node().fingerprint().toString());
        assertEquals(doubled(data()).node().fingerprint(), all.node().fingerprint(), "all columns: the function's output");
    }

    @Test
    void noColumnsLeavesTheFrameAndAColumnIsSkrubsError() {
        DataOp frame = data();
        assertSame(frame, frame.skb().applyFunction(ApplyFunctionApiTest::doubled, new ColumnSelector.Cols(List.of())));
        StratumError e = assertThrows(StratumError.class, () -> frame.skb().applyFunction(df -> df.get("wind"), null));
        assertTrue(e.getMessage().contains("FunctionTransformer.fit_transform returned a result of type Series, but a"
                + " pandas DataFrame was expected"), e.getMessage());
    }
}
