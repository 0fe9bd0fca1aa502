package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code stratum run} prints for {@code print(learner.score(split["test"]))}: the score as Python prints the float
 * skrub returns (learner_scores.csv holds skrub's), after the rest of the print's text.
 */
class LearnerScoreCliTest {
    @TempDir
    Path dir;

    @Test
    void printsTheScoreAsPythonPrintsAFloat() throws IOException {
        String script = "frontend/src/test/resources/skb_ops/tts_classifier_ordered.py";
        Path csv = dir.resolve("seattle-weather.csv");
        Files.copy(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv"), csv);
        String relative = "\"examples/data/seattle-weather.csv\"";
        String source = ExampleScripts.source(script);
        assertTrue(source.contains(relative), script + " no longer reads " + relative);
        Path copy = dir.resolve("tts.py");
        Files.writeString(copy, source.replace(relative, "\"" + csv.toString().replace("\\", "/") + "\""));
        Cli.Result r = Cli.run("run", "--threads", "1", copy.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("accuracy: 0.7904328018223234\n"), r::toString);
        assertTrue(r.out().contains("(1 candidates x 1 folds, optimizer on)"), r::toString);
    }
}
