package io.stratum.frontend.bind;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.frontend.ExampleScripts;
import org.junit.jupiter.api.Test;

/**
 * Which prints a failure of a step while the plan runs leaves printed: the actions recorded before the step, and how
 * early each action can fail, so that {@code stratum run} shows what is safe before a long computation.
 */
class TracedScriptTest {
    private static final String SCRIPT = """
            import pandas as pd
            import skrub
            from sklearn.linear_model import Ridge
            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            print("preview:")
            print(data[["wind", "temp_min"]].skb.eval().head(2))
            X = data[["wind", "temp_min"]].skb.mark_as_X()
            search = X.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y()).skb.make_grid_search(cv=3, fitted=True)
            print("searching")
            print(search.results_)
            """;

    @Test
    void aSearchBuiltAfterAPreviewCanFailOnlyAfterThePreviewsOutput() {
        TracedScript traced = ScriptBinder.trace(SCRIPT, "s.py", ExampleScripts.repoRoot());
        // "preview:" computes nothing; the preview first computes the read (created before any print); the search
        // first computes the steps built after the two preview prints; "searching" computes nothing
        assertArrayEquals(new int[] {Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 2}, traced.firstFailurePositions());
    }

    @Test
    void aFailureAtAStepPrintsTheActionsRecordedBeforeIt() {
        TracedScript traced = ScriptBinder.trace(SCRIPT, "s.py", ExampleScripts.repoRoot());
        assertEquals(0, traced.actionsBefore(new io.stratum.ir.node.Origin("s.py", 4, 29))); // the read
        assertEquals(2, traced.actionsBefore(new io.stratum.ir.node.Origin("s.py", 7, 5))); // X's columns
        // the print's own position: the actions before it
        assertEquals(2, traced.actionsBefore(new io.stratum.ir.node.Origin("s.py", 9, 1)));
        assertEquals(-1, traced.actionsBefore(new io.stratum.ir.node.Origin("s.py", 20, 1)));
    }
}
