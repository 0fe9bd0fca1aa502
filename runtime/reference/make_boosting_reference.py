#!/usr/bin/env python3
"""Reference predictions of LightGBM's scikit-learn estimators (LGBMRegressor, LGBMClassifier) for issue 7.

Run from anywhere:  python3 runtime/reference/make_boosting_reference.py
Needs numpy and lightgbm. Writes boosting_lightgbm.csv under runtime/src/test/resources/reference/ (inputs drawn
here from fixed seeds and written into the fixture, floats by repr(), matrices row-major), so the Java tests never
need Python. XGBoost's fixtures come from make_xgboost_reference.py.

boosting_lightgbm_categorical.csv: frames with columns of pandas' category dtype, which LightGBM's scikit-learn API
splits on natively (categorical_feature='auto': the category codes, missing as NaN, and at predict time the test
frame's categories set to the training frame's, so unseen ones are missing). Each category column is written as its
codes into its own frame's category list, with the lists, as Stratum's feature matrix carries them.
"""
import warnings

import lightgbm
import numpy as np
from lightgbm import LGBMClassifier, LGBMRegressor

from fixture_format import fmt_list, write

warnings.filterwarnings("ignore")

# Parameter settings, by the sklearn-API names the Java kernel takes; n_jobs=1 so the reference is one thread.
SETTINGS = [
    ("default", {}),
    ("small_trees", dict(num_leaves=7, learning_rate=0.05, n_estimators=40)),
    ("regularized", dict(min_child_samples=5, reg_lambda=1.0, reg_alpha=0.5, min_split_gain=0.01, max_depth=3)),
    ("bagged", dict(subsample=0.8, subsample_freq=1, colsample_bytree=0.7, random_state=42, n_estimators=30)),
    ("min_child_weight", dict(min_child_weight=2.0, n_estimators=20, learning_rate=0.3)),
]


def regression_data(n=240):
    """n training rows of five features (one with few distinct values) and 60 test rows, from seed 0."""
    rng = np.random.RandomState(0)
    X = rng.normal(size=(n, 5))
    X[:, 3] = np.round(X[:, 3] * 2)  # a feature with few distinct values
    y = 2.0 * X[:, 0] - X[:, 1] ** 2 + np.sin(3 * X[:, 2]) + 0.5 * X[:, 3] + rng.normal(scale=0.3, size=n)
    Xt = rng.normal(size=(60, 5))
    Xt[:, 3] = np.round(Xt[:, 3] * 2)
    return X, y, Xt


def classification_data(n_binary=200, n_multi=210):
    """A binary case with str labels and a three-class case with int labels, 50 test rows each, from seed 1."""
    rng = np.random.RandomState(1)
    out = []
    X = rng.normal(size=(n_binary, 4))
    z = X[:, 0] - 1.5 * X[:, 1] * X[:, 2] + rng.normal(scale=0.5, size=n_binary)
    out.append(("binary_str", X, np.where(z > 0.2, "yes", "no"), rng.normal(size=(50, 4))))
    X3 = rng.normal(size=(n_multi, 4))
    s = np.column_stack([X3[:, 0], X3[:, 1] - X3[:, 2], 0.5 * X3[:, 3] ** 2]) + rng.normal(scale=0.4, size=(n_multi, 3))
    out.append(("multi_int", X3, np.array([5, 2, 9])[s.argmax(axis=1)], rng.normal(size=(50, 4))))
    return out


def main():
    rows = []
    X, y, Xt = regression_data()
    for name, params in SETTINGS:
        m = LGBMRegressor(n_jobs=1, verbose=-1, **params).fit(X, y)
        rows.append(["regression", name, params_text(params), X.shape[1], fmt_list(X.ravel()), fmt_list(y),
                     fmt_list(Xt.ravel()), fmt_list(m.predict(Xt)), ""])
    # Missing values: LightGBM routes them itself (use_missing), so the features keep their NaNs.
    rng = np.random.RandomState(2)
    Xm, Xmt = X.copy(), Xt.copy()
    Xm[rng.rand(*Xm.shape) < 0.1] = np.nan
    Xmt[rng.rand(*Xmt.shape) < 0.1] = np.nan
    m = LGBMRegressor(n_jobs=1, verbose=-1).fit(Xm, y)
    rows.append(["regression_missing", "default", "", X.shape[1], fmt_list(Xm.ravel()), fmt_list(y),
                 fmt_list(Xmt.ravel()), fmt_list(m.predict(Xmt)), ""])
    for case, Xc, yc, Xct in classification_data():
        for name, params in SETTINGS:
            m = LGBMClassifier(n_jobs=1, verbose=-1, **params).fit(Xc, yc)
            rows.append([case, name, params_text(params), Xc.shape[1], fmt_list(Xc.ravel()), fmt_list(yc),
                         fmt_list(Xct.ravel()), fmt_list(m.predict(Xct)), fmt_list(m.predict_proba(Xct).ravel())])
    write("boosting_lightgbm.csv",
          ["case", "setting", "params", "p", "x", "y", "x_test", "predict", "proba"], rows)
    categorical()
    print(f"with lightgbm {lightgbm.__version__}, numpy {np.__version__}")


def categorical_frames(rng, n, levels, test_levels):
    """A frame of two numbers and two category columns; the test frame's categories are made on its own."""
    colors = np.array(levels)
    sizes = np.array(["S", "M", "L", "XL"])
    def frame(m, color_pool, missing):
        import pandas as pd
        c = rng.choice(color_pool, size=m).astype(object)
        c[rng.rand(m) < missing] = None
        return pd.DataFrame({"a": rng.normal(size=m), "color": c, "b": rng.uniform(-2, 2, size=m),
                             "size": rng.choice(sizes, size=m)})
    train = frame(n, colors[:-1], 0.05)  # the last level never occurs in the training rows
    train["color"] = train["color"].astype(pd_category(levels))
    train["size"] = train["size"].astype("category")
    test = frame(60, np.array(test_levels), 0.1)
    test["color"] = test["color"].astype("category")  # its own list: another order, an unseen level
    test["size"] = test["size"].astype("category")
    return train, test


def pd_category(levels):
    import pandas as pd

    return pd.CategoricalDtype(levels)


def effect(frame):
    color = frame["color"].cat.codes.to_numpy()
    return frame["a"].to_numpy() * 1.5 + np.where(color % 3 == 0, 2.0, -1.0) * (color >= 0) \
        + np.where(frame["size"].astype(str) == "L", 1.0, 0.0) + frame["b"].to_numpy() ** 2


def coded(frame):
    """Row-major values with each category column as codes into its own categories (NaN when missing)."""
    cols = []
    for name in frame.columns:
        col = frame[name]
        if hasattr(col, "cat"):
            codes = col.cat.codes.to_numpy().astype(np.float64)
            codes[codes < 0] = np.nan
            cols.append(codes)
        else:
            cols.append(col.to_numpy(dtype=np.float64))
    return np.column_stack(cols)


def levels_text(frame):
    return ";".join("|".join(str(v) for v in frame[c].cat.categories) if hasattr(frame[c], "cat") else ""
                    for c in frame.columns)


def categorical():
    rng = np.random.RandomState(7)
    levels = ["red", "green", "blue", "cyan", "magenta", "yellow", "black", "white"]
    test_levels = ["white", "blue", "red", "orange", "green", "black"]
    rows = []
    train, test = categorical_frames(rng, 500, levels, test_levels)
    y = effect(train) + rng.normal(scale=0.3, size=len(train))
    settings = [("default", {}), ("small_trees", dict(num_leaves=7, learning_rate=0.05, n_estimators=40)),
                ("regularized", dict(min_child_samples=5, reg_lambda=1.0, max_depth=3))]
    for name, params in settings:
        m = LGBMRegressor(n_jobs=1, verbose=-1, **params).fit(train, y)
        rows.append(["regression", name, params_text(params), levels_text(train), fmt_list(coded(train).ravel()),
                     fmt_list(y), levels_text(test), fmt_list(coded(test).ravel()), fmt_list(m.predict(test)), ""])
    z = effect(train) + rng.normal(scale=0.5, size=len(train))
    for case, labels in [("binary", np.where(z > 1.0, "high", "low")),
                         ("multi", np.array(["p", "q", "r"])[np.digitize(z, [0.0, 2.5])])]:
        for name, params in settings:
            m = LGBMClassifier(n_jobs=1, verbose=-1, **params).fit(train, labels)
            rows.append([case, name, params_text(params), levels_text(train), fmt_list(coded(train).ravel()),
                         fmt_list(labels), levels_text(test), fmt_list(coded(test).ravel()),
                         fmt_list(m.predict(test)), fmt_list(m.predict_proba(test).ravel())])
    write("boosting_lightgbm_categorical.csv", ["case", "setting", "params", "levels", "x", "y", "test_levels",
                                                "x_test", "predict", "proba"], rows)


def params_text(params):
    return ";".join(f"{k}={v!r}" for k, v in params.items())


if __name__ == "__main__":
    main()
