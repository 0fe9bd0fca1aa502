package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.RidgeSolvers;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.optimizer.metadata.SourceStatistics;
import io.stratum.runtime.search.SearchDriver;
import io.stratum.runtime.search.SearchOptions;
import io.stratum.runtime.search.SearchOutcome;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Ridge solver the lowering chooses from metadata, end to end on committed data: flights' origin airport has 136
 * categories, so a Ridge on its one-hot indicators is planned as {@code ridge_eliminate_indicators}; the same plan
 * forced to the Cholesky of the Gram, lowered without statistics (each fold decides) and with the optimizer off gives
 * the same fold scores (to rounding against the Cholesky, bit for bit otherwise).
 */
class RidgeSolverChoiceTest {
    private static DataOp search() {
        DataOp d = DataOps.var("data", DataOps.readCsv("examples/data/flights-sample.csv", ExampleScripts.repoRoot()));
        DataOp y = d.get("delay").skb().markAsY();
        DataOp x = d.get(List.of("origin", "distance")).skb().markAsX();
        x = x.skb().apply(DataOps.estimator("sklearn.preprocessing.OneHotEncoder",
                Map.of("handle_unknown", "ignore", "sparse_output", false)), null, List.of("origin"));
        DataOp ridge = DataOps.estimator("sklearn.linear_model.Ridge",
                Map.of("alpha", DataOps.chooseFrom(List.of(0.01, 1.0, 100.0), "alpha")));
        return x.skb().apply(ridge, y, (List<String>) null).skb().makeGridSearch(5, "r2", true);
    }

    @Test
    void theChosenSolverGivesTheScoresOfEveryOther() {
        DataOp search = search();
        SearchResults planned = new Session(new SessionConfig(true, 2)).run(search);
        SearchPlan plan = planned.compiled().searchPlan();
        assertEquals(List.of(RidgeSolvers.ELIMINATE_INDICATORS), kernels(plan), plan.explain());
        assertTrue(plan.explain().contains("one-hot block origin: 136 indicators"), plan.explain());

        SearchOutcome cholesky = SearchDriver.standard().run(withRidgeKernel(plan, RidgeSolvers.CHOLESKY),
                new SearchOptions(2, SessionConfig.defaults().memoryLimitBytes()));
        SearchResults perFold = new Session(new SessionConfig(true, 2), null, SourceStatistics.NONE).run(search);
        assertEquals(List.of(RidgeSolvers.PER_FOLD), kernels(perFold.compiled().searchPlan()));
        SearchResults off = new Session(new SessionConfig(false, 1)).run(search);
        assertEquals(List.of(RidgeSolvers.ELIMINATE_INDICATORS), kernels(off.compiled().searchPlan()));

        for (int c = 0; c < plan.candidates().size(); c++) {
            double[] chosen = planned.outcome().scores().get(c).foldScores();
            double[] dense = cholesky.scores().get(c).foldScores();
            for (int f = 0; f < chosen.length; f++) {
                assertEquals(dense[f], chosen[f], 1e-12 * Math.max(1, Math.abs(dense[f])),
                        "candidate " + c + " fold " + f + ": eliminating vs Cholesky");
            }
            // Each fold's own rule also eliminates 136 exclusive indicators here, so it is the same arithmetic.
            assertArrayEquals(chosen, perFold.outcome().scores().get(c).foldScores(), "candidate " + c + " per fold");
            assertArrayEquals(chosen, off.outcome().scores().get(c).foldScores(), "candidate " + c + " optimizer off");
        }
    }

    private static List<String> kernels(SearchPlan plan) {
        List<String> out = new ArrayList<>();
        for (Candidate c : plan.candidates()) {
            String k = ((FitPredict) c.predictions()).kernel();
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The plan with every Ridge solved by {@code kernel}, sharing kept. */
    private static SearchPlan withRidgeKernel(SearchPlan plan, String kernel) {
        Map<PhysicalOp, PhysicalOp> done = new IdentityHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Candidate c : plan.candidates()) {
            List<PhysicalOp> responses = new ArrayList<>();
            for (PhysicalOp r : c.responses()) {
                responses.add(rewrite(r, kernel, done));
            }
            candidates.add(new Candidate(c.index(), c.outcomes(), responses.getFirst(), rewrite(c.target(), kernel, done),
                    responses));
        }
        return new SearchPlan(plan.choiceNames(), candidates, plan.splitter(), plan.scoring());
    }

    private static PhysicalOp rewrite(PhysicalOp op, String kernel, Map<PhysicalOp, PhysicalOp> done) {
        PhysicalOp known = done.get(op);
        if (known != null) {
            return known;
        }
        List<PhysicalOp> inputs = new ArrayList<>();
        for (PhysicalOp in : op.inputs()) {
            inputs.add(rewrite(in, kernel, done));
        }
        PhysicalOp out = op.withInputs(inputs);
        if (out instanceof FitPredict p && p.spec().qualifiedName().equals("sklearn.linear_model.Ridge")) {
            out = new FitPredict(p.features(), p.target(), p.spec(), kernel, p.origin(), p.output(), "forced by the test");
        }
        done.put(op, out);
        return out;
    }
}
