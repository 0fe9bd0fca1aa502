package io.stratum.bench.kernels;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.trees.FittedHistGradientBoostingRegressor;
import io.stratum.runtime.kernels.trees.HistGradientBoostingParams;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * The one-thread {@code HistGradientBoostingRegressor} fit of {@link HistGradientBoostingBenchmark} timed by the
 * thread's CPU time, which a loaded machine inflates far less than wall time (no waiting for a core): the number to
 * set against scikit-learn's process CPU time under {@code OMP_NUM_THREADS=1} ({@code hgb_sklearn.py} prints it).
 * Usage: {@code java --add-modules=jdk.incubator.vector -cp bench/target/benchmarks.jar
 * io.stratum.bench.kernels.HistGradientBoostingCpuTime [fits]} (the module as in the JMH benchmark's forks);
 * the first third of the fits warm the JIT and are not counted.
 */
public final class HistGradientBoostingCpuTime {
    private HistGradientBoostingCpuTime() {
    }

    public static void main(String[] args) {
        int fits = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path file = Path.of(System.getProperty("stratum.bench.hgb", "bench/target/hgb_100k.csv"));
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing; write it with python3 bench/kernels/hgb_sklearn.py");
        }
        FeatureMatrix x;
        double[] y;
        try (MemoryContext memory = MemoryContext.open()) {
            Table t = CsvReader.read(memory, file);
            y = t.column("y").toDoubleArray();
            x = FeatureMatrix.fromTable(t.drop(List.of("y")), true);
        }
        HistGradientBoostingParams params = HistGradientBoostingParams.DEFAULTS.withEarlyStopping(false);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[fits];
        double[] wall = new double[fits];
        // A pool of one worker: the fit's pieces run on the thread that calls it, one after the other.
        try (ForkJoinPool one = new ForkJoinPool(1)) {
            for (int r = 0; r < fits; r++) {
                int at = r;
                one.submit(() -> {
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long wallStart = System.nanoTime();
                    FittedHistGradientBoostingRegressor.fit(x, y, params);
                    cpu[at] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                    wall[at] = (System.nanoTime() - wallStart) / 1e6;
                }).join();
            }
        }
        int warm = fits / 3;
        double[] c = Arrays.copyOfRange(cpu, warm, fits);
        double[] w = Arrays.copyOfRange(wall, warm, fits);
        Arrays.sort(c);
        Arrays.sort(w);
        System.out.printf("Stratum HistGradientBoostingRegressor fit, 100,000 x 8, 100 iterations, one thread: CPU median"
                + " %.0f ms (min %.0f), wall median %.0f ms (min %.0f) over %d fits after %d warm-up%n",
                c[c.length / 2], c[0], w[w.length / 2], w[0], c.length, warm);
    }
}
