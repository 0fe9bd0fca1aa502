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
 * scikit-learn's tree ensembles that Stratum implements itself (issue 7, trees and forests), with scikit-learn 1.9's parameter
 * names and defaults; parameters whose other values Stratum cannot run yet say so.
 */
final class TreeEnsembleEntries {
    private TreeEnsembleEntries() {
    }

    static void register(ApiCatalog c) {
        c.register(new ApiEntry("sklearn.ensemble.HistGradientBoostingRegressor", EntryKind.REGRESSOR,
                histGradientBoosting(of("loss", STR, Const.of("squared_error")).oneOf(Const.of("squared_error"),
                        Const.of("absolute_error"), Const.of("gamma"), Const.of("poisson"), Const.of("quantile"))
                        .runsOnly(Const.of("squared_error")), false),
                "Gradient-boosted trees on binned features (scikit-learn's algorithm, run in parallel)."));
        c.register(new ApiEntry("sklearn.ensemble.HistGradientBoostingClassifier", EntryKind.CLASSIFIER,
                histGradientBoosting(of("loss", STR, Const.of("log_loss")).oneOf(Const.of("log_loss")), true),
                "Gradient-boosted trees on binned features with the log loss, binary or multinomial."));
        c.register(new ApiEntry("sklearn.ensemble.RandomForestRegressor", EntryKind.REGRESSOR,
                randomForest(of("criterion", STR, Const.of("squared_error")).oneOf(Const.of("squared_error"),
                        Const.of("absolute_error"), Const.of("friedman_mse"), Const.of("poisson")),
                        Const.of(1.0), false),
                "A random forest of regression trees (scikit-learn's trees and random draws, grown in parallel)."));
        c.register(new ApiEntry("sklearn.ensemble.RandomForestClassifier", EntryKind.CLASSIFIER,
                randomForest(of("criterion", STR, Const.of("gini")).oneOf(Const.of("gini"), Const.of("entropy"),
                        Const.of("log_loss")), Const.of("sqrt"), true),
                "A random forest of classification trees (Gini or entropy criterion); answers predict and predict_proba."));
    }

    /** scikit-learn 1.9's forest signature; the types of the polymorphic ones are checked when the forest is built. */
    private static List<ParamSpec> randomForest(ParamSpec criterion, Const maxFeatures, boolean classifier) {
        Const none = Const.none();
        List<ParamSpec> params = new ArrayList<>(List.of(
                of("n_estimators", INT, Const.of(100L)).atLeast(1),
                criterion,
                of("max_depth", INT, none).orNone().atLeast(1),
                of("min_samples_split", ANY, Const.of(2L)),
                of("min_samples_leaf", ANY, Const.of(1L)),
                of("min_weight_fraction_leaf", FLOAT, Const.of(0.0)).atLeast(0.0),
                of("max_features", ANY, maxFeatures).orNone(),
                of("max_leaf_nodes", INT, none).orNone().atLeast(2),
                of("min_impurity_decrease", FLOAT, Const.of(0.0)).atLeast(0.0),
                of("bootstrap", BOOL, Const.of(true)),
                of("oob_score", ANY, Const.of(false)),
                of("n_jobs", INT, none).orNone(),
                of("random_state", ANY, none).orNone(),
                of("verbose", INT, Const.of(0L)),
                of("warm_start", BOOL, Const.of(false)).runsOnly(Const.of(false))));
        if (classifier) {
            params.add(of("class_weight", ANY, none).orNone());
        }
        params.addAll(List.of(
                of("ccp_alpha", FLOAT, Const.of(0.0)).atLeast(0.0).runsOnly(Const.of(0.0)),
                of("max_samples", ANY, none).orNone(),
                of("monotonic_cst", ANY, none).orNone().runsOnly(none)));
        return params;
    }

    private static List<ParamSpec> histGradientBoosting(ParamSpec loss, boolean classifier) {
        Const none = Const.none();
        List<ParamSpec> params = new ArrayList<>(List.of(loss));
        if (!classifier) {
            params.add(of("quantile", FLOAT, none).orNone());
        }
        params.addAll(List.of(
                of("learning_rate", FLOAT, Const.of(0.1)).greaterThan(0.0),
                of("max_iter", INT, Const.of(100L)).atLeast(1),
                of("max_leaf_nodes", INT, Const.of(31L)).orNone().atLeast(2),
                of("max_depth", INT, none).orNone().atLeast(1),
                of("min_samples_leaf", INT, Const.of(20L)).atLeast(1),
                of("l2_regularization", FLOAT, Const.of(0.0)).atLeast(0.0),
                of("max_features", FLOAT, Const.of(1.0)).greaterThan(0.0).runsOnly(Const.of(1.0), Const.of(1L)),
                of("max_bins", INT, Const.of(255L)).atLeast(2),
                of("categorical_features", ANY, Const.of("from_dtype")).orNone(),
                of("monotonic_cst", ANY, none).orNone().runsOnly(none),
                of("interaction_cst", ANY, none).orNone().runsOnly(none),
                of("warm_start", BOOL, Const.of(false)).runsOnly(Const.of(false)),
                of("early_stopping", ANY, Const.of("auto")).oneOf(Const.of("auto"), Const.of(true), Const.of(false)),
                of("scoring", ANY, Const.of("loss")).orNone(),
                of("validation_fraction", ANY, Const.of(0.1)).orNone(),
                of("n_iter_no_change", INT, Const.of(10L)).atLeast(1),
                of("tol", FLOAT, Const.of(1e-7)).atLeast(0.0),
                of("verbose", INT, Const.of(0L)),
                of("random_state", ANY, none).orNone()));
        if (classifier) {
            params.add(of("class_weight", ANY, none).orNone());
        }
        return params;
    }
}
