#!/usr/bin/env python3
"""Reference predictions of LightGBM's scikit-learn estimators (LGBMRegressor, LGBMClassifier) for issue 7.

Run from anywhere:  python3 runtime/reference/make_boosting_reference.py
Needs numpy and lightgbm. Writes boosting_lightgbm.csv under runtime/src/test/resources/reference/ (inputs drawn
here from fixed seeds and written into the fixture, floats by repr(), matrices row-major), so the Java tests never
need Python. XGBoost's fixtures come from make_xgboost_reference.py.
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


def regression_data():
    rng = np.random.RandomState(0)
    X = rng.normal(size=(240, 5))
    X[:, 3] = np.round(X[:, 3] * 2)  # a feature with few distinct values
    y = 2.0 * X[:, 0] - X[:, 1] ** 2 + np.sin(3 * X[:, 2]) + 0.5 * X[:, 3] + rng.normal(scale=0.3, size=240)
    Xt = rng.normal(size=(60, 5))
    Xt[:, 3] = np.round(Xt[:, 3] * 2)
    return X, y, Xt


def classification_data():
    rng = np.random.RandomState(1)
    out = []
    X = rng.normal(size=(200, 4))
    z = X[:, 0] - 1.5 * X[:, 1] * X[:, 2] + rng.normal(scale=0.5, size=200)
    out.append(("binary_str", X, np.where(z > 0.2, "yes", "no"), rng.normal(size=(50, 4))))
    X3 = rng.normal(size=(210, 4))
    s = np.column_stack([X3[:, 0], X3[:, 1] - X3[:, 2], 0.5 * X3[:, 3] ** 2]) + rng.normal(scale=0.4, size=(210, 3))
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
    print(f"with lightgbm {lightgbm.__version__}, numpy {np.__version__}")


def params_text(params):
    return ";".join(f"{k}={v!r}" for k, v in params.items())


if __name__ == "__main__":
    main()
