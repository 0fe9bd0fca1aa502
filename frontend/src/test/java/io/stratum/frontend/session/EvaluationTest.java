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
import io.stratum.runtime.exec.CopiedValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code .skb.eval()}, {@code .skb.eval(environment)} and {@code .skb.preview()} through the Java API: the value on all
 * rows (estimators fitted on them), the environment's data replacing the declared one, and the refusals skrub makes
 * (a variable the environment lacks when it names others, a search). The printed text is held to skrub's by
 * {@code EvalCliTest}.
 */
class EvaluationTest {
    private static final Path ROOT = ExampleScripts.repoRoot();

    @Test
    void evaluatesOnAllRowsOrOnTheEnvironment() {
        DataOp data = DataOps.var("data", DataOps.readCsv("examples/data/seattle-weather.csv", ROOT));
        DataOp wind = data.get(List.of("wind", "temp_min"))
                .skb().apply(DataOps.estimator("sklearn.preprocessing.StandardScaler", Map.of()), null, null).get("wind");
        Session session = new Session();
        CopiedValue all = session.evaluate(wind.skb().eval());
        assertEquals(1461, all.rows());
        assertEquals("wind", all.columns().get(0).name());
        double[] scaled = (double[]) all.columns().get(0).values();
        double mean = 0;
        for (double v : scaled) {
            mean += v;
        }
        assertEquals(0.0, mean / scaled.length, 1e-12, "standardized on all rows");
        assertArrayEquals(scaled, (double[]) session.evaluate(wind.skb().preview()).columns().get(0).values());
        // The environment's first 7 rows: the scaler is fitted on them (skrub's fit_transform on the new data).
        DataOp head = DataOps.readCsv("examples/data/seattle-weather.csv", ROOT).call("head", List.of(7L), Map.of());
        CopiedValue seven = session.evaluate(wind.skb().eval(Map.of("data", head)));
        assertEquals(7, seven.rows());
        assertEquals(0.6064330, ((double[]) seven.columns().get(0).values())[0], 1e-6, "skrub: 0.606433");
        // An environment naming none of the plan's variables leaves them their declared values, as in skrub.
        assertEquals(1461, session.evaluate(wind.skb().eval(Map.of("other", head))).rows());
    }

    @Test
    void refusesWhatSkrubRefuses() {
        DataOp a = DataOps.var("a", DataOps.readCsv("examples/data/seattle-weather.csv", ROOT));
        DataOp b = DataOps.var("b", DataOps.readCsv("examples/data/seattle-weather.csv", ROOT));
        DataOp both = DataOps.concat(List.of(List.of(a, b)), Map.of());
        StratumError missing = assertThrows(StratumError.class, () -> both.skb().eval(Map.of("a", a)));
        assertTrue(missing.getMessage().contains("no value for variable 'b'"), missing.getMessage());
        ScriptError search = assertThrows(ScriptError.class, () -> ScriptBinder.bind("import skrub\n"
                + "from sklearn.linear_model import Ridge\npred = skrub.X(1).skb.apply(Ridge(), y=skrub.y(2))\n"
                + "print(pred.skb.make_grid_search(fitted=True).skb.eval())\n", "e.py", ROOT));
        assertTrue(search.getMessage().contains("e.py:4:") && search.getMessage().contains("search"), search.getMessage());
        ScriptError notDict = assertThrows(ScriptError.class, () -> ScriptBinder.bind("import skrub\n"
                + "x = skrub.var('x', 1)\nprint(x.skb.eval([1]))\n", "e.py", ROOT));
        assertTrue(notDict.getMessage().contains("e.py:3:") && notDict.getMessage().contains("dict"), notDict.getMessage());
    }
}
