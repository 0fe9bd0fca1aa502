package io.stratum.bench.kernels;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.trees.FittedHistGradientBoostingClassifier;
import io.stratum.runtime.kernels.trees.HistGradientBoostingParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * The three-class {@code HistGradientBoostingClassifier} fit (100 iterations, 300 trees, early stopping off) on the
 * benchmark's 100,000 x 8 table with the class column {@code hgb_classifier_sklearn.py} writes, on all cores (the
 * caller plus the common pool, as a script's fit runs) and on one thread, by wall time: the number to set against
 * that script's scikit-learn medians. Usage: {@code java --add-modules=jdk.incubator.vector -cp
 * bench/target/benchmarks.jar io.stratum.bench.kernels.HistGradientBoostingClassifierTime [fits]}; the first third
 * of the fits warm the JIT and are not counted.
 */
public final class HistGradientBoostingClassifierTime {
    private HistGradientBoostingClassifierTime() {
    }

    public static void main(String[] args) {
        int fits = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Path file = Path.of(System.getProperty("stratum.bench.hgb.classes", "bench/target/hgb_100k_classes.csv"));
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing; write it with python3"
                    + " bench/kernels/hgb_classifier_sklearn.py");
        }
        FeatureMatrix x;
        ClassLabels labels;
        int[] codes;
        try (MemoryContext memory = MemoryContext.open()) {
            Table t = CsvReader.read(memory, file);
            labels = ClassLabels.of(t.column("c"));
            codes = labels.encode(t.column("c"));
            x = FeatureMatrix.fromTable(t.drop(List.of("y", "c")), true);
        }
        HistGradientBoostingParams params = HistGradientBoostingParams.DEFAULTS.withEarlyStopping(false);
        for (int threads : new int[] {0, 1}) {
            double[] wall = new double[fits];
            try (ForkJoinPool one = new ForkJoinPool(1)) {
                for (int r = 0; r < fits; r++) {
                    long start = System.nanoTime();
                    if (threads == 1) {
                        one.submit(() -> FittedHistGradientBoostingClassifier.fit(x, labels, codes, params)).join();
                    } else {
                        FittedHistGradientBoostingClassifier.fit(x, labels, codes, params);
                    }
                    wall[r] = (System.nanoTime() - start) / 1e6;
                }
            }
            int warm = fits / 3;
            double[] w = Arrays.copyOfRange(wall, warm, fits);
            Arrays.sort(w);
            System.out.printf("Stratum HistGradientBoostingClassifier fit, 100,000 x 8, 3 classes, 100 iterations, %s:"
                    + " wall median %.0f ms (min %.0f) over %d fits after %d warm-up%n",
                    threads == 1 ? "one thread" : "all cores", w[w.length / 2], w[0], w.length, warm);
        }
    }
}
