package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.OneHotLayouts;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.runtime.search.SearchDriver;
import io.stratum.runtime.search.SearchOptions;
import io.stratum.runtime.search.SearchOutcome;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The one-hot layout chosen from metadata, end to end on committed data: flights' origin airport has 136 categories,
 * so its indicators (density 1/136) reach the Ridge and LinearRegression candidates as a CSR block; with the
 * optimizer off, and with the same plan forced to dense indicator columns, the fold scores are bit for bit the same.
 * An explicit {@code sparse_output=True} gives the CSR block on a low-cardinality column too.
 */
class SparseOneHotPipelineTest {
    private static DataOp search(String column, Map<String, Object> encoder) {
        DataOp d = DataOps.var("data", DataOps.readCsv("examples/data/flights-sample.csv", ExampleScripts.repoRoot()));
        DataOp y = d.get("delay").skb().markAsY();
        DataOp x = d.get(List.of(column, "distance")).skb().markAsX();
        x = x.skb().apply(DataOps.estimator("sklearn.preprocessing.OneHotEncoder", encoder), null, List.of(column));
        DataOp learner = DataOps.chooseFrom(List.of(
                DataOps.estimator("sklearn.linear_model.Ridge",
                        Map.of("alpha", DataOps.chooseFrom(List.of(0.1, 10.0), "alpha"))),
                DataOps.estimator("sklearn.linear_model.LinearRegression", Map.of())), "model");
        return x.skb().apply(learner, y, (List<String>) null).skb().makeGridSearch(5, "r2", true);
    }

    @Test
    void highCardinalityIndicatorsReachTheLearnersAsCsrWithTheDenseScores() {
        DataOp search = search("origin", Map.of("handle_unknown", "ignore"));
        SearchResults on = new Session(new SessionConfig(true, 2)).run(search);
        SearchPlan plan = on.compiled().searchPlan();
        assertEquals(List.of(OneHotLayouts.SPARSE), layouts(plan), plan.explain());
        assertTrue(plan.explain().contains("why=CSR indicators for a learner reading this output: about 136 indicators"
                + " for 1 columns (largest origin, 136 categories)"), plan.explain());
        SearchResults off = new Session(new SessionConfig(false, 1)).run(search);
        assertEquals(List.of(OneHotLayouts.SPARSE), layouts(off.compiled().searchPlan()));
        SearchOutcome dense = SearchDriver.standard().run(withLayout(plan, OneHotLayouts.DENSE),
                new SearchOptions(2, SessionConfig.defaults().memoryLimitBytes()));
        assertEquals(3, plan.candidates().size());
        for (int c = 0; c < plan.candidates().size(); c++) {
            double[] csr = on.outcome().scores().get(c).foldScores();
            assertArrayEquals(dense.scores().get(c).foldScores(), csr, "candidate " + c + " dense layout");
            assertArrayEquals(off.outcome().scores().get(c).foldScores(), csr, "candidate " + c + " optimizer off");
        }
    }

    @Test
    void explicitSparseOutputGivesCsrWhateverTheCardinality() {
        // Without source statistics the categories are not estimated, so the default keeps dense columns; with
        // sparse_output=True written the layout no longer depends on the estimate.
        DataOp search = search("origin", Map.of("handle_unknown", "ignore", "sparse_output", true));
        SearchResults on = new Session(new SessionConfig(true, 2), null,
                io.stratum.optimizer.metadata.SourceStatistics.NONE).run(search);
        SearchPlan plan = on.compiled().searchPlan();
        assertEquals(List.of(OneHotLayouts.SPARSE), layouts(plan), plan.explain());
        assertTrue(plan.explain().contains("why=sparse_output=True in the script"), plan.explain());
        SearchResults dense = new Session(new SessionConfig(true, 2), null,
                io.stratum.optimizer.metadata.SourceStatistics.NONE).run(search("origin", Map.of("handle_unknown", "ignore")));
        assertEquals(List.of(OneHotLayouts.DENSE), layouts(dense.compiled().searchPlan()));
        for (int c = 0; c < plan.candidates().size(); c++) {
            assertArrayEquals(dense.outcome().scores().get(c).foldScores(), on.outcome().scores().get(c).foldScores(),
                    "candidate " + c);
        }
    }

    /**
     * solver='sparse_cg' (what scikit-learn's "auto" runs on sparse input) on flights' CSR block, fitted on X by the
     * conjugate gradient without densifying, against scikit-learn's fold scores on the same sparse features
     * ({@code frontend/reference/make_sparse_solver_reference.py}). Which tolerance holds: both stop once the residual
     * is under tol=1e-4 of the right-hand side, which on this badly scaled design (distance in miles beside 0/1
     * indicators) leaves the fold scores 1e-3 from the exact solution's; the two conjugate gradients take the same
     * steps in another summation order and agree to 1.4e-7 here (bounded by 1e-6). The default solver keeps the exact
     * factorization (scikit-learn's "auto" on the dense frame Stratum's encoder outputs): within 1e-9 of scikit-learn's
     * dense fit. With the optimizer off the plan and arithmetic are the same: bit for bit.
     */
    @Test
    void sparseCgOnTheCsrBlockScoresAsScikitLearnsToItsTolerance() throws java.io.IOException {
        DataOp d = DataOps.var("data", DataOps.readCsv("examples/data/flights-sample.csv", ExampleScripts.repoRoot()));
        DataOp y = d.get("delay").skb().markAsY();
        DataOp x = d.get(List.of("origin", "distance")).skb().markAsX();
        x = x.skb().apply(DataOps.estimator("sklearn.preprocessing.OneHotEncoder", Map.of("handle_unknown", "ignore")),
                null, List.of("origin"));
        DataOp cg = x.skb().apply(DataOps.estimator("sklearn.linear_model.Ridge", Map.of("solver", "sparse_cg")), y,
                (List<String>) null).skb().makeGridSearch(5, "r2", true);
        DataOp exact = x.skb().apply(DataOps.estimator("sklearn.linear_model.Ridge", Map.of()), y,
                (List<String>) null).skb().makeGridSearch(5, "r2", true);
        SearchResults on = new Session(new SessionConfig(true, 2)).run(cg);
        SearchPlan plan = on.compiled().searchPlan();
        assertEquals(List.of(OneHotLayouts.SPARSE), layouts(plan), plan.explain());
        assertTrue(plan.explain().contains("kernel='ridge_sparse_cg', why=solver='sparse_cg' in the script"),
                plan.explain());
        SearchResults off = new Session(new SessionConfig(false, 1)).run(cg);
        SearchResults direct = new Session(new SessionConfig(true, 2)).run(exact);
        double[] scores = on.outcome().scores().get(0).foldScores();
        assertArrayEquals(off.outcome().scores().get(0).foldScores(), scores, "optimizer off");
        double[] exactScores = direct.outcome().scores().get(0).foldScores();
        Map<String, double[]> reference = new java.util.HashMap<>();
        List<String> lines = java.nio.file.Files.readAllLines(ExampleScripts.repoRoot()
                .resolve("frontend/src/test/resources/reference/sparse_solver_scores.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            reference.computeIfAbsent(f[0], k -> new double[5])[Integer.parseInt(f[1])] = Double.parseDouble(f[2]);
        }
        for (int f = 0; f < scores.length; f++) {
            assertEquals(reference.get("sparse_cg")[f], scores[f], 1e-6, "sparse_cg fold " + f);
            assertEquals(reference.get("auto_dense")[f], exactScores[f], 1e-9, "exact fold " + f);
        }
    }

    private static List<String> layouts(SearchPlan plan) {
        TreeSet<String> out = new TreeSet<>();
        for (Candidate c : plan.candidates()) {
            collect(c.predictions(), out);
        }
        return List.copyOf(out);
    }

    private static void collect(PhysicalOp op, TreeSet<String> out) {
        if (op instanceof FitTransform t && t.spec().qualifiedName().equals("sklearn.preprocessing.OneHotEncoder")) {
            out.add(t.kernel());
        }
        for (PhysicalOp in : op.inputs()) {
            collect(in, out);
        }
    }

    /** The plan with every one-hot encoder laid out as {@code layout}, sharing kept. */
    private static SearchPlan withLayout(SearchPlan plan, String layout) {
        Map<PhysicalOp, PhysicalOp> done = new IdentityHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Candidate c : plan.candidates()) {
            List<PhysicalOp> responses = new ArrayList<>();
            for (PhysicalOp r : c.responses()) {
                responses.add(rewrite(r, layout, done));
            }
            candidates.add(new Candidate(c.index(), c.outcomes(), responses.getFirst(), rewrite(c.target(), layout, done),
                    responses));
        }
        return new SearchPlan(plan.choiceNames(), candidates, plan.splitter(), plan.scoring());
    }

    private static PhysicalOp rewrite(PhysicalOp op, String layout, Map<PhysicalOp, PhysicalOp> done) {
        PhysicalOp known = done.get(op);
        if (known != null) {
            return known;
        }
        List<PhysicalOp> inputs = new ArrayList<>();
        for (PhysicalOp in : op.inputs()) {
            inputs.add(rewrite(in, layout, done));
        }
        PhysicalOp out = op.withInputs(inputs);
        if (out instanceof FitTransform t && t.spec().qualifiedName().equals("sklearn.preprocessing.OneHotEncoder")) {
            out = new FitTransform(t.input(), t.spec(), t.columns(), layout, t.origin(), t.selector(), "forced by the test");
        }
        done.put(op, out);
        return out;
    }
}
