package io.stratum.optimizer.lower;

import java.util.List;
import java.util.Set;

/**
 * The learners a script may fit with {@code .skb.apply(..., fit_kwargs={"sample_weight": w})}: those whose
 * scikit-learn {@code fit} takes {@code sample_weight} and whose Stratum kernel honours it as scikit-learn does.
 * Any other step with weights is refused at its line, naming these.
 */
public final class SampleWeights {
    private SampleWeights() {
    }

    /** Qualified names, in the order the refusal lists them. */
    private static final List<String> ORDERED = List.of(
            "sklearn.ensemble.HistGradientBoostingRegressor",
            "sklearn.ensemble.HistGradientBoostingClassifier",
            "sklearn.ensemble.RandomForestRegressor",
            "sklearn.ensemble.RandomForestClassifier",
            "sklearn.linear_model.LogisticRegression");

    public static final Set<String> LEARNERS = Set.copyOf(ORDERED);

    /** The simple names, as a refusal lists them. */
    public static String names() {
        return String.join(", ", ORDERED.stream().map(n -> n.substring(n.lastIndexOf('.') + 1)).toList());
    }
}
