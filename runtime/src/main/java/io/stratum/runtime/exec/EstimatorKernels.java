package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.Map;
import java.util.TreeMap;

/** The registry from an estimator's qualified name to the kernel that fits and applies it. */
public final class EstimatorKernels {

    /** A transformer: fitted on a frame's training rows, then applied to any rows. */
    public interface Transformer {
        Object fit(MemoryContext memory, Table columns, EstimatorSpec spec);

        Table transform(MemoryContext memory, Object fitted, Table columns);
    }

    /**
     * A transformer whose fit is a decomposable aggregate (means and variances, minima and maxima, category sets and
     * counts): the
     * statistics of disjoint row sets combine into its fit on their union. With folds that partition the rows
     * (KFold, StratifiedKFold), the executor computes them once per partition — a fold's test rows — and combines
     * the other partitions' for each fold's training rows, instead of scanning every training set.
     */
    public interface PartitionedTransformer extends Transformer {
        /** The statistics of one set of rows (the transformer's columns, selected). */
        Object statistics(Table columns, EstimatorSpec spec);

        /**
         * The state {@link #fit} gives on the union of the row sets {@code parts} describe, in a fixed order; null
         * when the parts cannot be combined (they disagree on a column's type), and the caller fits directly.
         */
        Object combine(java.util.List<Object> parts, EstimatorSpec spec);

        /** Whether {@code spec}'s settings make the fit decomposable (SimpleImputer: the mean strategy only). */
        default boolean decomposable(EstimatorSpec spec) {
            return true;
        }
    }

    /**
     * A transformer that skrub hands the value itself rather than a frame, and whose output is a matrix without column
     * names ({@link RuntimeValue.Matrix}): scikit-learn's text vectorizers (one column of text in), TfidfTransformer
     * and TruncatedSVD (a matrix in).
     */
    public interface MatrixTransformer {
        Object fit(RuntimeValue input, EstimatorSpec spec);

        RuntimeValue.Matrix transform(Object fitted, RuntimeValue input, EstimatorSpec spec);
    }

    /** A supervised learner: fitted on a feature matrix and a target, then predicts. */
    public interface Learner {
        Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec);

        /**
         * The fit with the kernel the lowering chose for the operator (a Ridge solver, say); learners whose kernel
         * follows from the spec alone ignore it.
         */
        default Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec, String kernel) {
            return fit(x, y, spec);
        }

        double[] predict(Object fitted, FeatureMatrix x);

        /**
         * {@code fit(X, y, sample_weight=w)}: only learners listed by the optimizer's {@code SampleWeights} are
         * lowered with weights, and each of those overrides this.
         */
        default Object fitWeighted(FeatureMatrix x, double[] y, double[] w, EstimatorSpec spec) {
            throw new IllegalStateException(spec.simpleName() + " takes no sample weights in Stratum");
        }

        /** Whether missing values (NaN) may reach the learner, as scikit-learn's histogram gradient boosting allows. */
        default boolean acceptsMissing() {
            return false;
        }

        /**
         * Whether columns of pandas' category dtype, and str columns, may reach the learner as codes, as they reach
         * scikit-learn's histogram gradient boosting (which ordinal-encodes those {@code categorical_features} names
         * and itself refuses the others).
         */
        default boolean acceptsCategoryColumns() {
            return false;
        }

        /** The same for a learner with these settings (XGBoost takes them only with {@code enable_categorical=True}). */
        default boolean acceptsCategoryColumns(EstimatorSpec spec) {
            return acceptsCategoryColumns();
        }
    }

    /**
     * A classifier: fitted on a feature matrix and the target's class positions, it answers with labels,
     * probabilities or decision values. The executor fits and applies it through these methods, never through the
     * numeric {@link Learner} ones, since labels may be strings; it is a {@link Learner} so that it is found, and
     * skipped by the linear fold algebra, where every learner is.
     */
    public interface Classifier extends Learner {
        io.stratum.runtime.kernels.classify.FittedClassifier fit(FeatureMatrix x,
                io.stratum.runtime.kernels.classify.ClassLabels classes, int[] codes, EstimatorSpec spec);

        /** {@code fit(X, y, sample_weight=w)} on class positions; see {@link Learner#fitWeighted}. */
        default io.stratum.runtime.kernels.classify.FittedClassifier fitWeighted(FeatureMatrix x,
                io.stratum.runtime.kernels.classify.ClassLabels classes, int[] codes, double[] w, EstimatorSpec spec) {
            throw new IllegalStateException(spec.simpleName() + " takes no sample weights in Stratum");
        }

        /**
         * The fit ({@code w} null: without sample weights) with the kernel the lowering chose for the operator
         * (LogisticRegression's float32 variant, say); classifiers whose kernel follows from the spec alone ignore it.
         */
        default io.stratum.runtime.kernels.classify.FittedClassifier fit(FeatureMatrix x,
                io.stratum.runtime.kernels.classify.ClassLabels classes, int[] codes, double[] w, EstimatorSpec spec,
                String kernel) {
            return w == null ? fit(x, classes, codes, spec) : fitWeighted(x, classes, codes, w, spec);
        }

        @Override
        default Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
            throw new IllegalStateException("a classifier is fitted on class positions, not on numeric targets");
        }

        @Override
        default double[] predict(Object fitted, FeatureMatrix x) {
            throw new IllegalStateException("a classifier answers with labels, probabilities or decision values");
        }
    }

    /**
     * A classifier with one fit for both calls: {@code w} is {@code fit(X, y, sample_weight=w)}'s weights, or null
     * for a fit without them.
     */
    public interface WeightedClassifier extends Classifier {
        @Override
        io.stratum.runtime.kernels.classify.FittedClassifier fitWeighted(FeatureMatrix x,
                io.stratum.runtime.kernels.classify.ClassLabels classes, int[] codes, double[] w, EstimatorSpec spec);

        @Override
        default io.stratum.runtime.kernels.classify.FittedClassifier fit(FeatureMatrix x,
                io.stratum.runtime.kernels.classify.ClassLabels classes, int[] codes, EstimatorSpec spec) {
            return fitWeighted(x, classes, codes, null, spec);
        }
    }

    private final Map<String, Transformer> transformers = new TreeMap<>();
    private final Map<String, Learner> learners = new TreeMap<>();
    private final Map<String, MatrixTransformer> matrixTransformers = new TreeMap<>();

    public EstimatorKernels register(String qualifiedName, Transformer kernel) {
        transformers.put(qualifiedName, kernel);
        return this;
    }

    public EstimatorKernels register(String qualifiedName, MatrixTransformer kernel) {
        matrixTransformers.put(qualifiedName, kernel);
        return this;
    }

    /** The matrix transformer registered for {@code spec}, or null when it transforms frames (or is a learner). */
    MatrixTransformer matrixTransformer(EstimatorSpec spec) {
        return matrixTransformers.get(spec.qualifiedName());
    }

    /**
     * The matrix transformer for {@code spec} reading {@code input}, or null when {@code input} goes to its frame
     * transformer instead (TruncatedSVD of a frame gives a frame, as skrub wraps it).
     */
    MatrixTransformer matrixTransformer(EstimatorSpec spec, RuntimeValue input) {
        boolean frame = input instanceof RuntimeValue.Frame && transformers.containsKey(spec.qualifiedName());
        return frame ? null : matrixTransformers.get(spec.qualifiedName());
    }

    public EstimatorKernels register(String qualifiedName, Learner kernel) {
        learners.put(qualifiedName, kernel);
        return this;
    }

    /** Every estimator Stratum ships. */
    public static EstimatorKernels standard() {
        return StandardEstimators.register(new EstimatorKernels());
    }

    /** Whether {@code spec}'s transformer can be fitted from per-partition statistics. */
    boolean partitioned(EstimatorSpec spec) {
        return transformers.get(spec.qualifiedName()) instanceof PartitionedTransformer p && p.decomposable(spec);
    }

    Transformer transformer(EstimatorSpec spec, Origin origin) {
        Transformer t = transformers.get(spec.qualifiedName());
        if (t == null && matrixTransformers.containsKey(spec.qualifiedName())) {
            throw new StratumError(origin, spec.simpleName() + " transforms one column of text or a matrix, not the"
                    + " columns of a frame here", null);
        }
        if (t == null) {
            throw new StratumError(origin, spec.simpleName() + " cannot be used as a transformer here"
                    + (learners.containsKey(spec.qualifiedName()) ? " (it is a learner: pass y=...)" : " (no kernel for it yet)"), null);
        }
        return t;
    }

    Learner learner(EstimatorSpec spec, Origin origin) {
        Learner l = learners.get(spec.qualifiedName());
        if (l == null) {
            throw new StratumError(origin, spec.simpleName() + " cannot be used as a learner here"
                    + (transformers.containsKey(spec.qualifiedName()) ? " (it is a transformer)" : " (no kernel for it yet)"), null);
        }
        return l;
    }
}
