package io.stratum.bench.kernels;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.linear.FittedLinearModel;
import io.stratum.runtime.kernels.linear.GramSpectrum;
import io.stratum.runtime.kernels.linear.GramStatistics;
import io.stratum.runtime.kernels.linear.RidgeKernel;
import io.stratum.runtime.kernels.linear.RidgeParams;
import io.stratum.runtime.kernels.scale.FittedStandardScaler;
import io.stratum.runtime.kernels.scale.ScalerParams;
import io.stratum.runtime.kernels.scale.StandardScalerKernel;
import io.stratum.runtime.kernels.split.KFoldKernel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 10-alpha Ridge grid on one fold's training rows of a wide one-hot design, as the search fits it: every alpha
 * fitted directly (a Gram matrix per alpha, what the executor did before fold algebra) against one shared Gram
 * solved per alpha by Cholesky or answered for all alphas by one eigendecomposition; and the Gram alone, dense
 * against sparse-aware. Ratios of these times are what docs/benchmarks.md reports.
 *
 * <p>Data: {@code employee_salaries.csv} ({@code -Dstratum.bench.data=<dir>} or {@code ../shared/data}) with
 * gender, department, assignment_category, division and employee_position_title one-hot encoded and
 * year_first_hired scaled, about 1,140 columns; when it is absent, a synthetic design of the same shape (same row
 * count, two categorical columns of 694 and 443 values, one numeric column), printed as {@code # data: ...}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx6g"})
public class RidgeGridBenchmark {
    /** Ten alphas over six decades, as a typical grid. */
    static final double[] ALPHAS = {0.001, 0.01, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 1000.0};

    private FeatureMatrix design;
    private double[] y;
    private GramStatistics statistics;

    @Setup(Level.Trial)
    public void load() {
        Path file = employeeSalaries();
        String source;
        if (file != null) {
            loadEmployees(file);
            source = file.toString();
        } else {
            loadSynthetic();
            source = "synthetic (employee_salaries.csv not found)";
        }
        statistics = GramStatistics.of(design, y, true, "Ridge");
        System.out.println("# data: " + source + "; fold 0 of KFold(5): " + design.rows() + " rows, " + design.cols()
                + " features, " + statistics.sparseColumns() + " sparse at density < "
                + GramStatistics.DEFAULT_SPARSE_DENSITY);
    }

    private void loadEmployees(Path file) {
        List<String> categorical = List.of("gender", "department", "assignment_category", "division",
                "employee_position_title");
        try (RootAllocator root = new RootAllocator(Long.MAX_VALUE);
             MemoryContext memory = MemoryContext.childOf(root, "design", Long.MAX_VALUE)) {
            Table all = CsvReader.read(memory, file);
            Table train = all.take(KFoldKernel.split(all.rowCount(), 5).get(0).train());
            FittedOneHot encoder = OneHotEncoderKernel.fit(train.select(categorical),
                    new OneHotParams(OneHotParams.HandleUnknown.IGNORE, OneHotParams.Drop.NONE));
            FittedStandardScaler scaler = StandardScalerKernel.fit(train.select(List.of("year_first_hired")),
                    ScalerParams.DEFAULT);
            Table encoded = encoder.transform(memory, train.select(categorical));
            Table scaled = scaler.transform(memory, train.select(List.of("year_first_hired")));
            design = FeatureMatrix.fromTable(encoded.concatColumns(scaled));
            y = train.column("current_annual_salary").toDoubleArray();
        }
    }

    /** Same shape as the employee fold: 7,382 rows, indicator blocks of 694 and 443 columns, one numeric column. */
    private void loadSynthetic() {
        int n = 7382;
        int[] cardinalities = {694, 443};
        int p = cardinalities[0] + cardinalities[1] + 1;
        double[] data = new double[n * p];
        y = new double[n];
        List<String> names = new ArrayList<>();
        int offset = 0;
        long state = 42;
        for (int b = 0; b < cardinalities.length; b++) {
            for (int c = 0; c < cardinalities[b]; c++) {
                names.add("cat" + b + "_" + c);
            }
            for (int i = 0; i < n; i++) {
                state = state * 6364136223846793005L + 1442695040888963407L;
                // Skewed category frequencies, as real categorical columns have.
                double u = (state >>> 11) * 0x1.0p-53;
                int c = (int) (cardinalities[b] * u * u);
                data[(offset + c) * n + i] = 1.0;
                y[i] += (c % 17) * 1000.0;
            }
            offset += cardinalities[b];
        }
        names.add("numeric");
        for (int i = 0; i < n; i++) {
            double v = Math.sin(0.01 * i);
            data[offset * n + i] = v;
            y[i] += 5000.0 * v + 300.0 * Math.cos(1.3 * i);
        }
        design = FeatureMatrix.ofColumnMajor(n, names, data);
    }

    static Path employeeSalaries() {
        String dir = System.getProperty("stratum.bench.data");
        for (Path base : dir != null ? List.of(Path.of(dir)) : List.of(Path.of("..", "shared", "data"),
                Path.of("..", "..", "shared", "data"))) {
            Path file = base.resolve("employee_salaries.csv");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    /** Before fold algebra: each alpha centers X, forms the Gram densely and factors it. */
    @Benchmark
    public double gridByDirectFits() {
        double sink = 0.0;
        for (double alpha : ALPHAS) {
            sink += RidgeKernel.fit(design, y, new RidgeParams(alpha, true)).intercept();
        }
        return sink;
    }

    /** One sparse-aware Gram, then a Cholesky factorization of {@code G + alpha I} per alpha. */
    @Benchmark
    public double gridBySharedCholesky() {
        GramStatistics shared = GramStatistics.of(design, y, true, "Ridge");
        double sink = 0.0;
        for (double alpha : ALPHAS) {
            sink += shared.ridgeByCholesky(alpha).intercept();
        }
        return sink;
    }

    /** One sparse-aware Gram and one eigendecomposition; each alpha is then two matrix-vector products. */
    @Benchmark
    public double gridBySharedSpectrum() {
        GramSpectrum spectrum = GramSpectrum.of(GramStatistics.of(design, y, true, "Ridge"));
        double sink = 0.0;
        for (double alpha : ALPHAS) {
            sink += spectrum.ridge(alpha).intercept();
        }
        return sink;
    }

    /** The Gram statistics with every block formed densely. */
    @Benchmark
    public GramStatistics gramDense() {
        return GramStatistics.of(design, y, true, "Ridge", 0.0);
    }

    /** The Gram statistics with indicator blocks from index lists and co-occurrence counts. */
    @Benchmark
    public GramStatistics gramSparseAware() {
        return GramStatistics.of(design, y, true, "Ridge");
    }

    /** The eigendecomposition alone, on prebuilt statistics. */
    @Benchmark
    public GramSpectrum decompose() {
        return GramSpectrum.of(statistics);
    }

    /** One Cholesky solve alone, on prebuilt statistics (the per-alpha cost of the Cholesky variant). */
    @Benchmark
    public FittedLinearModel choleskyOneAlpha() {
        return statistics.ridgeByCholesky(1.0);
    }
}
