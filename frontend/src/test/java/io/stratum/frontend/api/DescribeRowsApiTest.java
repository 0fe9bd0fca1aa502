package io.stratum.frontend.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.bind.ScriptAction;
import io.stratum.frontend.bind.ScriptBinder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java API lists slices, {@code .iloc}, {@code .loc}, subsamples and {@code .skb.concat} in
 * {@code describeSteps()} as a script writing them does (the script's text is held to skrub's by
 * {@code skb_ops/describe_steps_rows.py} in EvalCliTest), and the way a step was written is no part of the plan.
 */
class DescribeRowsApiTest {
    private static final String HEAD = "import pandas as pd\nimport skrub\n"
            + "data = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv')).skb.subsample(n=100)\n";

    private static String described(String expression) {
        return ScriptBinder.bind(HEAD + "print(" + expression + ".skb.describe_steps())\n", "rows.py",
                ExampleScripts.repoRoot()).actions().stream().map(a -> ((ScriptAction.PrintText) a).text())
                .findFirst().orElseThrow().stripTrailing();
    }

    @Test
    void javaCallsAreDescribedAsTheScriptsSpelling() {
        DataOp data = DataOps.var("data", DataOps.readCsv("examples/data/seattle-weather.csv", ExampleScripts.repoRoot()))
                .skb().subsample(100, "head");
        assertEquals(described("data[2:10]"), data.slice(2L, 10L, null).skb().describeSteps());
        assertEquals(described("data.iloc[1:5]"), data.ilocSlice(1L, 5L, null).skb().describeSteps());
        assertEquals(described("data.iloc[::-1]"), data.ilocSlice(null, null, -1L).skb().describeSteps());
        assertEquals(described("data.iloc[[3, 0, -1]]"), data.takePositions(List.of(3L, 0L, -1L)).skb().describeSteps());
        DataOp mask = data.get("wind").binary(io.stratum.ir.logical.BinaryOperator.GT, 3.0);
        assertEquals(described("data.loc[data['wind'] > 3.0]"), data.loc(mask).skb().describeSteps());
        assertEquals(described("data.head(3).skb.concat([data.iloc[0:3][['wind']]], axis=1)"),
                data.call("head", List.of(3L), Map.of()).skb().concat(List.of(data.ilocSlice(0L, 3L, null)
                        .get(List.of("wind"))), 1).skb().describeSteps());
    }

    @Test
    void howAStepWasWrittenIsNotPartOfThePlan() {
        DataOp data = DataOps.var("data", DataOps.readCsv("examples/data/seattle-weather.csv", ExampleScripts.repoRoot()));
        assertEquals(data.slice(1L, 5L, null).node().fingerprint(), data.ilocSlice(1L, 5L, null).node().fingerprint());
        assertEquals(data.slice(null, 3L, null).node().fingerprint(),
                data.call("head", List.of(3L), Map.of()).node().fingerprint());
        DataOp mask = data.get("wind").binary(io.stratum.ir.logical.BinaryOperator.GT, 3.0);
        assertEquals(data.getItem(mask).node().fingerprint(), data.loc(mask).node().fingerprint());
    }
}
