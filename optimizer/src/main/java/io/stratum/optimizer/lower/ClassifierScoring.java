package io.stratum.optimizer.lower;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.Response;
import io.stratum.ir.physical.SplitterSpec;
import java.util.List;
import java.util.Set;

/**
 * What a search over classifiers means, as scikit-learn decides it: {@code cv=k} is a StratifiedKFold, no
 * scoring is accuracy, and each scorer reads the method of the final classifier it needs (labels, probabilities
 * or decision values), which the classifier must have.
 */
final class ClassifierScoring {
    /** The classification scorers the runtime implements. */
    static final List<String> SCORING = List.of("accuracy", "balanced_accuracy", "f1", "f1_macro", "precision",
            "recall", "roc_auc", "roc_auc_ovr", "neg_log_loss");

    /** The classifiers with a {@code decision_function}. */
    private static final Set<String> DECISION_FUNCTION = Set.of("sklearn.linear_model.LogisticRegression",
            "sklearn.linear_model.RidgeClassifier", "sklearn.ensemble.HistGradientBoostingClassifier");
    /** The classifiers with a {@code predict_proba}. */
    private static final Set<String> PREDICT_PROBA = Set.of("sklearn.linear_model.LogisticRegression",
            "sklearn.dummy.DummyClassifier", "lightgbm.LGBMClassifier", "xgboost.XGBClassifier",
            "sklearn.neighbors.KNeighborsClassifier", "sklearn.ensemble.HistGradientBoostingClassifier",
            "sklearn.ensemble.RandomForestClassifier");

    private ClassifierScoring() {
    }

    static boolean isClassifier(ApiCatalog catalog, EstimatorSpec spec) {
        ApiEntry entry = catalog.lookup(spec.qualifiedName());
        return entry != null && entry.kind() == EntryKind.CLASSIFIER;
    }

    /** The splitter {@code cv=k} means: stratified when every candidate ends in a classifier. */
    static SplitterSpec byCount(int folds, boolean classifiers) {
        return classifiers ? SplitterSpec.StratifiedKFold.ordered(folds) : SplitterSpec.KFold.consecutive(folds);
    }

    /**
     * The method of {@code spec} that {@code scoring} reads; a classification scorer on a regressor, or a scorer
     * needing a method the classifier lacks, is an error at the estimator's line.
     */
    static Response responseFor(String scoring, EstimatorSpec spec, boolean classifier, Origin origin) {
        if (!SCORING.contains(scoring)) {
            return Response.PREDICT;
        }
        if (!classifier) {
            throw new StratumError(origin, "scoring='" + scoring + "' scores a classifier, but " + spec.simpleName()
                    + " is a regressor", "use a regression scoring such as 'r2', or a classifier");
        }
        String name = spec.qualifiedName();
        return switch (scoring) {
            // scikit-learn's roc_auc scorer asks for decision_function first, then predict_proba.
            case "roc_auc" -> DECISION_FUNCTION.contains(name) ? Response.DECISION_FUNCTION
                    : requireProba(scoring, spec, origin);
            case "roc_auc_ovr", "neg_log_loss" -> requireProba(scoring, spec, origin);
            default -> Response.PREDICT;
        };
    }

    /**
     * The final learner {@code predict} answering with {@code response}, as a learner's {@code predict_proba(...)} or
     * {@code predict(...)} calls it: only a classifier with that method has it, else an error at the estimator's line.
     */
    static FitPredict answering(ApiCatalog catalog, FitPredict predict, Response response) {
        if (response == Response.PREDICT) {
            return predict.withOutput(response);
        }
        EstimatorSpec spec = predict.spec();
        boolean has = isClassifier(catalog, spec) && (response == Response.PREDICT_PROBA
                ? PREDICT_PROBA.contains(spec.qualifiedName()) : DECISION_FUNCTION.contains(spec.qualifiedName()));
        if (!has) {
            throw new StratumError(predict.origin(), spec.simpleName() + " has no " + response.methodName(),
                    response == Response.PREDICT_PROBA
                            ? "predict_proba needs a classifier that has it (LogisticRegression, KNeighborsClassifier, ...); use predict"
                            : "decision_function needs a classifier that has it (LogisticRegression, RidgeClassifier, ...); use predict");
        }
        return predict.withOutput(response);
    }

    private static Response requireProba(String scoring, EstimatorSpec spec, Origin origin) {
        if (!PREDICT_PROBA.contains(spec.qualifiedName())) {
            throw new StratumError(origin, "scoring='" + scoring + "' needs predicted probabilities, but "
                    + spec.simpleName() + " has no predict_proba",
                    "use a label scoring such as 'accuracy', or a classifier with predict_proba (LogisticRegression)");
        }
        return Response.PREDICT_PROBA;
    }
}
