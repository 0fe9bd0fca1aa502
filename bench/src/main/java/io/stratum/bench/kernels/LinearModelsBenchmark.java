package io.stratum.bench.kernels;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.CsrMatrix;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.ClassWeights;
import io.stratum.runtime.kernels.classify.FittedLogisticRegression;
import io.stratum.runtime.kernels.classify.LogisticRegressionKernel;
import io.stratum.runtime.kernels.classify.LogisticRegressionParams;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.linear.FittedLinearModel;
import io.stratum.runtime.kernels.linear.GramSource;
import io.stratum.runtime.kernels.linear.GramStatistics;
import io.stratum.runtime.kernels.linear.RidgeKernel;
import io.stratum.runtime.kernels.linear.RidgeParams;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The linear side of issue 7's speed list at 100k rows: {@code OneHotEncoder(handle_unknown="ignore")} fitted and
 * applied to four categorical columns of employee_salaries (gender, department, division, employee_position_title:
 * 1,178 indicators), then {@code Ridge()} on those indicators plus the standardized {@code year_first_hired} (target:
 * the salary), and {@code LogisticRegression()} on the same design (target: {@code assignment_category}, two
 * classes). The design is the sparse (CSR) one-hot block, as scikit-learn's default {@code sparse_output=True} hands
 * it to the learners. {@code bench/kernels/linear_compare.py} runs this and scikit-learn on the same file and prints
 * the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx6g"})
public class LinearModelsBenchmark {
    static final List<String> CATEGORICAL = List.of("gender", "department", "division", "employee_position_title");

    private MemoryContext loaded;
    private Table categorical;
    private FeatureMatrix design;
    private double[] salary;
    private ClassLabels classes;
    private int[] assignment;

    @Setup
    public void load() {
        loaded = MemoryContext.open();
        Table t = CsvReader.read(loaded, SkrubEncodersBenchmark.dataFile());
        categorical = t.select(CATEGORICAL);
        FittedOneHot oneHot = OneHotEncoderKernel.fit(categorical, ignoreUnknown());
        CsrMatrix block = oneHot.transformToCsr(categorical);
        double[] year = standardized(t.column("year_first_hired"));
        design = FeatureMatrix.withSparseBlock(t.rowCount(), List.of("year_first_hired"), year,
                oneHot.featureNames(), block);
        salary = t.column("current_annual_salary").toDoubleArray();
        Column target = t.column("assignment_category");
        classes = ClassLabels.of(target);
        assignment = classes.encode(target);
        System.out.println("# data: " + t.rowCount() + " rows, " + design.cols() + " features ("
                + block.nonZeros() + " non-zeros in the one-hot block)");
        // The numbers linear_compare.py prints for scikit-learn's fits, to check that both sides fit the same models.
        double[] predicted = ridgeFit().predict(design);
        double ssRes = 0;
        double ssTot = 0;
        double mean = java.util.Arrays.stream(salary).average().orElse(0);
        for (int i = 0; i < salary.length; i++) {
            ssRes += (salary[i] - predicted[i]) * (salary[i] - predicted[i]);
            ssTot += (salary[i] - mean) * (salary[i] - mean);
        }
        FittedLogisticRegression logistic = logisticRegressionFit();
        int[] labels = logistic.predict(design);
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            right += labels[i] == assignment[i] ? 1 : 0;
        }
        System.out.printf("# check: Ridge training r2 %.10f, LogisticRegression training accuracy %.10f (%d lbfgs"
                + " iterations)%n", 1 - ssRes / ssTot, right / (double) labels.length, logistic.iterations());
    }

    @TearDown
    public void release() {
        loaded.close();
    }

    private static OneHotParams ignoreUnknown() {
        return new OneHotParams(OneHotParams.HandleUnknown.IGNORE, OneHotParams.Drop.NONE);
    }

    /** (x - mean) / std with the population standard deviation, as {@code StandardScaler}. */
    private static double[] standardized(Column c) {
        double[] v = c.toDoubleArray();
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double std = Math.sqrt(ss / v.length);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (v[i] - mean) / std;
        }
        return out;
    }

    /** {@code OneHotEncoder(handle_unknown="ignore").fit_transform(X[categorical])}, CSR output. */
    @Benchmark
    public CsrMatrix oneHotFitTransform() {
        return OneHotEncoderKernel.fit(categorical, ignoreUnknown()).transformToCsr(categorical);
    }

    /**
     * {@code Ridge(alpha=1.0).fit(design, salary)} as the executor runs it: the sparse-aware Gram statistics of the
     * design, then the solve the statistics choose (here the indicators of the 694-valued division are eliminated
     * before a small Cholesky); the exact solution.
     */
    @Benchmark
    public FittedLinearModel ridgeFit() {
        return RidgeKernel.fit(GramSource.of(GramStatistics.of(design, salary, true, "Ridge")), RidgeParams.DEFAULT);
    }

    /** {@code LogisticRegression().fit(design, assignment_category)} (lbfgs, L2, C=1, max_iter=100, tol=1e-4). */
    @Benchmark
    public FittedLogisticRegression logisticRegressionFit() {
        return LogisticRegressionKernel.fit(design, classes, assignment,
                new LogisticRegressionParams(1.0, true, 100, 1e-4, new ClassWeights.Uniform()));
    }
}
