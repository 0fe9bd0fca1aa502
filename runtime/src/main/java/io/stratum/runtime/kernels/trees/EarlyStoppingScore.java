package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.kernels.classify.FittedClassifier;
import io.stratum.runtime.kernels.metrics.ClassificationScores;
import io.stratum.runtime.kernels.metrics.RegressionScores;
import java.util.List;

/**
 * What histogram gradient boosting's early stopping watches when {@code scoring} is not {@code "loss"}: scikit-learn's
 * scorer applied to the model's current raw predictions ({@code _score_with_raw_predictions}) — the predictions
 * themselves for a regressor; for a classifier the most probable class, the probabilities (expit or softmax) or the
 * decision values, as the named scorer reads them. {@code None} is the estimator's default scorer (r2, accuracy).
 */
final class EarlyStoppingScore {
    /** The classifier scorers supported here. */
    static final List<String> CLASSIFIER = List.of("accuracy", "balanced_accuracy", "roc_auc", "neg_log_loss");

    private EarlyStoppingScore() {
    }

    /** Refuses a scorer name this class cannot compute, before any tree is grown. */
    static void check(String scoring, boolean classifier, int classes) {
        if (scoring == null || scoring.equals("loss")) {
            return;
        }
        if (!classifier && !RegressionScores.NAMES.contains(scoring)) {
            throw new DataException("HistGradientBoostingRegressor: scoring='" + scoring + "' for early stopping is not"
                    + " a regression scorer Stratum knows; use 'loss' or one of " + RegressionScores.NAMES);
        }
        if (classifier && !CLASSIFIER.contains(scoring)) {
            throw new DataException("HistGradientBoostingClassifier: scoring='" + scoring + "' for early stopping is"
                    + " valid but not supported by Stratum yet; use 'loss' or one of " + CLASSIFIER);
        }
        if (classifier && scoring.equals("roc_auc") && classes > 2) {
            throw new DataException("HistGradientBoostingClassifier: scoring='roc_auc' needs two classes, as in"
                    + " scikit-learn; with " + classes + " classes use 'loss', 'accuracy' or 'neg_log_loss'");
        }
    }

    /**
     * The score of raw predictions {@code raw} (one array per tree) against targets {@code y} (class positions as
     * doubles for a classifier).
     */
    static double score(String scoring, boolean classifier, double[] y, double[][] raw) {
        int n = y.length;
        if (!classifier) {
            return RegressionScores.score(scoring == null ? "r2" : scoring, y, raw[0]);
        }
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            truth[i] = (int) y[i];
        }
        double[][] proba = FittedHistGradientBoostingClassifier.probabilities(raw, n);
        String name = scoring == null ? "accuracy" : scoring;
        return switch (name) {
            case "accuracy" -> ClassificationScores.accuracy(truth, FittedClassifier.argmax(proba, n));
            case "balanced_accuracy" -> ClassificationScores.balancedAccuracy(truth, FittedClassifier.argmax(proba, n),
                    proba.length);
            case "roc_auc" -> {
                boolean[] positive = new boolean[n];
                for (int i = 0; i < n; i++) {
                    positive[i] = truth[i] == 1;
                }
                yield ClassificationScores.rocAuc(positive, raw[0]);
            }
            case "neg_log_loss" -> -ClassificationScores.logLoss(truth, proba);
            default -> throw new IllegalStateException("unchecked scoring " + name);
        };
    }
}
