package io.stratum.frontend.api;

import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * skrub's {@code tabular_pipeline(estimator, n_jobs=None)}: the {@code make_pipeline} skrub builds for the learner, as
 * skrub 0.7 chooses its steps (a {@link SklearnPipeline}, so {@code .skb.apply} runs its steps in turn):
 * <ul>
 *   <li>{@code "regressor"}/{@code "regression"} and {@code "classifier"}/{@code "classification"} stand for
 *       HistGradientBoosting with {@code categorical_features="from_dtype"};</li>
 *   <li>HistGradientBoosting reading categories from their dtype: a {@code TableVectorizer} whose low-cardinality
 *       columns become categories ({@code ToCategorical}) and high-cardinality ones a {@code StringEncoder};</li>
 *   <li>other tree ensembles (random forests, HistGradientBoosting without it): low-cardinality columns ordinal-encoded
 *       (unknown values -1), high-cardinality ones a {@code StringEncoder};</li>
 *   <li>any other learner: the default {@code TableVectorizer} with datetimes encoded by splines;</li>
 *   <li>then {@code SimpleImputer(add_indicator=True)} unless the learner takes missing values (scikit-learn's
 *       {@code allow_nan} tag: the tree ensembles, LightGBM and XGBoost), and {@code SquashingScaler(max_absolute_value=5)}
 *       unless it is a tree ensemble.</li>
 * </ul>
 */
public final class SkrubTabularPipeline {
    private static final Set<String> HGB = Set.of("sklearn.ensemble.HistGradientBoostingRegressor",
            "sklearn.ensemble.HistGradientBoostingClassifier");
    private static final Set<String> TREE_ENSEMBLES = Set.of("sklearn.ensemble.HistGradientBoostingRegressor",
            "sklearn.ensemble.HistGradientBoostingClassifier", "sklearn.ensemble.RandomForestRegressor",
            "sklearn.ensemble.RandomForestClassifier");
    /** Learners whose scikit-learn tags allow missing values (so skrub adds no imputer). */
    private static final Set<String> ALLOW_NAN = Set.of("sklearn.ensemble.HistGradientBoostingRegressor",
            "sklearn.ensemble.HistGradientBoostingClassifier", "sklearn.ensemble.RandomForestRegressor",
            "sklearn.ensemble.RandomForestClassifier", "lightgbm.LGBMRegressor", "lightgbm.LGBMClassifier",
            "xgboost.XGBRegressor", "xgboost.XGBClassifier");

    private SkrubTabularPipeline() {
    }

    /** {@code skrub.tabular_pipeline(estimator, n_jobs=...)}; {@code nJobs} is null or a constant. */
    public static SklearnPipeline of(Object estimator, Object nJobs) {
        Object jobs = nJobs == null ? Const.none() : nJobs;
        if (!(jobs instanceof Const.NoneConst || jobs instanceof Const.IntConst)) {
            throw error("tabular_pipeline(n_jobs=...) must be an int or None, got " + describe(jobs), null);
        }
        if (estimator instanceof Const.StrConst s) {
            String learner = switch (s.value()) {
                case "classifier", "classification" -> "sklearn.ensemble.HistGradientBoostingClassifier";
                case "regressor", "regression" -> "sklearn.ensemble.HistGradientBoostingRegressor";
                default -> throw error("If ``estimator`` is a string it should be 'regressor', 'regression', 'classifier'"
                        + " or 'classification', got " + s.repr(), "write skrub.tabular_pipeline(\"regressor\")");
            };
            return of(DataOps.estimator(learner, Map.of("categorical_features", Const.of("from_dtype"))), jobs);
        }
        if (!(estimator instanceof DataOp d && d.node() instanceof Estimator e)) {
            throw error("tabular_pipeline expects a scikit-learn estimator, 'regressor', or 'classifier' as its first"
                    + " argument, got " + describe(estimator), "write skrub.tabular_pipeline(Ridge()) or"
                    + " skrub.tabular_pipeline(\"regressor\"); to choose between learners, choose between the applied"
                    + " pipelines");
        }
        ApiEntry entry = StandardCatalog.get().lookup(e.qualifiedName());
        if (entry == null || entry.kind() != EntryKind.REGRESSOR && entry.kind() != EntryKind.CLASSIFIER) {
            throw error("tabular_pipeline ends with a learner, got " + e.simpleName() + "()",
                    "write skrub.tabular_pipeline(Ridge()), then .skb.apply(pipeline, y=y)");
        }
        String name = e.qualifiedName();
        Map<String, Object> vectorizer = new LinkedHashMap<>();
        vectorizer.put("n_jobs", jobs);
        if (HGB.contains(name) && Const.of("from_dtype").equals(e.constant("categorical_features"))) {
            vectorizer.put("low_cardinality", DataOps.estimator("skrub.ToCategorical", Map.of()));
            vectorizer.put("high_cardinality", DataOps.estimator("skrub.StringEncoder", Map.of()));
        } else if (TREE_ENSEMBLES.contains(name)) {
            Map<String, Object> ordinal = new LinkedHashMap<>();
            ordinal.put("handle_unknown", Const.of("use_encoded_value"));
            ordinal.put("unknown_value", Const.of(-1L));
            vectorizer.put("low_cardinality", DataOps.estimator("sklearn.preprocessing.OrdinalEncoder", ordinal));
            vectorizer.put("high_cardinality", DataOps.estimator("skrub.StringEncoder", Map.of()));
        } else {
            vectorizer.put("datetime", DataOps.estimator("skrub.DatetimeEncoder",
                    Map.of("periodic_encoding", Const.of("spline"))));
        }
        List<Object> steps = new ArrayList<>();
        steps.add(DataOps.estimator("skrub.TableVectorizer", vectorizer));
        if (!ALLOW_NAN.contains(name)) {
            steps.add(DataOps.estimator("sklearn.impute.SimpleImputer", Map.of("add_indicator", Const.of(true))));
        }
        if (!TREE_ENSEMBLES.contains(name)) {
            steps.add(DataOps.estimator("skrub.SquashingScaler", Map.of("max_absolute_value", Const.of(5L))));
        }
        steps.add(estimator);
        return SklearnPipeline.of(SklearnPipeline.generatedNames(steps), steps, Map.of());
    }

    private static String describe(Object v) {
        return v instanceof Const c ? c.repr() : v instanceof DataOp d ? "a " + d.node().kind() + " DataOp"
                : v instanceof SklearnComposite c ? "a " + c.display() : String.valueOf(v);
    }

    private static StratumError error(String message, String hint) {
        return new StratumError(SourceScope.current(), message, hint);
    }
}
