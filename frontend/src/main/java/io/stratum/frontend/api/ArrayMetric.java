package io.stratum.frontend.api;

import io.stratum.ir.node.Origin;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A regression metric of {@code sklearn.metrics} of a split's test target and a learner's predictions where the
 * script transformed either with numpy ({@code mean_absolute_error(np.expm1(split["y_test"]), np.expm1(preds))}, the
 * error of a log-target model on the target's scale): not the learner's score, but the metric's scorer computed on
 * the two arrays once the learner has predicted, as scikit-learn computes it.
 *
 * @param scorer      scikit-learn's regression scorer of the metric ({@code neg_mean_absolute_error})
 * @param negate      the metric is minus the scorer's value (a loss)
 * @param truthSteps  numpy's element-wise steps on {@code split["y_test"]}, in order
 * @param predictions the predictions on the split's test rows, with their steps
 * @param origin      where the script called the metric
 */
public record ArrayMetric(String scorer, boolean negate, List<ArrayStep> truthSteps, LearnerPredictions predictions,
                          Origin origin) implements PredictedNumber {
    public ArrayMetric {
        Objects.requireNonNull(scorer, "scorer");
        truthSteps = List.copyOf(truthSteps);
        Objects.requireNonNull(predictions, "predictions");
    }

    /** Whether {@code metric(y_true, predictions)} is of transformed arrays (then {@link #of}), not the learner's score. */
    public static boolean transformed(List<ArrayStep> truthSteps, LearnerPredictions predictions) {
        return !truthSteps.isEmpty() || !predictions.steps().isEmpty() || predictions.residual() != null;
    }

    /**
     * {@code metric(np.expm1(split["y_test"]), np.expm1(preds), **kwargs)}: a regression metric of all the test rows'
     * values the learner predicted.
     */
    public static ArrayMetric of(String metric, Map<String, Const> kwargs, List<ArrayStep> truthSteps,
                                 LearnerPredictions predictions) {
        if (predictions.residual() != null) {
            throw DataOp.error(metric + "() of residuals (predictions " + predictions.residual().operator()
                    + " split[\"y_test\"]): Stratum computes a metric of the target and the predictions",
                    "pass them apart: " + metric + "(split[\"y_test\"], preds), or reduce the residuals: np.abs(preds -"
                    + " split[\"y_test\"]).mean()");
        }
        if (predictions.method() != io.stratum.ir.physical.Response.PREDICT || !predictions.slice().allRows()) {
            throw DataOp.error(metric + "() of transformed arrays: Stratum computes it on all the values a learner's"
                    + " predict() gave", "pass np.expm1(learner.predict(split[\"test\"])) whole");
        }
        MetricScorers.OnPredictions m = MetricScorers.onPredictions(metric, kwargs);
        if (!io.stratum.runtime.kernels.metrics.RegressionScores.NAMES.contains(m.scorer())) {
            throw DataOp.error(metric + "() of transformed arrays: Stratum computes regression metrics of them"
                    + " (mean_absolute_error, mean_squared_error, r2_score, ...)", "pass the learner's own labels: "
                    + metric + "(split[\"y_test\"], learner.predict(split[\"test\"]))");
        }
        return new ArrayMetric(m.scorer(), m.negate(), truthSteps, predictions, SourceScope.current());
    }
}
