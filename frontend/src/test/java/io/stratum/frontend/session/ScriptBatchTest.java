package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ExampleScripts.ReferenceScore;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.value.Const;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scripts of {@code examples/batch/}, merged into one search: one choice named {@code script} over them, the
 * encoder they all apply computed once when optimized, and every candidate scoring exactly as when its script
 * runs alone — with the optimizer on and off.
 */
class ScriptBatchTest {
    private static final List<String> SCRIPTS = List.of("examples/batch/a_ridge.py", "examples/batch/b_wet_wind.py",
            "examples/batch/c_linear.py", "examples/batch/d_selectors.py");
    private static final String ONE_HOT = "sklearn.preprocessing.OneHotEncoder";
    private static final String SCALER = "sklearn.preprocessing.StandardScaler";

    private static ScriptBatch exampleBatch() {
        List<BoundScript> bound = new ArrayList<>();
        for (String s : SCRIPTS) {
            bound.add(ExampleScripts.bind(s));
        }
        return ScriptBatch.of(bound);
    }

    private static SearchPlan plan(ScriptBatch batch, boolean optimizer) {
        return new Session(new SessionConfig(optimizer, 1)).compile(batch.search()).searchPlan();
    }

    @Test
    void scriptChoiceComesFirstWithFileNamesAsLabels() {
        ScriptBatch batch = exampleBatch();
        assertEquals(List.of("a_ridge.py", "b_wet_wind.py", "c_linear.py", "d_selectors.py"), batch.labels());
        SearchPlan plan = plan(batch, true);
        // skrub's numbering leaves the outermost choice last; the results table shows it first (see the run below).
        assertEquals(List.of("alpha", "ridge_alpha", "scale", "d_alpha", "script"), plan.choiceNames());
        assertEquals(3 + 4 + 2 + 3, plan.candidates().size());
        assertEquals(Const.of("a_ridge.py"), plan.candidates().get(0).outcomes().get(4));
        assertEquals(Const.of("c_linear.py"), plan.candidates().get(8).outcomes().get(4));
    }

    @Test
    void optimizedBatchFitsTheSharedEncoderOnceAndSharesTheEqualScaler() {
        SearchPlan plan = plan(exampleBatch(), true);
        // d_selectors' s.cols("weather") is the list ["weather"], so its encoder is the others' too.
        assertEquals(1, distinctFitTransforms(plan, ONE_HOT));
        // a_ridge's scaler and c_linear's optional scaler are the same step; b_wet_wind scales one more column;
        // d_selectors picks its columns with a selector, which only the data can resolve.
        assertEquals(3, distinctFitTransforms(plan, SCALER));
    }

    @Test
    void withoutTheOptimizerEachScriptKeepsItsOwnSteps() {
        SearchPlan plan = plan(exampleBatch(), false);
        assertEquals(4, distinctFitTransforms(plan, ONE_HOT));
        assertEquals(4, distinctFitTransforms(plan, SCALER));
    }

    @Test
    void everyCandidateScoresAsItsScriptAloneAndAsScikitLearn() {
        Map<String, Map<String, ReferenceScore>> reference = ExampleScripts.reference();
        for (boolean optimizer : new boolean[] {true, false}) {
            Session session = new Session(new SessionConfig(optimizer, 2));
            SearchResults merged = session.run(exampleBatch().search());
            assertEquals("script", merged.choiceNames().get(0));
            Map<String, double[]> alone = new HashMap<>();
            for (String s : SCRIPTS) {
                String label = s.substring(s.lastIndexOf('/') + 1);
                for (SearchResults.Row row : session.run(ExampleScripts.bind(s).mainSearch()).rows()) {
                    alone.put(label + "|" + ExampleScripts.key(row), row.foldScores());
                }
            }
            assertEquals(12, merged.rows().size());
            for (SearchResults.Row row : merged.rows()) {
                Map<String, Const> params = new LinkedHashMap<>(row.params());
                String script = ((Const.StrConst) params.remove("script")).value();
                String key = ExampleScripts.key(new SearchResults.Row(params, 0, 0, new double[0]));
                double[] expected = alone.get(script + "|" + key);
                assertNotNull(expected, script + " alone has no candidate " + key);
                assertArrayEquals(expected, row.foldScores(), script + " " + key + " (optimizer " + optimizer + ")");
                ReferenceScore ref = reference.get("examples/batch/" + script).get(key);
                assertNotNull(ref, "no reference for " + script + " " + key);
                assertEquals(ref.mean(), row.meanTestScore(), Math.abs(ref.mean()) * 1e-9, script + " " + key);
                assertEquals(ref.std(), row.stdTestScore(), Math.abs(ref.std()) * 1e-9, script + " " + key);
            }
            for (int i = 1; i < merged.rows().size(); i++) {
                assertTrue(merged.rows().get(i - 1).meanTestScore() >= merged.rows().get(i).meanTestScore());
            }
        }
    }

    private static final String HEAD = """
            import pandas as pd
            import skrub
            from sklearn.linear_model import Ridge
            data = skrub.var("data", pd.read_csv("weather.csv"))
            y = data["temp_max"].skb.mark_as_y()
            X = data[["wind", "temp_min"]].skb.mark_as_X()
            """;

    private static BoundScript script(String name, String tail) {
        return ScriptBinder.bind(HEAD + tail, name, java.nio.file.Path.of("/tmp"));
    }

    @Test
    void disagreeingCvNamesBothScriptsAtTheSecondSearch() {
        BoundScript a = script("a.py", "s = X.skb.apply(Ridge(), y=y).skb.make_grid_search(cv=5)\n");
        BoundScript b = script("b.py", "s = X.skb.apply(Ridge(), y=y).skb.make_grid_search(cv=3)\n");
        StratumError e = assertThrows(StratumError.class, () -> ScriptBatch.of(List.of(a, b)));
        assertTrue(e.getMessage().contains("b.py searches with cv=3 but a.py with cv=5"), e.getMessage());
        assertEquals("b.py", e.origin().file());
        assertEquals(7, e.origin().line());
    }

    @Test
    void disagreeingScoringIsAnError() {
        BoundScript a = script("a.py", "s = X.skb.apply(Ridge(), y=y).skb.make_grid_search(scoring='r2')\n");
        BoundScript b = script("b.py", "s = X.skb.apply(Ridge(), y=y).skb.make_grid_search(scoring='neg_mean_squared_error')\n");
        StratumError e = assertThrows(StratumError.class, () -> ScriptBatch.of(List.of(a, b)));
        assertTrue(e.getMessage().contains("scoring='neg_mean_squared_error' but a.py with scoring='r2'"), e.getMessage());
    }

    @Test
    void eachScriptMustBuildExactlyOneSearch() {
        BoundScript none = script("none.py", "p = X.skb.apply(Ridge(), y=y)\n");
        BoundScript two = script("two.py", """
                s1 = X.skb.apply(Ridge(), y=y).skb.make_grid_search()
                s2 = X.skb.apply(Ridge(alpha=2.0), y=y).skb.make_grid_search()
                """);
        BoundScript ok = script("ok.py", "s = X.skb.apply(Ridge(), y=y).skb.make_grid_search()\n");
        StratumError e = assertThrows(StratumError.class, () -> ScriptBatch.of(List.of(ok, none)));
        assertTrue(e.getMessage().contains("none.py builds 0 searches"), e.getMessage());
        e = assertThrows(StratumError.class, () -> ScriptBatch.of(List.of(ok, two)));
        assertTrue(e.getMessage().contains("two.py builds 2 searches"), e.getMessage());
        assertEquals("two.py", e.origin().file());
        assertEquals(8, e.origin().line());
    }

    @Test
    void equalChoicesAreSharedAndClashingNamesAreQualifiedByFile() {
        BoundScript a = script("a.py", "s = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 2.0], name='alpha')), y=y).skb.make_grid_search()\n");
        BoundScript b = script("b.py", "s = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 2.0], name='alpha')), y=y).skb.make_grid_search()\n");
        BoundScript c = script("c.py", "s = X.skb.apply(Ridge(alpha=skrub.choose_from([5.0, 6.0], name='alpha')), y=y).skb.make_grid_search()\n");
        SearchPlan plan = plan(ScriptBatch.of(List.of(a, b, c)), true);
        assertEquals(List.of("alpha", "alpha (c.py)", "script"), plan.choiceNames());
        assertEquals(6, plan.candidates().size());
        assertEquals(java.util.Arrays.asList(null, Const.of(6.0), Const.of("c.py")), plan.candidates().get(5).outcomes());
    }

    @Test
    void aScriptGivenTwiceIsAnError() {
        BoundScript a = script("dir/a.py", "s = X.skb.apply(Ridge(), y=y).skb.make_grid_search()\n");
        BoundScript other = script("other/a.py", "s = X.skb.apply(Ridge(), y=y).skb.make_grid_search()\n");
        assertEquals(List.of("dir/a.py", "other/a.py"), ScriptBatch.of(List.of(a, other)).labels());
        StratumError e = assertThrows(StratumError.class, () -> ScriptBatch.of(List.of(a, a)));
        assertTrue(e.getMessage().contains("given twice"), e.getMessage());
    }

    /** Counts FitTransform operators of {@code estimator} by object identity, over every candidate. */
    static int distinctFitTransforms(SearchPlan plan, String estimator) {
        Set<PhysicalOp> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<PhysicalOp> found = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<PhysicalOp> todo = new ArrayDeque<>();
        for (Candidate c : plan.candidates()) {
            todo.push(c.predictions());
            todo.push(c.target());
        }
        while (!todo.isEmpty()) {
            PhysicalOp op = todo.pop();
            if (!seen.add(op)) {
                continue;
            }
            if (op instanceof FitTransform ft && ft.spec().qualifiedName().equals(estimator)) {
                found.add(op);
            }
            op.inputs().forEach(todo::push);
        }
        return found.size();
    }
}
