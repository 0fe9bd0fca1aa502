package io.stratum.runtime.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.physical.SearchPlan;
import io.stratum.runtime.exec.TestPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The number of threads changes how fast a search runs, never its numbers: fold scores are bit for bit equal. */
class DeterminismTest {

    private static double[][] foldScores(SearchPlan plan, int threads) {
        SearchOutcome outcome = SearchDriver.standard().run(plan, new SearchOptions(threads));
        double[][] out = new double[outcome.scores().size()][];
        for (int c = 0; c < out.length; c++) {
            CandidateScores s = outcome.scores().get(c);
            assertEquals(c, s.candidate().index(), "scores come back in candidate order");
            out[c] = s.foldScores();
        }
        return out;
    }

    @Test
    void oneAndFourThreadsGiveBitIdenticalFoldScores() {
        SearchPlan plan = TestPlans.quickstart(TestPlans.seattleWeather())
                .search(List.of(0.01, 0.1, 1.0, 10.0, 100.0), true, 5, "r2");
        double[][] sequential = foldScores(plan, 1);
        // Several parallel runs, since a race would show only in some interleavings.
        for (int run = 0; run < 5; run++) {
            double[][] parallel = foldScores(plan, 4);
            for (int c = 0; c < sequential.length; c++) {
                assertArrayEquals(sequential[c], parallel[c], "candidate " + c + ", parallel run " + run);
            }
        }
    }

    @Test
    void aFreshPlanGivesTheSameScoresAsTheSameObjects() {
        // Nothing is cached across runs: a second run of equal operators recomputes and agrees exactly.
        double[][] first = foldScores(TestPlans.quickstart(TestPlans.seattleWeather()).search(), 3);
        double[][] second = foldScores(TestPlans.quickstart(TestPlans.seattleWeather()).search(), 1);
        for (int c = 0; c < first.length; c++) {
            assertArrayEquals(first[c], second[c], "candidate " + c);
        }
    }

    @Test
    void negMeanSquaredErrorIsMinusTheMse() {
        SearchPlan r2 = TestPlans.quickstart(TestPlans.seattleWeather()).search(List.of(1.0), false, 5, "r2");
        SearchPlan mse = TestPlans.quickstart(TestPlans.seattleWeather()).search(List.of(1.0), false, 5, "neg_mean_squared_error");
        double[] r2Scores = foldScores(r2, 2)[0];
        double[] mseScores = foldScores(mse, 2)[0];
        for (int f = 0; f < 5; f++) {
            // greater is better for both; the MSE of a useful model on temperatures is a few degrees squared
            assertTrue(mseScores[f] < 0 && mseScores[f] > -100, "fold " + f + ": " + mseScores[f]);
            assertTrue(r2Scores[f] > 0.5 && r2Scores[f] < 1, "fold " + f + ": " + r2Scores[f]);
        }
    }
}
