package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Fingerprint;
import io.stratum.ir.physical.FitPredict;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.SharedFeatureMatrix;
import io.stratum.runtime.kernels.linear.GramSource;
import io.stratum.runtime.kernels.linear.GramSpectrum;
import io.stratum.runtime.kernels.linear.GramStatistics;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Fold algebra for linear learners: the sufficient statistics of X and y, and their eigendecomposition, keyed by
 * lineage (features operator, target operator, fold, mode, centering), so a grid of Ridge alphas or a Ridge and a
 * LinearRegression over the same features form the Gram matrix once per fold instead of once per candidate.
 *
 * <p>Like the executor's own results, each product is computed by the first thread that asks and awaited by the
 * others; a product's computation only reads operator outputs the executor has already produced, so waiting
 * cannot deadlock.
 */
final class SharedLinearFits {
    /** Counted in {@link ExecutionStats} under this name each time statistics are computed. */
    static final String STATISTICS = "GramStatistics";
    /** Counted in {@link ExecutionStats} under this name each time a Gram matrix is decomposed. */
    static final String SPECTRUM = "GramSpectrum";

    private record Key(Fingerprint features, Fingerprint target, int fold, Mode mode, boolean centered) {
    }

    private final ExecutionStats stats;
    private final ConcurrentHashMap<Key, CompletableFuture<GramStatistics>> statisticsByKey = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, CompletableFuture<GramSpectrum>> spectraByKey = new ConcurrentHashMap<>();

    SharedLinearFits(ExecutionStats stats) {
        this.stats = stats;
    }

    /**
     * The learner of {@code op} fitted on {@code features} and {@code target} (the rows of {@code fold} and
     * {@code mode}): from shared statistics when the learner is a {@link GramLearner} that accepts them, else
     * directly.
     */
    Object fit(OperatorKernels kernels, MemoryContext memory, FitPredict op, int fold, Mode mode,
               SharedFeatureMatrix features, RuntimeValue target) {
        EstimatorKernels.Learner learner = kernels.learner(op);
        // Wider than tall, scikit-learn solves Ridge's dual and the p x p Gram would be the larger problem.
        if (!(learner instanceof GramLearner gram) || features.columns() > features.rows()) {
            return kernels.fitLearner(memory, op, features, target);
        }
        Key key = new Key(op.features().fingerprint(), op.target().fingerprint(), fold, mode, gram.centered(op.spec()));
        GramSource source = new GramSource() {
            @Override
            public GramStatistics statistics() {
                return once(statisticsByKey, key, STATISTICS, () -> computeStatistics(op, features, target, key.centered()));
            }

            @Override
            public GramSpectrum spectrum() {
                return once(spectraByKey, key, SPECTRUM, () -> GramSpectrum.of(statistics()));
            }
        };
        Object fitted = gram.fitShared(source, op.spec(), op.kernel());
        return fitted != null ? fitted : kernels.fitLearner(memory, op, features, target);
    }

    private static GramStatistics computeStatistics(FitPredict op, SharedFeatureMatrix features, RuntimeValue target,
                                                    boolean centered) {
        FeatureMatrix x = features.forLearner(false);
        double[] y = OperatorKernels.targetValues(target, op);
        if (y.length != x.rows()) {
            throw new StratumError(op.origin(), op.spec().simpleName() + ": X has " + x.rows() + " rows but y has "
                    + y.length, "mark X and y on frames with the same rows");
        }
        return GramStatistics.of(x, y, centered, op.spec().simpleName());
    }

    private <T> T once(ConcurrentHashMap<Key, CompletableFuture<T>> products, Key key, String name, Supplier<T> compute) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> existing = products.putIfAbsent(key, mine);
        if (existing != null) {
            try {
                return existing.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
        long start = System.nanoTime();
        try {
            T value = compute.get();
            stats.recordShared(name, System.nanoTime() - start);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
