package io.stratum.bench.frontend;

import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.session.ScriptBatch;
import io.stratum.frontend.syntax.Module;
import io.stratum.frontend.syntax.PythonSubsetParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the subset frontend costs (issue 3, section 5): parsing, and parsing plus binding, of the 200-line script
 * {@code bench/frontend/long_script_200.py} (target: under 50 ms after warm-up), and binding a batch of 100 agent
 * scripts then merging them into one search, as {@code stratum run DIR/} does. Binding reads no data, so this is the
 * frontend alone; {@code OptimizerBenchmark} measures what follows. The 100 scripts are generated in memory from one
 * template (two feature sets, five scalers, ten Ridge strengths), as {@code HundredScriptBatchTest} writes them.
 *
 * <p>Run from the repository root: {@code java -jar bench/target/benchmarks.jar FrontendBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx2g"})
public class FrontendBenchmark {
    static final String LONG_SCRIPT = "bench/frontend/long_script_200.py";
    private static final double[] ALPHAS = {0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0};
    private static final String[] SCALERS = {"StandardScaler()", "MinMaxScaler()", "RobustScaler()", "MaxAbsScaler()",
        "StandardScaler(with_mean=False)"};

    private String longScript;
    private List<String> batchNames;
    private List<String> batchSources;
    private Path cwd;

    @Setup
    public void read() {
        cwd = Path.of("").toAbsolutePath();
        try {
            longScript = Files.readString(Path.of(LONG_SCRIPT));
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root", e);
        }
        batchNames = new ArrayList<>();
        batchSources = new ArrayList<>();
        agentBatch(batchNames, batchSources);
    }

    /** The 100 agent scripts: each a complete pipeline on the quick start's data. */
    static void agentBatch(List<String> names, List<String> sources) {
        int index = 0;
        for (boolean wetWind : new boolean[] {false, true}) {
            for (String scaler : SCALERS) {
                for (double alpha : ALPHAS) {
                    names.add(String.format(Locale.ROOT, "agent_%03d.py", index++));
                    sources.add("""
                            import pandas as pd
                            import skrub
                            from sklearn.linear_model import Ridge
                            from sklearn.preprocessing import MaxAbsScaler, MinMaxScaler, OneHotEncoder, RobustScaler, StandardScaler

                            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
                            y = data["temp_max"].skb.mark_as_y()
                            X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
                            %s
                            X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
                            X = X.skb.apply(%s, cols=%s)
                            pred = X.skb.apply(Ridge(alpha=%s), y=y)
                            search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
                            print(search.results_)
                            """.formatted(wetWind ? "X = X.assign(wet_wind=X[\"wind\"] * X[\"precipitation\"])" : "",
                            scaler, wetWind ? "[\"precipitation\", \"temp_min\", \"wind\", \"wet_wind\"]"
                                    : "[\"precipitation\", \"temp_min\", \"wind\"]", alpha));
                }
            }
        }
    }

    /** The ANTLR parse of the 200-line script into the syntax tree. */
    @Benchmark
    public Module parse200Lines() {
        return PythonSubsetParser.parse(longScript, LONG_SCRIPT);
    }

    /** Parse and bind (trace into the logical plan, checking every estimator against the catalog) of the 200 lines. */
    @Benchmark
    public DataOp parseAndBind200Lines() {
        return ScriptBinder.bind(longScript, LONG_SCRIPT, cwd).mainSearch();
    }

    /** Parse and bind 100 scripts and merge them into one search with a {@code script} choice. */
    @Benchmark
    public DataOp bindAndMerge100Scripts() {
        List<BoundScript> bound = new ArrayList<>(batchSources.size());
        for (int i = 0; i < batchSources.size(); i++) {
            bound.add(ScriptBinder.bind(batchSources.get(i), batchNames.get(i), cwd));
        }
        return ScriptBatch.of(bound).search();
    }
}
