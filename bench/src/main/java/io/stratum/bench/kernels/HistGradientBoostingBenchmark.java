package io.stratum.bench.kernels;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.trees.FittedHistGradientBoostingRegressor;
import io.stratum.runtime.kernels.trees.HistGradientBoostingParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * One {@code HistGradientBoostingRegressor} fit (100 iterations, early stopping off) on the 100,000-row data set that
 * {@code bench/kernels/hgb_sklearn.py} writes and times scikit-learn on; run both with
 * {@code bench/kernels/hgb_compare.sh} for the ratio. {@code threads=0} fits on all cores (the common fork/join pool
 * and the caller); {@code threads=N} fits on a pool of N workers, so {@code -p threads=1} is the one-thread fit to
 * compare with scikit-learn under {@code OMP_NUM_THREADS=1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class HistGradientBoostingBenchmark {
    private FeatureMatrix x;
    private double[] y;
    private final HistGradientBoostingParams params = HistGradientBoostingParams.DEFAULTS.withEarlyStopping(false);
    private ForkJoinPool pool;

    @Param({"0"})
    public int threads;

    @Setup
    public void load() {
        Path file = Path.of(System.getProperty("stratum.bench.hgb", "bench/target/hgb_100k.csv"));
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing; write it with python3 bench/kernels/hgb_sklearn.py");
        }
        try (MemoryContext memory = MemoryContext.open()) {
            Table t = CsvReader.read(memory, file);
            y = t.column("y").toDoubleArray();
            x = FeatureMatrix.fromTable(t.drop(java.util.List.of("y")), true);
        }
        pool = threads > 0 ? new ForkJoinPool(threads) : null;
    }

    @TearDown
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @Benchmark
    public FittedHistGradientBoostingRegressor fit() {
        if (pool != null) {
            return pool.submit(() -> FittedHistGradientBoostingRegressor.fit(x, y, params)).join();
        }
        return FittedHistGradientBoostingRegressor.fit(x, y, params);
    }
}
