package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.FitPredict;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.SharedFeatureMatrix;
import io.stratum.runtime.kernels.linear.GramSource;
import io.stratum.runtime.kernels.linear.GramSpectrum;
import io.stratum.runtime.kernels.linear.GramStatistics;

/**
 * Fold algebra for linear learners: the sufficient statistics of X and y, and their eigendecomposition, keyed by
 * lineage (features operator, target operator, fold, mode, centering: {@link LineageKey#gramOperator}), so a grid
 * of Ridge alphas or a Ridge and a LinearRegression over the same features form the Gram matrix once per fold
 * instead of once per candidate.
 *
 * <p>Each product is a task of the executor, computed by the first thread that asks and awaited by the others; a
 * product's computation only reads values the asking fit already holds, so waiting cannot deadlock.
 */
final class SharedLinearFits {
    /** Counted in {@link ExecutionStats} under this name each time statistics are computed. */
    static final String STATISTICS = "GramStatistics";
    /** Counted in {@link ExecutionStats} under this name each time a Gram matrix is decomposed. */
    static final String SPECTRUM = "GramSpectrum";

    /**
     * The learner of {@code op} fitted on {@code features} and {@code target} (the rows of {@code fold} and
     * {@code mode}): from shared statistics when the learner is a {@link GramLearner} that accepts them, else
     * directly. The statistics and spectrum are tasks of {@code executor} (held by its buffer pool, counted against
     * the memory limit, released after their last reader).
     */
    Object fit(PlanExecutor executor, OperatorKernels kernels, MemoryContext memory, FitPredict op, int fold, Mode mode,
               SharedFeatureMatrix features, RuntimeValue target) {
        EstimatorKernels.Learner learner = kernels.learner(op);
        // Wider than tall, scikit-learn solves Ridge's dual and the p x p Gram would be the larger problem.
        if (!(learner instanceof GramLearner gram) || features.columns() > features.rows()) {
            return kernels.fitLearner(memory, op, features, target);
        }
        boolean centered = gram.centered(op.spec());
        LineageKey statisticsKey = PlanExecutor.gramKey(op, fold, mode, centered, LineageKey.Product.GRAM);
        LineageKey spectrumKey = PlanExecutor.gramKey(op, fold, mode, centered, LineageKey.Product.SPECTRUM);
        GramSource source = new GramSource() {
            @Override
            public GramStatistics statistics() {
                return (GramStatistics) executor.shared(statisticsKey, op,
                        () -> computeStatistics(op, features, target, centered));
            }

            @Override
            public GramSpectrum spectrum() {
                return (GramSpectrum) executor.shared(spectrumKey, op, () -> GramSpectrum.of(statistics()));
            }
        };
        Object fitted = gram.fitShared(source, op.spec(), op.kernel());
        return fitted != null ? fitted : kernels.fitLearner(memory, op, features, target);
    }

    private static GramStatistics computeStatistics(FitPredict op, SharedFeatureMatrix features, RuntimeValue target,
                                                    boolean centered) {
        FeatureMatrix x = features.forLearner(false, OperatorKernels.categoryRefusal(op.spec()));
        double[] y = OperatorKernels.targetValues(target, op);
        if (y.length != x.rows()) {
            throw new StratumError(op.origin(), op.spec().simpleName() + ": X has " + x.rows() + " rows but y has "
                    + y.length, "mark X and y on frames with the same rows");
        }
        return GramStatistics.of(x, y, centered, op.spec().simpleName());
    }
}
