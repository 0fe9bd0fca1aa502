package io.stratum.bench.kernels;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.forest.FittedRandomForestRegressor;
import io.stratum.runtime.kernels.forest.ForestParams;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * One {@code RandomForestRegressor(n_estimators=50, random_state=0)} fit (trees in parallel on all cores) on the
 * 20,000-row data set that {@code bench/kernels/forest_sklearn.py} writes and times scikit-learn on
 * ({@code n_jobs=-1}); run both with {@code bench/kernels/forest_compare.sh} for the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class RandomForestBenchmark {
    private FeatureMatrix x;
    private double[] y;
    private final ForestParams params = new ForestParams(50, 0, 2L, 1L, 0.0, 1.0, 0.0, true, 0L, null);

    @Setup
    public void load() {
        Path file = Path.of(System.getProperty("stratum.bench.forest", "bench/target/forest_20k.csv"));
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing; write it with python3 bench/kernels/forest_sklearn.py");
        }
        try (MemoryContext memory = MemoryContext.open()) {
            Table t = CsvReader.read(memory, file);
            y = t.column("y").toDoubleArray();
            x = FeatureMatrix.fromTable(t.drop(java.util.List.of("y")), false);
        }
    }

    @Benchmark
    public FittedRandomForestRegressor fit() {
        return FittedRandomForestRegressor.fit(x, y, params);
    }
}
