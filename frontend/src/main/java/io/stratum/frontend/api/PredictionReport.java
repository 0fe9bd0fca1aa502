package io.stratum.frontend.api;

import io.stratum.ir.value.Const;
import java.util.Map;
import java.util.Objects;

/**
 * {@code classification_report(y_true, y_pred)} or {@code confusion_matrix(y_true, y_pred)} of {@code sklearn.metrics} on
 * a learner's predicted labels: on a split's test rows against {@code split["y_test"]} ({@code truth} null: the
 * learner's target on those rows), or on new data against that data's true values ({@code truth}). A session
 * computes both arrays; the CLI prints them as scikit-learn does.
 *
 * @param function    {@code classification_report} or {@code confusion_matrix}
 * @param predictions the learner's labels ({@code predict}, every row)
 * @param truth       the true labels of new data, or null for a split's {@code y_test}
 * @param digits      {@code classification_report}'s {@code digits}
 * @param targetNames {@code classification_report}'s {@code target_names} (the labels' names in sorted label order), or
 *                    null for the labels themselves
 */
public record PredictionReport(String function, LearnerPredictions predictions, DataOp truth, int digits,
                               java.util.List<String> targetNames) {
    /** The functions of {@code sklearn.metrics} this stands for. */
    public static final java.util.List<String> FUNCTIONS = java.util.List.of("classification_report", "confusion_matrix");

    public PredictionReport {
        if (!FUNCTIONS.contains(function)) {
            throw new IllegalArgumentException("not a report: " + function);
        }
        Objects.requireNonNull(predictions, "predictions");
        if ((truth == null) == (predictions.newData() != null)) {
            throw new IllegalArgumentException("the true values of new data, or a split's y_test");
        }
        targetNames = targetNames == null ? null : java.util.List.copyOf(targetNames);
    }

    /** The error of a report of true labels the script transformed ({@code np.expm1(split["y_test"])}). */
    public static io.stratum.ir.diagnostics.StratumError transformedTruth(String function, ArrayStep first) {
        return DataOp.error(function + "() takes the true labels as they are, not after " + first.written(),
                "pass split[\"y_test\"]");
    }

    /**
     * {@code function(y_true, y_pred, **kwargs)} of a learner's predictions, checked as scikit-learn takes its arguments;
     * {@code truth} null for a split's {@code y_test}.
     */
    public static PredictionReport of(String function, DataOp truth, LearnerPredictions predictions,
                                      Map<String, Const> kwargs) {
        if (predictions.method() != io.stratum.ir.physical.Response.PREDICT) {
            throw DataOp.error(function + "() takes a learner's predicted labels, not its "
                    + predictions.method().methodName() + "()", "pass learner.predict(...)");
        }
        if (predictions.firstWritten() != null) {
            throw DataOp.error(function + "() takes a learner's predicted labels as it gave them, not after "
                    + predictions.firstWritten(), "pass learner.predict(...)");
        }
        if (!predictions.slice().allRows()) {
            throw DataOp.error(function + "() of some of the rows: Stratum reports on all the rows a learner predicted",
                    "pass the whole array, e.g. " + function + "(y_test, learner.predict(...))");
        }
        int digits = 2;
        java.util.List<String> names = null;
        for (Map.Entry<String, Const> e : kwargs.entrySet()) {
            if (function.equals("classification_report") && e.getKey().equals("target_names")
                    && !(e.getValue() instanceof Const.NoneConst)) {
                if (!(e.getValue() instanceof Const.ListConst l) || l.asStrings() == null) {
                    throw DataOp.error(function + "(): target_names must be a list of strings, got " + e.getValue().repr(),
                            null);
                }
                names = l.asStrings();
            } else if (function.equals("classification_report") && e.getKey().equals("digits")) {
                if (!(e.getValue() instanceof Const.IntConst d) || d.value() < 0 || d.value() > 15) {
                    throw DataOp.error(function + "(): digits must be an int from 0 to 15, got " + e.getValue().repr(), null);
                }
                digits = (int) d.value();
            } else {
                throw DataOp.error(function + "(): Stratum does not support the argument '" + e.getKey() + "' yet",
                        function.equals("classification_report") ? "leave it out (digits= and target_names= are supported)"
                                : "leave it out");
            }
        }
        return new PredictionReport(function, predictions, truth, digits, names);
    }
}
