#!/usr/bin/env python3
"""Reference outputs of scikit-learn's histogram gradient boosting with categorical_features="from_dtype" (its
default) on columns of pandas' category dtype (issue 7, trees).

Run from anywhere:  python3 runtime/reference/make_hgb_from_dtype_reference.py
Needs numpy, pandas and scikit-learn 1.9.1. Writes a small synthetic input (inputs/hgb_from_dtype_small.csv,
committed: three str columns, a numeric one and the targets) and the fixture trees_hgb_from_dtype_small.csv.
scikit-learn ordinal-encodes a category column by its *observed* values, sorted (not by the dtype's category list),
and maps values at predict time by the strings. So per case:
  - test predictions: the first 540 rows, made category on their own, train the model; the other rows, made
    category on their own (another category list: categories seen only there, a column missing only there, and
    categories of training missing there), are predicted;
  - 5-fold KFold scores on all rows made category at once (each fold's training rows observe a subset of the list).
Where `columns` is not "all", only those str columns are made category and the others are left out of X.
OpenMP is pinned to one thread so scikit-learn's sums are in a fixed order.
"""
import os

os.environ["OMP_NUM_THREADS"] = "1"

import sys  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.model_selection import KFold, cross_val_score  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import OUT, fmt, fmt_list, write  # noqa: E402
from make_hgb_categorical_reference import DEFAULTS, PARAM_NAMES, fit_case, model  # noqa: E402

warnings.filterwarnings("ignore")

INPUT = OUT / "inputs" / "hgb_from_dtype_small.csv"
TEXT = ["color", "city", "size"]
CUT = 540


def small_data():
    rng = np.random.RandomState(23)
    n = 700
    colors = np.array(["red", "green", "blue", "Yellow", "émeraude", "zinc"])   # Python's order: code points
    color = rng.choice(colors, size=n, p=[0.3, 0.25, 0.2, 0.12, 0.08, 0.05]).astype(object)
    color[rng.uniform(size=n) < 0.08] = None                        # missing values in training
    cities = np.array([f"city{k:02d}" for k in range(45)])           # many categories, some rare
    city = rng.choice(cities, size=n).astype(object)
    size = rng.choice(["S", "M", "L", "XL"], size=n).astype(object)
    x0 = rng.normal(size=n).round(4)
    effect_color = {"red": 2.0, "green": -1.0, "blue": 0.5, "Yellow": 3.0, "émeraude": -2.5, "zinc": 1.0, None: 1.5}
    effect_city = np.sin(np.arange(45) * 1.3) * 2.5
    y = (np.array([effect_color[c] for c in color]) + effect_city[[int(c[4:]) for c in city]]
         + np.array([{"S": 0.0, "M": 0.7, "L": 1.1, "XL": 2.0}[s] for s in size]) + 1.5 * x0
         + rng.normal(size=n) * 0.4)
    test = slice(CUT, n)
    size[test] = np.where(rng.uniform(size=n - CUT) < 0.15, None, size[test])   # missing only at predict time
    city[CUT::11] = "city99"                                         # unseen in training
    color[CUT::13] = "violet"                                        # unseen in training
    color[(color == "zinc") & (np.arange(n) >= CUT)] = "red"           # a training category absent at predict
    frame = pd.DataFrame({"color": color, "x0": x0, "city": city, "size": size})
    cls = np.digitize(y, np.quantile(y, [0.35, 0.7]))
    frame["y"] = y.round(6)
    frame["cls"] = np.array(["low", "mid", "high"])[cls]
    frame["bin"] = (cls == 2).astype(int)
    frame.to_csv(INPUT, index=False)
    return pd.read_csv(INPUT)


def as_category(frame, columns):
    out = frame[[c for c in frame.columns if c in columns or c == "x0"]].copy()
    for c in columns:
        out[c] = out[c].astype("category")
    return out


CONFIGS = [
    ("all_defaults_20", TEXT, dict(max_iter=20)),
    ("all_l2_leaf5", TEXT, dict(max_iter=15, l2_regularization=2.0, min_samples_leaf=5)),
    ("city_bins50_depth3", ["city"], dict(max_iter=15, max_bins=50, max_depth=3, learning_rate=0.3)),
    ("color_size_stumps", ["color", "size"], dict(max_iter=30, max_leaf_nodes=2, min_samples_leaf=40,
                                                  learning_rate=0.5)),
]

HEADER = ["case", "task", "columns"] + PARAM_NAMES + ["n_iter", "predicted", "decision", "proba", "cv_scores"]


def main():
    small = small_data()
    rows = []
    for name, columns, params in CONFIGS:
        x_train = as_category(small.iloc[:CUT], columns)
        x_test = as_category(small.iloc[CUT:], columns)
        x_all = as_category(small, columns)
        assert list(x_train.columns) == list(x_all.columns)
        for task, target in (("regression", "y"), ("binary", "bin"), ("multiclass", "cls")):
            y_all = small[target].to_numpy(float if task == "regression" else object)
            if task == "binary":
                y_all = small[target].to_numpy(int)
            fitted = model(task, params, "from_dtype").fit(x_train, y_all[:CUT])
            assert fitted.is_categorical_ is not None and fitted.is_categorical_.sum() == len(columns)
            result = fit_case(task, params, "from_dtype", x_train, y_all[:CUT], x_test)
            cv = cross_val_score(model(task, params, "from_dtype"), x_all, y_all, cv=KFold(5),
                                 scoring="r2" if task == "regression" else "accuracy")
            n_iter, predicted, decision, proba = result
            kwargs = {**DEFAULTS, **params}
            rows.append([name, task, "|".join(columns)] + [fmt(kwargs[p]) for p in PARAM_NAMES] + [
                fmt(n_iter), fmt_list(predicted), fmt_list(decision), fmt_list(proba), fmt_list(cv)])
    write("trees_hgb_from_dtype_small.csv", HEADER, rows)


if __name__ == "__main__":
    main()
