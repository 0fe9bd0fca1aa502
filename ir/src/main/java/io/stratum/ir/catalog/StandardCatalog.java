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

    private static Const none() {
        return Const.none();
    }

    private static ApiCatalog build() {
        ApiCatalog c = new ApiCatalog();

        c.register(new ApiEntry("sklearn.linear_model.Ridge", EntryKind.REGRESSOR, List.of(
                of("alpha", FLOAT, Const.of(1.0)).atLeast(0.0),
                of("fit_intercept", BOOL, Const.of(true)),
                of("copy_X", BOOL, Const.of(true)),
                of("max_iter", INT, none()).orNone(),
                of("tol", FLOAT, Const.of(1e-4)).atLeast(0.0),
                of("solver", STR, s("auto")).oneOf(s("auto"), s("svd"), s("cholesky"), s("lsqr"), s("sparse_cg"),
                        s("sag"), s("saga"), s("lbfgs")).runsOnly(s("auto"), s("cholesky"), s("svd")),
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
                        .runsOnly(s("error"), s("ignore")),
                of("min_frequency", ANY, none()).orNone().runsOnly(none()),
                of("max_categories", INT, none()).orNone().runsOnly(none()),
                of("feature_name_combiner", ANY, s("concat")).runsOnly(s("concat"))),
                "Encodes categorical columns as one-hot indicator columns."));
        c.register(new ApiEntry("sklearn.preprocessing.StandardScaler", EntryKind.TRANSFORMER, List.of(
                of("copy", BOOL, Const.of(true)),
                of("with_mean", BOOL, Const.of(true)),
                of("with_std", BOOL, Const.of(true))),
                "Centers columns to mean 0 and scales them to unit variance."));
        c.register(new ApiEntry("sklearn.model_selection.KFold", EntryKind.SPLITTER, List.of(
                of("n_splits", INT, Const.of(5L)).atLeast(2),
                of("shuffle", BOOL, Const.of(false)).runsOnly(Const.of(false)),
                of("random_state", ANY, none()).orNone()),
                "K consecutive folds, without shuffling by default."));

        c.register(new ApiEntry("pandas.read_csv", EntryKind.READER, List.of(
                ParamSpec.of("filepath_or_buffer", STR, none()),
                of("sep", STR, s(",")).runsOnly(s(","))),
                "Reads a CSV file into a frame."));
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
        return c;
    }
}
