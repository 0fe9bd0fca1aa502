package io.stratum.runtime.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.ir.value.Const;
import io.stratum.runtime.exec.TestPlans;
import io.stratum.runtime.reference.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quick start (examples/quickstart.py), built as the optimizer lowers it, run through the search driver and
 * held to scikit-learn's mean and std test scores from examples/reference/expected_scores.csv.
 */
class QuickstartParityTest {

    /** alpha label (as make_reference.py writes it) to {mean, std}. */
    private static Map<String, double[]> expected() throws IOException {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String row : Files.readAllLines(TestPlans.repoRoot().resolve("examples/reference/expected_scores.csv"))) {
            if (row.startsWith("#") || row.startsWith("script,")) {
                continue;
            }
            String[] f = row.split(",");
            if (f[0].equals(TestPlans.SCRIPT)) {
                out.put(f[1], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
        }
        return out;
    }

    @Test
    void meanAndStdMatchScikitLearn() throws IOException {
        Map<String, double[]> expected = expected();
        assertEquals(List.of("alpha=0.1", "alpha=1.0", "alpha=10.0"), List.copyOf(expected.keySet()));
        for (int threads : new int[] {1, 2}) {
            SearchOutcome outcome = SearchDriver.standard().run(TestPlans.quickstart(TestPlans.seattleWeather()).search(),
                    new SearchOptions(threads));
            assertEquals(3, outcome.scores().size());
            for (CandidateScores s : outcome.scores()) {
                String label = "alpha=" + s.candidate().outcomes().get(0).repr();
                double[] ref = expected.get(label);
                assertEquals(5, s.foldScores().length, label);
                Reference.assertClose(ref[0], s.mean(), label + " mean_test_score (threads=" + threads + ")");
                Reference.assertClose(ref[1], s.std(), label + " std_test_score (threads=" + threads + ")");
            }
        }
    }

    @Test
    void rankingFollowsMeanScore() {
        SearchOutcome outcome = SearchDriver.standard().run(TestPlans.quickstart(TestPlans.seattleWeather()).search(),
                new SearchOptions(1));
        // scikit-learn: 10.0 > 1.0 > 0.1 on this data.
        assertEquals(List.of(Const.of(10.0), Const.of(1.0), Const.of(0.1)),
                outcome.ranked().stream().map(s -> s.candidate().outcomes().get(0)).toList());
        assertEquals(Const.of(10.0), outcome.best().candidate().outcomes().get(0));
    }
}
