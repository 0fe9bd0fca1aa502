package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ReferenceCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code stratum run} prints for {@code print(learner.predict(split["test"]))} and {@code predict_proba}: the
 * arrays as Python printed the ones skrub returned (learner_predictions.csv), after the print's other text, with
 * both frontends.
 */
class PredictCliTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"subset", "graalpy"})
    void printsTheArraysAsNumpy(String frontend) throws IOException {
        String script = "frontend/src/test/resources/skb_ops/predict_classifier.py";
        List<Map<String, String>> ref = ReferenceCsv.read("frontend/src/test/resources/reference/learner_predictions.csv")
                .stream().filter(r -> r.get("script").equals(script)).toList();
        Path csv = dir.resolve("seattle-weather.csv");
        Files.copy(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv"), csv);
        String relative = "\"examples/data/seattle-weather.csv\"";
        String source = ExampleScripts.source(script);
        assertTrue(source.contains(relative), script + " no longer reads " + relative);
        Path copy = dir.resolve("predict.py");
        Files.writeString(copy, source.replace(relative, "\"" + csv.toString().replace("\\", "/") + "\""));
        Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, copy.toString());
        assertEquals(0, r.code(), r::toString);
        String expected = "labels: " + ref.get(0).get("printed") + "\n" + ref.get(1).get("printed") + "\n";
        assertTrue(r.out().startsWith(expected), () -> "expected\n" + expected + "\nbut got\n" + r.out());
        assertTrue(r.out().contains("(1 candidates x 1 folds, optimizer on)"), r::toString);
    }
}
