package io.stratum.bench.kernels;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.trees.FittedHistGradientBoostingClassifier;
import io.stratum.runtime.kernels.trees.FittedHistGradientBoostingRegressor;
import io.stratum.runtime.kernels.trees.HistGradientBoostingParams;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * The Stratum side of {@code bench/kernels/hgb_paired.py}: loads the benchmark's table once, then fits on request,
 * so that the script can alternate a scikit-learn fit and a Stratum fit and divide each pair's times. The host's
 * speed moves by a third from one minute to the next on the project's machines; a pair's two fits run seconds apart
 * and see the same speed, where two scripts run one after the other may not.
 *
 * <p>Usage: {@code java --add-modules=jdk.incubator.vector -cp bench/target/benchmarks.jar
 * io.stratum.bench.kernels.HistGradientBoostingFitServer regressor|classifier CSV}. Reads one command per line from
 * standard input: {@code fit all} (the caller plus the common pool, as a script's fit runs) or {@code fit one} (a
 * one-worker pool) fits once and prints the wall time in milliseconds; {@code quit} ends. Early stopping is off and
 * there are 100 iterations, as in the scikit-learn side; the regressor reads columns {@code x0..x7} and {@code y}, the
 * classifier the same features and the class column {@code c}.
 */
public final class HistGradientBoostingFitServer {
    private HistGradientBoostingFitServer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !(args[0].equals("regressor") || args[0].equals("classifier"))) {
            System.err.println("usage: HistGradientBoostingFitServer regressor|classifier CSV");
            System.exit(2);
        }
        boolean classifier = args[0].equals("classifier");
        Path file = Path.of(args[1]);
        if (!Files.exists(file)) {
            System.err.println(file + " is missing; bench/kernels/hgb_paired.py writes it");
            System.exit(2);
        }
        Runnable fit = load(file, classifier);
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (ForkJoinPool one = new ForkJoinPool(1)) {
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                long start = System.nanoTime();
                switch (line) {
                    case "fit all" -> fit.run();
                    case "fit one" -> one.submit(fit).join();
                    default -> {
                        System.err.println("unknown command: " + line + " (fit all, fit one or quit)");
                        System.exit(2);
                    }
                }
                System.out.printf("%.3f%n", (System.nanoTime() - start) / 1e6);
                System.out.flush();
            }
        }
    }

    private static Runnable load(Path file, boolean classifier) {
        HistGradientBoostingParams params = HistGradientBoostingParams.DEFAULTS.withEarlyStopping(false);
        try (MemoryContext memory = MemoryContext.open()) {
            Table t = CsvReader.read(memory, file);
            if (classifier) {
                ClassLabels labels = ClassLabels.of(t.column("c"));
                int[] codes = labels.encode(t.column("c"));
                FeatureMatrix x = FeatureMatrix.fromTable(t.drop(List.of("y", "c")), true);
                return () -> FittedHistGradientBoostingClassifier.fit(x, labels, codes, params);
            }
            FeatureMatrix x = FeatureMatrix.fromTable(t.drop(List.of("y")), true);
            double[] y = t.column("y").toDoubleArray();
            return () -> FittedHistGradientBoostingRegressor.fit(x, y, params);
        }
    }
}
