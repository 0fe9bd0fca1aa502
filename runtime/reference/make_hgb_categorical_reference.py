#!/usr/bin/env python3
"""Reference outputs of scikit-learn's histogram gradient boosting with categorical features (issue 7, trees).

Run from anywhere:  python3 runtime/reference/make_hgb_categorical_reference.py
Needs numpy, pandas and scikit-learn 1.9.1. Writes a small synthetic input (inputs/hgb_categorical_small.csv,
committed) and the fixtures trees_hgb_categorical_*.csv. Categorical columns are integer codes (what an
OrdinalEncoder step gives a learner in a pipeline), named in `categorical_features` by index, by name or by a
boolean mask. The small data has: negative and non-contiguous codes, rare categories below scikit-learn's support of
10, missing values in training, a column whose missing values appear only at predict time, categories seen only at
predict time, a column with a single category plus missing values, and two categories with identical rows (equal
gradient ratios: the order of glibc's qsort decides the split). Per case: test predictions (train on the first 500
rows) and 5-fold KFold scores (r2 or accuracy) on all rows. The shared-data cases read ../shared/data
(employee_salaries, birdstrikes; skipped when absent): train on the first 80%, predict every fifth row of the rest.
OpenMP is pinned to one thread so scikit-learn's sums are in a fixed order.
"""
import os

os.environ["OMP_NUM_THREADS"] = "1"

import sys  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.ensemble import (  # noqa: E402
    HistGradientBoostingClassifier,
    HistGradientBoostingRegressor,
)
from sklearn.model_selection import KFold, cross_val_score  # noqa: E402
from sklearn.preprocessing import OrdinalEncoder  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import OUT, fmt, fmt_list, write  # noqa: E402

INPUTS = OUT / "inputs"
SHARED = Path(os.environ.get("STRATUM_SHARED_DATA", HERE.parent.parent.parent / "shared" / "data"))
if not SHARED.exists():
    SHARED = Path("/work/shared/data")

warnings.filterwarnings("ignore")

PARAM_NAMES = ["learning_rate", "max_iter", "max_leaf_nodes", "max_depth", "min_samples_leaf",
               "l2_regularization", "max_bins", "early_stopping", "validation_fraction", "n_iter_no_change", "tol",
               "random_state"]
DEFAULTS = dict(learning_rate=0.1, max_iter=100, max_leaf_nodes=31, max_depth=None, min_samples_leaf=20,
                l2_regularization=0.0, max_bins=255, early_stopping=False, validation_fraction=0.1,
                n_iter_no_change=10, tol=1e-7, random_state=None)
FEATURES = ["c0", "x0", "c1", "c2", "x1", "c3", "c4"]


def small_data():
    rng = np.random.RandomState(11)
    n = 640
    c0 = rng.choice([-1, 0, 1, 2, 5], size=n).astype(float)          # a negative code is a category as well
    c0[rng.uniform(size=n) < 0.1] = np.nan                           # missing values: a category of their own
    c1 = rng.randint(0, 40, size=n).astype(float)                    # 40 categories, several with little support
    c1[c1 >= 36] = rng.choice([36, 37, 38, 39, 60], size=(c1 >= 36).sum())  # 60 occurs rarely
    c2 = rng.choice([3, 10, 100, 1000], size=n, p=[0.4, 0.3, 0.2, 0.1]).astype(float)
    c3 = np.where(rng.uniform(size=n) < 0.7, 4.0, np.nan)            # one category plus missing values
    c4 = rng.randint(0, 6, size=n).astype(float)
    x0 = rng.normal(size=n)
    x1 = rng.uniform(-2, 2, size=n).round(2)
    x1[rng.uniform(size=n) < 0.1] = np.nan
    effect0 = {-1.0: 2.0, 0.0: -1.0, 1.0: 0.5, 2.0: 3.0, 5.0: -2.5}
    effect1 = np.sin(np.arange(61) * 1.7) * 3
    y = (np.array([effect0.get(v, 1.0) for v in c0]) + effect1[c1.astype(int)]
         + np.log10(c2) + np.where(np.isnan(c3), 1.5, 0.0) + (c4 % 3) * 0.8
         + 2 * x0 + np.nan_to_num(x1, nan=-1.0) + rng.normal(size=n) * 0.5)
    # Categories 7 and 8 of c4: the same 40 rows twice (equal gradient ratios at every node).
    block = rng.randint(0, 500, size=40)
    dup = pd.DataFrame({"c0": c0[block], "x0": x0[block], "c1": c1[block], "c2": c2[block], "x1": x1[block],
                        "c3": c3[block], "y": y[block]})
    frame = pd.DataFrame({"c0": c0, "x0": x0, "c1": c1, "c2": c2, "x1": x1, "c3": c3, "c4": c4, "y": y})
    train = pd.concat([frame.iloc[:460], dup.assign(c4=7.0), dup.assign(c4=8.0)], ignore_index=True)
    test = frame.iloc[460:].copy()
    test.loc[test.index[::9], "c2"] = np.nan                         # missing only at predict time
    test.loc[test.index[::13], "c1"] = 77.0                          # unknown categories
    test.loc[test.index[::17], "c4"] = 9.0
    out = pd.concat([train, test], ignore_index=True)
    y = out["y"].to_numpy()
    cls = np.digitize(y, np.quantile(y, [0.35, 0.7]))
    out["y"] = y.round(6)
    out["cls"] = np.array(["low", "mid", "high"])[cls]
    out["bin"] = (cls == 2).astype(int)
    out = out[FEATURES + ["y", "cls", "bin"]]
    out.to_csv(INPUTS / "hgb_categorical_small.csv", index=False)
    return pd.read_csv(INPUTS / "hgb_categorical_small.csv")


def model(task, params, categorical):
    kwargs = {**DEFAULTS, **params, "categorical_features": categorical}
    return (HistGradientBoostingRegressor if task == "regression" else HistGradientBoostingClassifier)(**kwargs)


def fit_case(task, params, categorical, x_train, y_train, x_test):
    m = model(task, params, categorical).fit(x_train, y_train)
    if task == "regression":
        return m.n_iter_, m.predict(x_test), [], []
    decision = np.asarray(m.decision_function(x_test))
    return m.n_iter_, m.predict(x_test), decision.T.ravel(), m.predict_proba(x_test).T.ravel()


def spec_text(categorical):
    """How the test reads categorical_features back: idx:0,2 / names:c0,c1 / mask:1,0,1."""
    if isinstance(categorical[0], (bool, np.bool_)):
        return "mask:" + ",".join("1" if b else "0" for b in categorical)
    if isinstance(categorical[0], str):
        return "names:" + "|".join(categorical)
    return "idx:" + ",".join(str(i) for i in categorical)


HEADER = ["case", "task", "categorical_features"] + PARAM_NAMES + ["n_iter", "predicted", "decision", "proba",
                                                                    "cv_scores"]

SMALL_CONFIGS = [
    ("idx_defaults_20", [0, 2, 3, 5, 6], dict(max_iter=20)),
    ("names_l2_leaf5", ["c0", "c1", "c2", "c3", "c4"], dict(max_iter=15, l2_regularization=2.0, min_samples_leaf=5)),
    ("mask_bins64_depth3", [True, False, True, True, False, True, True],
     dict(max_iter=15, max_bins=64, max_depth=3, learning_rate=0.3)),
    ("idx_leaf40_stumps", [2, 6], dict(max_iter=30, max_leaf_nodes=2, min_samples_leaf=40, learning_rate=0.5)),
    ("names_unlimited_leaves", ["c1", "c4", "c3"], dict(max_iter=10, max_leaf_nodes=None, max_depth=5,
                                                          min_samples_leaf=3)),
    ("idx_early_stop_val", [0, 2, 3, 5, 6], dict(max_iter=200, early_stopping=True, random_state=0,
                                                  n_iter_no_change=5, learning_rate=0.5)),
]


def row(name, task, categorical, params, result, cv):
    kwargs = {**DEFAULTS, **params}
    n_iter, predicted, decision, proba = result
    return [name, task, spec_text(categorical)] + [fmt(kwargs[p]) for p in PARAM_NAMES] + [
        fmt(n_iter), fmt_list(predicted), fmt_list(decision), fmt_list(proba), fmt_list(cv)]


def main():
    small = small_data()
    train, test = small.iloc[:540], small.iloc[540:]
    rows = []
    for name, categorical, params in SMALL_CONFIGS:
        for task, target in (("regression", "y"), ("binary", "bin"), ("multiclass", "cls")):
            if task != "regression" and "early_stop_val" in name:
                continue  # classifiers stopping early on validation rows: make_hgb_class_weight_reference.py
            y_all = small[target].to_numpy(float if task == "regression" else object)
            if task == "binary":
                y_all = small[target].to_numpy(int)
            result = fit_case(task, params, categorical, train[FEATURES], y_all[:540], test[FEATURES])
            cv = cross_val_score(model(task, params, categorical), small[FEATURES], y_all, cv=KFold(5),
                                 scoring="r2" if task == "regression" else "accuracy")
            rows.append(row(name, task, categorical, params, result, cv))
    write("trees_hgb_categorical_small.csv", HEADER, rows)

    shared = []
    emp = SHARED / "employee_salaries.csv"
    if emp.exists():
        d = pd.read_csv(emp)
        cat = ["gender", "department", "assignment_category"]
        cols = cat + ["employee_position_title", "year_first_hired"]
        x = d[cols].copy()
        codes = OrdinalEncoder(encoded_missing_value=np.nan).fit_transform(x[cols[:4]])
        x[cols[:4]] = codes
        x = x.astype(float)
        y = d["current_annual_salary"].to_numpy(float)
        cut = int(len(x) * 0.8)
        for name, params in (("defaults", dict()), ("depth6_l2", dict(max_depth=6, l2_regularization=0.5,
                                                                        max_iter=50))):
            result = fit_case("regression", params, cat, x.iloc[:cut], y[:cut], x.iloc[cut::5])
            shared.append(row("employee_salaries:" + name, "regression", cat, params, result, []))
    birds = SHARED / "birdstrikes.csv"
    if birds.exists():
        d = pd.read_csv(birds)
        cat = ["Aircraft Make Model", "Aircraft Airline Operator", "Origin State", "Phase of flight",
               "Wildlife Size", "Wildlife Species"]
        x = d[cat + ["Speed IAS in knots"]].copy()
        x[cat] = OrdinalEncoder(encoded_missing_value=np.nan).fit_transform(x[cat])
        x = x.astype(float)
        cut = int(len(x) * 0.8)
        damaged = np.where(d["Effect Amount of damage"].isna(), "no", "yes").astype(object)
        for dataset, task, y in (("birdstrikes_time", "multiclass", d["Time of day"].to_numpy(object)),
                                 ("birdstrikes_damage", "binary", damaged)):
            result = fit_case(task, dict(max_iter=50), cat, x.iloc[:cut], y[:cut], x.iloc[cut::5])
            shared.append(row(dataset + ":iter50", task, cat, dict(max_iter=50), result, []))
    if shared:
        write("trees_hgb_categorical_shared.csv", HEADER, shared)
    else:
        print("shared data not found; trees_hgb_categorical_shared.csv left as it is")


if __name__ == "__main__":
    main()
