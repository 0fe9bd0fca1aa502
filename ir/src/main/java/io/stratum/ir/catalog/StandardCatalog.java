package io.stratum.ir.catalog;

import static io.stratum.ir.catalog.ParamSpec.of;
import static io.stratum.ir.catalog.ParamType.ANY;
import static io.stratum.ir.catalog.ParamType.BOOL;
import static io.stratum.ir.catalog.ParamType.FLOAT;
import static io.stratum.ir.catalog.ParamType.INT;
import static io.stratum.ir.catalog.ParamType.STR;

import io.stratum.ir.value.Const;
import java.util.List;

/**
 * The catalog Stratum ships: every pandas, scikit-learn and skrub name it can run, with scikit-learn's
 * (1.9) parameter names and defaults. Parameters Python accepts but Stratum cannot run yet are listed with
 * their supported values, so scripts get a precise message instead of a wrong answer.
 */
public final class StandardCatalog {
    private static final ApiCatalog INSTANCE = build();

    private StandardCatalog() {
    }

    /** The shared, read-only standard catalog. */
    public static ApiCatalog get() {
        return INSTANCE;
    }

    private static Const s(String v) {
        return Const.of(v);
    }

    /** Issue 7, classification side: classifiers and the stratified splitter. */
    private static void registerClassificationSide(ApiCatalog c) {
        c.register(new ApiEntry("sklearn.linear_model.LogisticRegression", EntryKind.CLASSIFIER, List.of(
                // 1.9 deprecates penalty in favour of l1_ratio; the default 'deprecated' means L2.
                of("penalty", ANY, s("deprecated")).orNone().oneOf(s("deprecated"), s("l1"), s("l2"), s("elasticnet"))
                        .runsOnly(s("deprecated"), s("l2")),
                of("C", FLOAT, Const.of(1.0)).greaterThan(0.0),
                of("l1_ratio", FLOAT, Const.of(0.0)).orNone().runsOnly(Const.of(0.0), Const.of(0L), none()),
                of("dual", BOOL, Const.of(false)).runsOnly(Const.of(false)),
                of("tol", FLOAT, Const.of(1e-4)).atLeast(0.0),
                of("fit_intercept", BOOL, Const.of(true)),
                of("intercept_scaling", FLOAT, Const.of(1L)),
                of("class_weight", ANY, none()).orNone(),
                of("random_state", ANY, none()).orNone(),
                of("solver", STR, s("lbfgs")).oneOf(s("lbfgs"), s("liblinear"), s("newton-cg"), s("newton-cholesky"),
                        s("sag"), s("saga")).runsOnly(s("lbfgs")),
                of("max_iter", INT, Const.of(100L)).atLeast(0),
                of("verbose", INT, Const.of(0L)),
                of("warm_start", BOOL, Const.of(false)),
                of("n_jobs", INT, none()).orNone()),
                "Logistic regression with an L2 penalty by L-BFGS: binomial for two classes, multinomial for more."));
        c.register(new ApiEntry("sklearn.linear_model.RidgeClassifier", EntryKind.CLASSIFIER, List.of(
                of("alpha", FLOAT, Const.of(1.0)).atLeast(0.0),
                of("fit_intercept", BOOL, Const.of(true)),
                of("copy_X", BOOL, Const.of(true)),
                of("max_iter", INT, none()).orNone(),
                of("tol", FLOAT, Const.of(1e-4)).atLeast(0.0),
                of("class_weight", ANY, none()).orNone().runsOnly(none()),
                of("solver", STR, s("auto")).oneOf(s("auto"), s("svd"), s("cholesky"), s("lsqr"), s("sparse_cg"),
                        s("sag"), s("saga"), s("lbfgs")).runsOnly(s("auto"), s("cholesky")),
                of("positive", BOOL, Const.of(false)).runsOnly(Const.of(false)),
                of("random_state", ANY, none()).orNone()),
                "Ridge regression on the classes coded as -1/1, one-vs-all."));
        c.register(new ApiEntry("sklearn.dummy.DummyClassifier", EntryKind.CLASSIFIER, List.of(
                // stratified and uniform draw random labels; they are listed so scripts get a precise error.
                of("strategy", STR, s("prior")).oneOf(s("most_frequent"), s("prior"), s("stratified"), s("uniform"),
                        s("constant")).runsOnly(s("most_frequent"), s("prior"), s("constant")),
                of("random_state", ANY, none()).orNone(),
                of("constant", ANY, none()).orNone()),
                "Predicts the most frequent training class or a constant: the baseline to beat."));
        c.register(new ApiEntry("sklearn.model_selection.StratifiedKFold", EntryKind.SPLITTER, List.of(
                of("n_splits", INT, Const.of(5L)).atLeast(2),
                of("shuffle", BOOL, Const.of(false)),
                of("random_state", ANY, none()).orNone()),
                "K folds that keep the class proportions of the target; cv=k for a classifier."));
    }

    private static Const none() {
        return Const.none();
    }

    private static ApiCatalog build() {
        ApiCatalog c = new ApiCatalog();

        registerClassificationSide(c);
        TreeEnsembleEntries.register(c);
        FeatureTransformerEntries.register(c);
        DecompositionEntries.register(c);
        TextEntries.register(c);
        c.register(new ApiEntry("sklearn.linear_model.Ridge", EntryKind.REGRESSOR, List.of(
                of("alpha", FLOAT, Const.of(1.0)).atLeast(0.0),
                of("fit_intercept", BOOL, Const.of(true)),
                of("copy_X", BOOL, Const.of(true)),
                of("max_iter", INT, none()).orNone(),
                of("tol", FLOAT, Const.of(1e-4)).atLeast(0.0),
                of("solver", STR, s("auto")).oneOf(s("auto"), s("svd"), s("cholesky"), s("lsqr"), s("sparse_cg"),
                        s("sag"), s("saga"), s("lbfgs")).runsOnly(s("auto"), s("cholesky"), s("svd"), s("sparse_cg")),
                of("positive", BOOL, Const.of(false)).runsOnly(Const.of(false)),
                of("random_state", ANY, none()).orNone()),
                "Linear least squares with L2 regularization."));
        c.register(new ApiEntry("sklearn.linear_model.LinearRegression", EntryKind.REGRESSOR, List.of(
                of("fit_intercept", BOOL, Const.of(true)),
                of("copy_X", BOOL, Const.of(true)),
                of("tol", FLOAT, Const.of(1e-6)).atLeast(0.0),
                of("n_jobs", INT, none()).orNone(),
                of("positive", BOOL, Const.of(false)).runsOnly(Const.of(false))),
                "Ordinary least squares."));
        c.register(new ApiEntry("sklearn.preprocessing.OneHotEncoder", EntryKind.TRANSFORMER, List.of(
                of("categories", ANY, s("auto")).runsOnly(s("auto")),
                of("drop", ANY, none()).orNone().runsOnly(none(), s("first"), s("if_binary")),
                of("sparse_output", BOOL, Const.of(true)),
                of("dtype", ANY, s("float64")),
                of("handle_unknown", STR, s("error")).oneOf(s("error"), s("ignore"), s("infrequent_if_exist"), s("warn"))
                        .runsOnly(s("error"), s("ignore"), s("infrequent_if_exist")),
                // an int count or a float fraction of the training rows
                of("min_frequency", ANY, none()).orNone(),
                of("max_categories", INT, none()).orNone().atLeast(1),
                of("feature_name_combiner", ANY, s("concat")).runsOnly(s("concat"))),
                "Encodes categorical columns as one-hot indicator columns."));
        c.register(new ApiEntry("sklearn.preprocessing.StandardScaler", EntryKind.TRANSFORMER, List.of(
                of("copy", BOOL, Const.of(true)),
                of("with_mean", BOOL, Const.of(true)),
                of("with_std", BOOL, Const.of(true))),
                "Centers columns to mean 0 and scales them to unit variance."));
        c.register(new ApiEntry("sklearn.model_selection.KFold", EntryKind.SPLITTER, List.of(
                of("n_splits", INT, Const.of(5L)).atLeast(2),
                of("shuffle", BOOL, Const.of(false)),
                of("random_state", ANY, none()).orNone()),
                "K consecutive folds, without shuffling by default."));
        registerRegressionSide(c);
        SkrubCatalog.register(c);
        BoostingCatalog.register(c);

        c.register(new ApiEntry("pandas.read_csv", EntryKind.READER, List.of(
                ParamSpec.of("filepath_or_buffer", STR, none()),
                of("sep", STR, s(",")),
                of("delimiter", STR, none()).orNone(),
                of("usecols", ANY, none()).orNone(),
                of("parse_dates", ANY, none()).orNone(),
                of("dtype", ANY, none()).orNone(),
                of("na_values", ANY, none()).orNone(),
                of("keep_default_na", BOOL, Const.of(true)),
                of("quotechar", STR, s("\"")),
                of("quoting", INT, Const.of(0L)).oneOf(Const.of(0L), Const.of(1L), Const.of(2L), Const.of(3L))
                        .runsOnly(Const.of(0L), Const.of(3L))),
                "Reads a CSV file into a frame."));
        c.register(new ApiEntry("pandas.read_parquet", EntryKind.READER, List.of(
                ParamSpec.of("path", STR, none()),
                of("engine", STR, s("auto")).oneOf(s("auto"), s("pyarrow"), s("fastparquet")).runsOnly(s("auto"), s("pyarrow")),
                of("columns", ANY, none()).orNone()),
                "Reads a Parquet file into a frame (only the columns given, in that order)."));
        c.register(new ApiEntry("pandas.read_feather", EntryKind.READER, List.of(
                ParamSpec.of("path", STR, none()),
                of("columns", ANY, none()).orNone(),
                of("use_threads", BOOL, Const.of(true))),
                "Reads an Arrow IPC (Feather v2) file into a frame."));
        c.register(new ApiEntry("pandas.read_json", EntryKind.READER, List.of(
                ParamSpec.of("path_or_buf", STR, none()),
                of("orient", STR, none()).orNone().oneOf(s("split"), s("records"), s("index"), s("columns"), s("values"),
                        s("table")).runsOnly(none(), s("records")),
                of("convert_dates", ANY, Const.of(true)),
                of("keep_default_dates", BOOL, Const.of(true)),
                of("date_unit", STR, none()).orNone().oneOf(s("s"), s("ms"), s("us"), s("ns")),
                of("lines", BOOL, Const.of(false)).runsOnly(Const.of(false))),
                "Reads a JSON list of records into a frame."));
        c.register(new ApiEntry("pandas.DataFrame.drop", EntryKind.FRAME_METHOD, List.of(
                of("labels", ANY, none()).orNone(),
                of("axis", ANY, Const.of(0L)),
                of("index", ANY, none()).orNone(),
                of("columns", ANY, none()).orNone(),
                of("level", ANY, none()).orNone(),
                of("inplace", BOOL, Const.of(false)).runsOnly(Const.of(false)),
                of("errors", STR, s("raise")).oneOf(s("raise"), s("ignore"))),
                "The frame without the given columns."));
        c.register(new ApiEntry("pandas.DataFrame.assign", EntryKind.FRAME_METHOD, List.of(),
                "The frame with columns added or replaced, from keyword arguments."));
        c.register(new ApiEntry("pandas.DataFrame.add_prefix", EntryKind.FRAME_METHOD, List.of(
                of("prefix", STR, none()),
                of("axis", ANY, none()).orNone().runsOnly(none(), Const.of(1L), s("columns"))),
                "The frame with the prefix before every column name."));
        c.register(new ApiEntry("pandas.DataFrame.add_suffix", EntryKind.FRAME_METHOD, List.of(
                of("suffix", STR, none()),
                of("axis", ANY, none()).orNone().runsOnly(none(), Const.of(1L), s("columns"))),
                "The frame with the suffix after every column name."));
        return c;
    }

    private static Const tuple(Const... items) {
        return new Const.ListConst(List.of(items), true);
    }

    /** Issue 7, regression side: scalers, imputer, ordinal encoder, regressors and splitters. */
    private static void registerRegressionSide(ApiCatalog c) {
        c.register(new ApiEntry("sklearn.preprocessing.MinMaxScaler", EntryKind.TRANSFORMER, List.of(
                of("feature_range", ANY, tuple(Const.of(0L), Const.of(1L))),
                of("copy", BOOL, Const.of(true)),
                of("clip", BOOL, Const.of(false))),
                "Scales each column linearly onto feature_range, from its training min and max."));
        c.register(new ApiEntry("sklearn.preprocessing.MaxAbsScaler", EntryKind.TRANSFORMER, List.of(
                of("copy", BOOL, Const.of(true)),
                of("clip", BOOL, Const.of(false))),
                "Divides each column by its training maximum absolute value."));
        c.register(new ApiEntry("sklearn.preprocessing.RobustScaler", EntryKind.TRANSFORMER, List.of(
                of("with_centering", BOOL, Const.of(true)),
                of("with_scaling", BOOL, Const.of(true)),
                of("quantile_range", ANY, tuple(Const.of(25.0), Const.of(75.0))),
                of("copy", BOOL, Const.of(true)),
                of("unit_variance", BOOL, Const.of(false)).runsOnly(Const.of(false))),
                "Centers columns on their median and scales them by an interquantile range."));
        c.register(new ApiEntry("sklearn.impute.SimpleImputer", EntryKind.TRANSFORMER, List.of(
                of("missing_values", ANY, Const.of(Double.NaN)).orNone().runsOnly(Const.of(Double.NaN)),
                of("strategy", STR, s("mean")).oneOf(s("mean"), s("median"), s("most_frequent"), s("constant")),
                of("fill_value", ANY, none()).orNone(),
                of("copy", BOOL, Const.of(true)),
                of("add_indicator", BOOL, Const.of(false)),
                of("keep_empty_features", BOOL, Const.of(false)).runsOnly(Const.of(false))),
                "Replaces missing values by a per-column mean, median, most frequent value or constant; with"
                        + " add_indicator, adds a bool missingindicator_<column> per column that had missing values at fit."));
        c.register(new ApiEntry("sklearn.preprocessing.OrdinalEncoder", EntryKind.TRANSFORMER, List.of(
                of("categories", ANY, s("auto")).runsOnly(s("auto")),
                of("dtype", ANY, s("float64")),
                of("handle_unknown", STR, s("error")).oneOf(s("error"), s("use_encoded_value")),
                of("unknown_value", ANY, none()).orNone(),
                of("encoded_missing_value", ANY, Const.of(Double.NaN)),
                of("min_frequency", ANY, none()).orNone(),
                of("max_categories", INT, none()).orNone().atLeast(1)),
                "Encodes each categorical column as the position of its value among the sorted categories."));
        c.register(new ApiEntry("sklearn.dummy.DummyRegressor", EntryKind.REGRESSOR, List.of(
                of("strategy", STR, s("mean")).oneOf(s("mean"), s("median"), s("quantile"), s("constant"))
                        .runsOnly(s("mean"), s("median"), s("constant")),
                of("constant", ANY, none()).orNone(),
                of("quantile", FLOAT, none()).orNone()),
                "Predicts the training mean, median or a constant: the baseline to beat."));
        c.register(new ApiEntry("sklearn.linear_model.Lasso", EntryKind.REGRESSOR, List.of(
                of("alpha", FLOAT, Const.of(1.0)).atLeast(0.0),
                of("fit_intercept", BOOL, Const.of(true)),
                of("precompute", ANY, Const.of(false)).runsOnly(Const.of(false)),
                of("copy_X", BOOL, Const.of(true)),
                of("max_iter", INT, Const.of(1000L)).atLeast(1),
                of("tol", FLOAT, Const.of(1e-4)).atLeast(0.0),
                of("warm_start", BOOL, Const.of(false)),
                of("positive", BOOL, Const.of(false)),
                of("random_state", ANY, none()).orNone(),
                of("selection", STR, s("cyclic")).oneOf(s("cyclic"), s("random"))),
                "Linear least squares with L1 regularization, by coordinate descent."));
        c.register(new ApiEntry("sklearn.linear_model.ElasticNet", EntryKind.REGRESSOR, List.of(
                of("alpha", FLOAT, Const.of(1.0)).atLeast(0.0),
                of("l1_ratio", FLOAT, Const.of(0.5)).atLeast(0.0),
                of("fit_intercept", BOOL, Const.of(true)),
                of("precompute", ANY, Const.of(false)).runsOnly(Const.of(false)),
                of("max_iter", INT, Const.of(1000L)).atLeast(1),
                of("copy_X", BOOL, Const.of(true)),
                of("tol", FLOAT, Const.of(1e-4)).atLeast(0.0),
                of("warm_start", BOOL, Const.of(false)),
                of("positive", BOOL, Const.of(false)),
                of("random_state", ANY, none()).orNone(),
                of("selection", STR, s("cyclic")).oneOf(s("cyclic"), s("random"))),
                "Linear least squares with combined L1 and L2 regularization, by coordinate descent."));
        c.register(new ApiEntry("sklearn.neighbors.KNeighborsRegressor", EntryKind.REGRESSOR, List.of(
                of("n_neighbors", INT, Const.of(5L)).atLeast(1),
                of("weights", ANY, s("uniform")).orNone().runsOnly(s("uniform"), s("distance"), none()),
                of("algorithm", STR, s("auto")).oneOf(s("auto"), s("ball_tree"), s("kd_tree"), s("brute")),
                of("leaf_size", INT, Const.of(30L)).atLeast(1),
                of("p", FLOAT, Const.of(2L)).greaterThan(0.0).runsOnly(Const.of(2L), Const.of(2.0)),
                of("metric", ANY, s("minkowski")).runsOnly(s("minkowski"), s("euclidean")),
                of("metric_params", ANY, none()).orNone().runsOnly(none()),
                of("n_jobs", INT, none()).orNone()),
                "Averages the targets of the k nearest training rows (Euclidean distance)."));
        c.register(new ApiEntry("sklearn.neighbors.KNeighborsClassifier", EntryKind.CLASSIFIER, List.of(
                of("n_neighbors", INT, Const.of(5L)).atLeast(1),
                of("weights", ANY, s("uniform")).orNone().runsOnly(s("uniform"), s("distance"), none()),
                of("algorithm", STR, s("auto")).oneOf(s("auto"), s("ball_tree"), s("kd_tree"), s("brute")),
                of("leaf_size", INT, Const.of(30L)).atLeast(1),
                of("p", FLOAT, Const.of(2L)).greaterThan(0.0).runsOnly(Const.of(2L), Const.of(2.0)),
                of("metric", ANY, s("minkowski")).runsOnly(s("minkowski"), s("euclidean")),
                of("metric_params", ANY, none()).orNone().runsOnly(none()),
                of("n_jobs", INT, none()).orNone()),
                "Votes among the k nearest training rows (Euclidean distance); predict_proba is the vote share."));
        c.register(new ApiEntry("sklearn.model_selection.ShuffleSplit", EntryKind.SPLITTER, List.of(
                of("n_splits", INT, Const.of(10L)).atLeast(1),
                of("test_size", ANY, none()).orNone(),
                of("train_size", ANY, none()).orNone(),
                of("random_state", ANY, none()).orNone()),
                "Independent random train/test splits."));
        c.register(new ApiEntry("sklearn.model_selection.StratifiedShuffleSplit", EntryKind.SPLITTER, List.of(
                of("n_splits", INT, Const.of(10L)).atLeast(1),
                of("test_size", ANY, none()).orNone(),
                of("train_size", ANY, none()).orNone(),
                of("random_state", ANY, none()).orNone()),
                "Independent random train/test splits that keep the class proportions of the target."));
        c.register(new ApiEntry("sklearn.model_selection.GroupKFold", EntryKind.SPLITTER, List.of(
                of("n_splits", INT, Const.of(5L)).atLeast(2),
                of("shuffle", BOOL, Const.of(false)),
                of("random_state", ANY, none()).orNone()),
                "K folds that keep each group's rows together; the groups come from"
                        + " mark_as_X(cv=..., split_kwargs={\"groups\": ...})."));
        c.register(new ApiEntry("sklearn.model_selection.StratifiedGroupKFold", EntryKind.SPLITTER, List.of(
                of("n_splits", INT, Const.of(5L)).atLeast(2),
                of("shuffle", BOOL, Const.of(false)),
                of("random_state", ANY, none()).orNone()),
                "K folds that keep each group's rows together and the target's class proportions as well as whole groups"
                        + " allow; the groups come from mark_as_X(cv=..., split_kwargs={\"groups\": ...})."));
        c.register(new ApiEntry("sklearn.model_selection.LeaveOneGroupOut", EntryKind.SPLITTER, List.of(),
                "One fold per group, testing that group's rows; the groups come from"
                        + " mark_as_X(cv=..., split_kwargs={\"groups\": ...})."));
        c.register(new ApiEntry("sklearn.model_selection.TimeSeriesSplit", EntryKind.SPLITTER, List.of(
                of("n_splits", INT, Const.of(5L)).atLeast(2),
                of("max_train_size", INT, none()).orNone(),
                of("test_size", INT, none()).orNone(),
                of("gap", INT, Const.of(0L)).atLeast(0)),
                "Consecutive test blocks at the end, each trained on the rows before it."));
    }
}
