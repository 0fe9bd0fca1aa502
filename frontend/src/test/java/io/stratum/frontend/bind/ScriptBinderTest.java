package io.stratum.frontend.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.GridSearch;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.node.Fingerprint;
import io.stratum.ir.value.Const;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The binder traces Python control flow — functions, the main guard, loops, comprehensions, unpacking — into
 * DataOps calls. Each way of writing a pipeline must build exactly the plan of the straightforward script,
 * which fingerprints compare.
 */
class ScriptBinderTest {
    /** Data paths resolve against this directory; binding never reads the file. */
    private static final Path WORKING_DIRECTORY = Path.of("/data").toAbsolutePath();

    private static final String PREAMBLE = """
            import pandas as pd
            import skrub
            from sklearn.linear_model import LinearRegression, Ridge

            data = skrub.var("data", pd.read_csv("d.csv"))
            y = data["t"].skb.mark_as_y()
            X = data.drop(columns=["t"]).skb.mark_as_X()
            """;

    private static final String SEARCH = """
            search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
            print(search.results_)
            """;

    /** Two models written out literally: the plan the other spellings must reproduce. */
    private static final String TWO_MODELS = PREAMBLE + """
            pred = skrub.choose_from({"p0": X.skb.apply(Ridge(), y=y), "p1": X.skb.apply(LinearRegression(), y=y)}, name="m").as_data_op()
            """ + SEARCH;

    private static BoundScript bind(String source) {
        return ScriptBinder.bind(source, "test.py", WORKING_DIRECTORY);
    }

    private static Fingerprint fingerprint(String source) {
        BoundScript bound = bind(source);
        assertNotNull(bound.mainSearch(), "the script builds no search");
        return bound.mainSearch().node().fingerprint();
    }

    @Test
    void fingerprintTellsDifferentPlansApart() {
        // Guards the equalities below: a different label or model must change the fingerprint.
        assertNotEquals(fingerprint(TWO_MODELS), fingerprint(TWO_MODELS.replace("\"p1\"", "\"q1\"")));
        assertNotEquals(fingerprint(TWO_MODELS), fingerprint(TWO_MODELS.replace("Ridge()", "Ridge(alpha=2.0)")));
        assertEquals(fingerprint(TWO_MODELS), fingerprint(TWO_MODELS));
    }

    @Test
    void functionsAreTracedAtEachCall() {
        // pipelines.py calls features(X) four times; binding alone needs no data.
        BoundScript bound = ExampleScripts.bind("examples/employee_salaries/pipelines.py");
        GridSearch search = assertInstanceOf(GridSearch.class, bound.mainSearch().node());
        Choice pipeline = assertInstanceOf(Choice.class, search.input());
        assertEquals("pipeline", pipeline.name());
        assertEquals(List.of(Const.of("p0"), Const.of("p1"), Const.of("p2"), Const.of("p3")), pipeline.labels());
        LogicalNode firstFeatures = assertInstanceOf(Apply.class, pipeline.outcomes().get(0)).input();
        for (LogicalNode outcome : pipeline.outcomes().subList(1, 4)) {
            LogicalNode features = assertInstanceOf(Apply.class, outcome).input();
            assertNotSame(firstFeatures, features, "each call builds its own nodes");
            assertEquals(firstFeatures.fingerprint(), features.fingerprint(), "and they are equal plans");
        }
        assertNotEquals(pipeline.outcomes().get(0).fingerprint(), pipeline.outcomes().get(3).fingerprint());
    }

    @Test
    void mainGuardRunsMain() {
        String wrapped = """
                import pandas as pd
                import skrub
                from sklearn.linear_model import LinearRegression, Ridge


                def main():
                    data = skrub.var("data", pd.read_csv("d.csv"))
                    y = data["t"].skb.mark_as_y()
                    X = data.drop(columns=["t"]).skb.mark_as_X()
                    pred = skrub.choose_from({"p0": X.skb.apply(Ridge(), y=y), "p1": X.skb.apply(LinearRegression(), y=y)}, name="m").as_data_op()
                    search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
                    print(search.results_)


                if __name__ == "__main__":
                    main()
                """;
        BoundScript bound = bind(wrapped);
        assertEquals(1, bound.searches().size());
        assertEquals(fingerprint(TWO_MODELS), bound.mainSearch().node().fingerprint());

        BoundScript notMain = bind(wrapped.replace("__name__ == \"__main__\"", "__name__ != \"__main__\""));
        assertTrue(notMain.searches().isEmpty());
        assertNull(notMain.mainSearch());
    }

    @Test
    void forLoopOverLiteralListIsUnrolled() {
        String loop = PREAMBLE + """
                preds = []
                for model in [Ridge(), LinearRegression()]:
                    preds = preds + [X.skb.apply(model, y=y)]
                pred = skrub.choose_from({"p0": preds[0], "p1": preds[1]}, name="m").as_data_op()
                """ + SEARCH;
        assertEquals(fingerprint(TWO_MODELS), fingerprint(loop));
    }

    @Test
    void forLoopOverDictItemsWithDictUnpacking() {
        String loop = PREAMBLE + """
                outcomes = {}
                for name, model in {"p0": Ridge(), "p1": LinearRegression()}.items():
                    outcomes = {**outcomes, name: X.skb.apply(model, y=y)}
                pred = skrub.choose_from(outcomes, name="m").as_data_op()
                """ + SEARCH;
        assertEquals(fingerprint(TWO_MODELS), fingerprint(loop));
    }

    @Test
    void dictComprehensionWithEnumerateAndFString() {
        String comprehension = PREAMBLE + """
                pred = skrub.choose_from(
                    {f"p{i}": X.skb.apply(m, y=y) for i, m in enumerate([Ridge(), LinearRegression()])}, name="m"
                ).as_data_op()
                """ + SEARCH;
        assertEquals(fingerprint(TWO_MODELS), fingerprint(comprehension));
    }

    @Test
    void keywordUnpackingIsTheSameAsKeywords() {
        String unpacked = TWO_MODELS.replace("LinearRegression()", "LinearRegression(**{\"n_jobs\": 1})");
        String spelled = TWO_MODELS.replace("LinearRegression()", "LinearRegression(n_jobs=1)");
        assertEquals(fingerprint(spelled), fingerprint(unpacked));
        assertNotEquals(fingerprint(TWO_MODELS), fingerprint(unpacked), "n_jobs=1 is not the default None");
    }

    @Test
    void stratumIsAnotherNameForSkrub() {
        String aliased = TWO_MODELS.replace("import skrub\n", "import stratum as skrub\n");
        assertNotEquals(TWO_MODELS, aliased);
        assertEquals(fingerprint(TWO_MODELS), fingerprint(aliased));
    }

    @Test
    void choiceOfParameterValuesBecomesAChoiceInsideTheEstimator() {
        BoundScript bound = bind(PREAMBLE + """
                pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 1.0], name="alpha")), y=y)
                """ + SEARCH);
        Apply apply = assertInstanceOf(Apply.class, ((GridSearch) bound.mainSearch().node()).input());
        Estimator ridge = assertInstanceOf(Estimator.class, apply.estimator());
        Estimator.Param alpha = ridge.params().stream().filter(p -> p.name().equals("alpha")).findFirst().orElseThrow();
        Choice choice = assertInstanceOf(Choice.class, alpha.value());
        assertEquals(List.of(Const.of(0.1), Const.of(1.0)), choice.labels());
    }

    @Test
    void printsAreRecordedInOrderAndTheLastPrintedSearchIsTheMainOne() {
        BoundScript bound = bind(PREAMBLE + """
                first = X.skb.apply(Ridge(), y=y).skb.make_grid_search(cv=3, fitted=True, scoring="r2")
                second = X.skb.apply(LinearRegression(), y=y).skb.make_grid_search(cv=3, fitted=True, scoring="r2")
                print("searching")
                print(first.best_score_)
                """);
        assertEquals(2, bound.searches().size());
        assertEquals(2, bound.actions().size());
        assertEquals("searching", ((ScriptAction.PrintText) bound.actions().get(0)).text());
        // best_score_ is written into the text once the search has run: a token, standing for the first search's
        ScriptAction.PrintText show = assertInstanceOf(ScriptAction.PrintText.class, bound.actions().get(1));
        assertTrue(DeferredValue.hasToken(show.text()), show.text());
        assertEquals("best_score_", bound.deferred().get(0).attribute());
        assertSame(bound.searches().get(0), bound.deferred().get(0).search());
        assertSame(bound.searches().get(0), bound.mainSearch(), "the printed search, not the last built");
    }

    @Test
    void relativeDataPathsResolveAgainstTheWorkingDirectory() {
        Fingerprint here = ScriptBinder.bind(TWO_MODELS, "test.py", Path.of("/a").toAbsolutePath()).mainSearch().node().fingerprint();
        Fingerprint there = ScriptBinder.bind(TWO_MODELS, "test.py", Path.of("/b").toAbsolutePath()).mainSearch().node().fingerprint();
        assertNotEquals(here, there);
    }

    @Test
    void errorsCarryTheScriptPosition() {
        ScriptError e = assertThrows(ScriptError.class, () -> bind(PREAMBLE + """
                for model in X:
                    pass
                """));
        assertEquals("test.py", e.file());
        assertEquals(8, e.line());
        assertEquals(14, e.column());
    }
}
