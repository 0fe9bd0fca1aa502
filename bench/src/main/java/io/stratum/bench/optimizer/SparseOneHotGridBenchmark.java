package io.stratum.bench.optimizer;

import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import io.stratum.frontend.session.Session;
import io.stratum.frontend.session.SessionConfig;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.OneHotLayouts;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.runtime.search.SearchDriver;
import io.stratum.runtime.search.SearchOptions;
import io.stratum.runtime.search.SearchOutcome;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A high-cardinality one-hot + Ridge grid run end to end through the search driver, with the one-hot layout the
 * lowering chose ({@code onehot_csr}: the density is 2 / 751) and the same plan forced to dense indicator columns, in
 * one JMH run so the ratio compares like with like. Data: {@value #ROWS} generated rows (fixed seed) of a 600-category
 * and a 150-category column and a number; {@code OneHotEncoder(handle_unknown="ignore")} of both, Ridge over
 * {@value #ALPHAS} alphas, KFold(3), r2. Both layouts give the same fold scores bit for bit (checked in setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class SparseOneHotGridBenchmark {
    static final int ROWS = 20_000;
    static final int ALPHAS = 5;

    @Param({OneHotLayouts.SPARSE, OneHotLayouts.DENSE})
    public String layout;

    private Path dir;
    private SearchPlan plan;

    @Setup(Level.Trial)
    public void plan() throws IOException {
        dir = Files.createTempDirectory("stratum-sparse-onehot");
        Path csv = dir.resolve("shops.csv");
        Random random = new Random(42);
        try (Writer w = Files.newBufferedWriter(csv)) {
            w.write("shop,city,x,y\n");
            double[] shopEffect = new double[600];
            for (int i = 0; i < shopEffect.length; i++) {
                shopEffect[i] = random.nextGaussian();
            }
            for (int i = 0; i < ROWS; i++) {
                int shop = (int) Math.min(599, Math.abs(random.nextGaussian()) * 150);
                int city = random.nextInt(150);
                double x = random.nextGaussian();
                double y = shopEffect[shop] + 0.01 * city + 2 * x + 0.3 * random.nextGaussian();
                w.write("s" + shop + ",c" + city + "," + x + "," + y + "\n");
            }
        }
        DataOp data = DataOps.var("data", DataOps.readCsv(csv.toString(), dir));
        DataOp y = data.get("y").skb().markAsY();
        DataOp x = data.get(List.of("shop", "city", "x")).skb().markAsX();
        x = x.skb().apply(DataOps.estimator("sklearn.preprocessing.OneHotEncoder", Map.of("handle_unknown", "ignore")),
                null, List.of("shop", "city"));
        List<Double> alphas = new ArrayList<>();
        for (int a = 0; a < ALPHAS; a++) {
            alphas.add(Math.pow(10, a - 2));
        }
        DataOp search = x.skb().apply(DataOps.estimator("sklearn.linear_model.Ridge",
                Map.of("alpha", DataOps.chooseFrom(alphas, "alpha"))), y, (List<String>) null).skb().makeGridSearch(3, "r2", true);
        SearchPlan chosen = new Session(new SessionConfig(true, 2)).compile(search).searchPlan();
        String explain = chosen.explain();
        if (!explain.contains("kernel='" + OneHotLayouts.SPARSE + "'")) {
            throw new IllegalStateException("the lowering did not choose the CSR layout:\n" + explain);
        }
        plan = layout.equals(OneHotLayouts.SPARSE) ? chosen : withLayout(chosen, layout);
        SearchOutcome sparse = run(chosen);
        SearchOutcome dense = run(withLayout(chosen, OneHotLayouts.DENSE));
        for (int c = 0; c < sparse.scores().size(); c++) {
            if (!java.util.Arrays.equals(sparse.scores().get(c).foldScores(), dense.scores().get(c).foldScores())) {
                throw new IllegalStateException("candidate " + c + ": the layouts' fold scores differ");
            }
        }
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /** The whole grid search: read, split, encode per fold, feature matrices, Gram statistics, five solves, scores. */
    @Benchmark
    public SearchOutcome gridSearch() {
        return run(plan);
    }

    private static SearchOutcome run(SearchPlan p) {
        return SearchDriver.standard().run(p, new SearchOptions(2, SessionConfig.defaults().memoryLimitBytes()));
    }

    /** The plan with every one-hot encoder laid out as {@code kernel}, sharing kept. */
    static SearchPlan withLayout(SearchPlan plan, String kernel) {
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
        if (out instanceof FitTransform t && t.spec().qualifiedName().equals("sklearn.preprocessing.OneHotEncoder")) {
            out = new FitTransform(t.input(), t.spec(), t.columns(), kernel, t.origin(), t.selector(), "forced by the bench");
        }
        done.put(op, out);
        return out;
    }
}
