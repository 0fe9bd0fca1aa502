package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import org.junit.jupiter.api.Test;

/**
 * PCA as scripts write it: its kernel in the plan, and bad uses named at their script line (the numbers are held to
 * scikit-learn by the runtime's PcaTest and examples/decomposition).
 */
class DecompositionScriptTest {
    private static final String SCRIPT = """
            import pandas as pd
            import skrub
            from sklearn.decomposition import PCA
            from sklearn.linear_model import Ridge

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["temp_max"].skb.mark_as_y()
            X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X()
            X = X.skb.apply(STEP)
            pred = X.skb.apply(Ridge(), y=y)
            search = pred.skb.make_grid_search(cv=3, scoring="r2")
            """;

    private static DataOp search(String step) {
        return ScriptBinder.bind(SCRIPT.replace("STEP", step), "s.py", ExampleScripts.repoRoot()).mainSearch();
    }

    @Test
    void pcaGetsItsKernelAndRunsTheSameWithAndWithoutTheOptimizer() {
        DataOp s = search("PCA(n_components=2, svd_solver='randomized', random_state=0)");
        String plan = new Session().compile(s).searchPlan().explain();
        assertTrue(plan.contains("kernel='pca'"), plan);
        double[] on = new Session(new SessionConfig(true, 2)).run(s).rows().get(0).foldScores();
        double[] off = new Session(new SessionConfig(false, 1)).run(s).rows().get(0).foldScores();
        assertEquals(3, on.length);
        for (int i = 0; i < on.length; i++) {
            assertTrue(Double.isFinite(on[i]), "fold score " + on[i]);
            assertEquals(on[i], off[i], 0.0, "fold " + i);
        }
    }

    @Test
    void aBadComponentCountIsNamedAtTheStepsLine() {
        StratumError e = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("PCA(n_components=1.5)")));
        assertTrue(e.getMessage().contains("n_components"), e.getMessage());
        assertEquals(9, e.origin().line());
        StratumError many = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("PCA(n_components=9)")));
        assertTrue(many.getMessage().contains("min(n_samples, n_features)=3"), many.getMessage());
        assertEquals(9, many.origin().line());
    }

    @Test
    void arpackRunsTheSameWithAndWithoutTheOptimizerAndNeedsFewerComponentsThanColumns() {
        DataOp s = search("PCA(n_components=2, svd_solver='arpack')");
        double[] on = new Session(new SessionConfig(true, 2)).run(s).rows().get(0).foldScores();
        double[] off = new Session(new SessionConfig(false, 1)).run(s).rows().get(0).foldScores();
        for (int i = 0; i < on.length; i++) {
            assertTrue(Double.isFinite(on[i]), "fold score " + on[i]);
            assertEquals(on[i], off[i], 0.0, "fold " + i);
        }
        StratumError all = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("PCA(n_components=3, svd_solver='arpack')")));
        assertTrue(all.getMessage().contains("n_components=3 must be strictly less than min(n_samples, n_features)=3"
                + " with svd_solver='arpack'"), all.getMessage());
        assertEquals(9, all.origin().line());
        StratumError early = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1))
                .run(search("PCA(n_components=2, svd_solver='arpack', tol=1e-3)")));
        assertTrue(early.getMessage().contains("stops ARPACK's iteration early"), early.getMessage());
        assertEquals(9, early.origin().line());
        ScriptError unknown = assertThrows(ScriptError.class, () -> search("PCA(n_component=2)"));
        assertTrue(unknown.getMessage().contains("n_component"), unknown.getMessage());
    }
}
