package io.stratum.runtime.kernels.classify;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.linear.FittedLinearModel;
import io.stratum.runtime.kernels.linear.RidgeKernel;
import io.stratum.runtime.kernels.linear.RidgeParams;

/**
 * scikit-learn's {@code RidgeClassifier}: Ridge regression on the classes coded as ±1 (one target column for two
 * classes, the second class's; else one per class, one-vs-all), deciding by the sign or the largest score.
 */
public final class RidgeClassifierKernel {
    private RidgeClassifierKernel() {
    }

    public static FittedRidgeClassifier fit(FeatureMatrix x, ClassLabels classes, int[] codes, RidgeParams params) {
        return fit(x, classes, codes, params, null);
    }

    /**
     * {@code RidgeClassifier(...).fit(X, y, sample_weight=w)} ({@code w} null: unweighted): as scikit-learn 1.9, the
     * weighted Ridge of each ±1 target column (weighted centering, rows scaled by {@code sqrt(w)}).
     */
    public static FittedRidgeClassifier fit(FeatureMatrix x, ClassLabels classes, int[] codes, RidgeParams params,
            double[] w) {
        int k = classes.count();
        if (k < 2) {
            throw new DataException("RidgeClassifier needs samples of at least 2 classes, but the training rows"
                    + " contain only one class: " + classes.displayName(0));
        }
        int outputs = k == 2 ? 1 : k;
        FittedLinearModel[] models = new FittedLinearModel[outputs];
        double[] target = new double[codes.length];
        for (int o = 0; o < outputs; o++) {
            int positive = k == 2 ? 1 : o;
            for (int i = 0; i < codes.length; i++) {
                target[i] = codes[i] == positive ? 1.0 : -1.0;
            }
            // Each target column of a multi-output Ridge is an independent problem on the same design.
            models[o] = RidgeKernel.fit(x, target, params, w);
        }
        return new FittedRidgeClassifier(classes, models);
    }

    /** A fitted ridge classifier; it has no probabilities, as scikit-learn's has no {@code predict_proba}. */
    public static final class FittedRidgeClassifier implements FittedClassifier, io.stratum.runtime.cache.Persistable {
        /** The tag under which the lineage cache finds {@link #readFrom}. */
        public static final String PERSIST_TAG = "FittedRidgeClassifier/1";

        private final ClassLabels classes;
        private final FittedLinearModel[] models;

        FittedRidgeClassifier(ClassLabels classes, FittedLinearModel[] models) {
            this.classes = classes;
            this.models = models;
        }

        @Override
        public String persistTag() {
            return PERSIST_TAG;
        }

        @Override
        public void writeTo(java.io.DataOutput out) throws java.io.IOException {
            classes.writeTo(out);
            out.writeInt(models.length);
            for (FittedLinearModel m : models) {
                m.writeTo(out);
            }
        }

        /** Rebuilds a model written by {@link #writeTo}. */
        public static FittedRidgeClassifier readFrom(java.io.DataInput in) throws java.io.IOException {
            ClassLabels classes = ClassLabels.readFrom(in);
            int outputs = in.readInt();
            if (outputs != (classes.count() == 2 ? 1 : classes.count())) {
                throw new java.io.IOException("bad decision columns " + outputs + " for " + classes.count() + " classes");
            }
            FittedLinearModel[] models = new FittedLinearModel[outputs];
            for (int o = 0; o < outputs; o++) {
                models[o] = FittedLinearModel.readFrom(in);
            }
            return new FittedRidgeClassifier(classes, models);
        }

        @Override
        public ClassLabels classes() {
            return classes;
        }

        /** The regression behind decision column {@code row}. */
        public FittedLinearModel model(int row) {
            return models[row];
        }

        @Override
        public double[][] decisions(FeatureMatrix x) {
            double[][] out = new double[models.length][];
            for (int o = 0; o < models.length; o++) {
                out[o] = models[o].predict(x);
            }
            return out;
        }

        @Override
        public double[][] probabilities(FeatureMatrix x) {
            throw new DataException("RidgeClassifier has no predict_proba; score it with its decision_function");
        }

        @Override
        public int[] predict(FeatureMatrix x) {
            double[][] z = decisions(x);
            return z.length == 1 ? FittedClassifier.positive(z[0]) : FittedClassifier.argmax(z, x.rows());
        }
    }
}
