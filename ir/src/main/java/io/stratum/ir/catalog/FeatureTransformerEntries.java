package io.stratum.ir.catalog;

import static io.stratum.ir.catalog.ParamSpec.of;
import static io.stratum.ir.catalog.ParamType.ANY;
import static io.stratum.ir.catalog.ParamType.BOOL;
import static io.stratum.ir.catalog.ParamType.INT;
import static io.stratum.ir.catalog.ParamType.STR;

import io.stratum.ir.value.Const;
import java.util.List;

/**
 * scikit-learn 1.9's feature-expanding transformers in the catalog: PolynomialFeatures, SplineTransformer,
 * KBinsDiscretizer and FunctionTransformer (with a numpy function), with scikit-learn's parameter names and defaults.
 */
final class FeatureTransformerEntries {
    private FeatureTransformerEntries() {
    }

    private static Const s(String v) {
        return Const.of(v);
    }

    private static Const none() {
        return Const.none();
    }

    static void register(ApiCatalog c) {
        c.register(new ApiEntry("sklearn.preprocessing.PolynomialFeatures", EntryKind.TRANSFORMER, List.of(
                // an int, or a (min_degree, max_degree) tuple
                of("degree", ANY, Const.of(2L)),
                of("interaction_only", BOOL, Const.of(false)),
                of("include_bias", BOOL, Const.of(true)),
                of("order", STR, s("C")).oneOf(s("C"), s("F"))),
                "Adds every product of the input columns up to the given total degree (and a bias column of ones)."));
        c.register(new ApiEntry("sklearn.preprocessing.SplineTransformer", EntryKind.TRANSFORMER, List.of(
                of("n_knots", INT, Const.of(5L)).atLeast(2),
                of("degree", INT, Const.of(3L)).atLeast(0),
                of("knots", ANY, s("uniform")).runsOnly(s("uniform"), s("quantile")),
                of("extrapolation", STR, s("constant")).oneOf(s("error"), s("constant"), s("linear"), s("continue"),
                        s("periodic")),
                of("include_bias", BOOL, Const.of(true)),
                of("order", STR, s("C")).oneOf(s("C"), s("F")),
                of("handle_missing", STR, s("error")).oneOf(s("error"), s("zeros")),
                // True gives the same numbers densely, as KBinsDiscretizer's sparse one-hot does
                of("sparse_output", BOOL, Const.of(false))),
                "Replaces each numeric column by its B-spline basis on n_knots uniform or quantile knots."));
        c.register(new ApiEntry("sklearn.preprocessing.KBinsDiscretizer", EntryKind.TRANSFORMER, List.of(
                of("n_bins", INT, Const.of(5L)).atLeast(2),
                of("encode", STR, s("onehot")).oneOf(s("onehot"), s("onehot-dense"), s("ordinal")),
                of("strategy", STR, s("quantile")).oneOf(s("uniform"), s("quantile"), s("kmeans")),
                of("quantile_method", STR, s("averaged_inverted_cdf")).oneOf(s("inverted_cdf"),
                        s("averaged_inverted_cdf"), s("closest_observation"), s("interpolated_inverted_cdf"), s("hazen"),
                        s("weibull"), s("linear"), s("median_unbiased"), s("normal_unbiased")).runsOnly(s("inverted_cdf"),
                        s("averaged_inverted_cdf"), s("interpolated_inverted_cdf"), s("hazen"), s("weibull"), s("linear"),
                        s("median_unbiased"), s("normal_unbiased")),
                // np.float32 rounds the values to float32 before placing them in the bins fitted on the input
                of("dtype", ParamType.FLOAT_DTYPE, none()).orNone(),
                of("subsample", INT, Const.of(200_000L)).orNone().atLeast(1),
                of("random_state", ANY, none()).orNone()),
                "Bins each numeric column into n_bins intervals (uniform, quantile or k-means edges), encoded one-hot or"
                        + " as bin numbers."));
        c.register(new ApiEntry("sklearn.preprocessing.FunctionTransformer", EntryKind.TRANSFORMER, List.of(
                // a numpy element-wise function such as np.log1p, or None for the identity
                of("func", ANY, none()).orNone(),
                of("inverse_func", ANY, none()).orNone(),
                of("validate", BOOL, Const.of(false)).runsOnly(Const.of(false)),
                of("accept_sparse", BOOL, Const.of(false)),
                of("check_inverse", BOOL, Const.of(true)),
                of("feature_names_out", ANY, none()).orNone().runsOnly(none(), s("one-to-one")),
                of("kw_args", ANY, none()).orNone().runsOnly(none()),
                of("inv_kw_args", ANY, none()).orNone().runsOnly(none())),
                "Applies a numpy element-wise function (np.log1p, np.sqrt, ...) to every column."));
    }
}
