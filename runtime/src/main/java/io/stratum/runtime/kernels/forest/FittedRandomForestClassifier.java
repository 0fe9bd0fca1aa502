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
    public static final String PERSIST_TAG = "FittedRandomForestClassifier/2";

    private final ClassLabels classes;
    private final FittedTree[] trees;

    FittedRandomForestClassifier(ClassLabels classes, FittedTree[] trees) {
        this.classes = classes;
        this.trees = trees;
    }

    /** Grows the forest with the Gini or entropy criterion on class positions, trees in parallel. */
    public static FittedRandomForestClassifier fit(FeatureMatrix x, ClassLabels classes, int[] codes,
                                                   ForestParams params) {
        try (ScratchMemory.Reservation scratch = ScratchMemory.reserve(4L * x.rows() * x.cols(), "the forest's float32 copy of X")) {
            return fitUnreserved(x, classes, codes, params);
        }
    }

    private static FittedRandomForestClassifier fitUnreserved(FeatureMatrix x, ClassLabels classes, int[] codes,
                                                   ForestParams params) {
        int k = classes.count();
        double[] perClass = params.classWeight().perClass(classes, codes);
        String criterion = params.criterionOr("gini");
        RandomForest.CriterionFactory criteria = switch (criterion) {
            case "gini" -> (samples, weights, total) -> new Gini(codes, k, samples, weights, total);
            case "entropy", "log_loss" -> (samples, weights, total) -> new Entropy(codes, k, samples, weights, total);
            default -> throw new DataException("RandomForestClassifier: criterion must be 'gini', 'entropy' or "
                    + "'log_loss', got '" + criterion + "'");
        };
        return new FittedRandomForestClassifier(classes, RandomForest.fit(RandomForest.float32(x), x.rows(), params,
                criteria, codes, perClass));
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
        return new FittedRandomForestClassifier(classes, trees);
    }

    FittedTree[] trees() {
        return trees;
    }
}
