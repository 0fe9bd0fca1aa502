package io.stratum.frontend.api;

import java.util.Objects;

/**
 * A score of a learner fitted on data, on other data: {@code learner.score(environment)} (the learner's own score —
 * R² for a regressor, accuracy for a classifier — against its target computed on the environment) or
 * {@code metric(y_true, learner.predict(environment))} of {@code sklearn.metrics} (the metric's scorer against
 * {@code truth}, a column of the new data). A session computes it ({@code Session.score(NewDataScore)}).
 *
 * @param predictions the learner's predictions on the new data ({@link LearnerPredictions#newData()} set)
 * @param truth       the true values, or null for the learner's target on the new environment
 * @param scorer      the scikit-learn scorer, or null for the learner's own score
 * @param negate      the value is minus the scorer's (a loss such as {@code mean_absolute_error})
 */
public record NewDataScore(LearnerPredictions predictions, DataOp truth, String scorer, boolean negate) {
    public NewDataScore {
        Objects.requireNonNull(predictions, "predictions");
        if (predictions.newData() == null) {
            throw new IllegalArgumentException("not predictions on new data");
        }
    }

    /**
     * {@code metric(y_true, predictions)} for a metric of {@code sklearn.metrics}: its scorer
     * ({@link MetricScorers#onPredictions}) against {@code truth}, a column of the new data.
     */
    public static NewDataScore ofMetric(String metric, java.util.Map<String, io.stratum.ir.value.Const> kwargs,
                                        DataOp truth, LearnerPredictions predictions) {
        MetricScorers.OnPredictions m = MetricScorers.onPredictions(metric, kwargs, predictions);
        return new NewDataScore(predictions, Objects.requireNonNull(truth, "truth"), m.scorer(), m.negate());
    }
}
