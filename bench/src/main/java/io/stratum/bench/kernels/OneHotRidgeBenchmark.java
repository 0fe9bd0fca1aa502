package io.stratum.bench.kernels;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.linear.FittedLinearModel;
import io.stratum.runtime.kernels.linear.RidgeKernel;
import io.stratum.runtime.kernels.linear.RidgeParams;
import io.stratum.runtime.kernels.scale.FittedStandardScaler;
import io.stratum.runtime.kernels.scale.ScalerParams;
import io.stratum.runtime.kernels.scale.StandardScalerKernel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One fit of the Foundation pipeline's feature step and learner, as the executor runs it for one fold: one-hot
 * encode the categorical columns, scale the numeric ones, build the feature matrix, fit Ridge. Reading the CSV is
 * outside the measurement (the search reads it once); every Arrow allocation the fit makes is inside it and is
 * released after each call, as the search releases a run's memory.
 *
 * <p>Data: {@code employee_salaries.csv} from {@code -Dstratum.bench.data=<dir>} or {@code ../shared/data}; when it
 * is absent, the Seattle weather set shipped in {@code examples/data} (much smaller: 1,461 rows, 4 categories).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class OneHotRidgeBenchmark {

    /** Which columns of a data set the pipeline reads. */
    private record DataSet(Path file, List<String> categorical, List<String> numeric, String target) {
    }

    private BufferAllocator root;
    private MemoryContext loadedContext;
    private Table categorical;
    private Table numeric;
    private double[] y;
    private FeatureMatrix design;

    @Setup(Level.Trial)
    public void load() {
        DataSet data = dataSet();
        root = new RootAllocator(Long.MAX_VALUE);
        // The loaded columns live for the whole trial, in their own context.
        MemoryContext loaded = MemoryContext.childOf(root, "loaded", Long.MAX_VALUE);
        Table table = CsvReader.read(loaded, data.file());
        categorical = table.select(data.categorical());
        numeric = table.select(data.numeric());
        y = table.column(data.target()).toDoubleArray();
        try (MemoryContext once = MemoryContext.childOf(root, "design", Long.MAX_VALUE)) {
            design = features(once);
        }
        System.out.println("# data: " + data.file() + ", " + table.rowCount() + " rows, " + design.cols()
                + " features");
        loadedContext = loaded;
    }

    @TearDown(Level.Trial)
    public void release() {
        loadedContext.close();
        root.close();
    }

    private FeatureMatrix features(MemoryContext memory) {
        FittedOneHot encoder = OneHotEncoderKernel.fit(categorical,
                new OneHotParams(OneHotParams.HandleUnknown.IGNORE, OneHotParams.Drop.NONE));
        FittedStandardScaler scaler = StandardScalerKernel.fit(numeric, ScalerParams.DEFAULT);
        Table encoded = encoder.transform(memory, categorical);
        Table scaled = scaler.transform(memory, numeric);
        return FeatureMatrix.fromTable(encoded.concatColumns(scaled));
    }

    /** Encoder and scaler fitted and applied, then Ridge fitted: the per-fold work of one candidate. */
    @Benchmark
    public FittedLinearModel encodeScaleAndFitRidge() {
        try (MemoryContext memory = MemoryContext.childOf(root, "fit", Long.MAX_VALUE)) {
            return RidgeKernel.fit(features(memory), y, new RidgeParams(1.0, true));
        }
    }

    /** Ridge alone on the prebuilt design matrix: the work a candidate adds when the features are shared. */
    @Benchmark
    public FittedLinearModel fitRidgeOnSharedFeatures() {
        return RidgeKernel.fit(design, y, new RidgeParams(1.0, true));
    }

    private static DataSet dataSet() {
        String dir = System.getProperty("stratum.bench.data");
        for (Path base : dir != null ? List.of(Path.of(dir)) : List.of(Path.of("..", "shared", "data"),
                Path.of("..", "..", "shared", "data"))) {
            Path file = base.resolve("employee_salaries.csv");
            if (Files.isRegularFile(file)) {
                return new DataSet(file, List.of("gender", "department", "assignment_category"),
                        List.of("year_first_hired"), "current_annual_salary");
            }
        }
        for (Path file : List.of(Path.of("examples", "data", "seattle-weather.csv"),
                Path.of("..", "examples", "data", "seattle-weather.csv"))) {
            if (Files.isRegularFile(file)) {
                return new DataSet(file, List.of("weather"), List.of("precipitation", "temp_min", "wind"), "temp_max");
            }
        }
        throw new IllegalStateException("no data: run from the repository root, or pass -Dstratum.bench.data=<dir with "
                + "employee_salaries.csv>");
    }
}
