package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.explain.ExplainWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows by position through the Java API and its errors: {@code df[::k]}, {@code .iloc[[...]]} (the rows pandas picks
 * are held by {@code FrameOpsScriptTest}'s {@code rows_*}/{@code iloc_*} cases), a position outside the rows located at
 * its line when the plan runs, a zero step and non-int positions refused while the plan is built.
 */
class RowsByPositionTest {
    private static final Path ROOT = ExampleScripts.repoRoot();

    @Test
    void takesRowsByPositionInTheirOrder() {
        DataOp data = DataOps.var("data", DataOps.readCsv("examples/data/seattle-weather.csv", ROOT));
        DataOp every = data.slice(null, null, 500L).get("temp_min");
        assertTrue(ExplainWriter.explain(every.node()).contains("RowsByPosition rows='::500'"), ExplainWriter.explain(every.node()));
        Session session = new Session();
        // pandas: d["temp_min"][::500] -> [5.0, 8.9, 11.7]; d["temp_min"].iloc[[-1, 0]] -> [-2.1, 5.0]
        assertArrayEquals(new double[] {5.0, 8.9, 11.7}, (double[]) session.evaluate(every.skb().eval()).columns().get(0).values());
        DataOp picked = data.takePositions(List.of(-1L, 0L)).get("temp_min");
        assertArrayEquals(new double[] {-2.1, 5.0}, (double[]) session.evaluate(picked.skb().eval()).columns().get(0).values());
    }

    @Test
    void aPositionOutsideTheRowsIsAnErrorAtItsLine() {
        String script = "import pandas as pd\nimport skrub\n"
                + "data = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv'))\n"
                + "rows = data.iloc[[0, 1461]]\nprint(rows.skb.eval())\n";
        var bound = ScriptBinder.bind(script, "pos.py", ROOT);
        io.stratum.frontend.api.Evaluation rows = bound.actions().stream()
                .map(a -> a instanceof io.stratum.frontend.bind.ScriptAction.ShowEvaluation p ? p.evaluation() : null)
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        StratumError e = assertThrows(StratumError.class, () -> new Session().evaluate(rows));
        assertEquals(4, e.origin().line(), e.getMessage());
        assertTrue(e.getMessage().contains("positional indexers are out-of-bounds: position 1461 of 1461 rows"), e.getMessage());
    }

    @Test
    void zeroStepsAndNonIntPositionsAreRefusedAtTheirLine() {
        String head = "import pandas as pd\nimport skrub\ndata = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv'))\n";
        ScriptError zero = assertThrows(ScriptError.class, () -> ScriptBinder.bind(head + "rows = data[::0]\n", "pos.py", ROOT));
        assertTrue(zero.getMessage().contains("pos.py:4:") && zero.getMessage().contains("slice step cannot be zero"), zero.getMessage());
        ScriptError names = assertThrows(ScriptError.class, () -> ScriptBinder.bind(head + "rows = data.iloc[['a']]\n", "pos.py", ROOT));
        assertTrue(names.getMessage().contains("takes a list of row positions (ints)"), names.getMessage());
    }
}
