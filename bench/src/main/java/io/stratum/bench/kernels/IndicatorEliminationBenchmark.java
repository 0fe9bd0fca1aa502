package io.stratum.bench.kernels;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.linear.GramStatistics;
import io.stratum.runtime.kernels.split.KFoldKernel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The agent batch's wide design (gender, department, assignment_category and division one-hot, about 740 columns;
 * fold 0 of KFold(5) of employee_salaries.csv): a 10-alpha Ridge grid from shared statistics by one dense
 * Cholesky per alpha against eliminating the division indicators first, and the encoder's output built as Arrow
 * columns. Needs {@code employee_salaries.csv} ({@code -Dstratum.bench.data=<dir>} or {@code ../shared/data}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx4g"})
public class IndicatorEliminationBenchmark {
    private static final List<String> CATEGORICAL = List.of("gender", "department", "assignment_category", "division");

    private RootAllocator root;
    private MemoryContext memory;
    private Table train;
    private FittedOneHot encoder;
    private GramStatistics statistics;

    @Setup(Level.Trial)
    public void load() {
        Path file = RidgeGridBenchmark.employeeSalaries();
        if (file == null) {
            throw new IllegalStateException("employee_salaries.csv not found: pass -Dstratum.bench.data=<dir>");
        }
        root = new RootAllocator(Long.MAX_VALUE);
        memory = MemoryContext.childOf(root, "design", Long.MAX_VALUE);
        Table all = CsvReader.read(memory, file);
        train = all.take(KFoldKernel.split(all.rowCount(), 5).get(0).train());
        encoder = OneHotEncoderKernel.fit(train.select(CATEGORICAL),
                new OneHotParams(OneHotParams.HandleUnknown.IGNORE, OneHotParams.Drop.NONE));
        FeatureMatrix design = FeatureMatrix.fromTable(encoder.transform(memory, train.select(CATEGORICAL)));
        statistics = GramStatistics.of(design, train.column("current_annual_salary").toDoubleArray(), true, "Ridge");
        System.out.println("# data: " + file + "; " + design.rows() + " rows, " + design.cols() + " features, "
                + statistics.eliminatedIndicators() + " indicators eliminated");
    }

    @TearDown(Level.Trial)
    public void close() {
        memory.close();
        root.close();
    }

    /** Before: one Cholesky factorization of the whole centered Gram + alpha I per alpha. */
    @Benchmark
    public double gridByDenseCholesky() {
        double sink = 0.0;
        for (double alpha : RidgeGridBenchmark.ALPHAS) {
            sink += statistics.ridgeByCholesky(alpha).intercept();
        }
        return sink;
    }

    /** After: the division indicators eliminated, a Cholesky of the ~45 remaining unknowns per alpha. */
    @Benchmark
    public double gridByEliminatingIndicators() {
        double sink = 0.0;
        for (double alpha : RidgeGridBenchmark.ALPHAS) {
            sink += statistics.ridgeByEliminatingIndicators(alpha).intercept();
        }
        return sink;
    }

    /** The encoder's output as Arrow indicator columns (what the executor hands the next step). */
    @Benchmark
    public int oneHotToArrowColumns() {
        try (MemoryContext out = MemoryContext.childOf(root, "out", Long.MAX_VALUE)) {
            return encoder.transform(out, train.select(CATEGORICAL)).columnCount();
        }
    }
}
