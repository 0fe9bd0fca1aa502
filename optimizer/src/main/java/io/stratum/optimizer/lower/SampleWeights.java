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
            "sklearn.linear_model.LogisticRegression",
            "sklearn.linear_model.Ridge",
            "sklearn.linear_model.RidgeClassifier",
            "sklearn.linear_model.LinearRegression",
            "sklearn.linear_model.Lasso",
            "sklearn.linear_model.ElasticNet",
            "sklearn.dummy.DummyRegressor",
            "sklearn.dummy.DummyClassifier",
            "lightgbm.LGBMRegressor",
            "lightgbm.LGBMClassifier",
            "xgboost.XGBRegressor",
            "xgboost.XGBClassifier");

    public static final Set<String> LEARNERS = Set.copyOf(ORDERED);

    /**
     * Learners whose scikit-learn {@code fit} has no {@code sample_weight} parameter: skrub fails on the weights
     * ("TypeError: KNeighborsRegressor.fit() got an unexpected keyword argument 'sample_weight'"), so the refusal
     * says that rather than pointing at Stratum.
     */
    public static final Set<String> WITHOUT_SAMPLE_WEIGHT = Set.of(
            "sklearn.neighbors.KNeighborsRegressor",
            "sklearn.neighbors.KNeighborsClassifier");

    /**
     * Why a listed learner with these parameters cannot take weights in Stratum, or null when it can:
     * {@code DummyRegressor}'s weighted median and quantiles (scikit-learn's weighted percentile) are not ported.
     */
    public static String refusal(io.stratum.ir.physical.EstimatorSpec spec) {
        if (spec.qualifiedName().equals("sklearn.dummy.DummyRegressor")
                && spec.param("strategy") instanceof io.stratum.ir.value.Const.StrConst s
                && !s.value().equals("mean") && !s.value().equals("constant")) {
            return "DummyRegressor(strategy='" + s.value() + "') with sample weights is not supported by Stratum yet"
                    + " (scikit-learn's weighted percentile is not ported)";
        }
        return null;
    }

    /** The simple names, as a refusal lists them. */
    public static String names() {
        return String.join(", ", ORDERED.stream().map(n -> n.substring(n.lastIndexOf('.') + 1)).toList());
    }
}
