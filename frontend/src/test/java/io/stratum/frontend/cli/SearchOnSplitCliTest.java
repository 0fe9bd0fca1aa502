package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Misuses of a search with a train_test_split (its printed results are held to skrub's by EvalCliTest's
 * eval_search_split_*.py): each is an error at the script's line and column, the same in both frontends.
 */
class SearchOnSplitCliTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("predict before fit", "search = pred.skb.make_grid_search(cv=3)\n"
                        + "print(search.predict(split['test']))\n", "data.py:12:14: error: this search was made with"
                        + " fitted=False and has not been fitted, so it has no best_learner_"),
                Arguments.of("fit on the test rows", "search = pred.skb.make_grid_search(cv=3)\nsearch.fit(split['test'])\n",
                        "data.py:12:8: error: search.fit: fit on split[\"train\"], not split[\"test\"]"),
                Arguments.of("refit=False, then predict", "search = pred.skb.make_grid_search(cv=3, scoring=['r2',"
                        + " 'neg_mean_absolute_error'], refit=False)\nsearch.fit(split['train'])\n"
                        + "print(search.predict(split['test']))\n", "data.py:13:14: error: this search has several scorers"
                        + " and refit=False, so it has no best_learner_"),
                Arguments.of("score on another split's rows", "other = pred.skb.train_test_split(test_size=0.3, random_state=1)\n"
                        + "search = pred.skb.make_grid_search(cv=3)\nsearch.fit(split['train'])\n"
                        + "print(search.score(other['test']))\n", "data.py:14:14: error: search.score: Stratum scores a"
                        + " search on split[\"test\"] of the split it was fitted on"),
                Arguments.of("fitted on data, predicting on a split", "search = pred.skb.make_grid_search(cv=3)\n"
                        + "search.fit({'data': pd.read_csv('CSV')})\nprint(search.predict(split['test']))\n",
                        "data.py:13:14: error: search.predict(split[\"test\"]): this search was fitted on data, not on"
                        + " split[\"train\"] of that split"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bothFrontendsRefuseAtTheLine(String what, String body, String error) throws IOException {
        Path script = script(body);
        Cli.Result subset = Cli.run("run", "--threads", "1", "--frontend", "subset", script.toString());
        Cli.Result python = Cli.run("run", "--threads", "1", "--frontend", "graalpy", script.toString());
        assertEquals(2, subset.code(), subset::toString);
        assertEquals(2, python.code(), python::toString);
        assertTrue(subset.err().contains(error), subset::toString);
        assertEquals(subset.err(), python.err());
    }

    /**
     * The run's summary line counts the search that tuned the pipeline on split["train"] (2 candidates x 3 folds),
     * not the refit of its best candidate scored on split["test"] (one candidate on one split), which the script
     * printed last.
     */
    @Test
    void theSummaryCountsTheTuningSearch() throws IOException {
        Path script = script("search = pred.skb.make_grid_search(cv=3)\nsearch.fit(split['train'])\n"
                + "print(search.score(split['test']))\n");
        for (String frontend : new String[] {"subset", "graalpy"}) {
            Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
            assertEquals(0, r.code(), r::toString);
            assertTrue(r.out().contains("(2 candidates x 3 folds, optimizer on)"), r::toString);
        }
    }

    private Path script(String body) throws IOException {
        String csv = ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString().replace("\\", "/");
        Path script = dir.resolve("data.py");
        Files.writeString(script, ("""
                import pandas as pd
                import skrub
                from sklearn.linear_model import Ridge

                data = skrub.var("data", pd.read_csv("CSV"))
                y = data["temp_max"].skb.mark_as_y()
                X = data[["temp_min", "wind"]].skb.mark_as_X()
                pred = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 10.0], name="alpha")), y=y)
                split = pred.skb.train_test_split(test_size=0.2, random_state=0)

                """ + body).replace("CSV", csv));
        return script;
    }
}
