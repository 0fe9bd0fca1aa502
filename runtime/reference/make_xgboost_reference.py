#!/usr/bin/env python3
"""Reference predictions of XGBoost's scikit-learn estimators (XGBRegressor, XGBClassifier) for issue 7.

Run from anywhere:  XGBOOST_SRC=/path/to/xgboost python3 runtime/reference/make_xgboost_reference.py
Needs numpy, scikit-learn and XGBoost's Python package of the xgboost4j version Stratum uses, imported from a source
checkout onto the native library inside the xgboost4j jar (xgboost_from_jar.py says how). Writes boosting_xgboost.csv
under runtime/src/test/resources/reference/ (inputs drawn here from fixed seeds and written into the fixture, floats
by repr(), matrices row-major), and, when ../shared/data/bike_sharing.csv is there, boosting_xgboost_bikes.csv:
predictions of a model fitted on its first 6,000 rows for the next 1,000 (its name and row ranges are in the file,
the data are not), so the Java tests never need Python. boosting_xgboost_categorical.csv: enable_categorical=True
on frames with columns of pandas' category dtype (the frames of make_boosting_reference.py's categorical cases,
each category column written as its codes into its own frame's categories, with the lists).
"""
import os
import warnings

import numpy as np

from fixture_format import fmt_list, write
from make_boosting_reference import classification_data, params_text, regression_data
from xgboost_from_jar import import_xgboost

warnings.filterwarnings("ignore")
xgboost = import_xgboost()
from xgboost import XGBClassifier, XGBRegressor  # noqa: E402

# Parameter settings, by the sklearn-API names the Java kernel takes; n_jobs=1 so the reference is one thread.
SETTINGS = [
    ("default", {}),
    ("small_trees", dict(max_depth=3, learning_rate=0.1, n_estimators=40)),
    ("regularized", dict(reg_lambda=2.0, reg_alpha=0.5, gamma=0.1, min_child_weight=3.0, n_estimators=30)),
    ("sampled", dict(subsample=0.8, colsample_bytree=0.7, colsample_bynode=0.8, random_state=42, n_estimators=30)),
    ("few_bins", dict(max_bin=16, n_estimators=25)),
    ("lossguide", dict(grow_policy="lossguide", max_leaves=6, max_depth=0, n_estimators=25)),
    ("max_delta_step", dict(max_delta_step=0.5, base_score=0.3, n_estimators=20)),
]


# The settings fitted again with sample weights: the defaults (base_score estimated from the weighted labels), and
# row sampling, which draws rows uniformly whatever their weight.
WEIGHTED_SETTINGS = [s for s in SETTINGS if s[0] in ("default", "regularized", "sampled")]


def sample_weights(n):
    """Weights between 0.2 and 3 from seed 5, every seventh row weighing nothing."""
    w = np.random.RandomState(5).uniform(0.2, 3.0, size=n)
    w[::7] = 0.0
    return w


def encoded(y):
    """XGBClassifier takes only the labels 0..k-1 (others raise ValueError, in Stratum too): the sorted classes'
    positions, as scikit-learn's LabelEncoder numbers them. The Java tests fit Stratum on the same codes and decode
    its predictions through the same classes."""
    classes, codes = np.unique(y, return_inverse=True)
    return classes, codes


def main():
    rows = []
    X, y, Xt = regression_data(400)
    for name, params in SETTINGS:
        if name == "max_delta_step":
            continue  # a classification setting (it bounds the logistic steps)
        m = XGBRegressor(n_jobs=1, **params).fit(X, y)
        rows.append(["regression", name, params_text(params), X.shape[1], fmt_list(X.ravel()), fmt_list(y),
                     fmt_list(Xt.ravel()), fmt_list(m.predict(Xt).astype(np.float64)), "", ""])
    # Missing values: XGBoost learns a default direction per split, so the features keep their NaNs.
    rng = np.random.RandomState(2)
    Xm, Xmt = X.copy(), Xt.copy()
    Xm[rng.rand(*Xm.shape) < 0.1] = np.nan
    Xmt[rng.rand(*Xmt.shape) < 0.1] = np.nan
    m = XGBRegressor(n_jobs=1).fit(Xm, y)
    rows.append(["regression_missing", "default", "", X.shape[1], fmt_list(Xm.ravel()), fmt_list(y),
                 fmt_list(Xmt.ravel()), fmt_list(m.predict(Xmt).astype(np.float64)), "", ""])
    # fit(X, y, sample_weight=w): the wrapper puts w on the training DMatrix (float32); some rows weigh nothing.
    for name, params in WEIGHTED_SETTINGS:
        w = sample_weights(len(y))
        m = XGBRegressor(n_jobs=1, **params).fit(X, y, sample_weight=w)
        rows.append(["regression_weighted", name, params_text(params), X.shape[1], fmt_list(X.ravel()), fmt_list(y),
                     fmt_list(Xt.ravel()), fmt_list(m.predict(Xt).astype(np.float64)), "", fmt_list(w)])
    for case, Xc, yc, Xct in classification_data(300, 330):
        classes, codes = encoded(yc)
        for name, params in SETTINGS:
            m = XGBClassifier(n_jobs=1, **params).fit(Xc, codes)
            rows.append([case, name, params_text(params), Xc.shape[1], fmt_list(Xc.ravel()), fmt_list(yc),
                         fmt_list(Xct.ravel()), fmt_list(classes[m.predict(Xct)]),
                         fmt_list(m.predict_proba(Xct).astype(np.float64).ravel()), ""])
        for name, params in WEIGHTED_SETTINGS:
            w = sample_weights(len(yc))
            m = XGBClassifier(n_jobs=1, **params).fit(Xc, codes, sample_weight=w)
            rows.append([case + "_weighted", name, params_text(params), Xc.shape[1], fmt_list(Xc.ravel()),
                         fmt_list(yc), fmt_list(Xct.ravel()), fmt_list(classes[m.predict(Xct)]),
                         fmt_list(m.predict_proba(Xct).astype(np.float64).ravel()), fmt_list(w)])
    write("boosting_xgboost.csv", ["case", "setting", "params", "p", "x", "y", "x_test", "predict", "proba",
                                   "weights"], rows)
    bikes()
    categorical()
    print(f"with xgboost {xgboost.__version__}, numpy {np.__version__}")


def bikes():
    """Real data: bike_sharing's hourly counts from its weather columns, Poisson and squared error."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    path = os.environ.get("STRATUM_SHARED_DATA", os.path.join(os.path.dirname(root), "shared", "data"))
    path = os.path.join(path, "bike_sharing.csv")
    if not os.path.isfile(path):
        print(f"note: {path} is absent; boosting_xgboost_bikes.csv not written")
        return
    import pandas as pd

    frame = pd.read_csv(path)
    features = ["holiday", "weathersit", "temp", "atemp", "hum", "windspeed"]
    target = "cnt"
    X = frame[features].to_numpy(dtype=np.float64)
    y = frame[target].to_numpy(dtype=np.float64)
    rows = []
    for name, params in [("squared_error", dict(n_estimators=60, max_depth=5)),
                         ("poisson", dict(objective="count:poisson", n_estimators=60, max_depth=5)),
                         ("sampled", dict(n_estimators=40, subsample=0.7, colsample_bynode=0.6, random_state=3))]:
        m = XGBRegressor(n_jobs=1, **params).fit(X[:6000], y[:6000])
        rows.append([name, params_text(params), ",".join(features), target, 0, 6000, 6000, 7000,
                     fmt_list(m.predict(X[6000:7000]).astype(np.float64))])
    write("boosting_xgboost_bikes.csv", ["setting", "params", "features", "target", "train_from", "train_to",
                                         "test_from", "test_to", "predict"], rows)


def categorical():
    from make_boosting_reference import categorical_frames, coded, effect, levels_text

    rng = np.random.RandomState(7)
    levels = ["red", "green", "blue", "cyan", "magenta", "yellow", "black", "white"]
    # XGBoost refuses a category its training frame does not list ("Found a category not in the training set"), so
    # the test frame's own list only reorders and omits levels.
    test_levels = ["white", "blue", "red", "green", "black"]
    train, test = categorical_frames(rng, 500, levels, test_levels)
    y = effect(train) + rng.normal(scale=0.3, size=len(train))
    z = effect(train) + rng.normal(scale=0.5, size=len(train))
    settings = [("default", {}), ("small_trees", dict(max_depth=3, learning_rate=0.1, n_estimators=40)),
                ("one_hot_below_8", dict(max_cat_to_onehot=8, n_estimators=30))]
    rows = []
    for name, params in settings:
        m = XGBRegressor(n_jobs=1, enable_categorical=True, **params).fit(train, y)
        rows.append(["regression", name, params_text(params), levels_text(train), fmt_list(coded(train).ravel()),
                     fmt_list(y), levels_text(test), fmt_list(coded(test).ravel()),
                     fmt_list(m.predict(test).astype(np.float64)), ""])
    for case, labels in [("binary", np.where(z > 1.0, "high", "low")),
                         ("multi", np.array(["p", "q", "r"])[np.digitize(z, [0.0, 2.5])])]:
        classes, codes = encoded(labels)
        for name, params in settings:
            m = XGBClassifier(n_jobs=1, enable_categorical=True, **params).fit(train, codes)
            rows.append([case, name, params_text(params), levels_text(train), fmt_list(coded(train).ravel()),
                         fmt_list(labels), levels_text(test), fmt_list(coded(test).ravel()),
                         fmt_list(classes[m.predict(test)]), fmt_list(m.predict_proba(test).astype(np.float64).ravel())])
    write("boosting_xgboost_categorical.csv", ["case", "setting", "params", "levels", "x", "y", "test_levels",
                                               "x_test", "predict", "proba"], rows)


if __name__ == "__main__":
    main()
