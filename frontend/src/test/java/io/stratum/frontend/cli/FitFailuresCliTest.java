package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratum.frontend.ExampleScripts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stratum run} of a search some of whose fits fail: the table shows NaN for them and ranks them last, stderr
 * carries the warning naming the error's line, and {@code --format json} gives null scores and the failures.
 */
class FitFailuresCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void failedFitsShowAsNaNWithAWarning(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("failing.py");
        Files.writeString(script, """
                import pandas as pd
                import skrub
                from sklearn.ensemble import HistGradientBoostingClassifier
                from sklearn.linear_model import LogisticRegression

                data = skrub.var("data", pd.read_csv("DATA"))
                y = (data["weather"] == "rain").skb.mark_as_y()
                X = data[["precipitation", "temp_max"]].assign(w=data["wind"].where(data["wind"] > 1)).skb.mark_as_X()
                model = skrub.choose_from({"lr": LogisticRegression(), "hgb": HistGradientBoostingClassifier(max_iter=10)}, name="m")
                search = X.skb.apply(model, y=y).skb.make_grid_search(cv=3, fitted=True)
                print(search.results_)
                """.replace("DATA", ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString()));
        Cli.Result text = Cli.run("run", "--threads", "1", script.toString());
        assertEquals(0, text.code(), text::toString);
        assertTrue(text.out().contains("1   lr              NaN"), text.out());
        assertTrue(text.err().contains("stratum: warning: 3 fits failed out of a total of 6")
                && text.err().contains("of m='lr' (fold") && text.err().contains("failing.py:10:"), text.err());
        Cli.Result json = Cli.run("run", "--threads", "1", "--format", "json", script.toString());
        assertEquals(0, json.code(), json::toString);
        JsonNode root = JSON.readTree(json.out());
        assertTrue(root.get("results").get(1).get("mean_test_score").isNull(), json.out());
        assertEquals("hgb", root.get("best_params").get("m").asText());
        assertEquals(3, root.get("fit_failures").size());
        assertEquals(10, root.get("fit_failures").get(0).get("line").asInt());
        assertEquals("lr", root.get("fit_failures").get(0).get("params").get("m").asText());
    }
    /**
     * A scorer that fails on some folds as scikit-learn's does (mean_squared_log_error of temperatures below -1) scores
     * NaN there, as skrub's searches do with error_score=np.nan, while r2 of the same fits stands and picks the best.
     */
    @Test
    void aFailedScorerIsNaNBesideTheOtherScores(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("multi_scoring_failed_scorer.py");
        Files.writeString(script, ExampleScripts.source("frontend/src/test/resources/skb_ops/multi_scoring_failed_scorer.py")
                .replace("examples/data/seattle-weather.csv",
                        ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString().replace("\\", "/")));
        Cli.Result text = Cli.run("run", "--threads", "1", script.toString());
        assertEquals(0, text.code(), text::toString);
        assertTrue(text.out().contains("0   10.0                                   NaN      0.792003"), text.out());
        assertTrue(text.err().contains("stratum: warning: 6 scores could not be computed")
                && text.err().contains("2 scores of alpha=1.0; alpha=10.0 (fold 0) failed with: ")
                && text.err().contains("multi_scoring_failed_scorer.py:10:14: scoring 'neg_mean_squared_log_error' on fold 0:")
                && !text.err().contains("fits failed"), text.err());
        Cli.Result json = Cli.run("run", "--threads", "1", "--format", "json", script.toString());
        assertEquals(0, json.code(), json::toString);
        JsonNode failures = JSON.readTree(json.out()).get("fit_failures");
        assertEquals(6, failures.size());
        assertEquals("neg_mean_squared_log_error", failures.get(0).get("scorer").asText());
    }
}
