package io.stratum.runtime.kernels.forest;

import io.stratum.runtime.data.ScratchMemory;
import io.stratum.runtime.cache.Persistable;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.FittedClassifier;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A fitted {@code RandomForestClassifier}: probabilities are the mean of the trees' leaf class fractions and the
 * prediction the most probable class (the first on ties, numpy's argmax). Like scikit-learn's it has no
 * {@code decision_function}.
 */
public final class FittedRandomForestClassifier implements FittedClassifier, Persistable {
    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedRandomForestClassifier/3";

    private final ClassLabels classes;
    private final FittedTree[] trees;
    /** The out-of-bag estimate ({@code oob_score=True}), or null. */
    private final OutOfBag outOfBag;

    FittedRandomForestClassifier(ClassLabels classes, FittedTree[] trees, OutOfBag outOfBag) {
        this.classes = classes;
        this.trees = trees;
        this.outOfBag = outOfBag;
    }

    /** Grows the forest with the Gini or entropy criterion on class positions, trees in parallel. */
    public static FittedRandomForestClassifier fit(FeatureMatrix x, ClassLabels classes, int[] codes,
                                                   ForestParams params) {
        return fit(x, classes, codes, params, null);
    }

    /**
     * Grows the forest with {@code fit(X, y, sample_weight=w)}'s weights ({@code w} null: none); a "balanced"
     * class weight is then scikit-learn's {@code compute_class_weight("balanced", sample_weight=w)}, from the weighted
     * class counts.
     */
    public static FittedRandomForestClassifier fit(FeatureMatrix x, ClassLabels classes, int[] codes,
                                                   ForestParams params, double[] w) {
        try (ScratchMemory.Reservation scratch = ScratchMemory.reserve(4L * x.rows() * x.cols(), "the forest's float32 copy of X")) {
            return fitUnreserved(x, classes, codes, params, w);
        }
    }

    private static FittedRandomForestClassifier fitUnreserved(FeatureMatrix x, ClassLabels classes, int[] codes,
                                                   ForestParams params, double[] w) {
        int k = classes.count();
        double[] perClass = w != null && params.classWeight() instanceof io.stratum.runtime.kernels.classify.ClassWeights.Balanced
                ? io.stratum.runtime.kernels.classify.ClassWeights.balancedWeighted(k, codes, w)
                : params.classWeight().perClass(classes, codes);
        String criterion = params.criterionOr("gini");
        RandomForest.CriterionFactory criteria = switch (criterion) {
            case "gini" -> (samples, weights, total) -> new Gini(codes, k, samples, weights, total);
            case "entropy", "log_loss" -> (samples, weights, total) -> new Entropy(codes, k, samples, weights, total);
            default -> throw new DataException("RandomForestClassifier: criterion must be 'gini', 'entropy' or "
                    + "'log_loss', got '" + criterion + "'");
        };
        float[][] x32 = RandomForest.float32(x);
        java.util.BitSet[] outOfBag = params.oobScore() == null ? null : new java.util.BitSet[params.nEstimators()];
        FittedTree[] trees = RandomForest.fit(x32, x.rows(), params, criteria, codes, perClass, outOfBag, w);
        OutOfBag oob = outOfBag == null ? null
                : OutOfBag.classification(trees, outOfBag, x32, codes, k, params.oobScore());
        return new FittedRandomForestClassifier(classes, trees, oob);
    }

    /** The out-of-bag estimate of a forest fitted with {@code oob_score}; refused otherwise, as scikit-learn has none. */
    public OutOfBag outOfBag() {
        if (outOfBag == null) {
            throw new DataException("this RandomForestClassifier has no oob_score_ or oob_decision_function_: fit it"
                    + " with oob_score=True (and bootstrap=True)");
        }
        return outOfBag;
    }

    /** scikit-learn's {@code oob_score_}. */
    public double oobScore() {
        return outOfBag().score();
    }

    /** scikit-learn's {@code oob_decision_function_}: per training row, one value per class in class order. */
    public double[][] oobDecisionFunction() {
        double[][] byClass = outOfBag().predictions();
        double[][] rows = new double[byClass[0].length][byClass.length];
        for (int k = 0; k < byClass.length; k++) {
            for (int i = 0; i < rows.length; i++) {
                rows[i][k] = byClass[k][i];
            }
        }
        return rows;
    }

    @Override
    public ClassLabels classes() {
        return classes;
    }

    @Override
    public double[][] probabilities(FeatureMatrix x) {
        return RandomForest.average(trees, x, classes.count());
    }

    @Override
    public int[] predict(FeatureMatrix x) {
        return FittedClassifier.argmax(probabilities(x), x.rows());
    }

    @Override
    public double[][] decisions(FeatureMatrix x) {
        throw new DataException("RandomForestClassifier has no decision_function; score it with predict_proba");
    }

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        classes.writeTo(out);
        FittedTree.writeForest(out, trees);
        OutOfBag.write(out, outOfBag);
    }

    public static FittedRandomForestClassifier readFrom(DataInput in) throws IOException {
        ClassLabels classes = ClassLabels.readFrom(in);
        FittedTree[] trees = FittedTree.readForest(in);
        for (FittedTree t : trees) {
            if (t.value()[0].length != classes.count()) {
                throw new IOException("a tree answers " + t.value()[0].length + " classes, the forest has "
                        + classes.count());
            }
        }
        OutOfBag oob = OutOfBag.read(in);
        if (oob != null && oob.predictions().length != classes.count()) {
            throw new IOException("an out-of-bag estimate of " + oob.predictions().length + " classes, the forest has "
                    + classes.count());
        }
        return new FittedRandomForestClassifier(classes, trees, oob);
    }

    FittedTree[] trees() {
        return trees;
    }
}
