package io.stratum.bench.kernels;

import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.vectorize.FittedStringEncoder;
import io.stratum.runtime.kernels.vectorize.FittedTableVectorizer;
import io.stratum.runtime.kernels.vectorize.StringEncoderKernel;
import io.stratum.runtime.kernels.vectorize.TableVectorizerKernel;
import io.stratum.runtime.kernels.vectorize.TableVectorizerParams;
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
 * skrub's encoders at scale: {@code StringEncoder()} fitted and applied to the job titles, and {@code
 * TableVectorizer()} fitted and applied to every feature column of employee_salaries, resampled to 100k rows
 * ({@code bench/data/employee_salaries_100k.csv} from {@code bench/e2e/make_data.py}; else the 9,228-row original).
 * {@code bench/compare_skrub_encoders.py} runs this and skrub on the same file and prints the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx4g"})
public class SkrubEncodersBenchmark {
    private BufferAllocator root;
    private MemoryContext loaded;
    private Table features;

    @Setup(Level.Trial)
    public void load() {
        root = new RootAllocator(Long.MAX_VALUE);
        loaded = MemoryContext.childOf(root, "loaded", Long.MAX_VALUE);
        Path file = dataFile();
        features = CsvReader.read(loaded, file).drop(List.of("current_annual_salary"));
        System.out.println("# data: " + file + ", " + features.rowCount() + " rows");
    }

    @TearDown(Level.Trial)
    public void release() {
        loaded.close();
        root.close();
    }

    /** {@code StringEncoder().fit_transform(employee_position_title)}. */
    @Benchmark
    public int stringEncoderFitTransform() {
        try (MemoryContext memory = MemoryContext.childOf(root, "fit", Long.MAX_VALUE)) {
            FittedStringEncoder enc = StringEncoderKernel.fit(features.column("employee_position_title"),
                    StringEncoderKernel.Params.DEFAULT);
            return enc.transform(memory, features.column("employee_position_title")).size();
        }
    }

    /** {@code TableVectorizer().fit_transform(X)} on every feature column. */
    @Benchmark
    public int tableVectorizerFitTransform() {
        try (MemoryContext memory = MemoryContext.childOf(root, "fit", Long.MAX_VALUE)) {
            FittedTableVectorizer tv = TableVectorizerKernel.fit(memory, features, TableVectorizerParams.DEFAULT);
            return tv.transform(memory, features).columnCount();
        }
    }

    static Path dataFile() {
        String dir = System.getProperty("stratum.bench.data");
        List<Path> candidates = dir != null ? List.of(Path.of(dir, "employee_salaries_100k.csv"),
                Path.of(dir, "employee_salaries.csv"))
                : List.of(Path.of("bench", "data", "employee_salaries_100k.csv"),
                        Path.of("..", "shared", "data", "employee_salaries.csv"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no employee_salaries data: run python3 bench/e2e/make_data.py, or pass"
                + " -Dstratum.bench.data=<dir>");
    }
}
