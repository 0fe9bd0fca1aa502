package io.stratum.bench.kernels;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.linear.GramStatistics;
import io.stratum.runtime.kernels.vector.DotProduct;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dense Gram matrix of Ridge and shared linear fits ({@code X^T X} of 40 dense columns, 100,000 rows): the
 * column dot products summed by the old one-accumulator loop, by {@link DotProduct}'s eight partial sums as scalars,
 * and by the same sums on the Vector API (two 4-lane registers), in one JVM; plus {@link GramStatistics#of} on that
 * design, which uses {@link DotProduct#dot}. The last two dot-product variants give the same bits; the first sums in
 * another order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx2g"})
public class DotProductBenchmark {
    @Param({"100000"})
    public int rows;

    @Param({"40"})
    public int columns;

    private double[][] data;
    private FeatureMatrix matrix;
    private double[] target;

    @Setup(Level.Trial)
    public void generate() {
        if (!DotProduct.VECTOR_API) {
            throw new IllegalStateException("run with --add-modules=jdk.incubator.vector");
        }
        SplittableRandom random = new SplittableRandom(42);
        data = new double[columns][rows];
        double[] columnMajor = new double[rows * columns];
        List<String> names = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            names.add("x" + j);
            for (int i = 0; i < rows; i++) {
                data[j][i] = random.nextDouble() * 2 - 1;
                columnMajor[j * rows + i] = data[j][i];
            }
        }
        target = new double[rows];
        for (int i = 0; i < rows; i++) {
            target[i] = random.nextDouble();
        }
        matrix = FeatureMatrix.ofColumnMajor(rows, names, columnMajor);
    }

    /** Before: one accumulator, the order the kernels summed in until the Vector API. */
    @Benchmark
    public double gramSequential() {
        double sink = 0.0;
        for (int j = 0; j < columns; j++) {
            for (int k = 0; k <= j; k++) {
                sink += DotProduct.sequential(data[j], 0, data[k], 0, rows);
            }
        }
        return sink;
    }

    /** Eight partial sums as scalars: what runs when the module is absent. */
    @Benchmark
    public double gramEightSumsScalar() {
        double sink = 0.0;
        for (int j = 0; j < columns; j++) {
            for (int k = 0; k <= j; k++) {
                sink += DotProduct.scalar(data[j], 0, data[k], 0, rows);
            }
        }
        return sink;
    }

    /** The same eight sums on two 4-lane vectors: what the launcher runs. */
    @Benchmark
    public double gramVector() {
        double sink = 0.0;
        for (int j = 0; j < columns; j++) {
            for (int k = 0; k <= j; k++) {
                sink += DotProduct.dot(data[j], 0, data[k], 0, rows);
            }
        }
        return sink;
    }

    /** The whole sufficient statistics of a linear fit (means, centering, Gram, X^T y) on the same design. */
    @Benchmark
    public double gramStatistics() {
        return GramStatistics.of(matrix, target, true, "Ridge").rows();
    }
}
