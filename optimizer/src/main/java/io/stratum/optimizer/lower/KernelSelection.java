package io.stratum.optimizer.lower;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.EstimatorSpec;

/** Picks the runtime kernel for an estimator from its class and parameters (later also from data metadata). */
public final class KernelSelection {
    private KernelSelection() {
    }

    /** The kernel name recorded on the physical operator; an estimator without a kernel is a user-facing error. */
    public static String kernelFor(EstimatorSpec spec, Origin origin) {
        return switch (spec.qualifiedName()) {
            // Issue 7, classification side.
            case "sklearn.linear_model.LogisticRegression" -> io.stratum.ir.physical.LogisticSolvers.LBFGS;
            case "sklearn.linear_model.RidgeClassifier" -> "ridge_classifier_cholesky";
            case "sklearn.dummy.DummyClassifier" -> "dummy_classifier";
            // Dense features and few columns: the Gram matrix is small, and one Cholesky factorization of it
            // serves every alpha of a grid. An explicit solver='svd' keeps scikit-learn's SVD path.
            case "sklearn.linear_model.Ridge" -> "svd".equals(spec.stringParam("solver")) ? "ridge_svd" : "ridge_cholesky";
            // scikit-learn solves OLS with scipy's lstsq (SVD based), which is stable on rank-deficient designs.
            case "sklearn.linear_model.LinearRegression" -> "lstsq_svd";
            // The lowering replaces it by a layout chosen from cardinalities (OneHotLayout).
            case "sklearn.preprocessing.OneHotEncoder" -> io.stratum.ir.physical.OneHotLayouts.DENSE;
            case "sklearn.preprocessing.StandardScaler" -> "standard_scaler";
            // Issue 7, regression side.
            case "sklearn.preprocessing.MinMaxScaler" -> "minmax_scaler";
            case "sklearn.preprocessing.MaxAbsScaler" -> "maxabs_scaler";
            case "sklearn.preprocessing.RobustScaler" -> "robust_scaler";
            case "sklearn.impute.SimpleImputer" -> "simple_imputer";
            case "sklearn.preprocessing.OrdinalEncoder" -> "ordinal_encoder";
            case "sklearn.dummy.DummyRegressor" -> "dummy_regressor";
            // Issue 7, feature expansion (runtime.kernels.features).
            case "sklearn.preprocessing.PolynomialFeatures" -> "polynomial_features";
            case "sklearn.preprocessing.SplineTransformer" -> "spline_transformer";
            case "sklearn.preprocessing.KBinsDiscretizer" -> "kbins_discretizer";
            case "sklearn.preprocessing.FunctionTransformer" -> "function_transformer";
            case "sklearn.decomposition.PCA" -> "pca";
            // scikit-learn's text vectorizers: CSR matrices, never dense (runtime.kernels.text).
            case "sklearn.feature_extraction.text.CountVectorizer" -> "count_vectorizer_csr";
            case "sklearn.feature_extraction.text.TfidfVectorizer" -> "tfidf_vectorizer_csr";
            case "sklearn.feature_extraction.text.HashingVectorizer" -> "hashing_vectorizer_csr";
            case "sklearn.feature_extraction.text.TfidfTransformer" -> "tfidf_transformer_csr";
            case "sklearn.decomposition.TruncatedSVD" -> "truncated_svd_randomized";
            // scikit-learn's dense path without a precomputed Gram matrix: cyclic sweeps over the columns of X.
            case "sklearn.linear_model.Lasso", "sklearn.linear_model.ElasticNet" -> "enet_coordinate_descent";
            // Issue 7, trees: scikit-learn's histogram algorithm, ported (runtime.kernels.trees).
            case "sklearn.ensemble.HistGradientBoostingRegressor" -> "hist_gradient_boosting";
            case "sklearn.ensemble.HistGradientBoostingClassifier" -> "hist_gradient_boosting_classifier";
            // scikit-learn's exact best-split trees and random draws, ported (runtime.kernels.forest).
            case "sklearn.ensemble.RandomForestRegressor" -> "random_forest";
            case "sklearn.ensemble.RandomForestClassifier" -> "random_forest_classifier";
            // Brute force whatever algorithm= says: exact distances, ties to the lower training index.
            case "sklearn.neighbors.KNeighborsRegressor", "sklearn.neighbors.KNeighborsClassifier" -> "knn_brute";
            // skrub's encoders: TF-IDF stays sparse (CSR) into the randomized SVD.
            case "skrub.TableVectorizer" -> "table_vectorizer";
            case "skrub.StringEncoder" -> "string_encoder_tfidf_svd";
            case "skrub.DatetimeEncoder" -> "datetime_encoder";
            case "skrub.SquashingScaler" -> "squashing_scaler";
            case "skrub.Cleaner" -> "cleaner";
            case "skrub.ApplyToCols" -> "apply_to_cols";
            case "skrub.MinHashEncoder" -> "minhash_encoder";
            case "skrub.ToDatetime" -> "to_datetime";
            case "skrub.ToCategorical" -> "to_categorical";
            case "skrub.SelectCols" -> "select_cols";
            case "skrub.DropCols" -> "drop_cols";
            // Issue 7, native gradient boosting: the libraries' own histogram tree learners.
            case "lightgbm.LGBMRegressor", "lightgbm.LGBMClassifier" -> "lightgbm_native";
            case "xgboost.XGBRegressor", "xgboost.XGBClassifier" -> "xgboost_native";
            default -> throw new StratumError(origin, spec.simpleName() + " cannot run in Stratum yet",
                    "supported estimators: Ridge, LinearRegression, OneHotEncoder, StandardScaler, MinMaxScaler, MaxAbsScaler,"
                            + " PolynomialFeatures, SplineTransformer, KBinsDiscretizer, FunctionTransformer, PCA,"
                            + " TruncatedSVD, CountVectorizer, TfidfVectorizer, HashingVectorizer, TfidfTransformer,"
                            + " RobustScaler, SimpleImputer, OrdinalEncoder, DummyRegressor, Lasso, ElasticNet, KNeighborsRegressor,"
                            + " HistGradientBoostingRegressor, HistGradientBoostingClassifier, RandomForestRegressor,"
                            + " RandomForestClassifier,"
                            + " KNeighborsClassifier, LGBMRegressor, LGBMClassifier, XGBRegressor, XGBClassifier,"
                            + " skrub's TableVectorizer, StringEncoder, DatetimeEncoder, SquashingScaler, SelectCols, DropCols, Cleaner, ToDatetime, ToCategorical, ApplyToCols, MinHashEncoder");
        };
    }
}
