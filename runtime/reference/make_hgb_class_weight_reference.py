#!/usr/bin/env python3
"""Reference outputs of scikit-learn's histogram gradient boosting with class_weight and sample_weight (issue 7).

Run from anywhere:  python3 runtime/reference/make_hgb_class_weight_reference.py
Needs numpy, pandas and scikit-learn 1.9.1. Reads the committed input inputs/hgb_categorical_small.csv (written by
make_hgb_categorical_reference.py) and writes trees_hgb_class_weight.csv. scikit-learn turns class_weight into
sample weights (_finalize_sample_weight): they multiply the gradients and hessians (squared error's hessians are then
the weights), weight the baseline and the early-stopping loss, and move the bin thresholds of a feature with more
distinct values than max_bins (x0 here: weighted percentiles). Per case: train on the first 540 rows, predict the
rest (labels, raw decision values, probabilities), n_iter_. The regression cases pass sample_weight to fit; the
column `weights` says how: "none", "class:balanced", "class:<key>=<w>|...", or "sample:1+(i%3)" (row i weighs 1 + i % 3).
A class_weight dict is looked up by the ENCODED class (0 for the first of the sorted classes, ...): scikit-learn
1.9's HistGradientBoostingClassifier encodes y before _finalize_sample_weight, so {'high': 2.0} fails there
("The classes, [0, 1, 2], are not in class_weight") and the cases key the three classes high, low, mid as 0, 1, 2.
It also writes trees_hgb_weighted_binning.csv: _BinMapper's thresholds with sample weights on generated columns
(formulas the Java test repeats): 20,000 rows with ties (weighted percentiles) and 200,500 rows (beyond 200,000
scikit-learn draws the rows it bins with probabilities proportional to the weights, then bins them unweighted).
OpenMP is pinned to one thread so scikit-learn's sums are in a fixed order.
"""
import os

os.environ["OMP_NUM_THREADS"] = "1"

import sys  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor  # noqa: E402
from sklearn.ensemble._hist_gradient_boosting.binning import _BinMapper  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import OUT, fmt, fmt_list, write  # noqa: E402

warnings.filterwarnings("ignore")

PARAM_NAMES = ["learning_rate", "max_iter", "max_leaf_nodes", "max_depth", "min_samples_leaf",
               "l2_regularization", "max_bins", "early_stopping", "validation_fraction", "n_iter_no_change", "tol",
               "random_state"]
DEFAULTS = dict(learning_rate=0.1, max_iter=100, max_leaf_nodes=31, max_depth=None, min_samples_leaf=20,
                l2_regularization=0.0, max_bins=255, early_stopping=False, validation_fraction=0.1,
                n_iter_no_change=10, tol=1e-7, random_state=None)
FEATURES = ["c0", "x0", "c1", "c2", "x1", "c3", "c4"]
CATEGORICAL = [0, 2, 3, 5, 6]
EARLY = dict(max_iter=200, early_stopping=True, random_state=0, n_iter_no_change=5, learning_rate=0.5)
EARLY_TRAIN = dict(max_iter=200, early_stopping=True, validation_fraction=None, n_iter_no_change=3,
                   learning_rate=0.5, tol=1e-4)

# (name, task, weights, categorical or None, params)
CASES = [
    ("binary_balanced", "binary", "class:balanced", None, dict(max_iter=30)),
    ("binary_dict", "binary", "class:0=1.0|1=3.5", None, dict(max_iter=30)),
    ("binary_balanced_categorical", "binary", "class:balanced", CATEGORICAL, dict(max_iter=20)),
    ("binary_balanced_early_val", "binary", "class:balanced", None, EARLY),
    ("binary_dict_early_val_categorical", "binary", "class:0=0.25|1=2.0", CATEGORICAL, EARLY),
    ("binary_dict_early_train", "binary", "class:1=4.0", None, EARLY_TRAIN),
    ("multiclass_balanced", "multiclass", "class:balanced", None, dict(max_iter=20)),
    ("multiclass_dict_categorical", "multiclass", "class:0=2.0|1=0.5", CATEGORICAL, dict(max_iter=20)),
    ("multiclass_balanced_early_val", "multiclass", "class:balanced", CATEGORICAL, EARLY),
    ("multiclass_dict_early_train", "multiclass", "class:2=3.0", None, EARLY_TRAIN),
    ("multiclass_balanced_bins64", "multiclass", "class:balanced", None, dict(max_iter=15, max_bins=64,
                                                                                 max_depth=4)),
    # No weights: the classifier's early-stopping validation rows are StratifiedShuffleSplit's, as scikit-learn's.
    ("binary_unweighted_early_val", "binary", "none", None, EARLY),
    ("multiclass_unweighted_early_val_categorical", "multiclass", "none", CATEGORICAL, EARLY),
    ("regression_sample_weight", "regression", "sample:1+(i%3)", None, dict(max_iter=30)),
    ("regression_sample_weight_categorical_early_val", "regression", "sample:1+(i%3)", CATEGORICAL, EARLY),
    ("regression_sample_weight_early_train", "regression", "sample:1+(i%3)", None, EARLY_TRAIN),
]


def class_weight(text):
    if text == "none":
        return None
    body = text.split(":", 1)[1]
    if body == "balanced":
        return "balanced"
    out = {}
    for part in body.split("|"):
        key, w = part.split("=")
        out[int(key)] = float(w)
    return out


def main():
    data = pd.read_csv(OUT / "inputs" / "hgb_categorical_small.csv")
    train, test = data.iloc[:540], data.iloc[540:]
    rows = []
    for name, task, weights, categorical, params in CASES:
        kwargs = {**DEFAULTS, **params, "categorical_features": categorical}
        x_train, x_test = train[FEATURES], test[FEATURES]
        if task == "regression":
            sw = 1.0 + np.arange(len(train)) % 3
            m = HistGradientBoostingRegressor(**kwargs).fit(x_train, train["y"].to_numpy(float), sample_weight=sw)
            predicted, decision, proba = m.predict(x_test), [], []
        else:
            y = train["bin"].to_numpy(int) if task == "binary" else train["cls"].to_numpy(object)
            m = HistGradientBoostingClassifier(**kwargs, class_weight=class_weight(weights)).fit(x_train, y)
            predicted = m.predict(x_test)
            decision = np.asarray(m.decision_function(x_test)).T.ravel()
            proba = m.predict_proba(x_test).T.ravel()
        merged = {**DEFAULTS, **params}
        rows.append([name, task, weights, "" if categorical is None else ",".join(map(str, categorical))]
                    + [fmt(merged[p]) for p in PARAM_NAMES]
                    + [fmt(m.n_iter_), fmt_list(predicted), fmt_list(decision), fmt_list(proba)])
    write("trees_hgb_class_weight.csv", ["case", "task", "weights", "categorical_features"] + PARAM_NAMES
          + ["n_iter", "predicted", "decision", "proba"], rows)


def generated(n):
    """Columns and weights from integer formulas: x0 continuous-like, x1 with about 20 rows per value."""
    i = np.arange(n, dtype=np.int64)
    x0 = (i * 7919 % 100003) / 100003.0 * 10 - 5
    x1 = (i * 7919 % 1000) / 10.0
    w = 1.0 + i % 5
    return np.column_stack([x0, x1]), w


def binning():
    rows = []
    for n in (20_000, 200_500):
        x, w = generated(n)
        mapper = _BinMapper(n_bins=256, random_state=12345).fit(x, sample_weight=w)
        for f, t in enumerate(mapper.bin_thresholds_):
            rows.append([n, f, 12345, fmt_list(t)])
    write("trees_hgb_weighted_binning.csv", ["rows", "feature", "seed", "thresholds"], rows)


if __name__ == "__main__":
    binning()
    main()
