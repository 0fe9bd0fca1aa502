package io.stratum.frontend.api;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.value.Const;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sklearn.metrics} in scripts: {@code make_scorer(metric, greater_is_better=...)} of a metric scikit-learn also
 * has a named scorer for is that scorer (scikit-learn builds {@code "neg_mean_absolute_error"} as
 * {@code make_scorer(mean_absolute_error, greater_is_better=False)}), so {@code scoring=make_scorer(...)} runs as the
 * name does. A metric of {@code split["y_test"]} and a learner's predictions on {@code split["test"]} is that learner's
 * score with the scorer ({@link #onPredictions}); on other values it is refused: they are the plan's, known only when it
 * runs.
 */
public final class MetricScorers {
    /** A metric function: its named scorer, and whether greater values of the metric itself are better. */
    private record Metric(String scorer, boolean greaterIsBetter) {
    }

    private static final Map<String, Metric> METRICS = new LinkedHashMap<>();

    static {
        METRICS.put("r2_score", new Metric("r2", true));
        METRICS.put("explained_variance_score", new Metric("explained_variance", true));
        METRICS.put("mean_squared_error", new Metric("neg_mean_squared_error", false));
        METRICS.put("root_mean_squared_error", new Metric("neg_root_mean_squared_error", false));
        METRICS.put("mean_absolute_error", new Metric("neg_mean_absolute_error", false));
        METRICS.put("mean_squared_log_error", new Metric("neg_mean_squared_log_error", false));
        METRICS.put("median_absolute_error", new Metric("neg_median_absolute_error", false));
        METRICS.put("max_error", new Metric("neg_max_error", false));
        METRICS.put("accuracy_score", new Metric("accuracy", true));
        METRICS.put("balanced_accuracy_score", new Metric("balanced_accuracy", true));
        METRICS.put("f1_score", new Metric("f1", true));
        METRICS.put("precision_score", new Metric("precision", true));
        METRICS.put("recall_score", new Metric("recall", true));
        METRICS.put("roc_auc_score", new Metric("roc_auc", true));
        METRICS.put("log_loss", new Metric("neg_log_loss", false));
    }

    private MetricScorers() {
    }

    /** The metric functions a script may import from {@code sklearn.metrics} (and {@code make_scorer}). */
    public static List<String> names() {
        return List.copyOf(METRICS.keySet());
    }

    /**
     * The scoring name {@code make_scorer(metric, greater_is_better=..., response_method=..., **kwargs)} stands for,
     * or an error saying what to write instead.
     */
    public static String scorer(String metric, boolean greaterIsBetter, String responseMethod, Map<String, Const> kwargs) {
        Metric m = METRICS.get(metric);
        if (m == null) {
            throw DataOp.error("make_scorer(): Stratum maps scikit-learn's metrics with a named scorer ("
                    + String.join(", ", METRICS.keySet()) + "), not " + metric, "pass scoring='<name>' to the search");
        }
        if (greaterIsBetter != m.greaterIsBetter()) {
            throw DataOp.error("make_scorer(" + metric + ", greater_is_better=" + (greaterIsBetter ? "True" : "False")
                    + ") makes the search rank the worst candidates first",
                    "write greater_is_better=" + (m.greaterIsBetter() ? "True" : "False") + ", or scoring='"
                            + m.scorer() + "'");
        }
        boolean thresholds = metric.equals("roc_auc_score") || metric.equals("log_loss");
        if (thresholds && !"predict_proba".equals(responseMethod)) {
            throw DataOp.error("make_scorer(" + metric + ") scores the classifier's " + (responseMethod == null
                    ? "predicted labels" : responseMethod) + ", which scikit-learn's '" + m.scorer()
                    + "' scorer does not", "write scoring='" + m.scorer() + "'");
        }
        if (!thresholds && responseMethod != null && !responseMethod.equals("predict")) {
            throw DataOp.error("make_scorer(" + metric + ", response_method='" + responseMethod + "') is not a scorer"
                    + " scikit-learn names", "leave response_method out, or write scoring='" + m.scorer() + "'");
        }
        return scorer(metric, false, responseMethod, kwargs, m);
    }

    /** {@code m}'s scorer name with the keyword arguments a script gave the metric (f1's average='macro'). */
    private static String scorer(String metric, boolean called, String responseMethod, Map<String, Const> kwargs, Metric m) {
        String call = called ? metric + "(y_true, y_pred, " : "make_scorer(" + metric + ", ";
        String name = m.scorer();
        for (Map.Entry<String, Const> e : kwargs.entrySet()) {
            if (e.getKey().equals("average") && e.getValue() instanceof Const.StrConst a
                    && (metric.equals("f1_score") && a.value().equals("macro"))) {
                name = "f1_macro";
            } else if (!(e.getKey().equals("average") && e.getValue() instanceof Const.StrConst b
                    && b.value().equals("binary") && List.of("f1_score", "precision_score", "recall_score").contains(metric))) {
                throw DataOp.error(call + e.getKey() + "=" + e.getValue().repr()
                        + "): Stratum maps metrics to scikit-learn's named scorers, which take no " + e.getKey()
                        + " but f1_score's average='macro' (f1_macro)", "pass scoring='<name>' to the search");
            }
        }
        return name;
    }

    /** A metric on a learner's predictions: the scorer that computes it, and whether the metric is minus its score. */
    public record OnPredictions(String scorer, boolean negate) {
    }

    /**
     * {@code metric(split["y_test"], learner.predict(split["test"]), **kwargs)}: the named scorer scikit-learn computes
     * the same number with (on the predicted labels or values), or an error saying what to write instead.
     */
    public static OnPredictions onPredictions(String metric, Map<String, Const> kwargs) {
        Metric m = METRICS.get(metric);
        if (m == null) {
            throw calledOnValues(metric);
        }
        if (metric.equals("roc_auc_score") || metric.equals("log_loss")) {
            throw DataOp.error(metric + "() of a learner's predictions: Stratum computes it from predict_proba inside"
                    + " a search, not from an array in the script", "pass scoring='" + m.scorer() + "' to"
                    + " .skb.make_grid_search(...) or .skb.cross_validate(...)");
        }
        return new OnPredictions(scorer(metric, true, null, kwargs, m), !m.greaterIsBetter());
    }

    /**
     * {@code metric(split["y_test"], p, **kwargs)} of a learner's predictions {@code p} as a script indexed them: the
     * labels or values ({@link #onPredictions(String, Map)}), or {@code predict_proba}'s probabilities, which
     * {@code roc_auc_score} takes as the positive class's column ({@code proba[:, 1]}, scikit-learn's {@code roc_auc}
     * scorer) or whole with {@code multi_class="ovr"} ({@code roc_auc_ovr}), and {@code log_loss} whole
     * ({@code neg_log_loss}); a two-class {@code decision_function}, which {@code roc_auc_score} takes whole
     * ({@code roc_auc}, whose scorer reads the decision function).
     */
    public static OnPredictions onPredictions(String metric, Map<String, Const> kwargs, LearnerPredictions p) {
        if (p.firstWritten() != null) {
            throw DataOp.error(metric + "() of a learner's predictions after " + p.firstWritten()
                    + ": Stratum scores the learner's own predictions", "pass learner.predict(...) as it is");
        }
        if (!p.slice().allRows()) {
            throw DataOp.error(metric + "() of some of the test rows: Stratum scores a learner on all of them",
                    "pass the whole array, e.g. " + metric + "(split[\"y_test\"], learner.predict(split[\"test\"]))");
        }
        if (p.method() == io.stratum.ir.physical.Response.PREDICT) {
            return onPredictions(metric, kwargs);
        }
        Integer column = p.slice().column();
        if (p.method() == io.stratum.ir.physical.Response.DECISION_FUNCTION) {
            // scikit-learn's roc_auc scorer reads decision_function where the classifier has one: the same number
            if (metric.equals("roc_auc_score") && column == null && kwargs.isEmpty()) {
                return new OnPredictions("roc_auc", false);
            }
            throw DataOp.error(metric + "() of a learner's decision_function: Stratum computes roc_auc_score(y,"
                    + " learner.decision_function(...)) of two classes", "pass scoring='<name>' to"
                    + " .skb.cross_validate(...) for other scores");
        }
        if (metric.equals("roc_auc_score") && column != null && column == 1 && kwargs.isEmpty()) {
            return new OnPredictions("roc_auc", false);
        }
        if (metric.equals("roc_auc_score") && column == null && kwargs.equals(Map.of("multi_class", Const.of("ovr")))) {
            return new OnPredictions("roc_auc_ovr", false);
        }
        if (metric.equals("log_loss") && column == null && kwargs.isEmpty()) {
            return new OnPredictions("neg_log_loss", true);
        }
        throw DataOp.error(metric + "() of a learner's predict_proba: Stratum computes roc_auc_score(y, proba[:, 1]),"
                + " roc_auc_score(y, proba, multi_class=\"ovr\") and log_loss(y, proba)",
                "pass scoring='<name>' to .skb.cross_validate(...) for other scores of probabilities");
    }

    /** Whether {@code metric} of a learner's predictions is minus its scorer's score (a loss such as log_loss). */
    public static boolean negates(String metric) {
        Metric m = METRICS.get(metric);
        return m != null && !m.greaterIsBetter();
    }

    /** The error for calling a metric on values while the plan is built. */
    public static StratumError calledOnValues(String metric) {
        Metric m = METRICS.get(metric);
        return DataOp.error("sklearn.metrics." + metric + "() on values: Stratum computes scores inside a search or a"
                + " cross-validation, where the values are", m == null ? null : "pass scoring='" + m.scorer()
                + "' (or make_scorer(" + metric + ")) to the search or .skb.cross_validate(), or compute "
                + metric + "(split['y_test'], learner.predict(split['test'])) after learner.fit(split['train'])");
    }
}
