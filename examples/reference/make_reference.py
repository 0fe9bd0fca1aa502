"""Reference scores for the example pipelines, computed with pandas + scikit-learn.

skrub is not installable on our build machines, so each example is written here as the equivalent
scikit-learn code: the per-column `.skb.apply(..., cols=[...])` steps become a ColumnTransformer with
remainder="passthrough", stateless steps before the split (assign) are done on the frame, and the grid search is
GridSearchCV with KFold(5) (what skrub uses for cv=5 on a regressor). Column order differs from skrub's (the
ColumnTransformer puts the transformed columns first), which changes floating-point summation order only.

The randomized search example is the exception: it is run by skrub itself, imported from a source checkout
(runtime/reference/skrub_source.py), since its candidates are skrub's draws.

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 python3 examples/reference/make_reference.py
Writes examples/reference/expected_scores.csv; the Java parity tests read it. Give example scripts as arguments
(examples/skrub_steps/allow_reject.py ...) to recompute only their rows and keep the others as the file has them.
"""
import csv
import os
import sys

# One OpenMP thread: scikit-learn's histogram gradient boosting is oversubscribed on a shared 2-core machine.
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np
import pandas as pd
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import ElasticNet, Lasso, LinearRegression, Ridge
from sklearn.model_selection import GridSearchCV, KFold, TimeSeriesSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MinMaxScaler, OneHotEncoder, OrdinalEncoder, RobustScaler, StandardScaler

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("STRATUM_SHARED_DATA", os.path.join(os.path.dirname(ROOT), "shared", "data"))


def grid(X, y, steps, param_grid, scoring):
    search = GridSearchCV(Pipeline(steps), param_grid, cv=KFold(5), scoring=scoring)
    search.fit(X, y)
    return search.cv_results_


def quickstart():
    data = pd.read_csv(os.path.join(ROOT, "examples", "data", "seattle-weather.csv"))
    y = data["temp_max"]
    X = data.drop(columns=["temp_max", "date"])
    X = X.assign(wet_wind=X["wind"] * X["precipitation"])
    ct = ColumnTransformer([
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["weather"]),
        ("scale", StandardScaler(), ["precipitation", "temp_min", "wind", "wet_wind"]),
    ], remainder="passthrough")
    res = grid(X, y, [("features", ct), ("model", Ridge())], {"model__alpha": [0.1, 1.0, 10.0]}, "r2")
    return [({"alpha": a}, m, s) for a, m, s in zip(res["param_model__alpha"], res["mean_test_score"], res["std_test_score"])]


def employee_frame():
    return pd.read_csv(os.path.join(SHARED, "employee_salaries.csv"))


CATS = ["gender", "department", "assignment_category"]


def ridge_grid():
    data = employee_frame()
    y = data["current_annual_salary"]
    X = data[["gender", "department", "assignment_category", "year_first_hired"]]
    ct = ColumnTransformer([
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATS),
        ("scale", StandardScaler(), ["year_first_hired"]),
    ], remainder="passthrough")
    res = grid(X, y, [("features", ct), ("model", Ridge())], {"model__alpha": [0.1, 1.0, 10.0]}, "r2")
    return [({"alpha": a}, m, s) for a, m, s in zip(res["param_model__alpha"], res["mean_test_score"], res["std_test_score"])]


def model_choice():
    data = employee_frame()
    y = data["current_annual_salary"]
    X = data.drop(columns=["current_annual_salary", "department_name", "division", "employee_position_title",
                           "date_first_hired"])
    ct = ColumnTransformer([
        ("onehot", OneHotEncoder(drop="first", handle_unknown="ignore", sparse_output=False), CATS),
        ("scale", StandardScaler(), ["year_first_hired"]),
    ], remainder="passthrough")
    models = {"ridge": Ridge(alpha=1.0), "ols": LinearRegression()}
    res = grid(X, y, [("features", ct), ("model", Ridge())], {"model": list(models.values())},
               "neg_mean_squared_error")
    names = list(models.keys())
    return [({"model": names[i]}, m, s) for i, (m, s) in enumerate(zip(res["mean_test_score"], res["std_test_score"]))]


def pipelines():
    data = employee_frame()
    y = data["current_annual_salary"]
    X = data[["gender", "department", "assignment_category", "year_first_hired"]]
    X = X.assign(seniority_sq=(2025 - X["year_first_hired"]) ** 2)
    ct = ColumnTransformer([
        ("onehot", OneHotEncoder(drop="first", handle_unknown="ignore", sparse_output=False), CATS),
        ("scale", StandardScaler(), ["year_first_hired", "seniority_sq"]),
    ], remainder="passthrough")
    models = {"p0": Ridge(alpha=0.1), "p1": Ridge(alpha=1.0), "p2": Ridge(alpha=10.0), "p3": LinearRegression()}
    res = grid(X, y, [("features", ct), ("model", Ridge())], {"model": list(models.values())}, "r2")
    names = list(models.keys())
    return [({"pipeline": names[i]}, m, s) for i, (m, s) in enumerate(zip(res["mean_test_score"], res["std_test_score"]))]


def sparse_linear():
    # skrub's apply(cols=...) appends each transformed block at the end, so its feature order is the one-hot
    # blocks (gender, department, assignment_category) then the scaled year, as this ColumnTransformer's. Column
    # order matters for coordinate descent (it sweeps the columns in order). Imputing all three categorical
    # columns is the same as imputing gender alone: only gender has missing values.
    data = employee_frame()
    y = data["current_annual_salary"]
    X = data[["gender", "department", "assignment_category", "year_first_hired"]]
    ct = ColumnTransformer([
        ("cats", Pipeline([("impute", SimpleImputer(strategy="most_frequent")),
                           ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False))]), CATS),
        ("scale", MinMaxScaler(), ["year_first_hired"]),
    ], remainder="passthrough")
    models = {"lasso": Lasso(alpha=10.0), "elasticnet": ElasticNet(alpha=0.01, l1_ratio=0.5)}
    search = GridSearchCV(Pipeline([("features", ct), ("model", Ridge())]), {"model": list(models.values())},
                          cv=KFold(5, shuffle=True, random_state=0), scoring="neg_root_mean_squared_error")
    res = search.fit(X, y).cv_results_
    names = list(models.keys())
    return [({"model": names[i]}, m, s) for i, (m, s) in enumerate(zip(res["mean_test_score"], res["std_test_score"]))]


def weather_frame():
    data = pd.read_csv(os.path.join(ROOT, "examples", "data", "seattle-weather.csv"))
    return data.drop(columns=["temp_max", "date"]), data["temp_max"]


WEATHER_NUMBERS = ["precipitation", "temp_min", "wind"]


def weather_forward():
    # skrub's apply(cols=...) appends each transformed block at the end: the ordinal weather code, then the scaled
    # numbers, as in this ColumnTransformer.
    X, y = weather_frame()
    ct = ColumnTransformer([
        ("ordinal", OrdinalEncoder(), ["weather"]),
        ("scale", RobustScaler(), WEATHER_NUMBERS),
    ], remainder="passthrough")
    models = {"median": DummyRegressor(strategy="median"),
              "lasso": Lasso(alpha=0.05),
              "ridge": Ridge(alpha=1.0)}
    search = GridSearchCV(Pipeline([("features", ct), ("model", Ridge())]), {"model": list(models.values())},
                          cv=TimeSeriesSplit(n_splits=4, gap=7), scoring="neg_mean_absolute_error")
    res = search.fit(X, y).cv_results_
    names = list(models.keys())
    return [({"model": names[i]}, m, s) for i, (m, s) in enumerate(zip(res["mean_test_score"], res["std_test_score"]))]


def batch_a_ridge():
    X, y = weather_frame()
    ct = ColumnTransformer([
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["weather"]),
        ("scale", StandardScaler(), WEATHER_NUMBERS),
    ], remainder="passthrough")
    res = grid(X, y, [("features", ct), ("model", Ridge())], {"model__alpha": [0.1, 1.0, 10.0]}, "r2")
    return [({"alpha": a}, m, s) for a, m, s in zip(res["param_model__alpha"], res["mean_test_score"], res["std_test_score"])]


def batch_b_wet_wind():
    # The interaction is computed before the encoder here; it is a per-row product, so the order does not matter.
    X, y = weather_frame()
    X = X.assign(wet_wind=X["wind"] * X["precipitation"])
    ct = ColumnTransformer([
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["weather"]),
        ("scale", StandardScaler(), WEATHER_NUMBERS + ["wet_wind"]),
    ], remainder="passthrough")
    # skrub.choose_float(0.1, 100.0, log=True, n_steps=4): n_steps points evenly spaced in log space.
    alphas = list(np.exp(np.linspace(np.log(0.1), np.log(100.0), 4)))
    res = grid(X, y, [("features", ct), ("model", Ridge())], {"model__alpha": alphas}, "r2")
    return [({"ridge_alpha": float(a)}, m, s)
            for a, m, s in zip(res["param_model__alpha"], res["mean_test_score"], res["std_test_score"])]


def batch_c_linear():
    X, y = weather_frame()
    out = []
    # skrub.optional(StandardScaler(), name="scale"): the scaler first, then None (the step skipped).
    for label, scaler in [("StandardScaler()", StandardScaler()), ("None", "passthrough")]:
        ct = ColumnTransformer([
            ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["weather"]),
            ("scale", scaler, WEATHER_NUMBERS),
        ], remainder="passthrough")
        res = grid(X, y, [("features", ct), ("model", LinearRegression())], {}, "r2")
        out.append(({"scale": label}, res["mean_test_score"][0], res["std_test_score"][0]))
    return out


def numpy_features():
    # np.sqrt(X["wind"] ** 2) is computed the long way here, as pandas runs it; Stratum's optimizer runs np.fabs.
    X, y = weather_frame()
    X = X.assign(
        log_rain=np.log1p(X["precipitation"]),
        wind_speed=np.sqrt(X["wind"] ** 2),
        warmth=np.exp(X["temp_min"] / 10.0),
        season=np.cos(X["temp_min"] / 10.0),
    )
    ct = ColumnTransformer([
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["weather"]),
        ("scale", StandardScaler(), WEATHER_NUMBERS + ["log_rain", "wind_speed", "warmth", "season"]),
    ], remainder="passthrough")
    res = grid(X, y, [("features", ct), ("model", Ridge())], {"model__alpha": [0.1, 1.0, 10.0]}, "r2")
    return [({"alpha": a}, m, s) for a, m, s in zip(res["param_model__alpha"], res["mean_test_score"], res["std_test_score"])]


def batch_d_selectors():
    # Script d one-hot encodes weather, scales the numeric non-indicator columns, drops the indicators not starting
    # with "s" (drizzle, fog, rain) and then wind: the same as encoding, dropping, and scaling the two numbers left.
    from sklearn.preprocessing import FunctionTransformer
    X, y = weather_frame()
    ct = ColumnTransformer([
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["weather"]),
        ("scale", StandardScaler(), ["precipitation", "temp_min"]),
        ("drop", "drop", ["wind"]),
    ], verbose_feature_names_out=False).set_output(transform="pandas")
    keep = FunctionTransformer(lambda df: df.drop(columns=["weather_drizzle", "weather_fog", "weather_rain"]))
    # skrub.choose_float(0.5, 5.0, n_steps=3): numpy.linspace(0.5, 5.0, 3).
    alphas = [float(a) for a in np.linspace(0.5, 5.0, 3)]
    res = grid(X, y, [("features", ct), ("keep", keep), ("model", Ridge())], {"model__alpha": alphas}, "r2")
    return [({"d_alpha": float(a)}, m, s)
            for a, m, s in zip(res["param_model__alpha"], res["mean_test_score"], res["std_test_score"])]


# Issue 7, classification side. GridSearchCV gets StratifiedKFold(5) explicitly: what cv=5 means for a classifier
# in skrub and scikit-learn alike.
def seattle_rain():
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    data = pd.read_csv(os.path.join(ROOT, "examples", "data", "seattle-weather.csv"))
    data = data.assign(rain=data["weather"] == "rain")
    y = data["rain"]
    X = data[["temp_max", "temp_min", "wind"]]
    X = X.assign(temp_range=X["temp_max"] - X["temp_min"])
    search = GridSearchCV(Pipeline([("scale", StandardScaler()), ("model", LogisticRegression())]),
                          {"model__C": [0.01, 0.1, 1.0]}, cv=StratifiedKFold(5), scoring="roc_auc")
    res = search.fit(X, y).cv_results_
    return [({"C": c}, m, s) for c, m, s in zip(res["param_model__C"], res["mean_test_score"], res["std_test_score"])]


def seattle_weather_kind():
    from sklearn.dummy import DummyClassifier
    from sklearn.linear_model import LogisticRegression, RidgeClassifier
    from sklearn.model_selection import StratifiedKFold
    data = pd.read_csv(os.path.join(ROOT, "examples", "data", "seattle-weather.csv"))
    y = data["weather"]
    X = data[["precipitation", "temp_max", "temp_min", "wind"]]
    candidates = [({"model": "dummy"}, DummyClassifier(strategy="most_frequent")),
                  ({"model": "ridge"}, RidgeClassifier(alpha=1.0)),
                  ({"C": 0.1, "model": "logistic"}, LogisticRegression(C=0.1)),
                  ({"C": 10.0, "model": "logistic"}, LogisticRegression(C=10.0))]
    search = GridSearchCV(Pipeline([("scale", StandardScaler()), ("model", DummyClassifier())]),
                          {"model": [m for _, m in candidates]}, cv=StratifiedKFold(5), scoring="balanced_accuracy")
    res = search.fit(X, y).cv_results_
    return [(params, m, s) for (params, _), m, s in zip(candidates, res["mean_test_score"], res["std_test_score"])]


def seattle_weather_neighbours():
    from sklearn.model_selection import StratifiedKFold
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.preprocessing import MinMaxScaler
    data = pd.read_csv(os.path.join(ROOT, "examples", "data", "seattle-weather.csv"))
    y = data["weather"]
    X = data[["precipitation", "temp_max", "temp_min", "wind"]]
    search = GridSearchCV(Pipeline([("scale", MinMaxScaler()), ("model", KNeighborsClassifier())]),
                          {"model__n_neighbors": [5, 15, 25], "model__weights": ["uniform", "distance"]},
                          cv=StratifiedKFold(4), scoring="roc_auc_ovr")
    res = search.fit(X, y).cv_results_
    return [({"k": k, "weights": w}, m, s) for k, w, m, s in zip(res["param_model__n_neighbors"],
                                                                  res["param_model__weights"],
                                                                  res["mean_test_score"], res["std_test_score"])]


def birdstrikes_wildlife():
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    data = pd.read_csv(os.path.join(SHARED, "birdstrikes.csv"))
    y = data["Wildlife Size"]
    X = data[["Phase of flight", "Time of day", "Origin State"]]
    search = GridSearchCV(Pipeline([("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False)),
                                    ("model", LogisticRegression())]),
                          {"model__C": [0.1, 1.0]}, cv=StratifiedKFold(5), scoring="roc_auc_ovr")
    res = search.fit(X, y).cv_results_
    return [({"C": c}, m, s) for c, m, s in zip(res["param_model__C"], res["mean_test_score"], res["std_test_score"])]


def bike_datetime_features():
    # Issue 6: calendar features from pd.to_datetime and .dt fields, computed by pandas before the split (they are
    # per-row and stateless, so computing them on the whole frame is what skrub's per-fold evaluation gives too).
    data = pd.read_csv(os.path.join(SHARED, "bike_sharing.csv"))
    y = np.log1p(data["cnt"])
    X = data.drop(columns=["cnt", "casual", "registered", "instant"])
    when = pd.to_datetime(X["date"], format="%Y-%m-%d %H:%M:%S")
    X = X.assign(
        hour=when.dt.hour,
        weekday=when.dt.weekday,
        month=when.dt.month,
        year=when.dt.year - 2011,
        is_weekend=(when.dt.weekday >= 5).astype(int),
        season=when.dt.quarter.astype(str),
        humid=X["hum"].clip(0.1, 1.0).round(2),
    )
    X = X.drop(columns=["date"])
    ct = ColumnTransformer([
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False),
         ["hour", "weekday", "month", "season", "weathersit"]),
        ("scale", StandardScaler(), ["temp", "atemp", "hum", "humid", "windspeed"]),
    ], remainder="passthrough")
    res = grid(X, y, [("features", ct), ("model", Ridge())], {"model__alpha": [0.1, 1.0, 10.0]}, "r2")
    return [({"alpha": a}, m, s) for a, m, s in zip(res["param_model__alpha"], res["mean_test_score"], res["std_test_score"])]


def table_vectorizer():
    """skrub's own TableVectorizer (from the SKRUB_SRC checkout) in front of Ridge. Its StringEncoders get
    random_state=0, which is what Stratum runs for random_state=None (skrub then draws from numpy's global state, and
    scores move by about 1e-3 from one seed to another)."""
    sys.path.insert(0, os.path.join(ROOT, "runtime", "reference"))
    from skrub_source import import_skrub
    skrub = import_skrub()
    data = employee_frame()
    y = data["current_annual_salary"]
    X = data.drop(columns=["current_annual_salary"])
    tv = skrub.TableVectorizer(high_cardinality=skrub.StringEncoder(random_state=0))
    res = grid(X, y, [("features", tv), ("model", Ridge())], {"model__alpha": [0.1, 1.0, 10.0]}, "r2")
    return [({"alpha": a}, m, s) for a, m, s in zip(res["param_model__alpha"], res["mean_test_score"], res["std_test_score"])]
def seattle_weather_shuffled():
    from sklearn.linear_model import RidgeClassifier
    from sklearn.model_selection import StratifiedShuffleSplit
    data = pd.read_csv(os.path.join(ROOT, "examples", "data", "seattle-weather.csv"))
    y = data["weather"]
    X = data[["precipitation", "temp_max", "temp_min", "wind"]]
    search = GridSearchCV(Pipeline([("scale", StandardScaler()), ("model", RidgeClassifier())]),
                          {"model__alpha": [0.1, 10.0, 1000.0]},
                          cv=StratifiedShuffleSplit(n_splits=4, test_size=0.25, random_state=0),
                          scoring="balanced_accuracy")
    res = search.fit(X, y).cv_results_
    return [({"alpha": a}, m, s) for a, m, s in zip(res["param_model__alpha"], res["mean_test_score"],
                                                     res["std_test_score"])]


def seattle_lightgbm():
    from lightgbm import LGBMRegressor
    data = pd.read_csv(os.path.join(ROOT, "examples", "data", "seattle-weather.csv"))
    y = data["temp_max"]
    X = data.drop(columns=["temp_max", "date"])
    # skrub's apply with cols keeps the other columns first and appends the transformed ones; tree learners
    # break ties between equally good splits by column position, so the order is kept here too.
    ct = ColumnTransformer([("keep", "passthrough", ["precipitation", "temp_min", "wind"]),
                            ("ordinal", OrdinalEncoder(), ["weather"])])
    model = LGBMRegressor(learning_rate=0.05, verbose=-1)
    res = grid(X, y, [("features", ct), ("model", model)],
               {"model__n_estimators": [50, 200], "model__num_leaves": [7, 31]}, "r2")
    # skrub numbers an estimator's choices by parameter name (get_params order): n_estimators before num_leaves.
    return [({"n_estimators": n, "num_leaves": l}, m, s) for n, l, m, s in
            zip(res["param_model__n_estimators"], res["param_model__num_leaves"], res["mean_test_score"],
                res["std_test_score"])]


def birdstrikes_night():
    from lightgbm import LGBMClassifier
    from sklearn.model_selection import StratifiedKFold
    data = pd.read_csv(os.path.join(SHARED, "birdstrikes.csv"))
    y = data["Time of day"] == "Night"
    cats = ["Phase of flight", "Origin State", "Aircraft Airline Operator", "Wildlife Size"]
    X = data[cats + ["Cost Total $"]]
    ct = ColumnTransformer([("keep", "passthrough", ["Cost Total $"]),
                            ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cats)])
    search = GridSearchCV(Pipeline([("features", ct), ("model", LGBMClassifier(n_estimators=100, verbose=-1))]),
                          {"model__num_leaves": [15, 63]}, cv=StratifiedKFold(5), scoring="roc_auc")
    res = search.fit(X, y).cv_results_
    return [({"num_leaves": l}, m, s) for l, m, s in
            zip(res["param_model__num_leaves"], res["mean_test_score"], res["std_test_score"])]


def hgb_grid():
    # skrub's apply(cols=...) keeps the untouched year first and appends the ordinal codes: the same column order
    # here, since tree splits with equal gains go to the first feature.
    from sklearn.ensemble import HistGradientBoostingRegressor
    data = employee_frame()
    y = data["current_annual_salary"]
    cats = ["gender", "department", "assignment_category", "employee_position_title"]
    X = data[cats + ["year_first_hired"]]
    ct = ColumnTransformer([
        ("pass", "passthrough", ["year_first_hired"]),
        ("ordinal", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cats),
    ])
    res = grid(X, y, [("features", ct), ("model", HistGradientBoostingRegressor())],
               {"model__learning_rate": [0.05, 0.2], "model__max_leaf_nodes": [15, 31]}, "r2")
    return [({"learning_rate": lr, "max_leaf_nodes": leaves}, m, sd)
            for lr, leaves, m, sd in zip(res["param_model__learning_rate"], res["param_model__max_leaf_nodes"],
                                         res["mean_test_score"], res["std_test_score"])]


def hgb_categorical():
    # As hgb_grid, with the three low-cardinality codes named as categorical features (hence a frame output with
    # skrub's column names: the year first, then the codes).
    from sklearn.ensemble import HistGradientBoostingRegressor
    data = employee_frame()
    y = data["current_annual_salary"]
    cats = ["gender", "department", "assignment_category", "employee_position_title"]
    X = data[cats + ["year_first_hired"]]
    ct = ColumnTransformer([
        ("pass", "passthrough", ["year_first_hired"]),
        ("ordinal", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cats),
    ], verbose_feature_names_out=False).set_output(transform="pandas")
    model = HistGradientBoostingRegressor(categorical_features=["gender", "department", "assignment_category"])
    res = grid(X, y, [("features", ct), ("model", model)], {"model__l2_regularization": [0.0, 1.0]}, "r2")
    return [({"l2_regularization": l2}, m, sd)
            for l2, m, sd in zip(res["param_model__l2_regularization"], res["mean_test_score"], res["std_test_score"])]


def hgb_from_dtype():
    # Category columns (made with astype) reach the model directly; its default categorical_features="from_dtype"
    # splits on them natively.
    from sklearn.ensemble import HistGradientBoostingRegressor
    data = employee_frame()
    y = data["current_annual_salary"]
    X = data[["gender", "department", "assignment_category", "year_first_hired"]]
    X = X.assign(**{c: X[c].astype("category") for c in ["gender", "department", "assignment_category"]})
    res = grid(X, y, [("model", HistGradientBoostingRegressor())], {"model__l2_regularization": [0.0, 1.0]}, "r2")
    return [({"l2_regularization": l2}, m, sd)
            for l2, m, sd in zip(res["param_model__l2_regularization"], res["mean_test_score"], res["std_test_score"])]


def lightgbm_categories():
    """examples/employee_salaries/lightgbm_categories.py run by skrub itself with lightgbm: category columns made with
    astype reach LGBMRegressor, which splits on them natively (categorical_feature='auto')."""
    return run_with_skrub("examples/employee_salaries/lightgbm_categories.py", ["num_leaves"])


def run_with_skrub(script, keys):
    """Runs an example script with skrub itself (from a source checkout, SKRUB_SRC) and returns its candidates'
    parameters (the choices named in keys, in that order) with their mean and std test scores."""
    sys.path.insert(0, os.path.join(ROOT, "runtime", "reference"))
    from skrub_source import import_skrub

    import_skrub()
    import contextlib
    import io
    import warnings

    from skrub._data_ops._evaluation import choice_graph
    from skrub._data_ops._inspection import describe_params

    namespace = {}
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            path = os.path.join(ROOT, script)
            exec(compile(open(path).read(), path, "exec"), namespace)
    finally:
        os.chdir(cwd)
    search = namespace["search"]
    graph = choice_graph(search.data_op)
    res = search.cv_results_
    out = []
    for params, mean, std in zip(res["params"], res["mean_test_score"], res["std_test_score"]):
        described = describe_params({int(k.removeprefix("data_op__")): v for k, v in params.items()}, graph)
        out.append(({k: described[k] for k in keys if k in described}, mean, std))
    return out


def group_features():
    """examples/employee_salaries/group_features.py run by skrub itself: group statistics broadcast back to the rows
    with pandas' groupby(...)[...].transform(...), then one-hot categories, scaled numbers and a Ridge grid."""
    return run_with_skrub("examples/employee_salaries/group_features.py", ["alpha"])


def weather_lags():
    """examples/weather_lags.py run by skrub itself: deferred functions with shift()/diff() lags and a degree choice
    (run once per candidate), then a scikit-learn make_pipeline, forward in time."""
    return run_with_skrub("examples/weather_lags.py", ["degree", "alpha"])


def sklearn_style():
    """examples/sklearn_style.py run by skrub itself: a ColumnTransformer (make_column_selector by dtype) in a
    scikit-learn Pipeline with a Ridge alpha grid, against skrub.tabular_pipeline("regressor")."""
    return run_with_skrub("examples/sklearn_style.py", ["alpha", "model"])


def position_titles():
    """Text vectorizers on the job titles (a column's scipy sparse matrix, TruncatedSVD's components) in front of Ridge,
    run by skrub itself: skrub hands a vectorizer applied to one column the column as it is."""
    return run_with_skrub("examples/employee_salaries/position_titles.py", ["min_df", "features", "alpha"])


def salary_over_80k():
    """LogisticRegression on the TableVectorizer's float32 output, raw or scaled, run by skrub itself: scikit-learn fits
    a float32 X in float32, which stops the raw fit after a few iterations at the majority class."""
    return run_with_skrub("examples/employee_salaries/salary_over_80k.py", ["features", "C"])


def title_lasso():
    """Word TF-IDF of the job titles into Lasso or ElasticNet (scikit-learn's sparse coordinate descent), run by skrub
    itself."""
    return run_with_skrub("examples/employee_salaries/title_lasso.py", ["min_df", "alpha", "learner"])


def title_counts():
    """CountVectorizer then TfidfTransformer, or HashingVectorizer, of the job titles into Lasso (scikit-learn's sparse
    coordinate descent), run by skrub itself."""
    return run_with_skrub("examples/employee_salaries/title_counts.py", ["words", "alpha"])


def randomized_search():
    """The randomized search example run by skrub itself: its candidates are skrub's draws, so the reference must
    be skrub's, not a scikit-learn rewrite with other draws."""
    return run_with_skrub("examples/randomized_search.py", ["power", "alpha", "lasso_alpha", "model"])


def splitters_group_kfold():
    """examples/splitters/group_kfold.py run by skrub itself: its search uses the GroupKFold given to mark_as_X with
    the weather kinds as groups."""
    return run_with_skrub("examples/splitters/group_kfold.py", ["alpha"])


def splitters_leave_one_group_out():
    """examples/splitters/leave_one_group_out.py run by skrub itself: one fold per weather kind."""
    return run_with_skrub("examples/splitters/leave_one_group_out.py", ["alpha"])


def splitters_stratified_group_kfold():
    """examples/splitters/stratified_group_kfold.py run by skrub itself: weather kinds stratified, months as groups,
    shuffled with a seed."""
    return run_with_skrub("examples/splitters/stratified_group_kfold.py", ["C"])


def splitters_train_test_split_function():
    """examples/splitters/train_test_split_function.py run by skrub itself on scikit-learn's split of the frame."""
    return run_with_skrub("examples/splitters/train_test_split_function.py", ["alpha"])


def skrub_steps_squashing():
    """skrub's DropCols, SelectCols and SquashingScaler, run by skrub itself."""
    return run_with_skrub("examples/skrub_steps/squashing.py", ["squash", "alpha"])


def skrub_steps_cleaning():
    """skrub's Cleaner and ToDatetime in front of DatetimeEncoder, run by skrub itself."""
    return run_with_skrub("examples/skrub_steps/cleaning.py", ["parse", "alpha"])


def feature_expansion():
    """SplineTransformer, KBinsDiscretizer, PolynomialFeatures and FunctionTransformer(np.log1p), run by skrub itself."""
    return run_with_skrub("examples/feature_expansion/seattle_temperature.py", ["expansion", "alpha"])


def skrub_steps_function_transformer():
    """FunctionTransformer of functions written in the script (with cols=, kw_args and a lambda on all columns), which
    skrub wraps in ApplyToSubFrame, run by skrub itself."""
    return run_with_skrub("examples/skrub_steps/function_transformer.py", ["alpha"])


def skrub_steps_apply_to_cols():
    """skrub's ApplyToCols (single-column and frame transformers, a selector, keep_original, rename_columns) and
    Cleaner(cast_to_str=True), run by skrub itself."""
    return run_with_skrub("examples/skrub_steps/apply_to_cols.py", ["scale", "alpha"])


def skrub_steps_allow_reject():
    """skrub's .skb.apply(transformer, allow_reject=True) (ToDatetime and DatetimeEncoder rejecting columns, a choice
    of encoders, exclude_cols), run by skrub itself."""
    return run_with_skrub("examples/skrub_steps/allow_reject.py", ["dates", "alpha"])


def feature_expansion_float32_bins():
    """KBinsDiscretizer(dtype=np.float32) against float64 and the input's dtype, run by skrub itself."""
    return run_with_skrub("examples/feature_expansion/float32_bins.py", ["dtype"])


def skrub_steps_function_choice():
    """A choose_from of FunctionTransformers of script functions and a StandardScaler, run by skrub itself."""
    return run_with_skrub("examples/skrub_steps/function_choice.py", ["features", "alpha"])


def minhash_vectorizer():
    """skrub's TableVectorizer with MinHashEncoder (fast and murmur hashing) and OrdinalEncoder, run by skrub itself."""
    return run_with_skrub("examples/employee_salaries/minhash_vectorizer.py", ["hashing", "alpha"])


def skrub_steps_estimators_as_parameters():
    """ApplyToCols with a choice inside its transformer, a TableVectorizer with other encoders and
    specific_transformers, run by skrub itself."""
    return run_with_skrub("examples/skrub_steps/estimators_as_parameters.py", ["center"])


def decomposition_pca():
    """PCA (a count, a variance fraction, "mle" whitened, the full SVD) in front of Ridge, run by skrub itself."""
    return run_with_skrub("examples/decomposition/seattle_pca.py", ["projection", "alpha"])


def language_constructs():
    """deferred, lambda, slices, masks, match/if_else and a clamped choice, run by skrub itself."""
    return run_with_skrub("examples/language_constructs.py", ["min_wind", "scale", "strength", "model"])


def values_from_data():
    """Reductions used as numbers (per fold: training rows when fitting, test rows when predicting), fillna with a
    mean, and freeze_after_fit of a frame's maxima, run by skrub itself."""
    return run_with_skrub("examples/values_from_data.py", ["alpha"])


def cross_validate_example():
    """examples/cross_validate.py run by skrub itself: .skb.cross_validate() picks each choice's default as skrub's
    make_learner() does, so the reference is skrub's; its one row (no choices) holds the mean and the population std
    of the fold test scores, as results_ would."""
    sys.path.insert(0, os.path.join(ROOT, "runtime", "reference"))
    from skrub_source import import_skrub

    skrub = import_skrub()
    import contextlib
    import io
    import warnings

    namespace_class = type(skrub.var("probe").skb)
    original = namespace_class.cross_validate
    tables = []

    def recording(self, *args, **kwargs):
        tables.append(original(self, *args, **kwargs))
        return tables[-1]

    namespace_class.cross_validate = recording
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            path = os.path.join(ROOT, "examples", "cross_validate.py")
            exec(compile(open(path).read(), path, "exec"), {"__name__": "__main__"})
    finally:
        os.chdir(cwd)
        namespace_class.cross_validate = original
    scores = np.asarray(tables[0]["test_score"], dtype=float)
    return [({}, scores.mean(), scores.std())]


def train_test_split_example():
    """examples/train_test_split.py run by skrub itself: learner.score(split["test"]) after learner.fit(split["train"]),
    every choice at make_learner()'s default; one split, so its row holds that score and a std of 0."""
    return learner_score("examples/train_test_split.py")


def tune_then_test_example():
    """examples/tune_then_test.py run by skrub itself: search.score(split["test"]) of the grid search fitted on
    split["train"] (its best learner refitted on the training rows); one split, so its row holds that score and a std
    of 0 (the search's results_ on the training rows are held to skrub's by
    frontend/src/test/resources/skb_ops/eval_search_split_*.py)."""
    return learner_score("examples/tune_then_test.py")


def splitters_train_test_split_marked():
    """examples/splitters/train_test_split_marked.py run by skrub itself: .skb.train_test_split() of a pipeline whose X
    is marked with a TimeSeriesSplit holds out that splitter's last split."""
    return learner_score("examples/splitters/train_test_split_marked.py")


def learner_score(script):
    """The first learner.score(...) an example script computes, run by skrub itself, as a row with a std of 0."""
    sys.path.insert(0, os.path.join(ROOT, "runtime", "reference"))
    from skrub_source import import_skrub

    skrub = import_skrub()
    import contextlib
    import io
    import warnings

    learner_class = type(skrub.var("probe").skb.make_learner())
    original = learner_class._score
    scores = []

    def recording(self, *args, **kwargs):
        scores.append(float(original(self, *args, **kwargs)))
        return scores[-1]

    learner_class._score = recording
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            path = os.path.join(ROOT, script)
            exec(compile(open(path).read(), path, "exec"), {"__name__": "__main__"})
    finally:
        os.chdir(cwd)
        learner_class._score = original
    return [({}, scores[0], 0.0)]


def inspect_pipeline_example():
    """examples/inspect_pipeline.py run by skrub itself: its search is the cross_validate with two scorers (each choice
    at its default); results_ would rank by the first scorer, so its row holds the mean and the population std of the
    folds' test_r2."""
    sys.path.insert(0, os.path.join(ROOT, "runtime", "reference"))
    from skrub_source import import_skrub

    skrub = import_skrub()
    import contextlib
    import io
    import warnings

    namespace_class = type(skrub.var("probe").skb)
    original = namespace_class.cross_validate
    tables = []

    def recording(self, *args, **kwargs):
        tables.append(original(self, *args, **kwargs))
        return tables[-1]

    namespace_class.cross_validate = recording
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            path = os.path.join(ROOT, "examples", "inspect_pipeline.py")
            exec(compile(open(path).read(), path, "exec"), {"__name__": "__main__"})
    finally:
        os.chdir(cwd)
        namespace_class.cross_validate = original
    scores = np.asarray(tables[0]["test_r2"], dtype=float)
    return [({}, scores.mean(), scores.std())]


def flights_delay():
    data = pd.read_csv(os.path.join(ROOT, "examples", "data", "flights-sample.csv"))
    airports = pd.read_csv(os.path.join(ROOT, "examples", "data", "airports-sample.csv"))
    data = data.merge(airports, left_on="origin", right_on="iata", how="inner")
    data = data[(data["distance"] > 100) & ~(data["state"] == "HI")]
    per_origin = data.groupby("origin", as_index=False).agg(
        origin_flights=("delay", "size"), origin_distance=("distance", "mean"))
    # Stratum sorts stably (pandas' kind="stable"); the default quicksort may order ties differently.
    data = data.merge(per_origin, on="origin", how="left").sort_values(["date", "origin"], kind="stable")
    y = data["delay"]
    X = data[["distance", "latitude", "longitude", "origin_flights", "origin_distance"]]
    res = grid(X, y, [("scale", StandardScaler()), ("model", Ridge())], {"model__alpha": [1.0, 100.0]},
               "neg_mean_absolute_error")
    return [({"alpha": a}, m, s) for a, m, s in zip(res["param_model__alpha"], res["mean_test_score"], res["std_test_score"])]


def forests_seattle_temperature():
    from sklearn.ensemble import RandomForestRegressor
    data = pd.read_csv(os.path.join(ROOT, "examples", "data", "seattle-weather.csv"))
    y = data["temp_max"]
    X = data[["precipitation", "temp_min", "wind"]]
    res = grid(X, y, [("model", RandomForestRegressor(n_estimators=30, random_state=0))],
               {"model__min_samples_leaf": [1, 5], "model__max_features": [1.0, 0.5]}, "r2")
    # Stratum and skrub list an estimator's choices in scikit-learn's get_params order (sorted names).
    return [({"max_features": feat, "min_samples_leaf": leaf}, m, s)
            for leaf, feat, m, s in zip(res["param_model__min_samples_leaf"], res["param_model__max_features"],
                                        res["mean_test_score"], res["std_test_score"])]


def forests_seattle_weather_kind():
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.model_selection import StratifiedKFold
    data = pd.read_csv(os.path.join(ROOT, "examples", "data", "seattle-weather.csv"))
    y = data["weather"]
    X = data[["precipitation", "temp_max", "temp_min", "wind"]]
    search = GridSearchCV(RandomForestClassifier(n_estimators=40, random_state=7), {"max_depth": [4, None]},
                          cv=StratifiedKFold(5), scoring="roc_auc_ovr")
    res = search.fit(X, y).cv_results_
    return [({"max_depth": d}, m, s)
            for d, m, s in zip(res["param_max_depth"], res["mean_test_score"], res["std_test_score"])]


def forests_seattle_weather_balanced():
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.model_selection import StratifiedKFold
    data = pd.read_csv(os.path.join(ROOT, "examples", "data", "seattle-weather.csv"))
    y = data["weather"]
    X = data[["precipitation", "temp_max", "temp_min", "wind"]]
    search = GridSearchCV(RandomForestClassifier(n_estimators=40, max_leaf_nodes=32, random_state=7),
                          {"class_weight": ["balanced", "balanced_subsample"]}, cv=StratifiedKFold(5),
                          scoring="balanced_accuracy")
    res = search.fit(X, y).cv_results_
    return [({"class_weight": w}, m, s)
            for w, m, s in zip(res["param_class_weight"], res["mean_test_score"], res["std_test_score"])]


def boosting_seattle_hgb_balanced():
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import StratifiedKFold
    data = pd.read_csv(os.path.join(ROOT, "examples", "data", "seattle-weather.csv"))
    y = data["weather"]
    X = data[["precipitation", "temp_max", "temp_min", "wind"]]
    search = GridSearchCV(HistGradientBoostingClassifier(max_iter=60, learning_rate=0.2, early_stopping=True,
                                                         random_state=0),
                          {"class_weight": ["balanced", {3: 4.0}, None]}, cv=StratifiedKFold(5),
                          scoring="balanced_accuracy")
    res = search.fit(X, y).cv_results_
    return [({"class_weight": w}, m, s)
            for w, m, s in zip(res["param_class_weight"], res["mean_test_score"], res["std_test_score"])]


def predict_new_data_example():
    """examples/predict_new_data.py run by skrub itself: the grid search on the days before 2015 (its best learner's
    predictions on 2015 are held to skrub's by frontend/src/test/resources/skb_ops/eval_best_learner.py)."""
    return run_with_skrub("examples/predict_new_data.py", ["alpha"])


def main():
    rows = []
    examples = [("examples/quickstart.py", quickstart),
                ("examples/batch/a_ridge.py", batch_a_ridge),
                ("examples/batch/b_wet_wind.py", batch_b_wet_wind),
                ("examples/batch/c_linear.py", batch_c_linear),
                ("examples/weather_forward.py", weather_forward),
                ("examples/batch/d_selectors.py", batch_d_selectors),
                ("examples/numpy_features.py", numpy_features),
                ("examples/classification/seattle_rain.py", seattle_rain),
                ("examples/classification/seattle_weather_kind.py", seattle_weather_kind),
                ("examples/classification/seattle_weather_neighbours.py", seattle_weather_neighbours),
                ("examples/boosting/seattle_lightgbm.py", seattle_lightgbm),
                ("examples/classification/seattle_weather_shuffled.py", seattle_weather_shuffled),
                ("examples/randomized_search.py", randomized_search),
                ("examples/language_constructs.py", language_constructs),
                ("examples/values_from_data.py", values_from_data),
                ("examples/cross_validate.py", cross_validate_example),
                ("examples/train_test_split.py", train_test_split_example),
                ("examples/tune_then_test.py", tune_then_test_example),
                ("examples/inspect_pipeline.py", inspect_pipeline_example),
                ("examples/flights_delay.py", flights_delay),
                ("examples/skrub_steps/squashing.py", skrub_steps_squashing),
                ("examples/splitters/group_kfold.py", splitters_group_kfold),
                ("examples/splitters/leave_one_group_out.py", splitters_leave_one_group_out),
                ("examples/splitters/stratified_group_kfold.py", splitters_stratified_group_kfold),
                ("examples/splitters/train_test_split_marked.py", splitters_train_test_split_marked),
                ("examples/splitters/train_test_split_function.py", splitters_train_test_split_function),
                ("examples/skrub_steps/cleaning.py", skrub_steps_cleaning),
                ("examples/feature_expansion/seattle_temperature.py", feature_expansion),
                ("examples/decomposition/seattle_pca.py", decomposition_pca),
                ("examples/skrub_steps/apply_to_cols.py", skrub_steps_apply_to_cols),
                ("examples/skrub_steps/function_transformer.py", skrub_steps_function_transformer),
                ("examples/skrub_steps/allow_reject.py", skrub_steps_allow_reject),
                ("examples/feature_expansion/float32_bins.py", feature_expansion_float32_bins),
                ("examples/skrub_steps/function_choice.py", skrub_steps_function_choice),
                ("examples/skrub_steps/estimators_as_parameters.py", skrub_steps_estimators_as_parameters),
                ("examples/forests/seattle_temperature.py", forests_seattle_temperature),
                ("examples/forests/seattle_weather_kind.py", forests_seattle_weather_kind),
                ("examples/forests/seattle_weather_balanced.py", forests_seattle_weather_balanced),
                ("examples/boosting/seattle_hgb_balanced.py", boosting_seattle_hgb_balanced)]
    if os.environ.get("SKRUB_SRC"):
        examples.append(("examples/predict_new_data.py", predict_new_data_example))
    if os.environ.get("SKRUB_SRC"):
        examples.append(("examples/weather_lags.py", weather_lags))
        examples.append(("examples/sklearn_style.py", sklearn_style))
    if os.path.exists(os.path.join(SHARED, "employee_salaries.csv")):
        examples += [
            ("examples/employee_salaries/ridge_grid.py", ridge_grid),
            ("examples/employee_salaries/model_choice.py", model_choice),
            ("examples/employee_salaries/pipelines.py", pipelines),
            ("examples/employee_salaries/sparse_linear.py", sparse_linear),
            ("examples/employee_salaries/hgb_grid.py", hgb_grid),
            ("examples/employee_salaries/hgb_categorical.py", hgb_categorical),
            ("examples/employee_salaries/hgb_from_dtype.py", hgb_from_dtype),
        ]
        if os.environ.get("SKRUB_SRC"):
            examples.append(("examples/employee_salaries/table_vectorizer.py", table_vectorizer))
            examples.append(("examples/employee_salaries/minhash_vectorizer.py", minhash_vectorizer))
            examples.append(("examples/employee_salaries/position_titles.py", position_titles))
            examples.append(("examples/employee_salaries/title_lasso.py", title_lasso))
            examples.append(("examples/employee_salaries/title_counts.py", title_counts))
            examples.append(("examples/employee_salaries/salary_over_80k.py", salary_over_80k))
            examples.append(("examples/employee_salaries/lightgbm_categories.py", lightgbm_categories))
            examples.append(("examples/employee_salaries/group_features.py", group_features))
        else:
            print("note: SKRUB_SRC is not set; examples/employee_salaries/table_vectorizer.py needs skrub and is skipped",
                  file=sys.stderr)
    if os.path.exists(os.path.join(SHARED, "birdstrikes.csv")):
        examples.append(("examples/classification/birdstrikes_wildlife.py", birdstrikes_wildlife))
        examples.append(("examples/boosting/birdstrikes_night.py", birdstrikes_night))
    if os.path.exists(os.path.join(SHARED, "bike_sharing.csv")):
        examples.append(("examples/bike_sharing/datetime_features.py", bike_datetime_features))
    else:
        print("note: ../shared/data/employee_salaries.csv is absent; only the quick start is computed", file=sys.stderr)
    out = os.path.join(ROOT, "examples", "reference", "expected_scores.csv")
    # Scripts named on the command line are recomputed, their rows taking the place of the old ones (a new script's
    # go last); the other scripts keep the rows the file has, in its order.
    only = set(sys.argv[1:])
    unknown = only - {script for script, _ in examples}
    if unknown:
        sys.exit(f"not an example this script computes: {sorted(unknown)}")
    kept = []
    if only:
        with open(out, newline="") as f:
            kept = [row for row in csv.reader(line for line in f if not line.startswith("#")) if row[0] != "script"]
    computed = {}
    for script, fn in examples:
        if only and script not in only:
            continue
        computed[script] = []
        for params, mean, std in fn():
            label = ";".join(f"{k}={v}" if isinstance(v, str) else f"{k}={getattr(v, 'item', lambda: v)()!r}"
                             for k, v in params.items())
            computed[script].append([script, label, repr(float(mean)), repr(float(std))])
    for row in kept:
        if row[0] not in computed:
            rows.append(row)
        elif computed[row[0]] is not None:
            rows.extend(computed[row[0]])
            computed[row[0]] = None
    for script_rows in computed.values():
        if script_rows is not None:
            rows.extend(script_rows)
    with open(out, "w", newline="") as f:
        f.write(f"# made by examples/reference/make_reference.py with scikit-learn {sklearn.__version__}, "
                f"pandas {pd.__version__}, numpy {np.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "params", "mean_test_score", "std_test_score"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
