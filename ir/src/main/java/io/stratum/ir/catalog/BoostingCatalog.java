package io.stratum.ir.catalog;

import static io.stratum.ir.catalog.ParamSpec.of;
import static io.stratum.ir.catalog.ParamType.ANY;
import static io.stratum.ir.catalog.ParamType.BOOL;
import static io.stratum.ir.catalog.ParamType.FLOAT;
import static io.stratum.ir.catalog.ParamType.INT;
import static io.stratum.ir.catalog.ParamType.STR;

import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;

/**
 * The gradient-boosting estimators of the {@code lightgbm} (4.x) and {@code xgboost} (3.x) packages, with the
 * parameter names and defaults of their scikit-learn wrappers. They run on the libraries' native code.
 */
final class BoostingCatalog {
    private BoostingCatalog() {
    }

    static void register(ApiCatalog c) {
        c.register(new ApiEntry("lightgbm.LGBMRegressor", EntryKind.REGRESSOR, lightGbm(false),
                "Gradient-boosted trees by LightGBM (native library), objective 'regression' by default."));
        c.register(new ApiEntry("lightgbm.LGBMClassifier", EntryKind.CLASSIFIER, lightGbm(true),
                "Gradient-boosted trees by LightGBM (native library): 'binary' or 'multiclass' by the class count."));
        c.register(new ApiEntry("xgboost.XGBRegressor", EntryKind.REGRESSOR, xgboost(false),
                "Gradient-boosted trees by XGBoost (native library), objective 'reg:squarederror' by default."));
        c.register(new ApiEntry("xgboost.XGBClassifier", EntryKind.CLASSIFIER, xgboost(true),
                "Gradient-boosted trees by XGBoost (native library): 'binary:logistic' or 'multi:softprob'."));
    }

    private static List<ParamSpec> lightGbm(boolean classifier) {
        List<ParamSpec> p = new ArrayList<>(List.of(
                of("boosting_type", STR, s("gbdt")).oneOf(s("gbdt"), s("dart"), s("rf")),
                of("num_leaves", INT, Const.of(31L)).greaterThan(1),
                of("max_depth", INT, Const.of(-1L)),
                of("learning_rate", FLOAT, Const.of(0.1)).greaterThan(0.0),
                of("n_estimators", INT, Const.of(100L)).atLeast(0),
                of("subsample_for_bin", INT, Const.of(200000L)).greaterThan(0),
                classifier
                        ? of("objective", STR, none()).orNone().runsOnly(none(), s("binary"), s("multiclass"))
                        : of("objective", STR, none()).orNone(),
                // LGBMRegressor takes it too (the wrapper weighs rows by their target value); Stratum runs it for
                // classifiers only
                classifier ? of("class_weight", ANY, none()).orNone() : of("class_weight", ANY, none()).orNone().runsOnly(none()),
                of("min_split_gain", FLOAT, Const.of(0.0)).atLeast(0.0),
                of("min_child_weight", FLOAT, Const.of(1e-3)).atLeast(0.0),
                of("min_child_samples", INT, Const.of(20L)).atLeast(0),
                of("subsample", FLOAT, Const.of(1.0)).greaterThan(0.0),
                of("subsample_freq", INT, Const.of(0L)).atLeast(0),
                of("colsample_bytree", FLOAT, Const.of(1.0)).greaterThan(0.0),
                of("reg_alpha", FLOAT, Const.of(0.0)).atLeast(0.0),
                of("reg_lambda", FLOAT, Const.of(0.0)).atLeast(0.0),
                of("random_state", INT, none()).orNone(),
                of("n_jobs", INT, none()).orNone(),
                of("importance_type", STR, s("split")).oneOf(s("split"), s("gain")),
                // Not in the signature but taken through **kwargs by the wrapper and commonly written.
                of("max_bin", INT, Const.of(255L)).greaterThan(1),
                of("verbose", INT, Const.of(1L)),
                of("verbosity", INT, Const.of(1L))));
        return p;
    }

    private static List<ParamSpec> xgboost(boolean classifier) {
        // The wrapper leaves every parameter None, so the native library's defaults apply.
        return List.of(
                of("n_estimators", INT, none()).orNone(),
                of("max_depth", INT, none()).orNone(),
                of("max_leaves", INT, none()).orNone(),
                of("max_bin", INT, none()).orNone(),
                of("grow_policy", STR, none()).orNone().oneOf(s("depthwise"), s("lossguide")),
                of("learning_rate", FLOAT, none()).orNone(),
                of("verbosity", INT, none()).orNone(),
                classifier
                        ? of("objective", STR, none()).orNone().runsOnly(none(), s("binary:logistic"), s("multi:softprob"))
                        : of("objective", STR, s("reg:squarederror")),
                of("booster", STR, none()).orNone().oneOf(s("gbtree"), s("dart"), s("gblinear")),
                of("tree_method", STR, none()).orNone().oneOf(s("auto"), s("exact"), s("approx"), s("hist")),
                of("n_jobs", INT, none()).orNone(),
                of("gamma", FLOAT, none()).orNone(),
                of("min_child_weight", FLOAT, none()).orNone(),
                of("max_delta_step", FLOAT, none()).orNone(),
                of("subsample", FLOAT, none()).orNone(),
                of("sampling_method", STR, none()).orNone().oneOf(s("uniform")),
                of("colsample_bytree", FLOAT, none()).orNone(),
                of("colsample_bylevel", FLOAT, none()).orNone(),
                of("colsample_bynode", FLOAT, none()).orNone(),
                of("reg_alpha", FLOAT, none()).orNone(),
                of("reg_lambda", FLOAT, none()).orNone(),
                of("scale_pos_weight", FLOAT, none()).orNone(),
                of("base_score", FLOAT, none()).orNone(),
                of("random_state", INT, none()).orNone(),
                of("missing", FLOAT, Const.of(Double.NaN)).runsOnly(Const.of(Double.NaN)),
                of("num_parallel_tree", INT, none()).orNone(),
                of("importance_type", STR, none()).orNone(),
                of("device", STR, none()).orNone().runsOnly(none(), s("cpu")),
                of("validate_parameters", ANY, none()).orNone(),
                of("enable_categorical", BOOL, Const.of(false)),
                of("max_cat_to_onehot", INT, none()).orNone(),
                of("max_cat_threshold", INT, none()).orNone(),
                of("eval_metric", ANY, none()).orNone(),
                of("early_stopping_rounds", INT, none()).orNone().runsOnly(none()));
    }

    private static Const s(String v) {
        return Const.of(v);
    }

    private static Const none() {
        return Const.none();
    }
}
