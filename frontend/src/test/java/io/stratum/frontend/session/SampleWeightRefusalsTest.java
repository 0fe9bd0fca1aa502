package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.graalpy.GraalPyFrontend;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import org.junit.jupiter.api.Test;

/**
 * What {@code .skb.apply(..., fit_kwargs=...)} refuses, at the step's line in both frontends (and, for what the
 * search finds, with the optimizer on and off): keys other than {@code sample_weight}, skrub's other per-method
 * keyword dicts and {@code .skb.with_scoring(kwargs=...)}, weights given as a constant, a learner whose Stratum kernel takes no weights, and weights with other
 * rows than X (computed from the data before {@code mark_as_X}: scikit-learn's length check fails in skrub too).
 */
class SampleWeightRefusalsTest {
    private static final String SCRIPT = """
            import pandas as pd
            import skrub
            from sklearn.ensemble import HistGradientBoostingRegressor
            from sklearn.neighbors import KNeighborsRegressor

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["temp_max"].skb.mark_as_y()
            X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
            pred = X.skb.apply(STEP)
            search = pred.skb.make_grid_search(cv=3, scoring="r2")
            """;

    private static String script(String step) {
        return SCRIPT.replace("STEP", step);
    }

    private static void assertRefusedWhenBound(String step, String fragment) {
        String source = script(step);
        ScriptError e = assertThrows(ScriptError.class, () -> ScriptBinder.bind(source, "s.py", ExampleScripts.repoRoot()),
                step);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertEquals(9, e.line(), step);
        ScriptError g = assertThrows(ScriptError.class, () -> GraalPyFrontend.bind(source, "s.py",
                ExampleScripts.repoRoot()), "GraalPy: " + step);
        assertTrue(g.getMessage().contains(fragment), g.getMessage());
        assertEquals(9, g.line(), "GraalPy: " + step);
    }

    private static void assertRefusedWhenRun(String step, String... fragments) {
        String source = script(step);
        DataOp[] searches = {ScriptBinder.bind(source, "s.py", ExampleScripts.repoRoot()).mainSearch(),
                GraalPyFrontend.bind(source, "s.py", ExampleScripts.repoRoot()).mainSearch()};
        for (DataOp search : searches) {
            for (boolean optimizer : new boolean[] {true, false}) {
                StratumError e = assertThrows(StratumError.class,
                        () -> new Session(new SessionConfig(optimizer, 1)).run(search), step);
                String said = e.getMessage() + " " + e.hint();
                for (String f : fragments) {
                    assertTrue(said.contains(f), said);
                }
                assertEquals(9, e.origin().line(), e.getMessage());
                assertEquals(14, e.origin().column(), e.getMessage());
            }
        }
    }

    @Test
    void fitKeywordsOtherThanSampleWeightAreRefusedNamingIt() {
        assertRefusedWhenBound("HistGradientBoostingRegressor(), y=y, fit_kwargs={'sample_weight': X['wind'],"
                + " 'check_input': False}", "Stratum passes only 'sample_weight' to a learner's fit, not 'check_input'");
        assertRefusedWhenBound("HistGradientBoostingRegressor(), y=y, predict_kwargs={'check_input': False}",
                ".skb.apply(predict_kwargs=...) is not supported by Stratum yet");
        assertRefusedWhenBound("HistGradientBoostingRegressor(), y=y, fit_transform_kwargs={'sample_weight': X['wind']}",
                ".skb.apply(fit_transform_kwargs=...) is not supported by Stratum yet");
    }

    @Test
    void scorerKeywordsAreRefusedAtTheirLine() {
        // .skb.with_scoring's metrics take no sample weights in Stratum yet: refused, never scored unweighted silently.
        assertRefusedWhenBound("HistGradientBoostingRegressor(), y=y).skb.with_scoring('r2', kwargs={'sample_weight':"
                + " X['wind']}, name='weighted'", ".skb.with_scoring(kwargs=...) is not supported by Stratum yet");
    }

    @Test
    void theOtherKeywordDictsAsNoneAreSkrubsDefaults() {
        String source = script("HistGradientBoostingRegressor(), y=y, fit_kwargs=None, predict_kwargs=None");
        ScriptBinder.bind(source, "s.py", ExampleScripts.repoRoot());
        GraalPyFrontend.bind(source, "s.py", ExampleScripts.repoRoot());
    }

    @Test
    void constantWeightsAreRefusedSayingWhy() {
        assertRefusedWhenBound("HistGradientBoostingRegressor(), y=y, fit_kwargs={'sample_weight': [1.0, 2.0]}",
                "Stratum takes the weights as a DataOp, not as a constant");
    }

    @Test
    void aLearnerWhoseScikitLearnFitTakesNoWeightsIsRefusedSayingSkrubFailsOnItToo() {
        // KNeighborsRegressor.fit(X, y) has no sample_weight: skrub raises scikit-learn's TypeError at this step.
        assertRefusedWhenRun("KNeighborsRegressor(), y=y, fit_kwargs={'sample_weight': X['wind']}",
                "scikit-learn's KNeighborsRegressor.fit takes no sample_weight, so skrub fails on this step too",
                "got an unexpected keyword argument 'sample_weight'", "leave fit_kwargs out for KNeighborsRegressor",
                "HistGradientBoostingRegressor");
        String classifier = script("KNeighborsClassifier(), y=y, fit_kwargs={'sample_weight': X['wind']}")
                .replace("KNeighborsRegressor", "KNeighborsClassifier").replace("temp_max\"]", "weather\"]")
                .replace("scoring=\"r2\"", "scoring=\"accuracy\"");
        for (DataOp search : new DataOp[] {ScriptBinder.bind(classifier, "s.py", ExampleScripts.repoRoot()).mainSearch(),
                GraalPyFrontend.bind(classifier, "s.py", ExampleScripts.repoRoot()).mainSearch()}) {
            for (boolean optimizer : new boolean[] {true, false}) {
                StratumError e = assertThrows(StratumError.class,
                        () -> new Session(new SessionConfig(optimizer, 1)).run(search));
                assertTrue(e.getMessage().contains("KNeighborsClassifier.fit takes no sample_weight"), e.getMessage());
                assertEquals(9, e.origin().line(), e.getMessage());
                assertEquals(14, e.origin().column(), e.getMessage());
            }
        }
    }

    @Test
    void aWeightedMedianBaselineIsRefusedSayingWhatToUse() {
        String step = "DummyRegressor(strategy='median'), y=y, fit_kwargs={'sample_weight': X['wind']}";
        String source = script(step).replace("from sklearn.neighbors import KNeighborsRegressor",
                "from sklearn.dummy import DummyRegressor");
        for (DataOp search : new DataOp[] {ScriptBinder.bind(source, "s.py", ExampleScripts.repoRoot()).mainSearch(),
                GraalPyFrontend.bind(source, "s.py", ExampleScripts.repoRoot()).mainSearch()}) {
            for (boolean optimizer : new boolean[] {true, false}) {
                StratumError e = assertThrows(StratumError.class,
                        () -> new Session(new SessionConfig(optimizer, 1)).run(search));
                assertTrue(e.getMessage().contains("DummyRegressor(strategy='median') with sample weights is not"
                        + " supported by Stratum yet"), e.getMessage());
                assertTrue(e.hint().contains("strategy='mean'"), e.hint());
                assertEquals(9, e.origin().line(), e.getMessage());
            }
        }
    }

    @Test
    void aTransformerWithWeightsIsRefused() {
        // skrub fails on it (TableVectorizer.fit_transform takes no sample_weight); the optimizer's expansion of
        // TableVectorizers into column encoders leaves a weighted one whole, so that it is refused with it on too.
        assertRefusedWhenRun("skrub.TableVectorizer(), fit_kwargs={'sample_weight': X['wind']}).skb.apply("
                + "HistGradientBoostingRegressor(), y=y", "not to TableVectorizer", "RidgeClassifier");
    }

    @Test
    void weightsWithAllTheRowsOfTheDataAreRefusedAsScikitLearnRefusesThem() {
        // skrub evaluates data["wind"] before the split: every fold's fit gets 1461 weights for its 974 rows.
        assertRefusedWhenRun("HistGradientBoostingRegressor(), y=y, fit_kwargs={'sample_weight': data['wind']}",
                "the weights have 1461 rows but X has 974", "sample_weight.shape == (1461,), expected (974,)!",
                "compute the weights from X");
    }
}
