package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.FittedClassifier;

/**
 * A fitted {@code HistGradientBoostingClassifier}: decision values are the raw predictions, probabilities their
 * expit (two classes) or softmax, and the prediction the most probable class.
 */
public final class FittedHistGradientBoostingClassifier implements FittedClassifier, io.stratum.runtime.cache.Persistable {
    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedHistGradientBoostingClassifier/3";

    private final ClassLabels classes;
    private final FittedBoosting model;

    FittedHistGradientBoostingClassifier(ClassLabels classes, FittedBoosting model) {
        this.classes = classes;
        this.model = model;
    }

    /** Fits on class positions {@code codes} of {@code classes}, in parallel on the common fork/join pool. */
    public static FittedHistGradientBoostingClassifier fit(FeatureMatrix x, ClassLabels classes, int[] codes,
                                                           HistGradientBoostingParams params) {
        return new FittedHistGradientBoostingClassifier(classes,
                HistGradientBoosting.fitClassifier(x, codes, classes.count(), params, Parallel.common()));
    }

    /**
     * Fits with class weights {@code perClass} (by class position; null: none) and {@code fit(X, y,
     * sample_weight=w)}'s weights ({@code w} null: every row weighs 1): as scikit-learn, each row weighs its class's
     * weight times its sample weight.
     */
    public static FittedHistGradientBoostingClassifier fit(FeatureMatrix x, ClassLabels classes, int[] codes,
                                                           double[] perClass, double[] w,
                                                           HistGradientBoostingParams params) {
        double[] weights = perClass == null ? w : HistGradientBoosting.classWeighted(perClass, codes, w);
        return new FittedHistGradientBoostingClassifier(classes,
                HistGradientBoosting.fitClassifier(x, codes, classes.count(), weights, params, Parallel.common()));
    }

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        classes.writeTo(out);
        model.writeTo(out);
    }

    /** Rebuilds a classifier written by {@link #writeTo}. */
    public static FittedHistGradientBoostingClassifier readFrom(java.io.DataInput in) throws java.io.IOException {
        return new FittedHistGradientBoostingClassifier(ClassLabels.readFrom(in), FittedBoosting.readFrom(in));
    }

    @Override
    public ClassLabels classes() {
        return classes;
    }

    /** {@code n_iter_}. */
    public int iterations() {
        return model.iterations();
    }

    FittedBoosting model() {
        return model;
    }

    @Override
    public double[][] decisions(FeatureMatrix x) {
        return model.raw(x, Parallel.common());
    }

    @Override
    public double[][] probabilities(FeatureMatrix x) {
        return probabilities(decisions(x), x.rows());
    }

    static double[][] probabilities(double[][] raw, int n) {
        if (raw.length == 1) {
            double[] p1 = new double[n];
            double[] p0 = new double[n];
            for (int i = 0; i < n; i++) {
                p1[i] = 1.0 / (1.0 + Math.exp(-raw[0][i]));
                p0[i] = 1 - p1[i];
            }
            return new double[][] {p0, p1};
        }
        int k = raw.length;
        double[][] out = new double[k][n];
        for (int i = 0; i < n; i++) {
            double max = raw[0][i];
            for (int c = 1; c < k; c++) {
                max = Math.max(max, raw[c][i]);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                out[c][i] = Math.exp(raw[c][i] - max);
                sum += out[c][i];
            }
            for (int c = 0; c < k; c++) {
                out[c][i] /= sum;
            }
        }
        return out;
    }

    @Override
    public int[] predict(FeatureMatrix x) {
        return FittedClassifier.argmax(probabilities(x), x.rows());
    }
}
